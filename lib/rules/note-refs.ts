/**
 * The names a table finding's note carries (lib/rules/note-words.ts): what an identity is about
 * (its scope: "自然人一列", "「（一）予以公开」一行") and the cells it names ("「（一）予以公开」自然人"), as
 * the format's keys and the page's labels, never as words. A name is a flat tuple, its kind first
 * (a note's args stay a flat list of strings and figures, as the stored schema has them): each kind
 * has a fixed number of parts, and a kind with a list ends in the list's length and its items. The
 * Chinese words of each name are the core's (names.ts's tables); the panel words them again in the
 * UI's language (components/table-finding-words.ts), reading them back with readRef.
 */
import { T2_COLUMN_NAMES, T2_ITEM_NAMES, T3_COLUMN_NAMES, T4_GROUP_NAMES, T4_ITEM_NAMES, isGrandTotal, t3CellWords, t3RowName } from './names.ts';

export type Ref = readonly (string | number)[];

/**
 * Each kind's fixed parts after it, and whether a list follows (its length, then its items):
 *  scopes — col [col, turned], row [row, turned], addedRow [label], orgSub [row, turned],
 *  groupSub [col, group, turned], intake [col, label], channels [col, under | labels],
 *  t4group [group], t4added [label, item ('' for 总计) | groups], t2block [label, col | items];
 *  cells — t3cell [row, col], addedCell [label, col], t4cell [group, item], t4addedCell [label, item ('' for the 合计 column)],
 *  t2total [label, col], t2item [item, col], t2at [row, col] (1-based);
 *  labels — t3r, t3c, t4g, t4i, t2i, t2c [key], page [label].
 */
export const REF_KINDS: Readonly<Record<string, { fixed: number; list?: true }>> = {
  col: { fixed: 2 }, row: { fixed: 2 }, addedRow: { fixed: 1 }, orgSub: { fixed: 2 }, groupSub: { fixed: 3 }, intake: { fixed: 2 },
  channels: { fixed: 2, list: true }, t4group: { fixed: 1 }, t4added: { fixed: 2, list: true }, t2block: { fixed: 2, list: true },
  t3cell: { fixed: 2 }, addedCell: { fixed: 2 }, t4cell: { fixed: 2 }, t4addedCell: { fixed: 2 }, t2total: { fixed: 2 }, t2item: { fixed: 2 }, t2at: { fixed: 2 },
  t3r: { fixed: 1 }, t3c: { fixed: 1 }, t4g: { fixed: 1 }, t4i: { fixed: 1 }, t2i: { fixed: 1 }, t2c: { fixed: 1 }, page: { fixed: 1 },
};

/** A name with a list: its fixed parts, then the list's length and items. */
export const listRef = (kind: string, fixed: readonly (string | number)[], items: readonly string[]): Ref => [kind, ...fixed, items.length, ...items];

/** The name that starts at args[i], and the index after it; null when args hold none there. */
export function readRef(args: readonly (string | number)[], i: number): { ref: Ref; next: number } | null {
  const kind = args[i];
  const shape = typeof kind === 'string' ? REF_KINDS[kind] : undefined;
  if (!shape) return null;
  let next = i + 1 + shape.fixed;
  if (shape.list) {
    const n = args[next];
    if (typeof n !== 'number') return null;
    next += 1 + n;
  }
  if (next > args.length) return null;
  return { ref: args.slice(i, next), next };
}

/** A name's list (channels, groups, items): the parts after its length. */
export const refList = (r: Ref): string[] => r.slice(2 + REF_KINDS[r[0] as string]!.fixed).map(String);

const s = (v: string | number | undefined): string => String(v ?? '');
const t3c = (k: string): string => T3_COLUMN_NAMES[k] ?? k;
const t4g = (k: string): string => T4_GROUP_NAMES[k] ?? k;
const t4i = (k: string): string => T4_ITEM_NAMES[k] ?? k;
const t2i = (k: string): string => T2_ITEM_NAMES[k] ?? k;
const t2c = (k: string): string => T2_COLUMN_NAMES[k] ?? k;

/** A name in the core's Chinese, as the messages have always said it. */
export function refWords(r: Ref): string {
  const [kind, a, b, c] = [r[0], s(r[1]), s(r[2]), s(r[3])];
  const line = (turned: string) => (turned === '1' ? '一行' : '一列');
  const cross = (turned: string) => (turned === '1' ? '一列' : '一行');
  switch (kind) {
    case 'col': return `${t3c(a)}${line(b)}`;
    case 'row': return `「${t3RowName(a)}」${cross(b)}`;
    case 'addedRow': return `「${a}」一行`;
    case 'orgSub': return `「${t3RowName(a)}」${cross(b)}的法人或其他组织小计`;
    case 'groupSub': return `${t3c(a)}${line(c)}「${t3RowName(b)}」小计`;
    case 'intake': return `${t3c(a)}一列「${b}」`;
    case 'channels': return `${t3c(a)}一列「${t3RowName(b)}」的各渠道（${refList(r).join('、')}）`;
    case 't4group': return t4g(a);
    case 't4added': {
      const cell = b ? `表四「${a}」一行「${t4i(b)}」` : `表四「${a}」`;
      return `${cell}（${refList(r).map(t4g).join('、')}）`;
    }
    case 't2block': return `表二「${refList(r).map(t2i).join('」「')}」的「${a}」（${t2c(b)}）`;
    case 't3cell': return t3CellWords(t3RowName(a), t3c(b), isGrandTotal(a, b));
    case 'addedCell': return `「${a}」${t3c(b)}`;
    case 't4cell': return `${t4g(a)}「${t4i(b)}」`;
    case 't4addedCell': return b ? `表四「${a}」一行「${t4i(b)}」` : `表四「${a}」`;
    case 't2total': return `表二「${a}」的${t2c(b)}`;
    case 't2item': return `表二「${t2i(a)}」的${t2c(b)}`;
    case 't2at': return `表二第${a}行第${b}列`;
    case 't3r': return t3RowName(a);
    case 't3c': return t3c(a);
    case 't4g': return t4g(a);
    case 't4i': return t4i(a);
    case 't2i': return t2i(a);
    case 't2c': return t2c(a);
    case 'page': return a;
    default: return r.map(String).join('');
  }
}

/** A cell's row and column as labels (the line a blank total stands on), or null for a cell named by place alone. */
export function cellLabels(r: Ref | undefined): { row: Ref; col: Ref } | null {
  if (!r) return null;
  const [kind, a, b] = [r[0], s(r[1]), s(r[2])];
  switch (kind) {
    case 't3cell': return { row: ['t3r', a], col: ['t3c', b] };
    case 'addedCell': return { row: ['page', a], col: ['t3c', b] };
    case 't4cell': return { row: ['t4g', a], col: ['t4i', b] };
    case 't4addedCell': return b ? { row: ['page', a], col: ['t4i', b] } : null;
    case 't2total': return { row: ['page', a], col: ['t2c', b] };
    case 't2item': return { row: ['t2i', a], col: ['t2c', b] };
    default: return null;
  }
}
