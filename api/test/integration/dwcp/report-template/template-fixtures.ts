import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { entryData, readCentralDirectory, readEndOfCentralDirectory } from '#src/common/upload/zip-directory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import type { TestApp } from '#test/utils/test-app.js';
import { zipOf } from '#test/utils/zip-builder.js';
import {
  templateFixture,
  templateWorkbook,
  type TemplateFixture,
} from '#test/integration/dwcp/report-template/template-helpers.js';

const FIXTURES = new URL('../../../fixtures/report-template/', import.meta.url);

interface FixtureData {
  planYear: number;
  planItems: {
    code: string;
    title: string;
    kind: string;
    fundingSource: string;
    start: string;
    end: string;
    components: { indicator: string; position: number }[];
  }[];
}

/** A committed LibreOffice-saved template (api/test/fixtures/report-template/README.md). */
export const fixtureFile = (name: string): Buffer => readFileSync(new URL(name, FIXTURES));

/**
 * What make-fixtures.mjs made the fixtures from: the demo data, the plan items of fixture-data.json
 * added to Bangladesh's plan, then Dhaka's officer's 2009-Q3 report.
 */
export async function fixtureReport(t: TestApp): Promise<TemplateFixture> {
  const data = JSON.parse(readFileSync(new URL('fixture-data.json', FIXTURES), 'utf8')) as FixtureData;
  return templateFixture(t, async (po, ids) => {
    // Ids unlike the fixtures' (made on a fresh database), so that `retargeted` is always at work.
    for (const table of ['plan_item', 'progress_report', 'progress_report_line']) {
      await t.dataSource.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), 1000 + nextval(pg_get_serial_sequence('${table}', 'id')))`,
      );
    }
    const found = dataOf(
      await t.gql<{
        allImplementationPlans: { id: string; year: number }[];
        allIndicators: { code: string; components: { id: string; position: number }[] }[];
        allReportingPeriods: { id: string; code: string }[];
      }>(
        `{ allImplementationPlans(filter: { programmeId: "${ids.programme}" }) { id year }
           allIndicators(perPage: 500) { code components { id position } } allReportingPeriods(perPage: 200) { id code } }`,
      ),
    );
    const period = (code: string) => found.allReportingPeriods.find((p) => p.code === code)!.id;
    const planId = found.allImplementationPlans.find((plan) => plan.year === data.planYear)!.id;
    // The fixtures type 1234 series against Dhaka's earlier 3: the seed's tenfold-jump check would ask
    // for an explanation (value-rules.integration.ts tests it); these tests are about reading cells.
    await t.dataSource.query(`UPDATE indicator_component SET jump_factor = NULL`);
    for (const item of data.planItems) {
      const componentIds = item.components.map(
        ({ indicator, position }) =>
          found.allIndicators.find((i) => i.code === indicator)!.components.find((c) => c.position === position)!.id,
      );
      dataOf(
        await t.gql(
          `mutation ($planId: ID!, $code: String!, $title: String!, $kind: PlanItemKind!, $fundingSource: FundingSource!,
                     $start: ID!, $end: ID!, $componentIds: [ID!]) {
             createPlanItem(planId: $planId, code: $code, title: $title, kind: $kind, fundingSource: $fundingSource,
                            startPeriodId: $start, endPeriodId: $end, componentIds: $componentIds) { id } }`,
          { ...item, planId, start: period(item.start), end: period(item.end), componentIds },
          po,
        ),
      );
    }
  });
}

/** The ids a template names, keyed by what they stand for, and the cells that hold each. */
async function idCells(file: Buffer): Promise<Map<string, { sheet: string; address: string; id: number }[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const cells = new Map<string, { sheet: string; address: string; id: number }[]>();
  const note = (key: string, sheet: ExcelJS.Worksheet, address: string) => {
    const id = sheet.getCell(address).value;
    if (typeof id === 'number') cells.set(key, [...(cells.get(key) ?? []), { sheet: sheet.name, address, id }]);
  };
  const meta = workbook.getWorksheet('Template')!;
  const lineCodes = new Map<number, string>();
  const resultCodes = new Map<number, string>();
  meta.eachRow((row, n) => {
    const key = row.getCell(1).text;
    if (key === 'officeId' || key === 'periodId') note(key, meta, `B${n}`);
    if (key === 'report') ['B', 'C'].forEach((column) => note(`report ${column}`, meta, `${column}${n}`));
    if (key === 'line') lineCodes.set(Number(row.getCell(2).value), row.getCell(3).text);
    if (key === 'line') note(`line ${row.getCell(3).text}`, meta, `B${n}`);
    if (key === 'result') resultCodes.set(Number(row.getCell(3).value), row.getCell(4).text);
    if (key === 'result') note('report B', meta, `B${n}`);
    if (key === 'result') note(`component ${row.getCell(4).text}`, meta, `C${n}`);
  });
  for (const [name, columns] of [
    ['Report', ['A']],
    ['Plan items', ['A']],
    ['Indicators', ['A', 'B']],
  ] as const) {
    const sheet = workbook.getWorksheet(name)!;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      for (const column of columns) {
        const id = Number(row.getCell(column).value);
        const key =
          name === 'Plan items'
            ? `line ${lineCodes.get(id)}`
            : column === 'B'
              ? `component ${resultCodes.get(id)}`
              : 'report B';
        note(key, sheet, `${column}${n}`);
      }
    });
  }
  return cells;
}

/**
 * The fixture with its hidden ids turned into those of this database, matched by what they stand
 * for (plan item codes, indicator parts): only the numbers inside those cells change, so the file
 * stays byte for byte as LibreOffice wrote it everywhere else.
 */
export async function retargeted(t: TestApp, fixture: TemplateFixture, name: string): Promise<Buffer> {
  const file = fixtureFile(name);
  const fresh = await idCells(await freshTemplate(t, fixture));
  const changes = new Map<string, Map<string, number>>();
  for (const [key, cells] of await idCells(file)) {
    const wanted = fresh.get(key)?.[0]?.id;
    if (wanted === undefined) throw new Error(`${name}: nothing in this database stands for "${key}"`);
    for (const cell of cells.filter((c) => c.id !== wanted)) {
      changes.set(cell.sheet, (changes.get(cell.sheet) ?? new Map<string, number>()).set(cell.address, wanted));
    }
  }
  return changes.size === 0 ? file : rewriteNumbers(file, changes);
}

async function freshTemplate(t: TestApp, fixture: TemplateFixture): Promise<Buffer> {
  const workbook = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sets numeric cells in the sheets' XML, leaving every other byte of the workbook alone. */
function rewriteNumbers(file: Buffer, changes: Map<string, Map<string, number>>): Buffer {
  const entries = readCentralDirectory(file, readEndOfCentralDirectory(file)).map((entry) => {
    const packed = entryData(file, entry);
    return { name: entry.name, content: entry.method === 8 ? inflateRawSync(packed) : packed };
  });
  const text = (name: string) => entries.find((entry) => entry.name === name)!.content.toString('utf8');
  const relations = new Map(
    [...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map(
      ([, id, target]) => [id!, `xl/${target!.replace(/^\/?xl\//, '')}`],
    ),
  );
  for (const [, sheet, relation] of text('xl/workbook.xml').matchAll(/<sheet name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const cells = changes.get(sheet!);
    if (!cells) continue;
    const entry = entries.find((e) => e.name === relations.get(relation!))!;
    const xml = entry.content
      .toString('utf8')
      .replace(/(<c r="([A-Z]+\d+)"[^>]*>)<v>[^<]*<\/v>/g, (cell, open: string, address: string) =>
        cells.has(address) ? `${open}<v>${cells.get(address)}</v>` : cell,
      );
    entry.content = Buffer.from(xml, 'utf8');
  }
  return zipOf(entries);
}
