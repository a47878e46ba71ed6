import { CommunityStatus } from '#src/km/community-of-practice/community-of-practice.enums.js';
import { WorkAreaProgress } from '#src/km/work-area/work-area-status/work-area-status.enums.js';

export interface DemoMilestone {
  /** As the seed dates it, e.g. "April 1 – May 29". */
  dated: string;
  startDate: string;
  endDate: string | null;
  /** The bullet's linked text or its lead words, as written. */
  title: string;
  /** The whole bullet after its date, links rendered as their text. */
  description: string;
  /** Acronym of the community of practice it concerns. */
  community?: string;
}

export interface DemoWorkArea {
  number: number;
  title: string;
  description: string;
}

export interface DemoCommunity {
  name: string;
  acronym: string;
  theme: string;
  launchDate: string | null;
  address: string | null;
  status: CommunityStatus;
  description: string | null;
  targets: { memberGroup: string; targetMembers: number }[];
  discussions: {
    startDate: string;
    endDate: string;
    topic: string;
    moderator: string | null;
    reach: number | null;
    summary: string | null;
  }[];
}

// Seed 001: the Q2 2009 Knowledge Management Update of ROAP, worded as the seed words it. The
// seed lists 10 milestone bullets (the issue counts 9): all 10 are here, in the seed's order. Its
// links point nowhere ("#"), so milestones carry no link. Dates are of 2009.
export const Q2_2009_UPDATE = {
  officeCode: 'ROAP',
  period: '2009-Q2',
  authors: 'JA, GT, SF',
  areaOfWork: 'Knowledge Management',
  executiveSummary:
    "ILO as a global organization, has been engaged in knowledge management activities for a number of years, albeit, under different labels, frameworks and using diverse tools, systems and approaches. Since the beginning of 2007, learning from these experiences and lessons, ROAP in its attempt to meet an emerging demand from constituents regarding knowledge management (KM) and knowledge sharing (KS), has undertaken a number of relevant initiatives. These are in line with ILO's knowledge strategy which is embedded in the results-based management framework, and is supported by strong human resources and information technology considerations.",
  milestonesIntro: 'The key milestones outlined below are in addition to those covered in the Q1 2009 update:',
  workInProgressIntro:
    'Building on the previous four high-priority KM / KS areas of work, the following is work in progress:',
  workInProgressConclusion:
    'The objectives of these high-priority areas of work, and the inputs to achieving them, are to enhance the quality of ILO ROAP work and the services which are rendered to partners and constituents. The emphasis lies on innovation, results and operational effectiveness; and recognizes the importance of external as well as internal knowledge sharing and the key role of ILO constituents both as suppliers and demanders of relevant knowledge.',
  issuesIntro: 'Recurrent issues and challenges when implementing KM and KS activities in ROAP are:',
  contactsIntro: 'For detailed information, please contact the following ILO ROAP staff:',
  milestones: [
    {
      dated: 'April 1 – May 29',
      startDate: '2009-04-01',
      endDate: '2009-05-29',
      title:
        'Pilot initiative undertaken to strengthen Decent Work Country Programme (DWCP) monitoring and reporting processes',
      description:
        'Pilot initiative undertaken to strengthen Decent Work Country Programme (DWCP) monitoring and reporting processes through the introduction of customized online forms for Programme Officers (POs) to use when they submit DWCP implementation plans & progress reports.',
    },
    {
      dated: 'April 10',
      startDate: '2009-04-10',
      endDate: null,
      title: 'Virtual training of 22 site managers from 8 Country Office (CO) concluded',
      description:
        'Virtual training of 22 site managers from 8 Country Office (CO) concluded after 12 weeks of demand-based online coaching on basic utility of new features and applications of the ROAP Knowledge Sharing Platform (KSP).',
    },
    {
      dated: 'April 27 – May 11',
      startDate: '2009-04-27',
      endDate: '2009-05-11',
      title:
        'The ILO ROAP sponsored Community of Practice (CoP) APYouthNet launched its first moderated online discussion',
      description:
        'The ILO ROAP sponsored Community of Practice (CoP) APYouthNet launched its first moderated online discussion on the topic of “Youth Enterprise and the Effects of the Global Financial Crisis”. This discussion included contributions from constituents and ILO staff and is part of a series of discussions being commissioned to help foster greater understanding and capture insights from CoP members on this topic. The consolidated reply was shared with approximately 500 partners and is also available on the APYouthNet portal.',
      community: 'APYouthNet',
    },
    {
      dated: 'May 1',
      startDate: '2009-05-01',
      endDate: null,
      title: 'The ROAP Knowledge Sharing Platform was announced to all staff in the region',
      description:
        'The ROAP Knowledge Sharing Platform was announced to all staff in the region and made mandatory to be used by all staff through the distribution of the Minute Sheet “Introduction of ROAP’s Knowledge Sharing Platform by the Regional Director (150 staff registered within the 1st week – as of June 30, 2009 more than 300 staff has registered).',
    },
    {
      dated: 'May 14',
      startDate: '2009-05-14',
      endDate: null,
      title:
        'An integrated package of Knowledge Management and Knowledge Sharing services was presented to approximately 40 POs',
      description:
        'An integrated package of Knowledge Management and Knowledge Sharing services was presented to approximately 40 POs as part of the Programming Workshop 2009.',
    },
    {
      dated: 'May 12 – 16',
      startDate: '2009-05-12',
      endDate: '2009-05-16',
      title: 'Web Content Management System Training (WCMS) – ILO Yangon',
      description:
        'The Web Content Management System Training (WCMS) – ILO Yangon represents the first in a series of planned missions to help train CO staff on the overall utility of the WCMS and assist COs to better organize and structure content on their own websites (the Yangon website was launched on June 30, 2009).',
    },
    {
      dated: 'May 21 – 22',
      startDate: '2009-05-21',
      endDate: '2009-05-22',
      title:
        'ROAP staff retreat designed to foster improved internal communication and team work, successfully completed',
      description:
        'ROAP staff retreat designed to foster improved internal communication and team work, successfully completed. A pre-retreat survey was conducted and fed into the design process. A subsequent follow-up survey was also carried out in order to measure staff perceptions and help capture ideas for future retreats – the results of both surveys were presented to all staff.',
    },
    {
      dated: 'May 24 – 28',
      startDate: '2009-05-24',
      endDate: '2009-05-28',
      title: 'Web Content Management System Training – ILO Dhaka',
      description:
        'Web Content Management System Training – ILO Dhaka represents the second in a series of planned missions to help train CO staff in the overall utility of the WCMS and assist COs to better organize and structure content on their own websites (the Dhaka website was launched on June 12, 2009).',
    },
    {
      dated: 'June 26',
      startDate: '2009-06-26',
      endDate: null,
      title: 'Green Jobs is confirmed as the next theme around which ROAP support should be concentrated',
      description:
        'Green Jobs is confirmed as the next theme around which ROAP support should be concentrated to help establish a regional Community of Practice (CoP).',
      community: 'Green Jobs-AP',
    },
    {
      dated: 'May 1 – June 29',
      startDate: '2009-05-01',
      endDate: '2009-06-29',
      title: '10 tailored three-hour coaching sessions were conducted for SRO and ROAP teams',
      description:
        '10 tailored three-hour coaching sessions were conducted for SRO and ROAP teams (covering approximately 80 staff) focusing on the utility of new features and applications of the KSP from the perspective of the individual staff member, the team and the office at large.',
    },
  ] as DemoMilestone[],
  workAreas: [
    {
      number: 1,
      title: 'Establishing a KM advocacy & awareness campaign regionally',
      description:
        'Enhancing understanding of staff on knowledge sharing and its relevance to their day-to-day work. Work will continue with Regional Management to introduce the KSP at CO and SRO level – for maximum effect, this initiative coincides with the WCMS roll-out schedule.',
    },
    {
      number: 2,
      title: 'Rolling out the WCMS regionally',
      description:
        'Continuing to execute the WCMS roll-out schedule in Asia and the Pacific with a focus on getting WCMS fully operational in 6 COs in the region before December 2009 (next on the schedule are Nepal, Sri Lanka and Indonesia).',
    },
    {
      number: 3,
      title: 'Continuing to improve the KSP and establish a Asia Pacific KM Network for ILO staff',
      description:
        'Responding to feedback received from users regarding desired improvements to the KSP, and at the same time expanding and developing KM capacity and networking skills in the region through virtual support and advice to selected CO staff, projects and key activities.',
    },
    {
      number: 4,
      title: 'Polishing and facilitating growth of existing CoPs (APYouthNet / Skills-AP)',
      description:
        'Focusing on CoP growth, utility and quality – monitor discussions and feed lessons into ongoing CoP processes such as the early development stage of the Green Jobs CoP.',
    },
    {
      number: 5,
      title: 'Supporting the continuous implementation of technical KM advice regionally',
      description:
        'Supporting CO/RO/SRO demand for advisory support and technical service provision, in particular requests related to CO KM trouble shooting and the overall utility of the KSP.',
    },
  ] as DemoWorkArea[],
  /** "the following is work in progress" */
  workAreaStatus: WorkAreaProgress.IN_PROGRESS,
  criticalIssues: [
    {
      title: 'Unlocking the KM / KS factor',
      description:
        'i.e. elevating knowledge management as a strategic priority within CO planning and execution of services rendered to staff and constituents, following the RO example.',
    },
    {
      title: 'Buy-in by staff',
      description:
        'i.e. resistance to embrace a different way of working with a set of new approaches, systems and tools designed to introduce efficiencies in the workplace.',
    },
    {
      title: 'Technical incompatibilities of CO infrastructure and WCMS requirements',
      description:
        'i.e. the technical requirements of the WCMS are often greater than current CO capacity and technical infrastructure.',
    },
    {
      title: 'Participation of KSP/CoP members',
      description:
        'i.e. reluctance to share and upload content either to the KSP or within CoPs; and ILO member contributions are typically greater in numbers compared to non-ILO member contributions.',
    },
  ],
  keyContacts: [
    { name: 'Guy Thijs', title: 'Deputy Regional Director', email: 'thijs@ilo.org' },
    { name: 'Johan Arvling', title: 'Senior Programme Officer for Knowledge Management', email: 'arvling@ilo.org' },
    { name: 'Sophy Fisher', title: 'Regional Information Officer', email: 'fisher@ilo.org' },
  ],
};

// The five communities of practice ROAP sponsors, in order of inception (seed 000): names from
// seed 002, short names and themes from seed 000, web addresses from seeds 000 and 003. Seed 003
// says the first four are operational and that AP-IRNet, online for ILO staff since October
// 2010, is launched at its visioning event of 26-28 April 2011; the other seeds give no launch
// dates. AP-IRNet's target membership (85) and the APYouthNet discussion of April-May 2009
// (seed 001; it names no moderator) are as the seeds word them.
export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    name: 'Asia Pacific Knowledge Network on Youth Employment Network',
    acronym: 'APYouthNet',
    theme: 'Youth Employment',
    launchDate: null,
    address: 'http://ap-youthnet.ilobkk.or.th/',
    status: CommunityStatus.ACTIVE,
    description: null,
    targets: [],
    discussions: [
      {
        startDate: '2009-04-27',
        endDate: '2009-05-11',
        topic: 'Youth Enterprise and the Effects of the Global Financial Crisis',
        moderator: null,
        reach: 500,
        summary:
          'This discussion included contributions from constituents and ILO staff and is part of a series of discussions being commissioned to help foster greater understanding and capture insights from CoP members on this topic. The consolidated reply was shared with approximately 500 partners and is also available on the APYouthNet portal.',
      },
    ],
  },
  {
    name: 'Asia-Pacific Knowledge Network on Skills and Employability',
    acronym: 'Skills-AP',
    theme: 'Skills Development and Disabilities',
    launchDate: null,
    address: 'http://skills-ap.ilobkk.or.th/',
    status: CommunityStatus.ACTIVE,
    description: null,
    targets: [],
    discussions: [],
  },
  {
    name: 'Asia-Pacific Knowledge Network on Green Jobs',
    acronym: 'Green Jobs-AP',
    theme: 'Green Jobs',
    launchDate: null,
    address: 'http://greenjobs-ap.ilobkk.or.th/',
    status: CommunityStatus.ACTIVE,
    description: null,
    targets: [],
    discussions: [],
  },
  {
    name: 'Asia-Pacific Knowledge Network on Migration',
    acronym: 'AP-MagNet',
    theme: 'Migration and Anti Human Trafficking',
    launchDate: null,
    address: 'http://apmagnet.ilobkk.or.th/',
    status: CommunityStatus.ACTIVE,
    description: null,
    targets: [],
    discussions: [],
  },
  {
    name: 'Asia-Pacific Knowledge Network on Industrial Relations',
    acronym: 'AP-IRNet',
    theme: 'Industrial Relations',
    launchDate: '2011-04-26',
    address: 'http://ap-irnet.ilobkk.or.th',
    status: CommunityStatus.PLANNED,
    description:
      'The CoP on Industrial and Employment Relations (AP-IR Net) has opened its portal at http://ap-irnet.ilobkk.or.th to a number of selected core members of ILO IR specialists from the Asia Pacific region in October 2010. The planned visioning event in April 2011 will introduce the CoP to the wider community of ILO constituents and staff.',
    targets: [
      {
        memberGroup:
          'ILO staff from HQ and field at the management and technical levels responsible for IR projects in Asia and the Pacific',
        targetMembers: 15,
      },
      {
        memberGroup:
          'ILO country office staff designated to update, monitor and track IR developments of ILO constituents in-country',
        targetMembers: 10,
      },
      { memberGroup: 'Government policy and/or program officials responsible for IR', targetMembers: 20 },
      { memberGroup: 'Trade union officials', targetMembers: 20 },
      { memberGroup: 'Employer Association leaders', targetMembers: 20 },
    ],
    discussions: [],
  },
];
