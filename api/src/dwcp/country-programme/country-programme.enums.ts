import { registerEnumType } from '@nestjs/graphql';

export enum ProgrammeStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

registerEnumType(ProgrammeStatus, { name: 'ProgrammeStatus' });
