import type { Catalogue } from '../i18n/catalogue';

const en = {};

export const officeMessages: Catalogue<typeof en> = { en, fr: en, es: en };
