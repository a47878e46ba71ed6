// Every page in English, French and Spanish: it renders, logs no error, and shows no
// untranslated catalogue key (such as "resources.Office.fields.code").
import { DEMO_USERS, graphql, signInOverApi } from '../requests/graphql.mjs';
import { expect, test } from './support/fixtures.mjs';

const RESOURCES = [
  ['Office', 'Offices'],
  ['ReportingPeriod', 'ReportingPeriods'],
  ['ResultsFramework', 'ResultsFrameworks'],
  ['Outcome', 'Outcomes'],
  ['Indicator', 'Indicators'],
  ['IndicatorResult', 'IndicatorResults'],
  ['CountryProgramme', 'CountryProgrammes'],
  ['ProgrammeOutcome', 'ProgrammeOutcomes'],
  ['ImplementationPlan', 'ImplementationPlans'],
  ['PlanItem', 'PlanItems'],
  ['ProgressReport', 'ProgressReports'],
  ['QuarterlyUpdate', 'QuarterlyUpdates'],
  ['KmMilestone', 'KmMilestones'],
  ['WorkArea', 'WorkAreas'],
  ['WorkAreaStatus', 'WorkAreaStatuses'],
  ['CriticalIssue', 'CriticalIssues'],
  ['KeyContact', 'KeyContacts'],
  ['CommunityOfPractice', 'CommunityOfPractices'],
  ['CopMembershipTarget', 'CopMembershipTargets'],
  ['CopDiscussion', 'CopDiscussions'],
  ['User', 'Users'],
];
const RAW_KEY = /\b(?:resources|ra|reports|enums|dashboard|app)\.[A-Za-z]+\.[\w.]+/;
const LOCALES = ['en', 'fr', 'es'];
// react-admin's own word for the home page, proving the language really switched.
const DASHBOARD = { en: 'Dashboard', fr: 'Tableau de bord', es: 'Panel' };
/** The pages of each resource (list, create, and a record's show and edit) for the admin. */
async function adminPages(url) {
  const token = await signInOverApi(url, ...DEMO_USERS.admin);
  const pages = ['#/'];
  for (const [type, plural] of RESOURCES) {
    const { data } = await graphql(url, token, `{ all${plural}(perPage: 1) { id } }`);
    const first = data[`all${plural}`][0];
    pages.push(`#/${type}`);
    if (type !== 'ProgressReport') pages.push(`#/${type}/create`);
    if (first)
      pages.push(`#/${type}/${first.id}/show`, ...(type === 'ProgressReport' ? [] : [`#/${type}/${first.id}`]));
  }
  return pages;
}

const PAGES = {
  admin: adminPages,
  po: async () => ['#/', '#/my-report', '#/ProgressReport', '#/CountryProgramme'],
  manager: async () => ['#/', '#/review', '#/ProgressReport'],
};

// One sign-in per user, as a user reads the pages in each language in turn: the API allows 5
// sign-ins per address in 15 minutes (LOGIN_LIMIT_PER_EMAIL), and the whole run needs them.
for (const [user, pagesOf] of Object.entries(PAGES)) {
  test(`languages: ${user} sees every page in English, French and Spanish`, async ({ signedIn, url }) => {
    const pages = await pagesOf(url);
    test.setTimeout(60_000 + pages.length * LOCALES.length * 4_000);
    const session = await signedIn(user);
    const { page } = session;
    for (const locale of LOCALES) {
      await test.step(`${user} sees ${pages.length} pages in ${locale} fully translated`, async () => {
        // The language applies from the next load, as when the user picks it in the menu.
        await page.evaluate((value) => localStorage.setItem('RaStore.locale', JSON.stringify(value)), locale);
        await page.reload();
        await expect(page.getByRole('menuitem', { name: DASHBOARD[locale], exact: true })).toBeVisible();
        const broken = [];
        for (const path of pages) {
          await session.visit(url, path);
          const raw = RAW_KEY.exec(await page.locator('body').innerText());
          if (raw) broken.push(`${path}: shows "${raw[0]}"`);
        }
        expect.soft(broken, `untranslated keys in ${locale}`).toEqual([]);
      });
    }
  });
}
