import { registerEnumType } from '@nestjs/graphql';

export enum OfficeType {
  HQ = 'HQ',
  REGIONAL = 'REGIONAL',
  SUBREGIONAL = 'SUBREGIONAL',
  COUNTRY = 'COUNTRY',
}

registerEnumType(OfficeType, { name: 'OfficeType' });
