import { registerEnumType } from '@nestjs/graphql';

/** The languages of the interface and of the emails the tracker sends. */
export enum Language {
  EN = 'en',
  FR = 'fr',
  ES = 'es',
}

registerEnumType(Language, { name: 'Language', description: 'English, French or Spanish' });
