import access from '../../../../api/access.json';
import { Role } from '../generated/enums';

// Who may do what is the server's: api/access.json lists, for every GraphQL operation and HTTP route, the roles
// its guards let through (npm run contract writes it). The UI hides what a role may not call; the server decides.
export { Role };

export type Operation = keyof typeof access.operations;
export type Route = keyof typeof access.routes;

const allows = (rule: readonly string[] | string | undefined, role: unknown) =>
  rule === 'PUBLIC' || (Array.isArray(rule) && typeof role === 'string' && rule.includes(role));

/** May `role` call this GraphQL query or mutation? */
export const canCall = (role: unknown, operation: Operation) => allows(access.operations[operation], role);

/** May `role` make this HTTP request (`'GET /exports/km-update'`)? */
export const canRequest = (role: unknown, route: Route) => allows(access.routes[route], role);

/** canCall for an operation named at run time (`create${resource}`); an operation the API lacks is refused. */
export const canCallNamed = (role: unknown, operation: string) =>
  operation in access.operations && canCall(role, operation as Operation);

// The two rules no operation states. They only shape menus and pages; the server applies its own rules anyway.

/**
 * Viewers are given no office's programmes, reports or KM work (docs/security.md: their read scope is "none"),
 * though access.json lets them call those lists, which then answer empty: the UI leaves those pages out.
 */
export const seesOfficeWork = (role: unknown) => role !== Role.VIEWER;

/**
 * "My report" is the programme officer's page. Administrators and KM officers may call myReportingTasks too (they
 * help offices out), but their menu and dashboard do not offer a report of their own.
 */
export const writesOwnReport = (role: unknown) => role === Role.PROGRAMME_OFFICER;
