import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en as admin } from '../../../admin/i18n/en';
import { autosaveEn as autosave } from '../../../dwcp/i18n/autosave-en';
import { en as dwcp } from '../../../dwcp/i18n/en';
import { en as km } from '../../../km/i18n/en';
import { en as results } from '../../../results/i18n/en';
import { mergeMessages } from '../catalogue';
import { en as app } from '../en';

/** Everything in English: react-admin's messages, the app's and each domain's. Loaded with the app. */
export const messages = mergeMessages(englishMessages, app, results, dwcp, autosave, km, admin) as TranslationMessages;
