/** After creating from a community's page, go back to it; otherwise to the new record. */
export const backToCommunity =
  (resource: string) => (_resource?: string, id?: unknown, data?: Record<string, unknown>) =>
    data?.communityId ? `/CommunityOfPractice/${String(data.communityId)}/show` : `/${resource}/${String(id)}/show`;
