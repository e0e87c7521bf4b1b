/**
 * A small table set as a run of paragraphs (red team 20, m10: 深圳市福田区人民政府 2024's style):
 *
 *   申请人类型　　申请数量（件）　　占比
 *   自然人　　75　　83.3%
 *   法人或其他组织　　16　　17.8%
 *   合计　　90　　100%
 *
 * No sentence reader sees it: the unit is said once, in the header line, and each figure is a cell
 * apart from its words. It is read here as the table it is, and only when every line says so:
 * - a header line of its own paragraph: two or three cells (the prose keeps one space between
 *   them), no figure, the first naming the rows, one the count with its unit 件 ("申请数量（件）"), and at
 *   most one the share ("占比", "比例");
 * - then, a paragraph each, rows of as many cells: a label with no figure, the count (digits, 件 at
 *   most) and the share (a percentage) in the header's columns; the run ends at the first line that
 *   is not one, and its last row must be its 合计 (or 总计) row, with two rows at least before it;
 * - every row's label is one applicant of table 三 (自然人, 法人或其他组织, 商业企业…: applicant-columns.ts
 *   kinds, each once, no org column beside 法人或其他组织: no sub-rows) or one channel (网上, 信函, 当面…).
 * A list of 文号, dates, phones, a 目录 with its page numbers, a table of anything else has no such
 * header or no such labels, and is not read.
 * Checked as a table's own arithmetic: the rows against the 合计 row (text.parts-sum; a complete list:
 * short or over is a finding), each share against its count over the 合计 (text.share; one that fits
 * the rows' sum instead is a skip: the 合计 may be the wrong one); and the applicants' rows against
 * table 三's 本年新收 as applicant-columns.ts compares a sentence's split (text.vs-table), when the 合计
 * is 本年新收 or 本年新收 + 上年结转 and no other year is named before the table. Quotes are cut from
 * the line's own text ("自然人 75"), so the panel finds them in their paragraphs.
 */
import { addDec, cmpDec, decToNumber, percentFits, percentText, toDec, withDecimals, type Dec } from './decimal.ts';
import type { SentenceFigures } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part, said } from './note-words.ts';
import { shownOf } from './quote.ts';
import { kindOf, readingsOf, remainderReadings, type Kind } from './applicant-columns.ts';
import { dimensionOf } from './parts-sum.ts';
import { compare, type VsTableInput } from './vs-table-compare.ts';
import { readingValue } from './measures.ts';

/** A cell of a line: its text and where it stands in the sentence. */
interface Cell {
  text: string;
  start: number;
  end: number;
}

interface Row {
  s: SentenceFigures;
  label: Cell;
  count: Cell;
  value: Dec;
  share: Cell | null;
  printed: Dec | null;
}

const COUNT_HEAD = /^[^\d]{0,8}[（(]件[）)]$/;
const SHARE_HEAD = /^(?:所占|占)?(?:比例|比重|占比|百分比)(?:[（(]%[）)])?$/;
const COUNT_CELL = /^(\d+)件?$/;
const SHARE_CELL = /^(\d+)(?:\.(\d+))?%$/;
const TOTAL_LABEL = /^(?:合计|总计|共计)$/;
/** A year or last year named before the table: its figures may be that year's. */
const OTHER_YEAR = /上年|去年|上一年|(\d{4})年/g;

function cellsOf(s: SentenceFigures): Cell[] {
  const out: Cell[] = [];
  for (const m of s.text.matchAll(/\S+/g)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The sentence is its paragraph's only one. */
function alone(sentences: readonly SentenceFigures[], i: number): boolean {
  const s = sentences[i] as SentenceFigures;
  return sentences[i - 1]?.para !== s.para && sentences[i + 1]?.para !== s.para;
}

/** The header's columns: where the count and the share stand, or null when the line is no such header. */
function headerOf(cells: readonly Cell[]): { count: number; share: number | null } | null {
  if (cells.length < 2 || cells.length > 3 || cells.some((c) => /\d/.test(c.text))) return null;
  const count = cells.findIndex((c) => COUNT_HEAD.test(c.text));
  if (count < 1) return null;
  const others = cells.map((_, k) => k).filter((k) => k !== 0 && k !== count);
  if (others.some((k) => !SHARE_HEAD.test((cells[k] as Cell).text))) return null;
  return { count, share: others[0] ?? null };
}

function rowOf(s: SentenceFigures, cells: readonly Cell[], head: { count: number; share: number | null }, width: number): Row | null {
  if (cells.length !== width) return null;
  const label = cells[0] as Cell;
  const count = cells[head.count] as Cell;
  const share = head.share === null ? null : (cells[head.share] as Cell);
  const c = COUNT_CELL.exec(count.text);
  const p = share ? SHARE_CELL.exec(share.text) : null;
  if (/[\d%]/.test(label.text) || !c || (share && !p)) return null;
  const printed = p ? toDec(Number(`${p[1]}.${p[2] ?? '0'}`), (p[2] ?? '').length) : null;
  return { s, label, count, value: toDec(Number(c[1]), 0), share, printed };
}

/** The rows' dimension: every label one applicant kind (each once, no sub-rows) or one channel; else null. */
function dimensionOfRows(rows: readonly Row[]): { dim: 'applicant'; kinds: Kind[] } | { dim: 'channel' } | null {
  const kinds = rows.map((r) => kindOf(r.label.text));
  if (kinds.every((k) => k !== null)) {
    const ks = kinds as Kind[];
    if (new Set(ks).size !== ks.length) return null;
    // "法人或其他组织" beside "商业企业": a subtotal and its parts, not rows of one list
    if (ks.includes('orgs') && ks.some((k) => k !== 'orgs' && k !== 'natural')) return null;
    return { dim: 'applicant', kinds: ks };
  }
  if (rows.every((r) => dimensionOf(r.label.text) === 'channel')) return { dim: 'channel' };
  return null;
}

const quoteOf = (s: SentenceFigures, from: Cell, to: Cell): string => shownOf(s).slice(from.start, to.end);

/** Every run of paragraphs read as a small table, with its checks. */
export function checkParagraphTables(
  sentences: readonly SentenceFigures[],
  /** the tables' input where the report's own prose is compared with them; null: the arithmetic alone */
  tables: ((s: SentenceFigures) => VsTableInput | null),
  year: number | null,
): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const h = sentences[i] as SentenceFigures;
    if (h.figures.length > 0 || !alone(sentences, i) || !h.text.includes('件') || !/[（(]件[）)]/.test(h.text)) continue;
    const headCells = cellsOf(h);
    const head = headerOf(headCells);
    if (!head) continue;
    const rows: Row[] = [];
    let j = i + 1;
    for (; j < sentences.length; j++) {
      const s = sentences[j] as SentenceFigures;
      const prevPara = (sentences[j - 1] as SentenceFigures).para;
      if (s.para !== prevPara + 1 || !alone(sentences, j)) break;
      const row = rowOf(s, cellsOf(s), head, headCells.length);
      if (!row) break;
      rows.push(row);
    }
    const total = rows[rows.length - 1];
    const items = rows.slice(0, -1);
    if (!total || !TOTAL_LABEL.test(total.label.text) || items.length < 2 || items.some((r) => TOTAL_LABEL.test(r.label.text))) continue;
    const dim = dimensionOfRows(items);
    if (!dim) continue;
    i = j - 1;
    out.push(...checkRun(sentences, h, items, total, dim, tables(total.s), year));
  }
  return out;
}

function checkRun(
  sentences: readonly SentenceFigures[],
  h: SentenceFigures,
  items: readonly Row[],
  total: Row,
  dim: { dim: 'applicant'; kinds: Kind[] } | { dim: 'channel' },
  input: VsTableInput | null,
  year: number | null,
): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const sum = items.reduce((acc, r) => addDec(acc, r.value), toDec(0, 0));
  const totalQuote = quoteOf(total.s, total.label, total.count);
  const counts = items.map((r) => `${r.count.text.replace(/件$/, '')}件`);
  const parts = counts.join('+');
  if (cmpDec(sum, total.value) === 0) {
    out.push({ check: { rule: RULE.partsSum, outcome: 'pass', quote: totalQuote, detail: `${parts} = ${total.value.n}件（正文中以段落排列的表）` } });
  } else {
    const message = said('paraTableSum', part('plus', ...counts), String(sum.n), total.label.text, String(total.value.n));
    out.push({
      check: { rule: RULE.partsSum, outcome: 'fail', quote: totalQuote, detail: `${parts} = ${sum.n}件 ≠ ${total.value.n}件` },
      finding: textFinding(RULE.partsSum, 'error', message, totalQuote, decToNumber(sum), decToNumber(total.value)),
    });
  }
  for (const r of items) {
    if (!r.share || !r.printed) continue;
    const quote = quoteOf(r.s, r.label, r.share);
    const shown = (w: Dec) => percentText(r.value, w, Math.max(r.printed!.d, 2));
    if (total.value.n > 0n && percentFits(r.value, total.value, r.printed) !== 'no') {
      out.push({ check: { rule: RULE.share, outcome: 'pass', quote, detail: `${r.count.text} ÷ ${total.count.text} = ${shown(total.value)}%，正文 ${r.share.text}` } });
    } else if (sum.n > 0n && percentFits(r.value, sum, r.printed) !== 'no') {
      out.push({ check: { rule: RULE.share, outcome: 'skip', quote, detail: `按各行之和${sum.n}件计算相符，按“${total.label.text}”行的${total.count.text}不符：合计行本身可能有误，不作判断` } });
    } else if (total.value.n > 0n) {
      const should = withDecimals(percentText(r.value, total.value, r.printed.d), r.printed.d);
      const message = said('paraTableShare', r.label.text, r.count.text, r.share.text, total.label.text, total.count.text, should);
      out.push({
        check: { rule: RULE.share, outcome: 'fail', quote, detail: `${r.count.text} ÷ ${total.count.text} = ${shown(total.value)}%，正文 ${r.share.text}` },
        finding: textFinding(RULE.share, 'error', message, quote, Number(percentText(r.value, total.value, r.printed.d)), decToNumber(r.printed)),
      });
    }
  }
  if (dim.dim !== 'applicant' || !input || namesOtherYear(sentences, h, year)) return out;
  // the 合计 is 本年新收, or 本年新收 + 上年结转 (as printed, or as the table rules would correct it)
  const v = decToNumber(total.value);
  const sets = input.corrected && input.corrected.of === input.figures ? [input.figures, input.corrected.figures] : [input.figures];
  const fit = { new: false, withCarried: false };
  for (const fs of sets) {
    fit.new ||= v === readingValue({ names: ['t3.new.total'], label: '' }, fs);
    fit.withCarried ||= v === readingValue({ names: ['t3.new.total', 't3.carried.total'], label: '' }, fs);
  }
  if (!fit.new && !fit.withCarried) return out;
  // "自然人 / 企业": a last row named loosely may be the rest of the orgs (applicant-columns.ts)
  const rest = remainderReadings(items.map((r, k) => ({ f: { label: r.label.text }, kind: dim.kinds[k] as Kind })), fit);
  items.forEach((r, k) => {
    const kind = dim.kinds[k] as Kind;
    const quote = quoteOf(r.s, r.label, r.count);
    const seen = new Set<number | null>();
    const strict = [...readingsOf(kind, input.figures, fit), ...(k === items.length - 1 ? rest : [])].filter((rd) => {
      const value = readingValue(rd, input.figures);
      if (seen.has(value)) return false;
      seen.add(value);
      return true;
    });
    const outcome = compare({ strict }, { raw: r.count.text, value: r.value, ulp: null }, quote, input);
    // a column the table leaves blank says nothing either way (applicant-columns.ts)
    if (outcome.check.outcome === 'skip' && !outcome.finding) return;
    out.push(outcome);
  });
  return out;
}

/** Another year named in the header or the sentence right before it ("2023年申请人类型分布如下："). */
function namesOtherYear(sentences: readonly SentenceFigures[], h: SentenceFigures, year: number | null): boolean {
  const before = sentences[sentences.indexOf(h) - 1];
  // (上年结转 is a row of this year's table 三)
  const text = `${before && before.para >= h.para - 1 ? before.text : ''}${h.text}`.replace(/上一?年度?结转/g, '');
  for (const m of text.matchAll(OTHER_YEAR)) {
    if (!m[1] || year === null || Number(m[1]) !== year) return true;
  }
  return false;
}
