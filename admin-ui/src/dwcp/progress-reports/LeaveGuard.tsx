import { useEffect } from 'react';
import { Confirm, useBlocker, useTranslate } from 'react-admin';

/**
 * Asks before the officer leaves with changes the server does not have (held, failed or not yet
 * sent): in the app (another menu entry) with a dialog, when closing or reloading the tab with the
 * browser's own question. `unsaved` is read at the moment of leaving.
 */
export const LeaveGuard = ({ unsaved }: { unsaved: () => boolean }) => {
  const translate = useTranslate();
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    currentLocation.pathname !== nextLocation.pathname ? unsaved() : false,
  );
  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      // Older browsers need a returnValue to ask.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
  return (
    <Confirm
      isOpen={blocker.state === 'blocked'}
      title={translate('reports.leave.title')}
      content={translate('reports.leave.content')}
      confirm={translate('reports.leave.confirm')}
      cancel={translate('reports.leave.stay')}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );
};
