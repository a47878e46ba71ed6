import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';

interface Item {
  id: string;
  parentId: string | null;
  kind: 'OUTPUT' | 'ACTIVITY';
  code: string;
  title: string;
  responsible: string | null;
  fundingSource: string;
  budgetUsd: number | null;
  expenditureUsd: number | null;
}

const byCode = (a: Item, b: Item) => a.code.localeCompare(b.code, undefined, { numeric: true });

/** Outputs, each with its activities indented under it; activities under no output last. */
export function planTree(items: readonly Item[]): { item: Item; depth: number }[] {
  const outputs = items.filter((item) => item.kind === 'OUTPUT').sort(byCode);
  const known = new Set(outputs.map((output) => output.id));
  const rows = outputs.flatMap((output) => [
    { item: output, depth: 0 },
    ...items
      .filter((item) => item.parentId === output.id)
      .sort(byCode)
      .map((item) => ({ item, depth: 1 })),
  ]);
  const loose = items.filter((item) => item.kind !== 'OUTPUT' && (item.parentId === null || !known.has(item.parentId)));
  return [...rows, ...loose.sort(byCode).map((item) => ({ item, depth: 0 }))];
}

/** The plan's outputs and activities as a tree, with who, funding, budget and expenditure to date. */
export const PlanItemTree = () => {
  const plan = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data = [] } = useGetList<Item>(
    'PlanItem',
    { filter: { planId: plan?.id }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'code', order: 'ASC' } },
    { enabled: !!plan },
  );
  if (data.length === 0) return null;
  const usd = (value: number | null) =>
    value == null ? '—' : new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(value);
  const field = (name: string) => translate(`resources.PlanItem.fields.${name}`);
  return (
    <Table size="small" aria-label={translate('resources.ImplementationPlan.sections.items')}>
      <TableHead>
        <TableRow>
          <TableCell>{field('code')}</TableCell>
          <TableCell>{field('title')}</TableCell>
          <TableCell>{field('responsible')}</TableCell>
          <TableCell>{field('fundingSource')}</TableCell>
          <TableCell align="right">{field('budgetUsd')}</TableCell>
          <TableCell align="right">{field('expenditureUsd')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {planTree(data).map(({ item, depth }) => (
          <TableRow key={item.id} sx={depth === 0 && item.kind === 'OUTPUT' ? { bgcolor: 'action.hover' } : undefined}>
            <TableCell sx={{ pl: 2 + depth * 3, fontWeight: item.kind === 'OUTPUT' ? 'bold' : undefined }}>
              <Link to={`/PlanItem/${item.id}/show`}>{item.code}</Link>
            </TableCell>
            <TableCell>{item.title}</TableCell>
            <TableCell>{item.responsible ?? '—'}</TableCell>
            <TableCell>{translate(`enums.FundingSource.${item.fundingSource}`)}</TableCell>
            <TableCell align="right">{usd(item.budgetUsd)}</TableCell>
            <TableCell align="right">{usd(item.expenditureUsd)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
