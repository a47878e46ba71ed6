import PublicIcon from '@mui/icons-material/Public';
import LockPersonIcon from '@mui/icons-material/LockPerson';
import { Chip } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';

/** "Published on <date>" or "ILO staff only", as a chip with text and icon. */
export const PublishedField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ publishedAt?: string | null }>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  if (!record.publishedAt) {
    return (
      <Chip
        size="small"
        variant="outlined"
        icon={<LockPersonIcon />}
        label={translate('resources.ResultsFramework.unpublished')}
      />
    );
  }
  const date = new Date(record.publishedAt).toLocaleDateString(locale);
  return (
    <Chip
      size="small"
      variant="outlined"
      color="success"
      icon={<PublicIcon />}
      label={translate('resources.ResultsFramework.publishedOn', { date })}
    />
  );
};
