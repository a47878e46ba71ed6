import { Typography } from '@mui/material';
import { Link, ReferenceManyField, WithListContext, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Intro, UpdateSection } from './UpdateSection';

interface Issue {
  id: string;
  title: string;
  description: string;
}

/** "Unlocking the KM / KS factor: i.e. …", in the update's order. */
export const UpdateIssues = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const update = useRecordContext<{ id: string; issuesIntro?: string | null }>();
  if (!update) return null;
  return (
    <UpdateSection
      id="update-issues"
      title={translate('resources.QuarterlyUpdate.document.issues')}
      add={{
        resource: 'CriticalIssue',
        label: 'resources.QuarterlyUpdate.action.add_issue',
        record: { updateId: update.id },
      }}
    >
      <Intro text={update.issuesIntro} />
      <ReferenceManyField
        reference="CriticalIssue"
        target="updateId"
        sort={{ field: 'position', order: 'ASC' }}
        perPage={100}
        empty={<Typography variant="body2">{translate('resources.QuarterlyUpdate.document.no_issues')}</Typography>}
      >
        <WithListContext<Issue>
          render={({ data }) => (
            <ul>
              {data?.map((issue) => (
                <li key={issue.id}>
                  <Typography component="span" sx={{ fontWeight: 700 }}>
                    <Link to={createPath({ resource: 'CriticalIssue', id: issue.id, type: 'show' })}>
                      {issue.title}
                    </Link>
                    :
                  </Typography>{' '}
                  {issue.description}
                </li>
              ))}
            </ul>
          )}
        />
      </ReferenceManyField>
    </UpdateSection>
  );
};
