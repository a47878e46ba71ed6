// Every page in English, French and Spanish: it renders, logs no error, and shows no
// untranslated catalogue key (such as "resources.Office.fields.code").
import { openBrowser } from '../browser.mjs';
import { LoginPage } from '../../pom/login-page.mjs';
import { DEMO_USERS, graphql, signInOverApi } from '../../requests/graphql.mjs';

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

/** Signs `user` in once, then reads every page in each language (a language applies from the next load). */
async function visitAll(url, user, pages, check) {
  const browser = await openBrowser();
  try {
    const { page } = browser;
    const login = new LoginPage(page, url);
    await login.open();
    await login.signIn(...DEMO_USERS[user]);
    await page.locator('#main-content').waitFor({ timeout: 30_000 });
    for (const locale of LOCALES) {
      await page.evaluate((value) => localStorage.setItem('RaStore.locale', JSON.stringify(value)), locale);
      await page.reload();
      await page.getByRole('menuitem', { name: DASHBOARD[locale], exact: true }).waitFor({ timeout: 15_000 });
      const broken = [];
      for (const path of pages) {
        await page.goto(`${url}/${path}`);
        await page.locator('#main-content').waitFor({ timeout: 15_000 });
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const raw = RAW_KEY.exec(await page.locator('body').innerText());
        if (raw) broken.push(`${path}: shows "${raw[0]}"`);
      }
      check.ok(
        broken.length === 0,
        `${user} sees ${pages.length} pages in ${locale} fully translated (${broken.join('; ')})`,
      );
    }
    check.ok(browser.errors.length === 0, `${user}: no browser errors (${browser.errors.slice(0, 3).join('; ')})`);
  } finally {
    await browser.close();
  }
}

export async function languages(url, check) {
  await visitAll(url, 'admin', await adminPages(url), check);
  await visitAll(url, 'po', ['#/', '#/my-report', '#/ProgressReport', '#/CountryProgramme'], check);
  await visitAll(url, 'manager', ['#/', '#/review', '#/ProgressReport'], check);
}
