/**
 * Just enough of the zip format (APPNOTE.TXT) to size up an upload before any library unpacks it:
 * the End Of Central Directory, the central directory, and where each entry's bytes sit.
 * Only what an .xlsx from Excel uses is accepted; everything else is refused, not worked around.
 */

/** The archive cannot be read safely; the message completes "file: ...", for the person uploading. */
export class ZipStructureError extends Error {}

export interface ZipEntry {
  name: string;
  /** General purpose flag bit 0: the entry's bytes are encrypted. */
  encrypted: boolean;
  /** 0 = stored, 8 = deflate; anything else is refused by the upload check. */
  method: number;
  compressedSize: number;
  /** As the central directory declares it: it may lie, so the upload check inflates to verify. */
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
  /** Where its compressed bytes start, just after the local header. */
  dataOffset: number;
}

export interface EndOfCentralDirectory {
  entryCount: number;
  directoryOffset: number;
  directorySize: number;
}

export const ZIP_LOCAL_HEADER_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const END_OF_DIRECTORY_SIZE = 22;
const ZIP64_END_LOCATOR_SIZE = 20;
const CENTRAL_ENTRY_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_EXTRA_FIELD = 0x0001;
const ENCRYPTED_FLAG = 0x0001;

const DAMAGED = 'is damaged or incomplete: open it in Excel, save it again as .xlsx and upload it again';
const ZIP64 = 'uses the ZIP64 format, which a workbook of this size never needs: save it again from Excel as .xlsx';
const SPLIT = 'is one part of an archive split over several files, not an .xlsx workbook';
const OVERLAPPING = "has zip entries that overlap (a crafted 'zip bomb'?): refused";

function damaged(): ZipStructureError {
  return new ZipStructureError(DAMAGED);
}

/** The record at the very end; a comment may follow it, so it is searched for backwards. */
export function readEndOfCentralDirectory(buffer: Buffer): EndOfCentralDirectory {
  const lowest = Math.max(0, buffer.length - END_OF_DIRECTORY_SIZE - MAX_COMMENT_LENGTH);
  for (let at = buffer.length - END_OF_DIRECTORY_SIZE; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    // A signature inside the comment is not the record: the real one's comment ends the file.
    if (at + END_OF_DIRECTORY_SIZE + buffer.readUInt16LE(at + 20) !== buffer.length) continue;
    return parseEndOfCentralDirectory(buffer, at);
  }
  throw damaged();
}

function parseEndOfCentralDirectory(buffer: Buffer, at: number): EndOfCentralDirectory {
  const locatorAt = at - ZIP64_END_LOCATOR_SIZE;
  const entriesOnThisDisk = buffer.readUInt16LE(at + 8);
  const entryCount = buffer.readUInt16LE(at + 10);
  const directorySize = buffer.readUInt32LE(at + 12);
  const directoryOffset = buffer.readUInt32LE(at + 16);
  const hasZip64Locator = locatorAt >= 0 && buffer.readUInt32LE(locatorAt) === ZIP64_END_LOCATOR;
  if (hasZip64Locator || entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new ZipStructureError(ZIP64);
  }
  const diskNumber = buffer.readUInt16LE(at + 4);
  const directoryDisk = buffer.readUInt16LE(at + 6);
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnThisDisk !== entryCount) throw new ZipStructureError(SPLIT);
  if (directoryOffset + directorySize > at) throw damaged();
  return { entryCount, directoryOffset, directorySize };
}

/** Every entry of the central directory, each checked against its local header. */
export function readCentralDirectory(buffer: Buffer, end: EndOfCentralDirectory): ZipEntry[] {
  const directoryEnd = end.directoryOffset + end.directorySize;
  const entries: ZipEntry[] = [];
  let at = end.directoryOffset;
  for (let index = 0; index < end.entryCount; index++) {
    if (at + CENTRAL_ENTRY_SIZE > directoryEnd || buffer.readUInt32LE(at) !== CENTRAL_ENTRY) throw damaged();
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const nameStart = at + CENTRAL_ENTRY_SIZE;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > directoryEnd) throw damaged();

    const compressedSize = buffer.readUInt32LE(at + 20);
    const uncompressedSize = buffer.readUInt32LE(at + 24);
    const headerOffset = buffer.readUInt32LE(at + 42);
    const extra = buffer.subarray(nameStart + nameLength, nameStart + nameLength + extraLength);
    if ([compressedSize, uncompressedSize, headerOffset].includes(0xffffffff) || hasZip64Extra(extra)) {
      throw new ZipStructureError(ZIP64);
    }

    const nameBytes = buffer.subarray(nameStart, nameStart + nameLength);
    const local = readLocalHeader(buffer, headerOffset, nameBytes, end.directoryOffset);
    const dataOffset = local.dataOffset;
    if (dataOffset + compressedSize > end.directoryOffset) throw damaged();
    entries.push({
      name: nameBytes.toString('utf8'),
      encrypted: ((buffer.readUInt16LE(at + 8) | local.flags) & ENCRYPTED_FLAG) !== 0,
      method: buffer.readUInt16LE(at + 10),
      compressedSize,
      uncompressedSize,
      headerOffset,
      dataOffset,
    });
    at = next;
  }
  if (at !== directoryEnd) throw damaged();
  assertNoOverlap(entries);
  return entries;
}

/** The compressed bytes of one entry, as they sit in the archive. */
export function entryData(buffer: Buffer, entry: ZipEntry): Buffer {
  return buffer.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

function hasZip64Extra(extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) === ZIP64_EXTRA_FIELD) return true;
  }
  return false;
}

/** The local header must name the same entry: readers that trust one or the other must see the same file. */
function readLocalHeader(
  buffer: Buffer,
  at: number,
  centralName: Buffer,
  directoryOffset: number,
): { flags: number; dataOffset: number } {
  if (at + LOCAL_HEADER_SIZE > directoryOffset || buffer.readUInt32LE(at) !== LOCAL_HEADER) throw damaged();
  const nameLength = buffer.readUInt16LE(at + 26);
  const extraLength = buffer.readUInt16LE(at + 28);
  const nameStart = at + LOCAL_HEADER_SIZE;
  if (nameStart + nameLength > directoryOffset) throw damaged();
  if (!buffer.subarray(nameStart, nameStart + nameLength).equals(centralName)) throw damaged();
  return { flags: buffer.readUInt16LE(at + 6), dataOffset: nameStart + nameLength + extraLength };
}

/** Entries sharing bytes are how the smallest zip bombs multiply one payload many times. */
function assertNoOverlap(entries: ZipEntry[]): void {
  const byPosition = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let index = 1; index < byPosition.length; index++) {
    const previous = byPosition[index - 1];
    if (previous.dataOffset + previous.compressedSize > byPosition[index].headerOffset) {
      throw new ZipStructureError(OVERLAPPING);
    }
  }
}
