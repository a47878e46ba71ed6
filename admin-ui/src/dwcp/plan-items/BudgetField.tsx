import { NumberField, useLocaleState } from 'react-admin';

/** A US$ amount in the user's language ("US$15,000", "15 000 $US"). */
export const BudgetField = ({ source, label }: { source: string; label?: string }) => {
  const [locale] = useLocaleState();
  return (
    <NumberField
      source={source}
      label={label}
      locales={locale}
      options={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }}
      emptyText="—"
    />
  );
};
