import type { TranslationMessages } from 'react-admin';
import { es as admin } from '../../../admin/i18n/es';
import { autosaveEs as autosave } from '../../../dwcp/i18n/autosave-es';
import { es as dwcp } from '../../../dwcp/i18n/es';
import { es as km } from '../../../km/i18n/es';
import { es as results } from '../../../results/i18n/es';
import { mergeMessages } from '../catalogue';
import { es as app } from '../es';
import { spanishMessages as reactAdmin } from '../ra-spanish';

/** Everything in Spanish. Its own chunk: i18nProvider imports it when the language is chosen. */
export const messages = mergeMessages(reactAdmin, app, results, dwcp, autosave, km, admin) as TranslationMessages;
