/**
 * Word's property modifiers ([MS-DOC] 2.6, "Sprm"): a paragraph's or a table row's properties are a
 * list of sprms (a 2-byte operation, then its operand), and only a few of them matter for reading a
 * report's tables: whether a paragraph is in a table and at which depth (sprmPFInTable, sprmPItap),
 * whether it ends a row (sprmPFTtp, sprmPFInnerTtp), and the row's cells (sprmTDefTable: each
 * cell's left and right edge, rgdxaCenter, and its merges in TC80.tcgrf; sprmTMerge and
 * sprmTVertMerge change those later in the list).
 */
import { i16, i32, u16, u8 } from './doc-error.ts';

export const sprmPFInTable = 0x2416;
export const sprmPFTtp = 0x2417;
export const sprmPFInnerTableCell = 0x244b;
export const sprmPFInnerTtp = 0x244c;
export const sprmPItap = 0x6649;
export const sprmPDtap = 0x664a;
export const sprmPHugePapx = 0x6646;
export const sprmPChgTabs = 0xc615;
export const sprmTDefTable = 0xd608;
export const sprmTMerge = 0x5624;
export const sprmTSplit = 0x5625;
export const sprmTVertMerge = 0xd62b;
export const sprmCFRMarkDel = 0x0800;

export interface Sprm {
  op: number;
  /** where the operand starts in the bytes */
  at: number;
  /** the operand's length in bytes */
  size: number;
}

/** The operand's length of the sprm whose operation is at `at` (spra, [MS-DOC] 2.2.5.1). */
function operandSize(b: Uint8Array, op: number, at: number): number {
  switch (op >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // variable: a length byte first, except sprmTDefTable (2-byte length, counting itself less one) and sprmPChgTabs
      if (op === sprmTDefTable) return u16(b, at) + 1;
      if (op === sprmPChgTabs) {
        const cb = u8(b, at);
        if (cb !== 255) return cb + 1;
        const del = u8(b, at + 1);
        const add = u8(b, at + 2 + 4 * del);
        return 1 + 1 + 4 * del + 1 + 3 * add;
      }
      return u8(b, at) + 1;
  }
}

/** The sprms of a grpprl between `from` and `to`; one that runs past `to` ends the list. */
export function sprms(b: Uint8Array, from: number, to: number): Sprm[] {
  const out: Sprm[] = [];
  for (let at = from; at + 2 <= to; ) {
    const op = u16(b, at);
    const size = operandSize(b, op, at + 2);
    if (at + 2 + size > to) break;
    out.push({ op, at: at + 2, size });
    at += 2 + size;
  }
  return out;
}

/** What a paragraph's properties say of its place in a table. */
export interface ParaTable {
  /** table depth: 0 outside tables, 1 in a table, 2+ in a table in a cell */
  itap: number;
  /** the paragraph is a row's end mark (of the outermost table: sprmPFTtp) */
  ttp: boolean;
  /** the paragraph ends a cell or a row of a nested table (sprmPFInnerTableCell / sprmPFInnerTtp) */
  inner: boolean;
  /** the row's cells, on a row's end mark */
  tap: Tap | null;
  /** sprmPHugePapx: the properties are in the Data stream at this offset */
  huge: number | null;
}

/** A cell of a row's definition: its merges (TC80.tcgrf). */
export interface TableCell {
  firstMerged: boolean;
  merged: boolean;
  vertMerge: boolean;
  vertRestart: boolean;
}

/** A table row's cells: the edges of its cells in twips (one more than the cells) and their merges. */
export interface Tap {
  edges: number[];
  cells: TableCell[];
}

const noMerge = (): TableCell => ({ firstMerged: false, merged: false, vertMerge: false, vertRestart: false });

/** sprmTDefTable's operand at `at`: itcMac, rgdxaCenter[itcMac + 1], then up to itcMac TC80s of 20 bytes. */
export function defTable(b: Uint8Array, at: number, size: number): Tap {
  const end = at + size;
  const count = u8(b, at + 2);
  const edges: number[] = [];
  for (let i = 0; i <= count; i++) edges.push(i16(b, at + 3 + 2 * i));
  const cells: TableCell[] = [];
  const tcAt = at + 3 + 2 * (count + 1);
  for (let i = 0; i < count; i++) {
    const o = tcAt + 20 * i;
    // a row may define fewer TC80s than cells: the rest have none of the flags
    if (o + 2 > end) {
      cells.push(noMerge());
      continue;
    }
    const f = u16(b, o);
    cells.push({ firstMerged: (f & 1) !== 0, merged: (f & 2) !== 0, vertMerge: (f & 0x20) !== 0, vertRestart: (f & 0x40) !== 0 });
  }
  return { edges, cells };
}

/** A toggle operand (a character's property): 1 on, 0x81 the opposite of the style's (which has none: on). */
const toggleOn = (v: number) => v === 1 || v === 0x81;

/**
 * A paragraph's table properties from its grpprl (the PAPX's, after its 2-byte style index).
 * Later sprms win; sprmTMerge and sprmTVertMerge act on the row sprmTDefTable defined.
 */
export function paraTable(b: Uint8Array, from: number, to: number): ParaTable {
  const out: ParaTable = { itap: 0, ttp: false, inner: false, tap: null, huge: null };
  let inTable = false;
  let itap: number | null = null;
  let dtap = 0;
  for (const s of sprms(b, from, to)) {
    switch (s.op) {
      case sprmPFInTable:
        inTable = u8(b, s.at) !== 0;
        break;
      case sprmPItap:
        itap = Math.max(0, Math.min(64, i32(b, s.at)));
        break;
      case sprmPDtap:
        dtap += i32(b, s.at);
        break;
      case sprmPFTtp:
        out.ttp = u8(b, s.at) !== 0;
        break;
      case sprmPFInnerTableCell:
      case sprmPFInnerTtp:
        if (u8(b, s.at) !== 0) out.inner = true;
        break;
      case sprmPHugePapx:
        out.huge = i32(b, s.at) >>> 0;
        break;
      case sprmTDefTable:
        out.tap = defTable(b, s.at, s.size);
        break;
      case sprmTMerge:
      case sprmTSplit: {
        const first = u8(b, s.at);
        const lim = u8(b, s.at + 1);
        for (let i = first; out.tap && i < Math.min(lim, out.tap.cells.length); i++) {
          const c = out.tap.cells[i]!;
          c.firstMerged = s.op === sprmTMerge && i === first && lim - first > 1;
          c.merged = s.op === sprmTMerge && i > first;
        }
        break;
      }
      case sprmTVertMerge: {
        const c = out.tap?.cells[u8(b, s.at + 1)];
        const how = u8(b, s.at + 2);
        if (c) {
          c.vertMerge = how !== 0;
          c.vertRestart = how === 3;
        }
        break;
      }
    }
  }
  out.itap = Math.max(0, (itap ?? (inTable ? 1 : 0)) + dtap);
  return out;
}

/** Is the run's text deleted (a tracked deletion: sprmCFRMarkDel in its CHPX grpprl)? */
export function runDeleted(b: Uint8Array, from: number, to: number): boolean {
  let deleted = false;
  for (const s of sprms(b, from, to)) if (s.op === sprmCFRMarkDel) deleted = toggleOn(u8(b, s.at));
  return deleted;
}

