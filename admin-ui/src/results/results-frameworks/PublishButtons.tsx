import PublicIcon from '@mui/icons-material/Public';
import PublicOffIcon from '@mui/icons-material/PublicOff';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { canCall } from '../../app/common/roles';
import { useRole } from '../../app/common/useRole';
import { useFrameworkMethods } from './useFrameworkMethods';

/** Publish shows the framework to viewers; unpublish hides it again. For the roles that may call them. */
export const PublishButtons = () => {
  const record = useRecordContext<{ id: string; publishedAt?: string | null }>();
  const role = useRole();
  const methods = useFrameworkMethods();
  const notify = useNotify();
  const refresh = useRefresh();
  const [isPending, setPending] = useState(false);
  if (!record) return null;
  const published = Boolean(record.publishedAt);
  const action = published ? 'unpublishResultsFramework' : 'publishResultsFramework';
  if (!canCall(role, action)) return null;
  const onClick = () => {
    setPending(true);
    methods[action](String(record.id))
      .then(() => {
        notify(`resources.ResultsFramework.notifications.${action}`, { type: 'success' });
        refresh();
      })
      .catch((error: Error) => notify(error.message, { type: 'error' }))
      .finally(() => setPending(false));
  };
  return (
    <Button
      label={`resources.ResultsFramework.action.${published ? 'unpublish' : 'publish'}`}
      onClick={onClick}
      disabled={isPending}
    >
      {published ? <PublicOffIcon /> : <PublicIcon />}
    </Button>
  );
};
