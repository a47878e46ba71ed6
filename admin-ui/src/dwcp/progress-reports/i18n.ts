import type { Catalogue } from '../../app/i18n/catalogue';
import { en, type ReportMessages } from './i18n.en';
import { es } from './i18n.es';
import { fr } from './i18n.fr';

export const progressReportMessages: Catalogue<ReportMessages> = { en, fr, es };
