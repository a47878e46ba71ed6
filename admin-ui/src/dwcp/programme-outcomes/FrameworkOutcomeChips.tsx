import { Chip } from '@mui/material';
import { ReferenceArrayField, SingleFieldList, useRecordContext, useTranslate } from 'react-admin';

const OutcomeChip = () => {
  const translate = useTranslate();
  const outcome = useRecordContext<{ id: string; number: number; title: string }>();
  if (!outcome) return null;
  return (
    <Chip
      size="small"
      label={translate('resources.ProgrammeOutcome.outcome_number', { number: outcome.number })}
      title={outcome.title}
    />
  );
};

/** The results-framework outcomes a programme outcome contributes to, as "Outcome 4" chips. */
// `source` is read by Datagrid and SimpleShowLayout for the column header and label.
export const FrameworkOutcomeChips = ({ label }: { source?: 'frameworkOutcomeIds'; label?: string }) => (
  <ReferenceArrayField source="frameworkOutcomeIds" reference="Outcome" sortable={false} label={label}>
    <SingleFieldList linkType="show" empty={<span>—</span>}>
      <OutcomeChip />
    </SingleFieldList>
  </ReferenceArrayField>
);
