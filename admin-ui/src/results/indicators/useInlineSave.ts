import { useNotify } from 'react-admin';
import { fieldErrorsOf, toFormErrors } from '../../app/common/serverErrors';

/**
 * Runs one inline save or delete: notifies the outcome, and on a BAD_USER_INPUT error returns the
 * server's field errors so the inline form shows them under its inputs.
 */
export const useInlineSave = () => {
  const notify = useNotify();
  return async (run: () => Promise<unknown>, successMessage: string, after?: () => void) => {
    try {
      await run();
      notify(successMessage, { type: 'success', messageArgs: { smart_count: 1 } });
      after?.();
      return undefined;
    } catch (error) {
      const fields = fieldErrorsOf(error);
      notify(fields.length > 0 ? 'ra.message.invalid_form' : (error as Error).message, { type: 'error' });
      return fields.length > 0 ? toFormErrors(fields) : undefined;
    }
  };
};
