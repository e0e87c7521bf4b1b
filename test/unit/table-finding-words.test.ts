/**
 * Session 51: the tables' findings (lib/rules/note-words.ts: the sums that do not hold, blank totals alone or a line
 * of them, blanks read as 0, table 二's counts, the same on another table 三) carry a code, figures and names, and the
 * panel words them through the locale files (components/table-finding-words.ts). The Chinese locale says each exactly
 * as the core does (the batch checker's words); the English shows no Han character but the page's own labels, as the
 * page wrote them. Over every fixture page (test/fixtures/pages, the red teams' folders, tabs59) each such finding is
 * worded so (fixture-wording.test.ts); a finding of a report kept before the codes (no note) is shown as the core wrote
 * it, marked zh-CN.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingWords } from '../../components/finding-words.tsx';
import { tableFindingWords } from '../../components/table-finding-words.ts';
import { listRef, type Ref } from '../../lib/rules/note-refs.ts';
import { blankLineNote, blankTotalNote, blanksAsZeroNote, failNote, flatArgs, otherT3Note, t2CountNote, type TableNote } from '../../lib/rules/note-words.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { en, zh } from './panel-helpers.ts';
import { HAN, outsideLabels } from './table-words-helpers.ts';

/** a label from the page that tries to be markup */
const LABEL = '<b>其中</b>：网络申请';

const SCOPES: Ref[] = [
  ['col', 'natural', 0], ['col', 'orgSubtotal', 1], ['row', 'denied.secret', 0], ['row', 'processed', 1], ['addedRow', LABEL],
  ['orgSub', 'granted', 0], ['orgSub', 'new', 1], ['groupSub', 'total', 'unable', 0], ['groupSub', 'legal', 'other', 1],
  ['intake', 'total', '申请数量合计'], listRef('channels', ['natural', 'new'], ['当面申请', LABEL, '其他']), listRef('channels', ['total', 'carried'], ['网络申请']),
  ['t4group', 'suitAfterReview'], listRef('t4added', ['合计', ''], ['review', 'suitDirect', 'suitAfterReview']), listRef('t4added', ['合计', 'upheld'], ['suitDirect', 'suitAfterReview']),
  listRef('t2block', ['合计', 'inForce'], ['regulations', 'normativeDocs']),
  // a row the unit added to the block (map-table2.ts): its label, not a key
  listRef('t2block', ['合计', 'decisions'], ['license', '行政确认']),
];
const CELLS: Ref[] = [
  ['t3cell', 'granted', 'natural'], ['t3cell', 'notProcessed.confirm', 'otherOrg'], ['addedCell', LABEL, 'total'], ['t4cell', 'review', 'pending'],
  ['t4addedCell', '合计', ''], ['t4addedCell', '合计', 'corrected'], ['t2total', '合计', 'abolished'], ['t2item', 'fees', 'feeAmount'], ['t2at', 7, 3],
];
const RULES = ['t3.balance', 't3.results-total', 't3.row-total', 't3.subtotal', 't2.block-total', 't4.subtotal', 't4.group-total', 't9.some-new-rule'];

function samples(): [string, TableNote][] {
  const out: [string, TableNote][] = [];
  RULES.forEach((rule, i) => {
    for (const [k, scope] of SCOPES.entries()) {
      const suspect = (i + k) % 3 === 0 ? { cell: CELLS[(i + k) % CELLS.length]!, actual: 5, expected: 3, explains: 2 } : null;
      out.push([`${rule} ${scope.join(',')}`, failNote(rule, scope, 12, 13.5, (i + k) % 4, suspect)]);
    }
  });
  for (const cell of CELLS) {
    out.push([`blankTotal ${cell.join(',')}`, blankTotalNote(cell, null, 7)]);
    out.push([`blankTotalMarked ${cell.join(',')}`, blankTotalNote(cell, '—', 7)]);
  }
  const line = { count: 5, blankToo: false, marks: [] as string[], more: false };
  out.push(['blankLine t3 col', blankLineNote({ ...line, table: 't3', along: 'col', label: ['t3c', 'total'], named: [{ item: ['t3r', 'new'], sum: 4 }, { item: ['page', LABEL], sum: 1 }] })]);
  out.push(['blankLine t3 row, more', blankLineNote({ ...line, table: 't3', along: 'row', label: ['t3r', 'processed'], marks: ['—', '无'], blankToo: true, more: true, named: [{ item: ['t3c', 'natural'], sum: 4 }, { item: ['t3c', 'legal'], sum: 0 }, { item: ['t3c', 'otherOrg'], sum: 2 }] })]);
  out.push(['blankLine t2 row, marked', blankLineNote({ ...line, table: 't2', along: 'row', label: ['page', '合计'], marks: ['/'], named: [{ item: ['t2c', 'newMade'], sum: 3 }, { item: ['t2c', 'abolished'], sum: 1 }] })]);
  out.push(['blankLine t4 row', blankLineNote({ ...line, table: 't4', along: 'row', label: ['t4i', 'total'], named: [{ item: ['t4g', 'review'], sum: 3 }, { item: ['t4g', 'suitDirect'], sum: 1 }] })]);
  out.push(['blanksAsZero', blanksAsZeroNote(4)]);
  out.push(['t2Fraction', t2CountNote(true, 'license', 'decisions', '12.5')]);
  out.push(['t2Negative', t2CountNote(false, 'regulations', 'inForce', '-3件')]);
  for (const [name, n] of out.slice()) {
    const o = otherT3Note(5, { message: n.message, note: { code: n.code, args: n.args } });
    if (name.startsWith('blankLine t3') || name.startsWith('rowTotal') || name.startsWith('t3.')) out.push([`otherT3 ${name}`, { code: o.note!.code, args: o.note!.args, message: o.message }]);
  }
  return out;
}

const SAMPLES = samples();
const finding = (n: TableNote) => ({ message: n.message, note: { code: n.code, args: n.args } });
const CODES = ['balance', 'resultsTotal', 'rowTotal', 'subtotal', 'blockTotal', 't4Subtotal', 'groupTotal', 'sum', 'blankTotal', 'blankTotalMarked', 'blankLine', 'blanksAsZero', 't2Fraction', 't2Negative', 'otherT3'];

describe('the tables\' findings worded from their codes', () => {
  it('every code has its samples', () => {
    expect(new Set(SAMPLES.map(([, n]) => n.code))).toEqual(new Set(CODES));
  });
  it.each(SAMPLES)('%s: the Chinese locale says it as the core does', (_, n) => {
    expect(tableFindingWords(zh, finding(n))).toBe(n.message);
  });
  it.each(SAMPLES)('%s: English, no Han character but the page\'s labels, which it keeps', (_, n) => {
    const text = tableFindingWords(en, finding(n));
    expect(text).not.toBeNull();
    for (const a of n.args) if (typeof a === 'string' && HAN.test(a)) expect(text).toContain(a);
    expect(outsideLabels(text!, n.args)).not.toMatch(HAN);
    expect(text).toMatch(/^[A-Z0-9]/);
  });
  it('says the figures as the core has them, and the suspect cell by its labels', () => {
    const n = failNote('t3.row-total', ['row', 'granted', 0], 12, 13, 2, { cell: ['t3cell', 'granted', 'natural'], actual: 6, expected: 5, explains: 2 });
    expect(n.message).toBe('「（一）予以公开」一行：总计为12，各类申请人之和为13（其中2个空白单元格按0计算）；最可能出错的是「（一）予以公开」自然人（现为6），改为5即可同时满足2项校验');
    expect(tableFindingWords(en, finding(n))).toBe(
      'Table 3, row "(1) Granted": total 12, but the applicant columns add up to 13 (blank cells counted as 0: 2); most likely wrong: table 3, row "(1) Granted", column "Natural persons" (now 6); 5 there would satisfy 2 checks at once',
    );
    const other = SAMPLES.find(([name]) => name === 'otherT3 t3.balance col,natural,0')![1];
    expect(tableFindingWords(en, finding(other))).toMatch(/^Table 5 on the page \(a second table 3\): column "Natural persons": I \+ II = 12, but/);
    const line = SAMPLES.find(([name]) => name === 'otherT3 blankLine t3 col')![1];
    expect(line.message).toBe('第5个表格（另一张表三）：「总计」一列有5处空白：「一、本年新收」、「<b>其中</b>：网络申请」（各行分项之和分别为4、1）：合计缺失，不是算术错误，但这些合计未填写');
    expect(tableFindingWords(en, finding(line))).toBe(
      'Table 5 on the page (a second table 3): column "Total" has 5 totals blank: "I. New applications", "<b>其中</b>：网络申请" (the parts of their rows add up to 4, 1): missing totals, not arithmetic errors, but these totals were not filled in',
    );
  });
  it('a name of a key this build does not know, a code of another family, or another rule\'s finding: not worded here', () => {
    expect(tableFindingWords(en, finding(failNote('t3.row-total', ['row', 'newRowOfAFutureTemplate', 0], 1, 2, 0, null)))).toBeNull();
    expect(tableFindingWords(en, finding(failNote('t3.row-total', ['kindOfTheFuture', 'x'], 1, 2, 0, null)))).toBeNull();
    expect(tableFindingWords(en, { message: '某句', note: { code: 'rowTotal', args: [1] } })).toBeNull();
    expect(tableFindingWords(en, { rule: 'text.vs-table', ...finding(blanksAsZeroNote(2)) })).toBeNull();
    expect(tableFindingWords(en, { rule: 'table.blanks-as-zero', ...finding(blanksAsZeroNote(2)) })).toBe('Checks that hold only when blank cells are counted as 0: 2');
  });
  it('a finding of a report kept before the codes (no note) is the core\'s Chinese, marked zh-CN', () => {
    const kept = { rule: 't3.row-total', message: '「（一）予以公开」一行：总计为12，各类申请人之和为13' };
    expect(findingWords(en, kept)).toEqual({ text: kept.message, lang: 'zh-CN' });
    const n = failNote('t3.row-total', ['row', 'granted', 0], 12, 13, 0, null);
    expect(findingWords(en, { rule: 't3.row-total', ...finding(n) })).toEqual({ text: 'Table 3, row "(1) Granted": total 12, but the applicant columns add up to 13', lang: undefined });
    expect(findingWords(zh, { rule: 't3.row-total', ...finding(n) })).toEqual({ text: kept.message, lang: undefined });
  });
});
