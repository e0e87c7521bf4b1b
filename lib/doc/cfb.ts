/**
 * The Compound File Binary container ([MS-CFB]) that a Word 97–2003 file (.doc) is: a little file
 * system of 512- or 4096-byte sectors, chained by a FAT, small streams in a mini stream chained by
 * a mini FAT, named by a directory of 128-byte entries. Only reading, only the streams at the top
 * (WordDocument, 0Table/1Table, Data): about a hundred lines, so no library (npm `cfb` also writes
 * and compresses, and brings two more packages) — see the commit that added it.
 *
 * Every chain is bounded (a sector seen twice, a chain longer than the file, a sector past the end
 * are DocReadError('corrupt')), so a damaged file fails fast instead of looping or allocating.
 */
import { DocReadError, u16, u32 } from './doc-error.ts';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;

/** Do the bytes start with the compound file's signature (D0 CF 11 E0 A1 B1 1A E1)? */
export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

export interface Cfb {
  /** the stream of that name among the root storage's children (case-insensitive, as CFB compares), or null */
  stream(name: string): Uint8Array | null;
  /** the names of the root storage's children */
  names: string[];
}

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export function readCfb(bytes: Uint8Array): Cfb {
  if (!isCfb(bytes)) throw new DocReadError('not-cfb');
  if (bytes.length < 512) throw new DocReadError('corrupt', 'shorter than its header');
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) throw new DocReadError('corrupt', `sector shift ${shift}`);
  const sectorSize = 1 << shift;
  const miniShift = u16(bytes, 0x20);
  if (miniShift !== 6) throw new DocReadError('corrupt', `mini sector shift ${miniShift}`);
  const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorSize) / sectorSize));
  const sector = (n: number): Uint8Array => {
    if (n >= sectorCount) throw new DocReadError('corrupt', `sector ${n} past the end`);
    const at = (n + 1) * sectorSize;
    return bytes.subarray(at, Math.min(at + sectorSize, bytes.length));
  };
  const perSector = sectorSize / 4;

  // the FAT's sectors: 109 in the header, then a chain of DIFAT sectors
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(bytes, 0x4c + 4 * i);
    if (s === FREE || s === END_OF_CHAIN) break;
    fatSectors.push(s);
  }
  const seenDifat = new Set<number>();
  for (let s = u32(bytes, 0x44); s !== END_OF_CHAIN && s !== FREE; ) {
    if (seenDifat.has(s) || seenDifat.size > sectorCount) throw new DocReadError('corrupt', 'DIFAT chain loops');
    seenDifat.add(s);
    const d = sector(s);
    for (let i = 0; i < perSector - 1; i++) {
      const f = u32(d, 4 * i);
      if (f !== FREE && f !== END_OF_CHAIN) fatSectors.push(f);
    }
    s = u32(d, sectorSize - 4);
  }
  if (fatSectors.length > sectorCount) throw new DocReadError('corrupt', 'more FAT sectors than sectors');
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((s, i) => {
    const d = sector(s);
    for (let j = 0; j < perSector && 4 * j + 3 < d.length; j++) fat[i * perSector + j] = u32(d, 4 * j);
  });

  /** A chain's sectors from `start`, bounded by the table's length. */
  const chain = (table: Uint32Array, start: number, limit: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let s = start; s !== END_OF_CHAIN; ) {
      if (s >= table.length || s >= limit || seen.has(s)) throw new DocReadError('corrupt', `broken chain at ${s}`);
      seen.add(s);
      out.push(s);
      s = table[s]!;
    }
    return out;
  };
  const readChain = (start: number, size: number): Uint8Array => {
    if (size > bytes.length) throw new DocReadError('corrupt', 'stream larger than the file');
    const out = new Uint8Array(size);
    let at = 0;
    for (const s of chain(fat, start, sectorCount)) {
      if (at >= size) break;
      const d = sector(s);
      const n = Math.min(sectorSize, size - at);
      // only a file's last sector may be short, and then the stream must end in it
      if (d.length < n) throw new DocReadError('corrupt', 'sector cut short');
      out.set(d.subarray(0, n), at);
      at += n;
    }
    if (at < size) throw new DocReadError('corrupt', 'stream cut short');
    return out;
  };

  // the directory: a chain of sectors of 128-byte entries
  const dirChain = chain(fat, u32(bytes, 0x30), sectorCount);
  const entries: Entry[] = [];
  for (const s of dirChain) {
    const d = sector(s);
    for (let at = 0; at + 128 <= d.length; at += 128) {
      const nameLength = Math.min(u16(d, at + 0x40), 64);
      let name = '';
      for (let i = 0; i + 2 < nameLength; i += 2) name += String.fromCharCode(u16(d, at + i));
      // the size's high 32 bits are 0 in version 3 files (and a stream past 4 GB is no report)
      const high = u32(d, at + 0x7c);
      entries.push({ name, type: d[at + 0x42]!, left: u32(d, at + 0x44), right: u32(d, at + 0x48), child: u32(d, at + 0x4c), start: u32(d, at + 0x74), size: high === 0 || shift === 9 ? u32(d, at + 0x78) : Number.MAX_SAFE_INTEGER });
    }
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw new DocReadError('corrupt', 'no root entry');

  // the root's children: a red-black tree of siblings under root.child
  const children: Entry[] = [];
  const seen = new Set<number>();
  const stack = [root.child];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (i === NO_STREAM) continue;
    if (i >= entries.length || seen.has(i)) throw new DocReadError('corrupt', 'directory tree loops');
    seen.add(i);
    const e = entries[i]!;
    children.push(e);
    stack.push(e.left, e.right);
  }

  const cutoff = u32(bytes, 0x38);
  let mini: { fat: Uint32Array; stream: Uint8Array } | null = null;
  const miniStreams = () => {
    if (mini) return mini;
    const miniFatSectors = chain(fat, u32(bytes, 0x3c), sectorCount);
    const miniFat = new Uint32Array(miniFatSectors.length * perSector);
    miniFatSectors.forEach((s, i) => {
      const d = sector(s);
      for (let j = 0; j < perSector && 4 * j + 3 < d.length; j++) miniFat[i * perSector + j] = u32(d, 4 * j);
    });
    mini = { fat: miniFat, stream: readChain(root.start, root.size) };
    return mini;
  };

  const stream = (name: string): Uint8Array | null => {
    const e = children.find((c) => c.type === 2 && c.name.toLowerCase() === name.toLowerCase());
    if (!e) return null;
    if (e.size === 0) return new Uint8Array(0);
    if (e.size >= cutoff) return readChain(e.start, e.size);
    const m = miniStreams();
    if (e.size > m.stream.length) throw new DocReadError('corrupt', 'mini stream too short');
    const out = new Uint8Array(e.size);
    let at = 0;
    for (const s of chain(m.fat, e.start, Math.ceil(m.stream.length / 64))) {
      if (at >= e.size) break;
      const n = Math.min(64, e.size - at);
      if (s * 64 + n > m.stream.length) throw new DocReadError('corrupt', 'mini sector past the end');
      out.set(m.stream.subarray(s * 64, s * 64 + n), at);
      at += n;
    }
    if (at < e.size) throw new DocReadError('corrupt', 'mini stream cut short');
    return out;
  };
  return { stream, names: children.map((c) => c.name) };
}
