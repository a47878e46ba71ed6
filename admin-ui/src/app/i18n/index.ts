import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import { frenchMessages } from './ra-french';
import { commonMessages } from '../common/i18n';
import { communityOfPracticeMessages } from '../../km/communities-of-practice/i18n';
import { copDiscussionMessages } from '../../km/communities-of-practice/cop-discussions/i18n';
import { copMembershipTargetMessages } from '../../km/communities-of-practice/cop-membership-targets/i18n';
import { criticalIssueMessages } from '../../km/quarterly-updates/critical-issues/i18n';
import { exportMessages } from './exports';
import { keyContactMessages } from '../../km/quarterly-updates/key-contacts/i18n';
import { kmMilestoneMessages } from '../../km/km-milestones/i18n';
import { quarterlyUpdateMessages } from '../../km/quarterly-updates/i18n';
import { workAreaStatusMessages } from '../../km/work-areas/work-area-statuses/i18n';
import { workAreaMessages } from '../../km/work-areas/i18n';
import { countryProgrammeMessages } from '../../dwcp/country-programmes/i18n';
import { dashboardMessages } from '../../results/dashboard/i18n';
import { implementationPlanMessages } from '../../dwcp/implementation-plans/i18n';
import { indicatorResultMessages } from '../../results/indicator-results/i18n';
import { indicatorMessages } from '../../results/indicators/i18n';
import { officeMessages } from '../../admin/offices/i18n';
import { outcomeMessages } from '../../results/outcomes/i18n';
import { planItemMessages } from '../../dwcp/plan-items/i18n';
import { programmeOutcomeMessages } from '../../dwcp/programme-outcomes/i18n';
import { progressReportMessages } from '../../dwcp/progress-reports/i18n';
import { reportTemplateMessages } from '../../dwcp/report-templates/i18n';
import { reportingPeriodMessages } from '../../admin/reporting-periods/i18n';
import { resultsFrameworkMessages } from '../../results/results-frameworks/i18n';
import { userMessages } from '../../admin/users/i18n';
import type { Catalogue } from './catalogue';
import { mergeMessages } from './catalogue';
import { spanishMessages } from './ra-spanish';

const features: Catalogue<object>[] = [
  commonMessages,
  officeMessages,
  reportingPeriodMessages,
  resultsFrameworkMessages,
  outcomeMessages,
  indicatorMessages,
  indicatorResultMessages,
  userMessages,
  countryProgrammeMessages,
  programmeOutcomeMessages,
  implementationPlanMessages,
  planItemMessages,
  dashboardMessages,
  progressReportMessages,
  quarterlyUpdateMessages,
  kmMilestoneMessages,
  workAreaMessages,
  workAreaStatusMessages,
  criticalIssueMessages,
  keyContactMessages,
  communityOfPracticeMessages,
  copMembershipTargetMessages,
  copDiscussionMessages,
  exportMessages,
  reportTemplateMessages,
];

const catalogue = (locale: 'en' | 'fr' | 'es', reactAdmin: object) =>
  mergeMessages(
    reactAdmin as Record<string, unknown>,
    ...features.map((f) => f[locale] as Record<string, unknown>),
  ) as TranslationMessages;

export const messages = {
  en: catalogue('en', englishMessages),
  fr: catalogue('fr', frenchMessages),
  es: catalogue('es', spanishMessages),
};

// react-admin keeps the chosen language in its store (localStorage); start in it after a reload.
const storedLocale = (): keyof typeof messages => {
  try {
    const stored = JSON.parse(localStorage.getItem('RaStore.locale') ?? '"en"') as string;
    return stored in messages ? (stored as keyof typeof messages) : 'en';
  } catch {
    return 'en';
  }
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale as keyof typeof messages] ?? messages.en,
  storedLocale(),
  [
    { locale: 'en', name: 'English' },
    { locale: 'fr', name: 'Français' },
    { locale: 'es', name: 'Español' },
  ],
);
