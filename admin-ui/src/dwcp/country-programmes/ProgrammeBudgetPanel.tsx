import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';

/** Budget vs expenditure to date of the programme's plans, per year and funding source (the server sums them). */
export const ProgrammeBudgetPanel = () => {
  const programme = useRecordContext<{ id: string }>();
  const dataProvider = useTrackerDataProvider();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: budgets = [] } = useQuery({
    queryKey: ['CountryProgramme', 'budgets', programme?.id],
    queryFn: () => dataProvider.programmeBudgets(programme!.id),
    enabled: !!programme,
  });
  const t = (key: string) => translate(`resources.CountryProgramme.budgets.${key}`);
  const usd = (value: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(value);
  const percent = (budget: number, spent: number) =>
    budget > 0
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(spent / budget)
      : '—';
  return (
    <section aria-labelledby="programme-budgets">
      <Typography id="programme-budgets" variant="h6" sx={{ mt: 2 }}>
        {t('title')}
      </Typography>
      {budgets.length === 0 ? (
        <Typography variant="body2">{t('empty')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('year')}</TableCell>
              <TableCell>{t('planStatus')}</TableCell>
              <TableCell>{t('fundingSource')}</TableCell>
              <TableCell align="right">{t('budget')}</TableCell>
              <TableCell align="right">{t('expenditure')}</TableCell>
              <TableCell align="right">{t('spent')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {budgets.map((row) => (
              <TableRow key={`${row.year}-${row.fundingSource}`}>
                <TableCell>{row.year}</TableCell>
                <TableCell>{translate(`enums.ReportStatus.${row.planStatus}`)}</TableCell>
                <TableCell>{translate(`enums.FundingSource.${row.fundingSource}`)}</TableCell>
                <TableCell align="right">{usd(row.budgetUsd)}</TableCell>
                <TableCell align="right">{usd(row.expenditureUsd)}</TableCell>
                <TableCell align="right">{percent(row.budgetUsd, row.expenditureUsd)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};
