import { crc32, deflateRawSync } from 'node:zlib';

/** One part of a hand-made zip: tests of upload safety decide what its headers say. */
export interface FakeEntry {
  name: string;
  content?: Buffer;
  /** 0 stored, 8 deflate (default), anything else as written. */
  method?: number;
  flags?: number;
  /** Bytes as they go in the archive; by default content, deflated when method is 8. */
  packed?: Buffer;
  /** Uncompressed size written in both headers; by default the content's real size. */
  declaredSize?: number;
  centralExtra?: Buffer;
  /** Index of an earlier entry whose local header and bytes this one reuses (no local record of its own). */
  sharesDataWith?: number;
}

/** A zip assembled by hand, so each test controls exactly what the headers say. */
export function zipOf(entries: FakeEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const headerOffsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const content = entry.content ?? Buffer.alloc(0);
    const method = entry.method ?? 8;
    const packed = entry.packed ?? (method === 8 ? deflateRawSync(content) : content);
    const sizes = { crc: crc32(content), packed: packed.length, unpacked: entry.declaredSize ?? content.length };
    const headerOffset = entry.sharesDataWith === undefined ? offset : headerOffsets[entry.sharesDataWith];
    headerOffsets.push(headerOffset);
    if (entry.sharesDataWith === undefined) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(entry.flags ?? 0, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(sizes.crc, 14);
      local.writeUInt32LE(sizes.packed, 18);
      local.writeUInt32LE(sizes.unpacked, 22);
      local.writeUInt16LE(name.length, 26);
      locals.push(local, name, packed);
      offset += local.length + name.length + packed.length;
    }
    const extra = entry.centralExtra ?? Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(sizes.crc, 16);
    central.writeUInt32LE(sizes.packed, 20);
    central.writeUInt32LE(sizes.unpacked, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(headerOffset, 42);
    centrals.push(central, name, extra);
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
