import { useRecordContext, useTranslate } from 'react-admin';
import type { EnumName } from './enumChoices';

/** Shows an enum value in the user's language. */
export const EnumField = ({ source, enumName }: { source: string; enumName: EnumName; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | null | undefined;
  return <span>{value ? translate(`enums.${enumName}.${value}`) : '—'}</span>;
};
