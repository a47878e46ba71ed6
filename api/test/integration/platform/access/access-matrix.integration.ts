import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createRegion } from '#test/factories/office.factory.js';
import { declaredAccessRules, schemaOperations, type SchemaOperation } from '#test/utils/schema-operations.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const { ADMIN, REGIONAL_MANAGER: RM, KM_OFFICER: KM, PROGRAMME_OFFICER: PO, VIEWER } = Role;
const ALL = [ADMIN, RM, KM, PO, VIEWER];
const PUBLIC = 'PUBLIC' as const;

const crud = (name: string, plural: string, read: Role[], write: Role[]) => ({
  [name]: read,
  [`all${plural}`]: read,
  [`_all${plural}Meta`]: read,
  [`create${name}`]: write,
  [`update${name}`]: write,
  [`delete${name}`]: write,
});

// The role matrix of docs/security.md, written out independently of the code that enforces it.
const EXPECTED: Record<string, Role[] | typeof PUBLIC> = {
  login: PUBLIC,
  me: ALL,
  changeMyPassword: ALL,
  setMyLanguage: ALL,
  ...crud('User', 'Users', [ADMIN], [ADMIN]),
  ...crud('Office', 'Offices', ALL, [ADMIN]),
  ...crud('ReportingPeriod', 'ReportingPeriods', ALL, [ADMIN]),
  openReportingPeriod: [ADMIN],
  closeReportingPeriod: [ADMIN],
  lockReportingPeriod: [ADMIN],
  ...crud('ResultsFramework', 'ResultsFrameworks', ALL, [ADMIN, KM]),
  publishResultsFramework: [ADMIN, KM],
  unpublishResultsFramework: [ADMIN, KM],
  copyResultsFramework: [ADMIN, KM],
  ...crud('Outcome', 'Outcomes', ALL, [ADMIN, KM]),
  ...crud('Indicator', 'Indicators', ALL, [ADMIN, KM]),
  ...crud('IndicatorComponent', 'IndicatorComponents', ALL, [ADMIN, KM]),
  ...crud('IntermediateTarget', 'IntermediateTargets', ALL, [ADMIN, KM]),
  targetRevisions: ALL,
  reviseComponentTarget: [ADMIN, KM],
  ...crud('IndicatorResult', 'IndicatorResults', ALL, [ADMIN, KM]),
  ...crud('CountryProgramme', 'CountryProgrammes', ALL, [ADMIN, KM, PO]),
  ...crud('ProgrammeOutcome', 'ProgrammeOutcomes', ALL, [ADMIN, KM, PO]),
  ...crud('ImplementationPlan', 'ImplementationPlans', ALL, [ADMIN, KM, PO]),
  ...crud('PlanItem', 'PlanItems', ALL, [ADMIN, KM, PO]),
  ...crud('ProgressReport', 'ProgressReports', ALL, [ADMIN, KM, PO]),
  submitProgressReport: [ADMIN, KM, PO],
  approveProgressReport: [RM],
  returnProgressReport: [RM],
  submitImplementationPlan: [ADMIN, KM, PO],
  approveImplementationPlan: [RM],
  returnImplementationPlan: [RM],
  reportingCompliance: [ADMIN, RM, KM, PO],
  myNotifications: ALL,
  markNotificationRead: ALL,
  sendReportReminders: [ADMIN],
  indicatorProgress: ALL,
  indicatorProgressTrend: ALL,
  componentOfficeProgress: ALL,
  myReportingTasks: [ADMIN, KM, PO],
  auditTrail: [ADMIN, RM, KM, PO],
  ...crud('QuarterlyUpdate', 'QuarterlyUpdates', ALL, [ADMIN, KM]),
  ...crud('CriticalIssue', 'CriticalIssues', ALL, [ADMIN, KM]),
  ...crud('KeyContact', 'KeyContacts', ALL, [ADMIN, KM]),
  ...crud('KmMilestone', 'KmMilestones', ALL, [ADMIN, KM]),
  ...crud('WorkArea', 'WorkAreas', ALL, [ADMIN, KM]),
  ...crud('WorkAreaStatus', 'WorkAreaStatuses', ALL, [ADMIN, KM]),
  ...crud('CommunityOfPractice', 'CommunityOfPractices', ALL, [ADMIN, KM]),
  ...crud('CopMembershipTarget', 'CopMembershipTargets', ALL, [ADMIN, KM]),
  ...crud('CopDiscussion', 'CopDiscussions', ALL, [ADMIN, KM]),
};

/** Refused by the access guard itself, as opposed to any later error (bad arguments, no such record). */
function refusedByGuard(errors: { message: string; extensions?: { code?: string } }[] | undefined): boolean {
  return (errors ?? []).some(
    ({ message, extensions }) =>
      (extensions?.code === 'FORBIDDEN' && /may not call|declares no access rule/.test(message)) ||
      (extensions?.code === 'UNAUTHENTICATED' && /sign in first|token/.test(message)),
  );
}

describe('every operation declares who may call it, and the guard holds to it', () => {
  let t: TestApp;
  let operations: SchemaOperation[];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka } = await createRegion(t.dataSource);
    const offices: Record<Role, number[]> = {
      ADMIN: [],
      REGIONAL_MANAGER: [region.id],
      KM_OFFICER: [region.id],
      PROGRAMME_OFFICER: [dhaka.id],
      VIEWER: [],
    };
    for (const role of ALL) tokens.set(role, (await t.signedIn(role, offices[role])).token);
    operations = schemaOperations(t.app);
  });

  it('has an access rule on every query and mutation handler (default deny)', () => {
    const declared = declaredAccessRules(t.app);
    const undeclared = operations
      .filter((operation) => declared.get(operation.name) === undefined)
      .map((operation) => operation.name);
    expect(undeclared).toEqual([]);
  });

  it('lists every operation of the schema in the role matrix, and nothing else', () => {
    expect(operations.map((operation) => operation.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('lets each role call exactly the operations the matrix gives it', async () => {
    // About 70 operations for 5 roles, one request each.
    const mismatches: string[] = [];
    for (const operation of operations) {
      const expected = EXPECTED[operation.name]!;
      for (const role of ALL) {
        const response = await t.gql(operation.document, undefined, tokens.get(role));
        const allowed = expected === PUBLIC || expected.includes(role);
        if (allowed === refusedByGuard(response.errors)) {
          mismatches.push(
            `${role} ${allowed ? 'was refused' : 'was let through'} ${operation.name}: ${JSON.stringify(response.errors ?? 'no error')}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('asks anonymous callers to sign in for everything but login', async () => {
    const anonymous: string[] = [];
    for (const operation of operations) {
      const response = await t.gql(operation.document, undefined, null);
      if (refusedByGuard(response.errors) !== (EXPECTED[operation.name] !== PUBLIC)) anonymous.push(operation.name);
    }
    expect(anonymous).toEqual([]);
  });
});
