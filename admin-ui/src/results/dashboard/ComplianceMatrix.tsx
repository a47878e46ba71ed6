import {
  Alert,
  Card,
  CardContent,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { ComplianceCellView } from './ComplianceCellView';
import { ComplianceLegend } from './ComplianceLegend';
import { ErrorAlert } from './ErrorAlert';
import type { Quarter } from './periods';
import { useDashboardQuery } from './useDashboardQuery';

interface Props {
  quarters: Quarter[];
  officeId?: string;
}

/** Programmes (office and country) by quarter: where each report stands as of the reporting day, with a legend. */
export const ComplianceMatrix = ({ quarters, officeId }: Props) => {
  const translate = useTranslate();
  const { data, isPending, error } = useDashboardQuery('reportingCompliance', {
    officeId,
    periodIds: quarters.map((q) => q.id),
  });
  const programmes = data?.programmes ?? [];
  const dueDates = new Map(data?.periods.map((period) => [period.id, period.dueDate]));
  return (
    <Card component="section" aria-labelledby="compliance-title">
      <CardContent>
        <Typography id="compliance-title" variant="h6" component="h2" gutterBottom>
          {translate('dashboard.compliance.title')}
        </Typography>
        {isPending ? (
          <Skeleton variant="rectangular" height={160} aria-label={translate('dashboard.loading')} />
        ) : error ? (
          <ErrorAlert error={error} title={translate('dashboard.errors.compliance')} />
        ) : programmes.length === 0 ? (
          <Alert severity="info">{translate('dashboard.compliance.empty')}</Alert>
        ) : (
          <>
            <Table size="small" sx={{ overflowX: 'auto', display: 'block' }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('dashboard.compliance.programme')}</TableCell>
                  {quarters.map((q) => (
                    <TableCell key={q.id} align="center">
                      {q.code}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {programmes.map((programme) => (
                  <TableRow key={programme.programmeId}>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                      <strong>{programme.officeCode}</strong> {programme.countryCode}
                    </TableCell>
                    {quarters.map((q) => (
                      <ComplianceCellView
                        key={q.id}
                        cell={programme.cells.find((cell) => cell.periodId === q.id)}
                        dueDate={dueDates.get(q.id)}
                      />
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {data ? <ComplianceLegend asOf={data.asOf} /> : null}
          </>
        )}
      </CardContent>
    </Card>
  );
};
