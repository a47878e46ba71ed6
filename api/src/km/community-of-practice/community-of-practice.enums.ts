import { registerEnumType } from '@nestjs/graphql';

export enum CommunityStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

registerEnumType(CommunityStatus, { name: 'CommunityStatus' });
