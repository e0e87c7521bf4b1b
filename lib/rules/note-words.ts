/**
 * The tables' findings as codes with their figures and names (session 51), and their Chinese words:
 * the batch checker and the Chinese panel say them as the core always has (the finding's message);
 * the panel in another language words them from the code (components/table-finding-words.ts), as
 * the map's notes (lib/map/note-words.ts). Names are note-refs.ts's flat tuples; a page's label is an
 * argument, shown as the page wrote it.
 *
 * Args by code:
 *  - the sum rules' failures (balance, resultsTotal, rowTotal, subtotal, t4Subtotal, groupTotal, blockTotal, sum):
 *    [lhs, rhs, blanks counted as 0, ...scope, suspect (0/1), then if 1: ...cell, actual, expected, checks it explains]
 *  - blankTotal [...cell, parts' sum]; blankTotalMarked [...cell, the mark written, parts' sum]
 *  - blankLine [table (t2/t3/t4), along ('col'/'row'), ...label, count, blank among them (0/1), marks' count, ...marks,
 *    named count, ...(…item, sum) each named, more (0/1)]
 *  - blanksAsZero [checks]; t2Fraction / t2Negative [item, col, the figure as written]
 *  - otherT3 [table number, inner code, ...inner args]: a finding on another table 三 of the page
 */
import { readRef, refWords, type Ref } from './note-refs.ts';
import type { NoteArg, NotePart } from '../types.ts';

type Arg = string | number;

/** A note's arguments when they are all plain (the tables' notes are), else null (a text note's nested parts). */
export function flatArgs(args: readonly NoteArg[]): Arg[] | null {
  return args.every((a): a is Arg => typeof a !== 'object') ? (args as Arg[]) : null;
}

/** A finding's code and args, with the core's Chinese words for it. */
export interface TableNote {
  code: string;
  args: Arg[];
  message: string;
}

/** The failures' codes by rule id; the rest say "lhs ≠ rhs". */
export const FAIL_CODES: Readonly<Record<string, string>> = {
  't3.balance': 'balance', 't3.results-total': 'resultsTotal', 't3.row-total': 'rowTotal', 't3.subtotal': 'subtotal',
  't2.block-total': 'blockTotal', 't4.subtotal': 't4Subtotal', 't4.group-total': 'groupTotal',
};
export const FAIL_CODE_SET = new Set([...Object.values(FAIL_CODES), 'sum']);

/** A failure's figures and names, read back from its args. */
export interface FailParts {
  lhs: number;
  rhs: number;
  blanks: number;
  scope: Ref;
  suspect: { cell: Ref; actual: number; expected: number; explains: number } | null;
}

export function readFail(args: readonly Arg[]): FailParts | null {
  const [lhs, rhs, blanks] = args;
  if (typeof lhs !== 'number' || typeof rhs !== 'number' || typeof blanks !== 'number') return null;
  const scope = readRef(args, 3);
  if (!scope) return null;
  if (args[scope.next] !== 1) return args[scope.next] === 0 ? { lhs, rhs, blanks, scope: scope.ref, suspect: null } : null;
  const cell = readRef(args, scope.next + 1);
  if (!cell) return null;
  const [actual, expected, explains] = args.slice(cell.next, cell.next + 3);
  if (typeof actual !== 'number' || typeof expected !== 'number' || typeof explains !== 'number') return null;
  return { lhs, rhs, blanks, scope: scope.ref, suspect: { cell: cell.ref, actual, expected, explains } };
}

/** What a 小计's whole and parts are called, by its scope (a 合计 row a unit added, the channels under 一): Chinese. */
function subtotalNames(scope: Ref): { whole: string; parts: string } {
  if (scope[0] === 'intake') return { whole: '合计', parts: '一、本年新收与二、上年结转' };
  if (scope[0] === 'channels') return { whole: refWords(['t3r', scope[2]!]).slice(2), parts: '所列各渠道' };
  return { whole: '小计', parts: '其分项' };
}

function failWords(code: string, p: FailParts): string {
  const scope = refWords(p.scope);
  const { lhs, rhs } = p;
  let said: string;
  switch (code) {
    case 'balance': said = `一+二=${lhs}，三（七）+四=${rhs}，两者应相等`; break;
    case 'resultsTotal': said = `（七）总计为${lhs}，办理结果各项之和为${rhs}`; break;
    case 'rowTotal': said = `总计为${lhs}，各类申请人之和为${rhs}`; break;
    case 'subtotal': {
      const n = subtotalNames(p.scope);
      said = `${n.whole}为${lhs}，${n.parts}之和为${rhs}`;
      break;
    }
    case 'blockTotal': said = `合计为${lhs}，其上各行之和为${rhs}`; break;
    case 't4Subtotal': said = `合计为${lhs}，各组${refWords(['t4i', p.scope[0] === 't4added' && p.scope[2] ? p.scope[2] : 'total'])}之和为${rhs}`; break;
    case 'groupTotal': said = `总计为${lhs}，结果维持+结果纠正+其他结果+尚未审结=${rhs}`; break;
    default: said = `${lhs} ≠ ${rhs}`;
  }
  const blanks = p.blanks > 0 ? `（其中${p.blanks}个空白单元格按0计算）` : '';
  const s = p.suspect;
  const suspect = s ? `；最可能出错的是${refWords(s.cell)}（现为${s.actual}），改为${s.expected}即可同时满足${s.explains}项校验` : '';
  return `${scope}：${said}${blanks}${suspect}`;
}

/** A failed identity's note: its rule's code, its figures, its scope and the suspect cell, if any. */
export function failNote(ruleId: string, scope: Ref, lhs: number, rhs: number, blanks: number, suspect: FailParts['suspect']): TableNote {
  const code = FAIL_CODES[ruleId] ?? 'sum';
  const args: Arg[] = [lhs, rhs, blanks, ...scope, suspect ? 1 : 0, ...(suspect ? [...suspect.cell, suspect.actual, suspect.expected, suspect.explains] : [])];
  return { code, args, message: failWords(code, { lhs, rhs, blanks, scope, suspect }) };
}

/** A blank line's parts, read back from its args. */
export interface BlankLineParts {
  table: string;
  along: 'col' | 'row';
  label: Ref;
  count: number;
  blankToo: boolean;
  marks: string[];
  named: { item: Ref; sum: number }[];
  more: boolean;
}

export function readBlankLine(args: readonly Arg[]): BlankLineParts | null {
  const [table, along] = args;
  if (typeof table !== 'string' || (along !== 'col' && along !== 'row')) return null;
  const label = readRef(args, 2);
  if (!label) return null;
  let i = label.next;
  const [count, blankToo, nMarks] = args.slice(i, i + 3);
  if (typeof count !== 'number' || typeof nMarks !== 'number') return null;
  i += 3;
  const marks = args.slice(i, i + nMarks).map(String);
  i += nMarks;
  const nNamed = args[i++];
  if (typeof nNamed !== 'number') return null;
  const named: BlankLineParts['named'] = [];
  for (let k = 0; k < nNamed; k++) {
    const item = readRef(args, i);
    const sum = item ? args[item.next] : undefined;
    if (!item || typeof sum !== 'number') return null;
    named.push({ item: item.ref, sum });
    i = item.next + 1;
  }
  return { table, along, label: label.ref, count, blankToo: blankToo === 1, marks, named, more: args[i] === 1 };
}

const TABLE_NAMES: Readonly<Record<string, string>> = { t2: '表二', t3: '表三', t4: '表四' };

function blankLineWords(p: BlankLineParts): string {
  const names = p.named.map((m) => `「${refWords(m.item)}」`).join('、');
  const sums = p.named.map((m) => String(m.sum)).join('、');
  const written = p.marks.map((m) => `“${m}”`).join('、');
  const what = written === '' ? '空白' : p.blankToo ? `空白或${written}` : `填的是${written}`;
  const word = p.along === 'col' ? '一列' : '一行';
  const each = p.along === 'col' ? '各行' : '各列';
  return (
    `${TABLE_NAMES[p.table] ?? p.table}「${refWords(p.label)}」${word}有${p.count}处${what}：${names}${p.more ? `等${p.count}处` : ''}` +
    `（${each}分项之和分别为${sums}${p.more ? '等' : ''}）：合计缺失，不是算术错误，但这些合计未填写`
  );
}

export function blankLineNote(p: BlankLineParts): TableNote {
  const args: Arg[] = [p.table, p.along, ...p.label, p.count, p.blankToo ? 1 : 0, p.marks.length, ...p.marks, p.named.length, ...p.named.flatMap((m) => [...m.item, m.sum]), p.more ? 1 : 0];
  return { code: 'blankLine', args, message: blankLineWords(p) };
}

/** A blank (or none-marked) total standing alone: its cell, the mark written in it (null: empty), its parts' sum. */
export function blankTotalNote(cell: Ref, mark: string | null, sum: number): TableNote {
  const name = refWords(cell);
  return mark === null
    ? { code: 'blankTotal', args: [...cell, sum], message: `${name}为空：合计缺失，其分项之和为${sum}（不是算术错误，但该合计未填写）` }
    : { code: 'blankTotalMarked', args: [...cell, mark, sum], message: `${name}填的是“${mark}”，但其分项之和为${sum}：合计缺失（不是算术错误，但该合计未按分项填写）` };
}

export const blanksAsZeroNote = (n: number): TableNote => ({ code: 'blanksAsZero', args: [n], message: `有${n}项校验只有把空白单元格按0计算才成立` });

/** Table 二's count that is not one: a fraction, or negative where the column cannot be. */
export function t2CountNote(fraction: boolean, item: string, col: string, raw: string): TableNote {
  const where = refWords(['t2item', item, col]);
  return fraction
    ? { code: 't2Fraction', args: [item, col, raw], message: `${where}为${raw}：数量应为整数` }
    : { code: 't2Negative', args: [item, col, raw], message: `${where}为${raw}：数量不应为负数` };
}

/** A finding on another table 三 of the page, naming it once: "第5个表格（另一张表三）：「总计」一列有…". */
export function otherT3Note(n: number, inner: { message: string; note?: NotePart }): { message: string; note?: { code: string; args: Arg[] } } {
  const m = inner.message;
  const message = `第${n}个表格（另一张表三）：${m.startsWith('表三') ? m.slice(2) : m}`;
  const args = inner.note && flatArgs(inner.note.args);
  return inner.note && args ? { message, note: { code: 'otherT3', args: [n, inner.note.code, ...args] } } : { message };
}
