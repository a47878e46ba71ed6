import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Fragment } from 'react';
import { useTranslate } from 'react-admin';
import type { ComponentProgress } from '../../app/dataProvider/dashboard';
import { ComponentRow } from './ComponentRow';
import type { OutcomeGroup } from './groupProgress';

/** The same widths in every outcome, so the columns line up down the page. */
const COLUMN_WIDTHS = ['32%', '9%', '31%', '11%', '17%'];

interface Props {
  outcome: OutcomeGroup;
  onOpenIndicator: (components: ComponentProgress[]) => void;
}

/** One outcome: its indicators and their components, each indicator opening its detail. */
export const OutcomeCard = ({ outcome, onOpenIndicator }: Props) => {
  const translate = useTranslate();
  const headingId = `outcome-${outcome.outcomeId}`;
  return (
    // The accordion already wraps its summary in an h3: the title is a span, not a second heading.
    <Accordion defaultExpanded disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`${headingId}-content`} id={headingId}>
        <Typography variant="h6" component="span">
          {translate('dashboard.outcome', { number: outcome.outcomeNumber })} — {outcome.outcomeTitle}
        </Typography>
      </AccordionSummary>
      <AccordionDetails sx={{ overflowX: 'auto', p: 0 }}>
        <Table size="small" aria-labelledby={headingId} sx={{ tableLayout: 'fixed', minWidth: 820 }}>
          <colgroup>
            {COLUMN_WIDTHS.map((width, index) => (
              <col key={index} style={{ width }} />
            ))}
          </colgroup>
          <TableHead>
            <TableRow>
              <TableCell>{translate('dashboard.columns.indicator')}</TableCell>
              <TableCell>{translate('dashboard.columns.component')}</TableCell>
              <TableCell>{translate('dashboard.columns.progress')}</TableCell>
              <TableCell align="right">{translate('dashboard.columns.achievement')}</TableCell>
              <TableCell>{translate('dashboard.columns.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {outcome.indicators.map((indicator) => (
              <Fragment key={indicator.indicatorId}>
                {indicator.components.map((row, index) => (
                  <ComponentRow
                    key={row.componentId}
                    row={row}
                    indicatorCell={
                      index === 0 ? (
                        <TableCell rowSpan={indicator.components.length} sx={{ verticalAlign: 'top' }}>
                          <Link
                            component="button"
                            type="button"
                            variant="body2"
                            onClick={() => onOpenIndicator(indicator.components)}
                            sx={{ textAlign: 'left' }}
                          >
                            <strong>{indicator.indicatorCode}</strong> {indicator.indicatorTitle}
                          </Link>
                        </TableCell>
                      ) : undefined
                    }
                  />
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </AccordionDetails>
    </Accordion>
  );
};
