import type { Catalogue } from '../i18n/catalogue';

const en = {};

export const dashboardMessages: Catalogue<typeof en> = { en, fr: en, es: en };
