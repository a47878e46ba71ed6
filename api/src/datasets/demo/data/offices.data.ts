import { OfficeType } from '#src/platform/office/office-type.enum.js';

export interface DemoOffice {
  code: string;
  name: string;
  type: OfficeType;
  parentCode: string | null;
  countries: string[];
}

// The field structure of ILO ROAP around 2009 (brief; seeds 001 and 003): the Regional Office,
// sub-regional offices with Decent Work Teams, and country offices. The 33 member States of
// the region (seed 003) are each covered by one office. Parents before children.
export const DEMO_OFFICES: DemoOffice[] = [
  { code: 'HQ', name: 'ILO Headquarters, Geneva', type: OfficeType.HQ, parentCode: null, countries: [] },
  {
    code: 'ROAP',
    name: 'Regional Office for Asia and the Pacific (ROAP), Bangkok',
    type: OfficeType.REGIONAL,
    parentCode: 'HQ',
    countries: ['AUS', 'NZL', 'KOR'],
  },
  {
    code: 'SRO-BANGKOK',
    name: 'Decent Work Team and Sub-Regional Office for East and South-East Asia and the Pacific, Bangkok',
    type: OfficeType.SUBREGIONAL,
    parentCode: 'ROAP',
    countries: ['THA', 'KHM', 'LAO', 'MYS', 'SGP', 'BRN'],
  },
  {
    code: 'SRO-NEW-DELHI',
    name: 'Decent Work Team and Sub-Regional Office for South Asia, New Delhi',
    type: OfficeType.SUBREGIONAL,
    parentCode: 'ROAP',
    countries: ['IND', 'AFG', 'IRN'],
  },
  {
    code: 'SRO-SUVA',
    name: 'ILO Office for the Pacific Island Countries, Suva',
    type: OfficeType.SUBREGIONAL,
    parentCode: 'ROAP',
    countries: ['FJI', 'KIR', 'MHL', 'PNG', 'WSM', 'SLB', 'TUV', 'VUT'],
  },
  {
    code: 'CO-BEIJING',
    name: 'ILO Country Office for China and Mongolia, Beijing',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-BANGKOK',
    countries: ['CHN', 'MNG'],
  },
  {
    code: 'CO-HANOI',
    name: 'ILO Country Office for Viet Nam, Hanoi',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-BANGKOK',
    countries: ['VNM'],
  },
  {
    code: 'CO-JAKARTA',
    name: 'ILO Country Office for Indonesia and Timor-Leste, Jakarta',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-BANGKOK',
    countries: ['IDN', 'TLS'],
  },
  {
    code: 'CO-MANILA',
    name: 'ILO Country Office for the Philippines, Manila',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-BANGKOK',
    countries: ['PHL'],
  },
  {
    code: 'CO-TOKYO',
    name: 'ILO Office for Japan, Tokyo',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-BANGKOK',
    countries: ['JPN'],
  },
  {
    code: 'LO-YANGON',
    name: 'ILO Liaison Office for Myanmar, Yangon',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-BANGKOK',
    countries: ['MMR'],
  },
  {
    code: 'CO-COLOMBO',
    name: 'ILO Country Office for Sri Lanka and the Maldives, Colombo',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-NEW-DELHI',
    countries: ['LKA', 'MDV'],
  },
  {
    code: 'CO-DHAKA',
    name: 'ILO Country Office for Bangladesh, Dhaka',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-NEW-DELHI',
    countries: ['BGD'],
  },
  {
    code: 'CO-ISLAMABAD',
    name: 'ILO Country Office for Pakistan, Islamabad',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-NEW-DELHI',
    countries: ['PAK'],
  },
  {
    code: 'CO-KATHMANDU',
    name: 'ILO Country Office for Nepal, Kathmandu',
    type: OfficeType.COUNTRY,
    parentCode: 'SRO-NEW-DELHI',
    countries: ['NPL'],
  },
];
