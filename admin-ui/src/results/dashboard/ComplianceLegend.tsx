import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ComplianceState } from '../../app/generated/enums';
import { STATE_COLORS } from './ComplianceCellView';

/** What each colour of the matrix means, in words, and the day the states are computed for. */
export const ComplianceLegend = ({ asOf }: { asOf: string }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="compliance-legend" sx={{ mt: 1.5 }}>
      <Typography id="compliance-legend" variant="subtitle2" component="h3">
        {translate('dashboard.compliance.legend')} — {translate('dashboard.compliance.asOf', { date: asOf })}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {Object.values(ComplianceState).map((state) => (
          <Box component="li" key={state} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, fontSize: '0.8rem' }}>
            <Box
              component="span"
              sx={{ bgcolor: STATE_COLORS[state].bg, color: STATE_COLORS[state].fg, px: 1, py: 0.25, borderRadius: 1 }}
            >
              {translate(`enums.ComplianceState.${state}`)}
            </Box>
            <span>{translate(`dashboard.compliance.meaning.${state}`)}</span>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
