import type { TranslationMessages } from 'react-admin';
import { fr as admin } from '../../../admin/i18n/fr';
import { autosaveFr as autosave } from '../../../dwcp/i18n/autosave-fr';
import { fr as dwcp } from '../../../dwcp/i18n/fr';
import { fr as km } from '../../../km/i18n/fr';
import { fr as results } from '../../../results/i18n/fr';
import { mergeMessages } from '../catalogue';
import { fr as app } from '../fr';
import { frenchMessages as reactAdmin } from '../ra-french';

/** Everything in French. Its own chunk: i18nProvider imports it when the language is chosen. */
export const messages = mergeMessages(reactAdmin, app, results, dwcp, autosave, km, admin) as TranslationMessages;
