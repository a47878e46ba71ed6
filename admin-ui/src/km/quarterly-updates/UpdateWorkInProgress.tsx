import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  useGetList,
  useGetMany,
  useRecordContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { WorkAreaProgressChip } from '../work-areas/work-area-statuses/WorkAreaProgressField';
import type { WorkAreaProgress } from '../../app/generated/enums';
import { Intro, UpdateSection } from './UpdateSection';
import { useUpdateCodes, type Update } from './UpdateRepresentation';

interface WorkArea {
  id: string;
  number: number;
  title: string;
  description?: string | null;
}
interface WorkAreaStatus {
  id: string;
  workAreaId: string;
  status: WorkAreaProgress;
  note?: string | null;
}
interface UpdateWipRecord extends Update {
  workInProgressIntro?: string | null;
  workInProgressConclusion?: string | null;
  workAreaStatuses?: { id: string }[];
}

const t = (key: string) => `resources.QuarterlyUpdate.document.${key}`;

/** The office's numbered work areas, each with its status for the update's quarter. */
export const UpdateWorkInProgress = () => {
  const translate = useTranslate();
  const update = useRecordContext<UpdateWipRecord>();
  const { period } = useUpdateCodes(update);
  const { hasCreate: canRecord } = useResourceDefinition({ resource: 'WorkAreaStatus' });
  const { data: areas } = useGetList<WorkArea>(
    'WorkArea',
    {
      filter: { officeId: update?.officeId },
      sort: { field: 'number', order: 'ASC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: !!update },
  );
  const statusIds = update?.workAreaStatuses?.map((s) => s.id) ?? [];
  const { data: statuses } = useGetMany<WorkAreaStatus>(
    'WorkAreaStatus',
    { ids: statusIds },
    { enabled: statusIds.length > 0 },
  );
  if (!update) return null;
  const statusOf = (areaId: string) => statuses?.find((s) => s.workAreaId === areaId);
  return (
    <UpdateSection
      id="update-work-in-progress"
      title={translate(t('workInProgress'))}
      add={{
        resource: 'WorkArea',
        label: 'resources.QuarterlyUpdate.action.add_work_area',
        record: { officeId: update.officeId },
      }}
    >
      <Intro text={update.workInProgressIntro} />
      {areas?.length === 0 ? <Typography variant="body2">{translate(t('no_work_areas'))}</Typography> : null}
      {areas?.map((area) => {
        const status = statusOf(area.id);
        return (
          <Box key={area.id} sx={{ mt: 2 }}>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
              {area.number}. {area.title}
            </Typography>
            <ul style={{ marginTop: 4, marginBottom: 4 }}>
              {area.description ? <li>{area.description}</li> : null}
              {status?.note ? <li>{status.note}</li> : null}
            </ul>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Typography variant="body2">{translate(t('status_in'), { period })}</Typography>
              {status ? (
                <WorkAreaProgressChip value={status.status} />
              ) : (
                <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
                  {translate(t('no_status'))}
                </Typography>
              )}
              {!status && canRecord ? (
                <CreateButton
                  resource="WorkAreaStatus"
                  label={translate('resources.QuarterlyUpdate.action.add_status')}
                  state={{ record: { workAreaId: area.id, periodId: update.periodId } }}
                />
              ) : null}
            </Box>
          </Box>
        );
      })}
      {update.workInProgressConclusion ? (
        <Typography variant="body1" sx={{ mt: 2 }}>
          {update.workInProgressConclusion}
        </Typography>
      ) : null}
    </UpdateSection>
  );
};
