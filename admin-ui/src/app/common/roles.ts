/** The API's roles; the server enforces them, the UI only hides what a role cannot do. */
export const Role = {
  ADMIN: 'ADMIN',
  REGIONAL_MANAGER: 'REGIONAL_MANAGER',
  KM_OFFICER: 'KM_OFFICER',
  PROGRAMME_OFFICER: 'PROGRAMME_OFFICER',
  VIEWER: 'VIEWER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Frameworks, outcomes, indicators, components and targets (docs/security.md). */
export const canEditFramework = (role: unknown) => role === Role.ADMIN || role === Role.KM_OFFICER;
/** Offices, periods and users. */
export const isAdmin = (role: unknown) => role === Role.ADMIN;
/** Programmes, their outcomes, plans and plan items, and reports. */
export const canEditDwcp = (role: unknown) =>
  role === Role.ADMIN || role === Role.KM_OFFICER || role === Role.PROGRAMME_OFFICER;
/** Results entered outside reports. */
export const canEditResults = (role: unknown) => role === Role.ADMIN || role === Role.KM_OFFICER;
/** Only regional managers approve or return reports. */
export const canReview = (role: unknown) => role === Role.REGIONAL_MANAGER;
/** KM updates, milestones, work areas, issues, contacts and communities of practice. */
export const canEditKm = (role: unknown) => role === Role.ADMIN || role === Role.KM_OFFICER;
