import { Aggregation, IndicatorScope, Measure } from '#src/results/indicator/indicator.enums.js';

export interface DemoComponent {
  /** Only where the part is measured differently from its indicator. */
  measure?: Measure;
  unit?: string;
  baselineValue?: number;
  baselineNarrative: string;
  targetValue?: number;
  targetNarrative: string;
  /** Code of the target period; the 2008-09 biennium unless the seed says otherwise. */
  targetPeriod?: string;
  /** Later target revisions (docs/adr/0018-target-revisions.md): the region's, or an office's own. */
  revisions?: DemoTargetRevision[];
}

export interface DemoTargetRevision {
  /** An office's own target; none: the region's. */
  officeCode?: string;
  /** The period from whose start it applies. */
  from: string;
  baselineValue: number;
  targetValue: number;
  reason: string;
}

export interface DemoIndicator {
  code: string;
  title: string;
  description?: string;
  scope: IndicatorScope;
  measure: Measure;
  aggregation: Aggregation;
  unit?: string;
  /** The value rule of its numeric components where the measure's default (whole counts from 0) is not enough. */
  maxValue?: number;
  jumpFactor?: number;
  components: DemoComponent[];
}

export interface DemoOutcome {
  number: number;
  title: string;
  description?: string;
  indicators: DemoIndicator[];
}

export interface DemoFramework {
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  /** Code of the period most targets are set for. */
  targetPeriod: string;
  baselineDate: string;
  outcomes: DemoOutcome[];
}

const { INTERNAL: I, INTERNAL_EXTERNAL: IE } = IndicatorScope;
const { NUMBER, PERCENT, MILESTONE } = Measure;
const { LATEST } = Aggregation;

// Seed 004 (GB.300/PFA/9/2, November 2007), section "Results-based framework", worded as the
// seed words it. Where the extracted text breaks off mid-sentence the sentence is finished
// plainly (marked "completed" below). The seed's text lost the table's I / I+E column (note i):
// each scope here is read from note i's definition and the indicator's subject, and is marked
// as such in docs/architecture.md. Numbers are set only where the seed states or plainly
// implies them ("All ..." = 100 %, "does not ..." / "Absence of ..." = 0 %).
const BASELINE_DATE = '2007-11-01';

export const KNOWLEDGE_STRATEGY: DemoFramework = {
  title: 'ILO knowledge-sharing strategy 2008-09',
  description:
    'The overall goal of this knowledge sharing strategy is to enhance the quality of ILO work, with emphasis on innovation, results and operational effectiveness. It recognizes the importance of external as well as internal knowledge sharing and the key role of ILO constituents both as sources and as consumers of knowledge. (GB.300/PFA/9/2, endorsed by the Governing Body at its 300th Session, November 2007)',
  startDate: '2008-01-01',
  endDate: '2009-12-31',
  targetPeriod: '2008-09',
  baselineDate: BASELINE_DATE,
  outcomes: [
    {
      number: 1,
      title: 'Improved staff recognition on progress made on knowledge sharing in the ILO',
      indicators: [
        {
          code: '1.1',
          title: 'Progress made on eight different dimensions of knowledge sharing as assessed by ILO staff.',
          description:
            'These eight dimensions are as follows: creating a supportive culture; gathering internal experience; accessing external learning; communication systems; mechanisms for drawing conclusions; developing an organizational memory; integrating learning into strategy and policy; applying the learning.',
          scope: I,
          measure: NUMBER,
          aggregation: LATEST,
          unit: 'dimensions out of eight',
          maxValue: 8,
          components: [
            {
              baselineNarrative: 'Baseline to be constructed through staff survey by the end of 2007.',
              targetValue: 3,
              targetNarrative:
                'Progress is made (assessed through staff survey) on at least three dimensions out of eight by the end of 2009.',
            },
          ],
        },
      ],
    },
    {
      number: 2,
      title: 'Knowledge sharing is systematically incorporated into HR functions',
      indicators: [
        {
          code: '2.1',
          title:
            'Proportion of ILO managers who have knowledge sharing as one of the competencies to assess staff in the newly developed performance management system.',
          scope: I,
          measure: PERCENT,
          aggregation: LATEST,
          unit: '%',
          components: [
            {
              baselineValue: 0,
              baselineNarrative:
                'The current performance management system does not assess staff on knowledge-sharing competency.',
              targetValue: 100,
              targetNarrative:
                'All ILO managers have knowledge sharing as one of the competencies to assess their staff in the newly developed performance management system.',
            },
          ],
        },
        {
          code: '2.2',
          title:
            'Percentage of staff members with access to tools required to make their profile available on the Intranet.',
          scope: I,
          measure: PERCENT,
          aggregation: LATEST,
          unit: '%',
          components: [
            {
              baselineValue: 0,
              baselineNarrative:
                'Absence of consistent tools available to staff to make their profiles available on the Intranet.',
              targetValue: 100,
              targetNarrative:
                'All staff members get access to tools required to make their profiles available on the Intranet according to their areas of expertise (Yellow Pages).',
            },
          ],
        },
        {
          code: '2.3',
          title: 'Measures to preserve institutional memory.',
          description: 'Indicators 4.1 and 6.2 will also serve towards preserving institutional memory.',
          scope: I,
          measure: MILESTONE,
          aggregation: LATEST,
          components: [
            {
              baselineNarrative: 'Absence of tools required to conduct retirement and exit interviews.',
              targetNarrative: 'Tools are made available to managers to conduct retirement and exit interviews.',
            },
            {
              baselineNarrative: 'No specific database on retirees.', // completed
              targetNarrative:
                'Creation of a database of retirees through the Yellow Pages mentioned above in Indicator 2.2.',
            },
            {
              baselineNarrative: 'No specific training for safekeeping of records and archiving.', // completed
              targetNarrative:
                'All newly recruited staff and 30 per cent of the existing General Services staff are provided with web-based training to maintain consistency in record keeping and archiving.',
            },
          ],
        },
      ],
    },
    {
      number: 3,
      title:
        'Knowledge sharing is mainstreamed in programme and budget strategies, DWCPs and technical cooperation project documents',
      indicators: [
        {
          code: '3.1',
          title: 'Proportion of P&B strategies that include elements of knowledge sharing.',
          scope: IE,
          measure: PERCENT,
          aggregation: LATEST,
          unit: '%',
          components: [
            {
              baselineNarrative: 'To be constructed for P&B proposals for 2010-11.',
              targetValue: 100,
              targetNarrative:
                'All P&B strategies for 2010-11 explain the role of knowledge sharing in achieving ILO outcomes.', // completed
            },
          ],
        },
        {
          code: '3.2',
          title: 'Proportion of DWCP documents that include elements of knowledge sharing.',
          scope: IE,
          measure: PERCENT,
          aggregation: LATEST,
          unit: '%',
          components: [
            {
              measure: MILESTONE,
              baselineNarrative: 'Not all DWCP documents incorporate knowledge-sharing elements.',
              targetNarrative:
                'Quality Assurance Framework assesses DWCP documents on whether or not knowledge-sharing elements are taken into account.',
            },
            {
              baselineNarrative: 'Not all DWCP documents incorporate knowledge-sharing elements.',
              targetValue: 100,
              targetNarrative: 'All new DWCP documents take knowledge-sharing elements into account.',
            },
          ],
        },
        {
          code: '3.3',
          title:
            'Proportion of the new partnership framework agreements and technical cooperation programmes that take knowledge sharing aspects into account.',
          scope: IE,
          measure: PERCENT,
          aggregation: LATEST,
          unit: '%',
          components: [
            {
              baselineNarrative:
                'Very few partnership framework agreements and technical cooperation programmes take knowledge sharing aspects into account.',
              targetValue: 100,
              targetNarrative:
                'All new partnership framework agreements require active use of and contribution to ILO knowledge base.',
            },
            {
              measure: MILESTONE,
              baselineNarrative:
                'Very few partnership framework agreements and technical cooperation programmes take knowledge sharing aspects into account.',
              targetNarrative:
                'More systematic assessment of the knowledge sharing components of all new technical cooperation programmes is put in place.',
            },
          ],
        },
      ],
    },
    {
      number: 4,
      title: 'Dissemination of ILO research, statistics and publications is strengthened',
      description:
        'The collection, production and dissemination of statistics are an important part of any knowledge-sharing strategy. An external audit of statistical activities in the ILO is currently under way. The results and recommendations of this audit will be used to develop further indicators on statistics which will be integrated into this framework.',
      indicators: [
        {
          code: '4.1',
          title: 'Measures to facilitate and strengthen dissemination of ILO publications.',
          scope: IE,
          measure: MILESTONE,
          aggregation: LATEST,
          components: [
            {
              baselineNarrative:
                'No single access point to information on ILO publications (external offices have individual bibliographic databases).',
              targetNarrative:
                'A single access point to ILO information is created by integrating ILO external bibliographic databases into the central database (Labordoc).',
            },
            {
              measure: PERCENT,
              unit: '%',
              baselineValue: 10,
              baselineNarrative: '10 per cent of all ILO publications are available online.', // completed
              targetValue: 25,
              targetNarrative: 'At least 25 per cent of all ILO publications are available online.',
            },
            {
              baselineNarrative: 'Few research publications are published in languages other than English.',
              targetNarrative:
                'Executive summaries of all high profile research publications to be translated into French and Spanish and made freely accessible in electronic and/or print form.',
            },
          ],
        },
        {
          code: '4.2',
          title: 'Number of additional labour market data series that are available in the form of regional estimates',
          scope: IE,
          measure: NUMBER,
          aggregation: LATEST,
          unit: 'series',
          // A jump of ten times from one quarter to the next is more often a typing error than news.
          jumpFactor: 10,
          components: [
            {
              baselineValue: 2,
              baselineNarrative: 'Regional estimates are available for two series.',
              targetValue: 4,
              targetNarrative: 'Regional estimates are made available for at least another two series.',
              // Past quarters keep their 50 % against 4; from 2009-Q3 on, 4.2 (i) is measured against 6.
              revisions: [
                {
                  from: '2009-Q3',
                  baselineValue: 2,
                  targetValue: 6,
                  reason: 'Two more series (youth unemployment, informal employment) agreed with ILOSTAT in mid-2009',
                },
                {
                  officeCode: 'SRO-BANGKOK',
                  from: '2009-Q3',
                  baselineValue: 1,
                  targetValue: 3,
                  reason: 'South-East Asia and the Pacific take on two of the new series',
                },
                {
                  officeCode: 'SRO-NEW-DELHI',
                  from: '2009-Q3',
                  baselineValue: 1,
                  targetValue: 3,
                  reason: 'South Asia takes on two of the new series',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      number: 5,
      title:
        'Improved knowledge sharing with the UN agencies, constituents and other organizations in general and in particular in the context of UN reform',
      indicators: [
        {
          code: '5.1',
          title: 'Measures to strengthen ILO knowledge sharing through participation in UN reform.',
          scope: IE,
          measure: MILESTONE,
          aggregation: LATEST,
          components: [
            {
              baselineNarrative: 'ILO participation in the working groups on UN reform is not mapped out.',
              targetNarrative:
                'ILO maps out its strategic participation to the various interagency working groups on UN reform and participates in the relevant community of practice/knowledge network.',
            },
            {
              baselineNarrative: 'The Intranet web site on UN reform was launched in 2007.',
              targetNarrative:
                'The Intranet web site on UN reform adds interactive features and becomes the main source of knowledge sharing on management and coordination issues between headquarters and field offices.',
            },
          ],
        },
        {
          code: '5.2',
          title: 'Office-wide measures to improve knowledge sharing with the UN agencies and other organizations.',
          scope: IE,
          measure: MILESTONE,
          aggregation: LATEST,
          components: [
            {
              measure: PERCENT,
              unit: '% of UN organizations and specialized agencies',
              baselineNarrative:
                'The ILO launched a toolkit for mainstreaming employment and decent work in the UN organizations and specialized agencies in 2007.',
              targetValue: 50,
              targetNarrative:
                'At least 50 per cent of the UN organizations and specialized agencies have conducted their initial self assessments as described in the "Toolkit for mainstreaming employment and decent work" and formulated action plans to promote the goals of full and productive employment and decent work.',
            },
            {
              baselineNarrative: 'The ILO does not share its Intranet with any organization.',
              targetNarrative:
                'Knowledge sharing system with the UNDP is put in place to allow reciprocal access to Intranet sites and staff contact details.',
            },
          ],
        },
      ],
    },
    {
      number: 6,
      title: 'Improved IT-enabled environment that facilitates knowledge sharing',
      indicators: [
        {
          code: '6.1',
          title:
            'Number of new centrally provided IT collaborative tools required to create discussion forums, networks and communities of practice.',
          scope: I,
          measure: NUMBER,
          aggregation: LATEST,
          unit: 'tools',
          components: [
            {
              baselineValue: 0,
              baselineNarrative:
                'Currently all staff in headquarters and external offices have access to collaborative tools concerning email, Skype, videoconferencing, Listserver and Virtual Discussion Board.',
              targetValue: 1,
              targetNarrative:
                'At least one additional tool is made available to all staff, including in external offices, to create web-based interactive discussion forums using, for example, wikis and blogs.',
            },
            {
              measure: PERCENT,
              unit: '% of external offices',
              baselineValue: 65,
              baselineNarrative: 'Videoconferencing is available in 65 per cent of external offices.',
              targetValue: 100,
              targetNarrative:
                '100 per cent of the external offices have access to videoconferencing facilities by end of 2008.',
              targetPeriod: '2008',
            },
          ],
        },
        {
          code: '6.2',
          title:
            'Measures to improve information retrieval, updating, thematic organization of the content and design of the ILO web site.',
          scope: IE,
          measure: PERCENT,
          aggregation: LATEST,
          unit: '% of organizational unit web sites',
          components: [
            {
              baselineValue: 30,
              baselineNarrative:
                'Only 30 per cent of the organizational unit web sites fully comply with the design standards set by the Department of Communications.',
              targetValue: 60,
              targetNarrative:
                'At least 60 per cent of the existing organizational unit web sites fully comply with consistent ILO web site standards.',
            },
            {
              baselineValue: 2,
              baselineNarrative:
                'Only 2 per cent of the organizational unit web sites at headquarters use WCMS to update the content.',
              targetValue: 25,
              targetNarrative:
                'At least 25 per cent of the organizational unit web sites use WCMS at headquarters to update the content.',
            },
          ],
        },
        {
          code: '6.3',
          title: 'Proportion of documents related to evaluation available from one source.',
          scope: IE,
          measure: PERCENT,
          aggregation: LATEST,
          unit: '%',
          components: [
            {
              baselineNarrative: 'Lack of easy access to evaluation-related documents and absence of a database.',
              targetValue: 100,
              targetNarrative:
                'All documents related to evaluation are available and searchable from a web-based database.', // completed
            },
          ],
        },
        {
          code: '6.4',
          title:
            'Proportion of circulars and mission reports available through EDMS and availability of a standard template for mission reports through EDMS.',
          scope: I,
          measure: PERCENT,
          aggregation: LATEST,
          unit: '%',
          components: [
            {
              baselineNarrative: 'Circulars are being integrated into the EDMS.',
              targetValue: 100,
              targetNarrative: 'All circulars and mission reports are available and fully searchable electronically.',
            },
            {
              measure: MILESTONE,
              baselineNarrative: 'Absence of a standard template for mission reports.',
              targetNarrative: 'Create a standard template for all mission reports.',
            },
          ],
        },
        {
          code: '6.5',
          title: 'Measures to roll-out IRIS to external offices.',
          scope: I,
          measure: MILESTONE,
          aggregation: LATEST,
          components: [
            {
              baselineNarrative:
                'Full functionality at headquarters and limited functionality in some external offices.',
              targetNarrative: 'A pilot external office uses full IRIS functionality.',
            },
            {
              baselineNarrative:
                'Full functionality at headquarters and limited functionality in some external offices.',
              targetNarrative: 'A results-based plan exists for the IRIS roll-out to all regions.',
            },
            {
              baselineNarrative:
                'Full functionality at headquarters and limited functionality in some external offices.',
              targetNarrative: 'At least one region uses full IRIS functionality.',
            },
          ],
        },
      ],
    },
  ],
};
