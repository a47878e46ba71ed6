import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { InputError } from '#src/common/errors/input.error.js';
import { PayloadTooLargeError } from '#src/common/upload/payload-too-large.error.js';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from '#src/common/upload/upload-limits.js';
import { assertSafeXlsx } from '#src/common/upload/xlsx-upload-check.js';
import { zipOf, type FakeEntry } from '#test/utils/zip-builder.js';

const MIB = 1024 * 1024;

/** The two parts that make a zip an .xlsx, for fakes that must get past the type check. */
const XLSX_PARTS: FakeEntry[] = [
  { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', content: Buffer.from('<workbook/>') },
];

async function realWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Results');
  sheet.addRow(['Indicator', 'Baseline', 'Target']);
  for (let row = 1; row <= 200; row++) sheet.addRow([`IND-${row}`, row, row * 2]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function refusal(buffer: Buffer, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): Error {
  try {
    assertSafeXlsx(buffer, limits);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the upload to be refused');
}

function expectInputError(buffer: Buffer, reason: RegExp, limits?: UploadLimits): void {
  const error = refusal(buffer, limits);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).problems).toEqual([{ field: 'file', message: expect.stringMatching(reason) }]);
}

describe('assertSafeXlsx', () => {
  it('accepts a workbook written by exceljs', async () => {
    const workbook = await realWorkbook();
    expect(() => assertSafeXlsx(workbook)).not.toThrow();
  });

  it('names the field it was given', () => {
    const error = refusal(Buffer.alloc(0));
    expect(error.message).toBe('file: is empty: upload the .xlsx workbook itself');
    expect(() => assertSafeXlsx(Buffer.alloc(0), DEFAULT_UPLOAD_LIMITS, 'workbook')).toThrow(/^workbook: is empty/);
  });

  it('refuses a file over the size limit as too large (413)', async () => {
    const error = refusal(await realWorkbook(), { ...DEFAULT_UPLOAD_LIMITS, maxBytes: 2048 });
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(error.message).toBe('file: is larger than the 2 KB limit');
  });

  describe('names the usual wrong files', () => {
    it('an empty file', () => expectInputError(Buffer.alloc(0), /is empty/));

    it('a PDF', () => expectInputError(Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj', 'latin1'), /is a PDF document/));

    it('an old .xls workbook', () => {
      const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
      expectInputError(ole, /^is an old \.xls workbook: save it as \.xlsx \(Excel Workbook\)$/);
    });

    it('a password-protected workbook, which Excel wraps like an .xls', () => {
      const encrypted = Buffer.concat([
        Buffer.from('d0cf11e0a1b11ae1', 'hex'),
        Buffer.alloc(200),
        Buffer.from('EncryptedPackage', 'utf16le'),
      ]);
      expectInputError(encrypted, /is protected with a password/);
    });

    it('CSV, also with a byte order mark', () => {
      expectInputError(Buffer.from('code;baseline;target\r\nIND-1;1;2\r\n'), /is plain text, such as CSV/);
      expectInputError(Buffer.from('\uFEFFcode,valeur\nIND-1,é\n'), /is plain text, such as CSV/);
      expectInputError(Buffer.from('\uFEFFcode\tvalue\n', 'utf16le'), /is plain text, such as CSV/);
    });

    it('an HTML table saved with an .xls name', () => {
      expectInputError(Buffer.from('  <html><table><tr><td>1</td></tr></table></html>'), /is a web page or XML file/);
    });

    it('anything else', () => {
      expectInputError(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
        /is not an \.xlsx workbook/,
      );
    });

    it('a plain zip', () => {
      expectInputError(
        zipOf([{ name: 'notes.txt', content: Buffer.from('hello') }]),
        /is a zip archive, not an \.xlsx/,
      );
      expectInputError(zipOf([XLSX_PARTS[0]]), /is a zip archive/);
    });

    it('a Word document', () => {
      const docx = zipOf([XLSX_PARTS[0], { name: 'word/document.xml', content: Buffer.from('<w:document/>') }]);
      expectInputError(docx, /is a Word document/);
    });
  });

  describe('refuses zip features Excel never writes', () => {
    it('encrypted entries', () => {
      expectInputError(zipOf([...XLSX_PARTS, { name: 'xl/a.xml', content: Buffer.from('x'), flags: 1 }]), /encrypted/);
    });

    it('compression methods other than stored and deflate', () => {
      const bzip2 = { name: 'xl/a.xml', content: Buffer.from('x'), method: 12 };
      expectInputError(zipOf([...XLSX_PARTS, bzip2]), /compression method \(12\)/);
    });

    it('zip64', () => {
      const zip64Extra = Buffer.from('01000800' + '00'.repeat(8), 'hex');
      const entry = { name: 'xl/a.xml', content: Buffer.from('x'), centralExtra: zip64Extra };
      expectInputError(zipOf([...XLSX_PARTS, entry]), /ZIP64/);
    });

    it('entries sharing their bytes', () => {
      const sheet = { name: 'xl/worksheets/sheet1.xml', content: Buffer.from('<worksheet/>') };
      expectInputError(zipOf([...XLSX_PARTS, sheet, { ...sheet, sharesDataWith: 2 }]), /entries that overlap/);
    });

    it('a truncated or inconsistent archive', async () => {
      const workbook = await realWorkbook();
      expectInputError(workbook.subarray(0, workbook.length - 100), /is damaged or incomplete/);
      const overstated = { name: 'xl/a.xml', content: Buffer.from('<a/>'), declaredSize: 500 };
      expectInputError(zipOf([...XLSX_PARTS, overstated]), /is damaged or incomplete/);
    });
  });

  describe('zip bombs', () => {
    const sixtyMegabytesOfZeros = deflateRawSync(Buffer.alloc(60 * MIB));

    it('refuses declared sizes that add up to more than the unpacked limit', () => {
      const honest = { name: 'xl/worksheets/sheet1.xml', packed: sixtyMegabytesOfZeros, declaredSize: 60 * MIB };
      expect(sixtyMegabytesOfZeros.length).toBeLessThan(100 * 1024);
      expectInputError(
        zipOf([...XLSX_PARTS, honest]),
        /^unpacks to more than 50 MB \(a compressed 'zip bomb'\?\): refused$/,
      );

      // Each part below the ratio check's threshold: only the total gives it away.
      const oneMegabyte = deflateRawSync(Buffer.alloc(MIB));
      const parts = Array.from({ length: 51 }, (_, index) => ({
        name: `xl/worksheets/sheet${index}.xml`,
        packed: oneMegabyte,
        declaredSize: MIB,
      }));
      expectInputError(zipOf([...XLSX_PARTS, ...parts]), /unpacks to more than 50 MB/);
    });

    it('refuses a central directory that understates what the bytes inflate to', () => {
      const lying = { name: 'xl/worksheets/sheet1.xml', packed: sixtyMegabytesOfZeros, declaredSize: 400_000 };
      expectInputError(zipOf([...XLSX_PARTS, lying]), /unpacks to more than its zip directory declares .*zip bomb/);
      const lyingByOneByte = { name: 'xl/a.xml', packed: deflateRawSync(Buffer.alloc(1001)), declaredSize: 1000 };
      expectInputError(zipOf([...XLSX_PARTS, lyingByOneByte]), /more than its zip directory declares/);
    });

    it('refuses more entries than the limit', () => {
      const tiny = Array.from({ length: 2001 }, (_, index) => ({ name: `xl/p${index}.xml`, method: 0 }));
      expectInputError(zipOf([...XLSX_PARTS, ...tiny]), /holds 2003 parts, more than the 2000 a workbook may have/);
      const limits = { ...DEFAULT_UPLOAD_LIMITS, maxEntries: 2 };
      expectInputError(zipOf([...XLSX_PARTS, { name: 'xl/a.xml', method: 0 }]), /more than the 2 /, limits);
    });

    it('refuses a large part that compresses far too well, but not a small one', () => {
      const twoMegabytes = { name: 'xl/sharedStrings.xml', content: Buffer.alloc(2 * MIB) };
      expectInputError(zipOf([...XLSX_PARTS, twoMegabytes]), /unpacks to more than 200 times its packed size/);
      const oneMegabyte = { name: 'xl/sharedStrings.xml', content: Buffer.alloc(MIB) };
      expect(() => assertSafeXlsx(zipOf([...XLSX_PARTS, oneMegabyte]))).not.toThrow();
    });
  });
});
