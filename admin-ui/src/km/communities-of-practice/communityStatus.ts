import { enumChoices } from '../../app/common/enumChoices';

/** The API's CommunityStatus enum, labelled by `enums.CommunityStatus.<VALUE>` (see ./i18n.ts). */
export const COMMUNITY_STATUS = ['PLANNED', 'ACTIVE', 'CLOSED'] as const;
export type CommunityStatus = (typeof COMMUNITY_STATUS)[number];

export const communityStatusChoices = enumChoices('CommunityStatus', COMMUNITY_STATUS);
