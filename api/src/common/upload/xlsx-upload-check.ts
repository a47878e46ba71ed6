import { inflateRawSync } from 'node:zlib';
import { InputError } from '#src/common/errors/input.error.js';
import { PayloadTooLargeError } from '#src/common/upload/payload-too-large.error.js';
import {
  DEFAULT_UPLOAD_LIMITS,
  formatSize,
  RATIO_CHECKED_ABOVE_BYTES,
  type UploadLimits,
} from '#src/common/upload/upload-limits.js';
import {
  entryData,
  readCentralDirectory,
  readEndOfCentralDirectory,
  ZIP_LOCAL_HEADER_SIGNATURE,
  ZipStructureError,
  type ZipEntry,
} from '#src/common/upload/zip-directory.js';

const STORED = 0;
const DEFLATED = 8;
const SAVE_AS_XLSX = 'save it as .xlsx (Excel Workbook)';
const PDF_SIGNATURE = Buffer.from('%PDF');
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream a password-protected .xlsx keeps inside its OLE container (MS-OFFCRYPTO). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const TEXT_SAMPLE_BYTES = 4096;

/**
 * Refuses an upload that is not a plain .xlsx, or that would cost too much to unpack, before
 * exceljs (and the jszip inside it) sees a byte of it. Sizes are the real ones: every entry is
 * inflated under a cap, since the sizes a zip declares are written by whoever made it.
 */
export function assertSafeXlsx(buffer: Buffer, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS, field = 'file'): void {
  if (buffer.length > limits.maxBytes) {
    throw new PayloadTooLargeError(field, `is larger than the ${formatSize(limits.maxBytes)} limit`);
  }
  const problem = findXlsxProblem(buffer, limits);
  if (problem) throw InputError.field(field, problem);
}

function findXlsxProblem(buffer: Buffer, limits: UploadLimits): string | undefined {
  if (buffer.length === 0) return 'is empty: upload the .xlsx workbook itself';
  if (!startsWith(buffer, ZIP_LOCAL_HEADER_SIGNATURE)) return describeNonZip(buffer);
  let entries: ZipEntry[];
  try {
    const end = readEndOfCentralDirectory(buffer);
    if (end.entryCount > limits.maxEntries) {
      return `holds ${end.entryCount} parts, more than the ${limits.maxEntries} a workbook may have: refused`;
    }
    entries = readCentralDirectory(buffer, end);
  } catch (error) {
    if (error instanceof ZipStructureError) return error.message;
    throw error;
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return describeOtherZip(names);
  return findUnsafeEntry(entries, limits) ?? findUnpackingProblem(buffer, entries, limits);
}

function startsWith(buffer: Buffer, signature: Buffer): boolean {
  return buffer.subarray(0, signature.length).equals(signature);
}

/** Name the usual wrong files, so the person uploading knows what to do instead. */
function describeNonZip(buffer: Buffer): string {
  if (startsWith(buffer, PDF_SIGNATURE)) return 'is a PDF document, not an Excel workbook: upload the .xlsx file';
  if (startsWith(buffer, OLE_SIGNATURE)) {
    // Excel wraps a password-protected .xlsx in the same container as an old .xls.
    if (buffer.includes(ENCRYPTED_PACKAGE)) {
      return 'is protected with a password: remove the password in Excel, save it again and upload it';
    }
    return `is an old .xls workbook: ${SAVE_AS_XLSX}`;
  }
  if (looksLikeText(buffer)) {
    const sample = buffer.subarray(0, TEXT_SAMPLE_BYTES).toString('utf8');
    const kind = /^\uFEFF?\s*</.test(sample) ? 'a web page or XML file' : 'plain text, such as CSV';
    return `is ${kind}, not an .xlsx workbook: open it in Excel and ${SAVE_AS_XLSX}`;
  }
  return `is not an .xlsx workbook: open it in Excel and ${SAVE_AS_XLSX}`;
}

/** No control bytes other than tab, line and page breaks; UTF-16 text announces itself with a byte order mark. */
function looksLikeText(buffer: Buffer): boolean {
  if (startsWith(buffer, Buffer.from([0xff, 0xfe])) || startsWith(buffer, Buffer.from([0xfe, 0xff]))) return true;
  return buffer.subarray(0, TEXT_SAMPLE_BYTES).every((byte) => byte >= 0x20 || [0x09, 0x0a, 0x0c, 0x0d].includes(byte));
}

function describeOtherZip(names: Set<string>): string {
  if (names.has('word/document.xml')) return 'is a Word document, not an Excel workbook';
  if (names.has('ppt/presentation.xml')) return 'is a PowerPoint presentation, not an Excel workbook';
  if (names.has('xl/workbook.bin')) return `is a binary .xlsb workbook: ${SAVE_AS_XLSX}`;
  if (names.has('content.xml')) return `is an OpenDocument file (such as .ods): ${SAVE_AS_XLSX}`;
  return 'is a zip archive, not an .xlsx workbook: upload the .xlsx file itself';
}

function zipBomb(limits: UploadLimits): string {
  return `unpacks to more than ${formatSize(limits.maxUnpackedBytes)} (a compressed 'zip bomb'?): refused`;
}

/** What the central directory alone gives away: cheap checks before any inflating. */
function findUnsafeEntry(entries: ZipEntry[], limits: UploadLimits): string | undefined {
  let declaredTotal = 0;
  for (const entry of entries) {
    if (entry.encrypted) return 'contains encrypted parts, which Excel never writes: save it again from Excel as .xlsx';
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      return `uses a zip compression method (${entry.method}) that Excel never writes: save it again from Excel as .xlsx`;
    }
    declaredTotal += entry.uncompressedSize;
    if (declaredTotal > limits.maxUnpackedBytes) return zipBomb(limits);
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_CHECKED_ABOVE_BYTES && ratio > limits.maxRatio) {
      return `has a part that unpacks to more than ${limits.maxRatio} times its packed size (a compressed 'zip bomb'?): refused`;
    }
  }
  return undefined;
}

/**
 * Inflate every entry, never past what it declares nor past what is left of the budget, so the
 * real total stays within maxUnpackedBytes even when the declared sizes lie. Real size must equal
 * declared size, which also makes the ratio checked above the real one.
 */
function findUnpackingProblem(buffer: Buffer, entries: ZipEntry[], limits: UploadLimits): string | undefined {
  let unpackedTotal = 0;
  for (const entry of entries) {
    const remaining = limits.maxUnpackedBytes - unpackedTotal;
    const unpacked = unpackedSize(entryData(buffer, entry), entry.method, Math.min(entry.uncompressedSize, remaining));
    if (unpacked === 'over cap') {
      if (entry.uncompressedSize >= remaining) return zipBomb(limits);
      return "has a part that unpacks to more than its zip directory declares (a crafted 'zip bomb'?): refused";
    }
    if (unpacked !== entry.uncompressedSize) {
      return 'is damaged or incomplete: open it in Excel, save it again as .xlsx and upload it again';
    }
    unpackedTotal += unpacked;
  }
  return undefined;
}

/** Bytes the entry unpacks to, 'over cap' past `cap`, or undefined if its data is corrupt. */
function unpackedSize(packed: Buffer, method: number, cap: number): number | 'over cap' | undefined {
  if (method === STORED) return packed.length > cap ? 'over cap' : packed.length;
  try {
    // One byte of headroom tells "exactly the cap" from "more than the cap".
    const length = inflateRawSync(packed, { maxOutputLength: cap + 1 }).length;
    return length > cap ? 'over cap' : length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'over cap';
    return undefined;
  }
}
