import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportForm } from './reportForm';

export const NARRATIVE_FIELDS = ['achievements', 'challenges', 'nextSteps'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];

interface NarrativeFieldsProps {
  form: ReportForm;
  errors: Record<string, string>;
  onChange: (patch: Partial<Pick<ReportForm, NarrativeField>>) => void;
}

/** The report's own narrative: achievements, challenges, next steps. */
export const NarrativeFields = ({ form, errors, onChange }: NarrativeFieldsProps) => {
  const translate = useTranslate();
  return (
    <>
      {NARRATIVE_FIELDS.map((field) => (
        <TextField
          key={field}
          label={translate(`resources.ProgressReport.fields.${field}`)}
          value={form[field]}
          onChange={(event) => onChange({ [field]: event.target.value })}
          error={Boolean(errors[field])}
          helperText={errors[field]}
          multiline
          minRows={3}
          fullWidth
          margin="normal"
        />
      ))}
    </>
  );
};
