import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  /** Everything, including users, offices and periods. */
  ADMIN = 'ADMIN',
  /** Reads everything in its office subtree; approves and returns reports. */
  REGIONAL_MANAGER = 'REGIONAL_MANAGER',
  /** Maintains frameworks, outcomes, indicators, baselines, targets and KM content; exports. */
  KM_OFFICER = 'KM_OFFICER',
  /** Reads and writes results and reports of its own offices only. */
  PROGRAMME_OFFICER = 'PROGRAMME_OFFICER',
  /** Donors, constituents, UN partners: published frameworks and approved results only. */
  VIEWER = 'VIEWER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

registerEnumType(Role, { name: 'Role' });
