import CloseIcon from '@mui/icons-material/Close';
import {
  Box,
  Dialog,
  FormControlLabel,
  Switch,
  DialogContent,
  DialogTitle,
  IconButton,
  Skeleton,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ComponentProgress } from '../../app/dataProvider/dashboard';
import { OfficeProgressTable } from './OfficeProgressTable';
import { StatusLight } from './StatusLight';
import type { DashboardSelection } from './useDashboardFilters';

const IndicatorTrend = lazy(() => import('./IndicatorTrend').then((m) => ({ default: m.IndicatorTrend })));

/** Quarters the trend shows within one framework version; across versions it shows all it is given. */
const QUARTERS_IN_ONE_VERSION = 8;

interface Props {
  components: ComponentProgress[];
  selection: DashboardSelection & { frameworkId: string; periodId: string };
  /** The quarters up to the chosen one, oldest first (at most 16). */
  periodIds: string[];
  onClose: () => void;
}

/**
 * One indicator's drill-down: its trend over the last quarters (optionally followed back through
 * the indicator's earlier framework versions) and each component's office values.
 */
export const IndicatorDetail = ({ components, selection, periodIds: allPeriodIds, onClose }: Props) => {
  const translate = useTranslate();
  const [acrossVersions, setAcrossVersions] = useState(false);
  const periodIds = acrossVersions ? allPeriodIds : allPeriodIds.slice(-QUARTERS_IN_ONE_VERSION);
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const first = components[0]!;
  return (
    <Dialog open onClose={onClose} fullScreen={fullScreen} maxWidth="lg" fullWidth aria-labelledby="indicator-detail">
      <DialogTitle id="indicator-detail" sx={{ pr: 6 }}>
        {first.indicatorCode} {first.indicatorTitle}
      </DialogTitle>
      <IconButton
        aria-label={translate('ra.action.close')}
        onClick={onClose}
        sx={{ position: 'absolute', right: 8, top: 8 }}
      >
        <CloseIcon />
      </IconButton>
      <DialogContent dividers>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
          <Typography variant="h6" component="h3">
            {translate('dashboard.detail.trend', { smart_count: periodIds.length })}
          </Typography>
          <FormControlLabel
            control={<Switch checked={acrossVersions} onChange={(event) => setAcrossVersions(event.target.checked)} />}
            label={translate('dashboard.detail.acrossVersions')}
          />
        </Box>
        <Suspense fallback={<Skeleton variant="rectangular" height={280} />}>
          <IndicatorTrend
            params={{
              frameworkId: selection.frameworkId,
              indicatorId: first.indicatorId,
              periodIds,
              officeId: selection.officeId,
              includeSubmitted: selection.includeSubmitted,
              acrossVersions,
            }}
          />
        </Suspense>
        <Typography variant="h6" component="h3" sx={{ mt: 3 }}>
          {translate('dashboard.detail.offices')}
        </Typography>
        {components.map((component) => (
          <Box component="section" key={component.componentId} sx={{ mt: 2 }}>
            <Typography variant="subtitle1" component="h4" sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
              <span>{translate('dashboard.detail.component', { label: component.label })}</span>
              <StatusLight status={component.status} />
            </Typography>
            {component.targetNarrative ? (
              <Typography variant="body2" color="text.secondary">
                {translate('dashboard.detail.target')}: {component.targetNarrative}
              </Typography>
            ) : null}
            <OfficeProgressTable
              component={component}
              periodId={selection.periodId}
              includeSubmitted={selection.includeSubmitted}
            />
          </Box>
        ))}
      </DialogContent>
    </Dialog>
  );
};
