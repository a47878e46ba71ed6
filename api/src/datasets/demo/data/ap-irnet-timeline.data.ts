import type { DemoMilestone } from '#src/datasets/demo/data/km-content.data.js';

/** A milestone of a timeline, with the indicator components ("6.1 (i)") it advances. */
export interface DemoTimelineMilestone extends DemoMilestone {
  components: string[];
}

const PORTAL = 'http://ap-irnet.ilobkk.or.th';

// Seed 003's timeline for AP-IRNet (section 8), ROAP's milestones. The seed dates them by month
// only: a month becomes its first to last day; the visioning event keeps its days (26-28 April
// 2011). The seed's layout lost one month: the survey's analysis sits between February and the
// April event, so it spans that interval rather than a guessed month. Components: the portal, its
// launch and its full operation advance 6.1 (i), "at least one additional tool ... to create
// web-based interactive discussion forums" (the seed's feature (iii), facilitated forums); the
// other steps prepare them and advance no component on their own.
export const AP_IRNET_TIMELINE: DemoTimelineMilestone[] = [
  {
    dated: 'October 2010',
    startDate: '2010-10-01',
    endDate: '2010-10-31',
    title: 'AP-IR Net portal went online for ILO staff',
    description: `AP-IR Net portal went online for ILO staff: the CoP on Industrial and Employment Relations opened its portal at ${PORTAL} to a number of selected core members of ILO IR specialists from the Asia Pacific region.`,
    community: 'AP-IRNet',
    components: ['6.1 (i)'],
  },
  {
    dated: 'December 2010',
    startDate: '2010-12-01',
    endDate: '2010-12-31',
    title: 'Internal ILO meeting',
    description: 'Internal ILO meeting on the AP-IR Net Community of Practice.',
    community: 'AP-IRNet',
    components: [],
  },
  {
    dated: 'January 2011',
    startDate: '2011-01-01',
    endDate: '2011-01-31',
    title: 'Development of TOR and list of Core group members',
    description: 'Development of TOR and list of Core group members.',
    community: 'AP-IRNet',
    components: [],
  },
  {
    dated: 'February 2011',
    startDate: '2011-02-01',
    endDate: '2011-02-28',
    title: 'Invitation and survey sent to the core group',
    description:
      'Send invitation and survey to the core group to attend the Visioning Event. Survey among the predicted members finalized.',
    community: 'AP-IRNet',
    components: [],
  },
  {
    dated: 'between February and April 2011',
    startDate: '2011-03-01',
    endDate: '2011-04-25',
    title: 'Survey analyzed',
    description:
      'Survey analyzed and results integrated in the TOR for the visioning event and the road map for the CoP.',
    community: 'AP-IRNet',
    components: [],
  },
  {
    dated: 'April 26-28, 2011',
    startDate: '2011-04-26',
    endDate: '2011-04-28',
    title: 'Visioning event (Bangkok, Thailand)',
    description:
      'Visioning event (April 26-28 Bangkok Thailand): thirty five potential members drawn from ILO tripartite constituents invited to the visioning workshop.',
    community: 'AP-IRNet',
    components: [],
  },
  {
    dated: 'April 2011',
    startDate: '2011-04-01',
    endDate: '2011-04-30',
    title: 'The CoP AP-IR Net will be launched',
    description: 'The CoP AP-IR Net will be launched.',
    community: 'AP-IRNet',
    components: ['6.1 (i)'],
  },
  {
    dated: 'April 2011',
    startDate: '2011-04-01',
    endDate: '2011-04-30',
    title: 'The CoP is expected to be fully operational',
    description: 'The CoP is expected to be fully operational by the Asia Pacific Regional Meeting.',
    community: 'AP-IRNet',
    components: ['6.1 (i)'],
  },
];
