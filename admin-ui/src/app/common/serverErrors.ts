import { HttpError, type DataProvider } from 'react-admin';

interface FieldError {
  field: string;
  message: string;
}

type NestedErrors = { [key: string]: string | NestedErrors };

/** The `extensions.fields` of the API's BAD_USER_INPUT error, wherever the error wrapper put it. */
export const fieldErrorsOf = (error: unknown): FieldError[] => {
  const body = (error as { body?: unknown } | null)?.body ?? error;
  const graphQLErrors = (body as { graphQLErrors?: { extensions?: { fields?: unknown } }[] } | null)?.graphQLErrors;
  const fields = graphQLErrors?.flatMap((e) => (Array.isArray(e.extensions?.fields) ? e.extensions.fields : []));
  return (fields ?? []).filter((f): f is FieldError => typeof f?.field === 'string' && typeof f?.message === 'string');
};

/**
 * Turns `lines[2].status` style paths into the nested object react-admin's forms expect
 * (`{ lines: { 2: { status: message } } }`), which it shows under each input.
 */
export const toFormErrors = (fields: FieldError[]): NestedErrors => {
  const errors: NestedErrors = {};
  for (const { field, message } of fields) {
    const path = field.split(/[.[\]]+/).filter(Boolean);
    let node = errors;
    path.slice(0, -1).forEach((key) => {
      const next = node[key];
      node = typeof next === 'object' ? next : (node[key] = {});
    });
    const last = path[path.length - 1];
    if (last && typeof node[last] !== 'object') node[last] = message;
  }
  return errors;
};

/** Rethrows a field error as an HttpError whose body.errors react-admin maps onto the form inputs. */
const rethrowWithFieldErrors = (error: unknown): never => {
  const fields = fieldErrorsOf(error);
  if (fields.length === 0) throw error;
  const message = (error as { message?: string }).message ?? 'ra.message.invalid_form';
  throw new HttpError(message, 400, { errors: toFormErrors(fields) });
};

/** Wraps create and update so the server's field errors show next to the inputs. */
export const withServerFieldErrors = <T extends DataProvider>(provider: T): T => ({
  ...provider,
  create: (resource, params) => provider.create(resource, params).catch(rethrowWithFieldErrors),
  update: (resource, params) => provider.update(resource, params).catch(rethrowWithFieldErrors),
});
