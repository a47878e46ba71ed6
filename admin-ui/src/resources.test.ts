import { describe, expect, test } from '@jest/globals';
import access from '../../api/access.json';
import { Role } from './app/generated/enums';
import { PAGES, RESOURCES, resourcesFor } from './resources';

// What each role got before the registry read api/access.json, written out as App.tsx and the menu decided it.
const FRAMEWORK = ['ResultsFramework', 'Outcome', 'Indicator'];
const DWCP = ['CountryProgramme', 'ProgrammeOutcome', 'ImplementationPlan', 'PlanItem'];
const KM = [
  'QuarterlyUpdate',
  'KmMilestone',
  'WorkArea',
  'WorkAreaStatus',
  'CriticalIssue',
  'KeyContact',
  'CommunityOfPractice',
  'CopMembershipTarget',
  'CopDiscussion',
];

function before(role: Role): Record<string, 'read' | 'write' | 'none'> {
  const admin = role === Role.ADMIN;
  const kmStaff = admin || role === Role.KM_OFFICER;
  const pages = (editable: boolean) => (editable ? 'write' : 'read');
  const out: Record<string, 'read' | 'write' | 'none'> = { IndicatorComponent: 'none', IntermediateTarget: 'none' };
  for (const name of FRAMEWORK) out[name] = pages(kmStaff);
  out.IndicatorResult = pages(kmStaff);
  if (role !== Role.VIEWER) {
    out.ProgressReport = 'read';
    for (const name of DWCP) out[name] = pages(kmStaff || role === Role.PROGRAMME_OFFICER);
    for (const name of KM) out[name] = pages(kmStaff);
  }
  out.Office = pages(admin);
  out.ReportingPeriod = pages(admin);
  if (admin) out.User = 'write';
  return out;
}

const MENU_ORDER = [
  'ProgressReport',
  ...FRAMEWORK,
  'IndicatorResult',
  ...DWCP,
  ...KM,
  'Office',
  'ReportingPeriod',
  'User',
];

describe('the resource registry', () => {
  test.each(Object.values(Role))('gives a %s the same resources and pages as before', (role) => {
    const now = Object.fromEntries(
      resourcesFor(role).map((r) => [r.name, !r.list ? 'none' : r.create && r.edit ? 'write' : 'read']),
    );
    expect(now).toEqual(before(role));
    expect(resourcesFor(role).filter((r) => Boolean(r.create) !== Boolean(r.edit))).toEqual([]);
  });

  // The API's test of ra-data-graphql-simple (api/test/integration/common/crud/) runs every one of them.
  test('registers every type the API serves with the whole CRUD grammar, once', () => {
    const operations = Object.keys(access.operations);
    const served = operations.filter(
      (name) => /^[A-Z]/.test(name) && ['create', 'update', 'delete'].every((verb) => operations.includes(verb + name)),
    );
    expect(RESOURCES.map((r) => r.name).sort()).toEqual(served.sort());
  });

  test('lists the menu in the same order as before', () => {
    expect(RESOURCES.filter((r) => r.pages?.list).map((r) => r.name)).toEqual(MENU_ORDER);
  });

  test.each(Object.values(Role))('shows a %s the same report pages in the menu as before', (role) => {
    const items = PAGES.filter((page) => page.menu?.shownTo(role)).map((page) => page.path);
    const expected = { PROGRAMME_OFFICER: ['/my-report'], REGIONAL_MANAGER: ['/review'] } as Record<string, string[]>;
    expect(items).toEqual(expected[role] ?? []);
  });
});
