import countries from 'i18n-iso-countries';
import type { EntityManager } from 'typeorm';
import { bulkInsert } from '#src/datasets/synthetic/bulk-insert.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';
import { defaultDueDate } from '#src/platform/reporting-period/due-date.util.js';
import { parsePeriodCode } from '#src/platform/reporting-period/period-code.util.js';

/** The last office: its plan for the last year is as big as the template-import benchmark needs. */
export const IMPORT_OFFICE_CODE = 'CO-IMPORT';

export interface SyntheticOffice {
  id: number;
  code: string;
  name: string;
  type: OfficeType;
  parentId: number | null;
  /** The one country it covers (real ISO 3166-1 alpha-3, as office edits require); none for HQ. */
  country: string | null;
}

export interface SyntheticQuarter {
  id: number;
  code: string;
  year: number;
  /** 1 to 4. */
  number: number;
  dueDate: string;
}

const COUNTRY_CODES = Object.keys(countries.getAlpha3Codes()).sort();

/** HQ, then regional, sub-regional and country offices, each reporting to the level above. */
export function planOffices(count: number): SyntheticOffice[] {
  if (count < 4) throw new Error('A synthetic organization needs at least 4 offices (HQ, RO, SRO, CO-IMPORT).');
  const regional = Math.max(1, Math.round(count / 40));
  const subregional = Math.max(1, Math.round(count / 10));
  const offices: SyntheticOffice[] = [
    { id: 1, code: 'HQ', name: 'Synthetic headquarters', type: OfficeType.HQ, parentId: null, country: null },
  ];
  for (let id = 2; id <= count; id += 1) {
    const country = COUNTRY_CODES[(id - 2) % COUNTRY_CODES.length]!;
    if (id <= 1 + regional) {
      offices.push({
        id,
        code: `RO-${id}`,
        name: `Regional office ${id}`,
        type: OfficeType.REGIONAL,
        parentId: 1,
        country,
      });
    } else if (id <= 1 + regional + subregional) {
      const parentId = 2 + ((id - 2) % regional);
      offices.push({
        id,
        code: `SRO-${id}`,
        name: `Sub-regional office ${id}`,
        type: OfficeType.SUBREGIONAL,
        parentId,
        country,
      });
    } else {
      const parentId = 2 + regional + ((id - 2) % subregional);
      const [code, name] =
        id === count
          ? [IMPORT_OFFICE_CODE, 'Country office of the import benchmark']
          : [`CO-${id}`, `Country office ${id}`];
      offices.push({ id, code, name, type: OfficeType.COUNTRY, parentId, country });
    }
  }
  return offices;
}

/** Quarters from 2008-Q1, the years and bienniums around them: rows for reporting_period. */
export function planPeriods(quarters: number) {
  const codes: string[] = [];
  for (let q = 0; q < quarters; q += 1) codes.push(`${2008 + Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  const years = Math.ceil(quarters / 4);
  for (let y = 0; y < years; y += 1) codes.push(String(2008 + y));
  for (let b = 0; b < Math.ceil(years / 2); b += 1) codes.push(`${2008 + 2 * b}-${String(2009 + 2 * b).slice(2)}`);
  return codes.map((code, index) => {
    const parsed = parsePeriodCode(code)!;
    return [
      index + 1,
      code,
      parsed.kind,
      parsed.startDate,
      parsed.endDate,
      defaultDueDate(parsed.kind, parsed.endDate),
      'OPEN',
    ] as const;
  });
}

/** Inserts the offices and (all OPEN) periods; returns the quarters, in order. */
export async function insertOrganization(
  manager: EntityManager,
  offices: SyntheticOffice[],
  periods: ReturnType<typeof planPeriods>,
): Promise<SyntheticQuarter[]> {
  await bulkInsert(
    manager,
    'office',
    [
      { name: 'id', arrayType: 'int[]' },
      { name: 'code', arrayType: 'text[]' },
      { name: 'name', arrayType: 'text[]' },
      { name: 'type', arrayType: 'office_type[]' },
      { name: 'parent_id', arrayType: 'int[]' },
      { name: 'countries', arrayType: 'text[]', cast: 'char(3)[]' },
    ],
    offices.map((o) => [o.id, o.code, o.name, o.type, o.parentId, o.country ? `{${o.country}}` : '{}']),
  );
  await bulkInsert(
    manager,
    'reporting_period',
    ['id', 'code', 'kind', 'start_date', 'end_date', 'due_date', 'status'].map((name, index) => ({
      name,
      arrayType: ['int[]', 'text[]', 'period_kind[]', 'date[]', 'date[]', 'date[]', 'period_status[]'][index]!,
    })),
    periods.map((row) => [...row]),
  );
  return periods
    .filter(([, code]) => code.includes('-Q'))
    .map(([id, code, , , , dueDate]) => ({
      id,
      code,
      year: Number(code.slice(0, 4)),
      number: Number(code.slice(-1)),
      dueDate,
    }));
}
