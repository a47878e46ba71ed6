import { Link as MuiLink, Typography } from '@mui/material';
import { Link, useCreatePath, useGetMany, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatMilestoneDates } from '../km-milestones/milestoneDates';
import { Intro, UpdateSection } from './UpdateSection';
import { useUpdateCodes, type Update } from './UpdateRepresentation';

interface Milestone {
  id: string;
  title: string;
  description: string;
  startDate: string;
  endDate?: string | null;
  link?: string | null;
}

interface UpdateMilestonesRecord extends Update {
  milestonesIntro?: string | null;
  milestones?: { id: string }[];
}

/** The milestones the API reports for the office's quarter, by date: "April 1 – May 29: …". */
export const UpdateMilestones = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const update = useRecordContext<UpdateMilestonesRecord>();
  const { period } = useUpdateCodes(update);
  const ids = update?.milestones?.map((m) => m.id) ?? [];
  const { data, isPending } = useGetMany<Milestone>('KmMilestone', { ids }, { enabled: ids.length > 0 });
  if (!update) return null;
  // Kept in the API's order (by date), whatever order getMany answers in.
  const milestones = ids.map((id) => data?.find((m) => m.id === id)).filter((m): m is Milestone => !!m);
  return (
    <UpdateSection
      id="update-milestones"
      title={translate('resources.QuarterlyUpdate.document.milestones', { period })}
      add={{
        resource: 'KmMilestone',
        label: 'resources.QuarterlyUpdate.action.add_milestone',
        record: { officeId: update.officeId },
      }}
    >
      <Intro text={update.milestonesIntro} />
      {ids.length === 0 ? (
        <Typography variant="body2">{translate('resources.QuarterlyUpdate.document.no_milestones')}</Typography>
      ) : null}
      {!isPending && milestones.length > 0 ? (
        <ul>
          {milestones.map((milestone) => (
            <li key={milestone.id}>
              <Typography component="span" sx={{ fontWeight: 700 }}>
                <Link to={createPath({ resource: 'KmMilestone', id: milestone.id, type: 'show' })}>
                  {formatMilestoneDates(locale, milestone.startDate, milestone.endDate)}
                </Link>
                :
              </Typography>{' '}
              {milestone.description || milestone.title}
              {milestone.link ? (
                <>
                  {' '}
                  (
                  <MuiLink href={milestone.link} target="_blank" rel="noopener">
                    {translate('resources.QuarterlyUpdate.document.link')}
                  </MuiLink>
                  )
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </UpdateSection>
  );
};
