/**
 * Reads what a table cell says as a figure (spec/report-format.md, "Blank and odd cells").
 */
import type { FigureReading } from '../types.ts';
import { labelKey } from './normalize.ts';

/** Cells that stand for "nothing here": blank, dashes (U+2212 too), slashes, 无. */
const BLANK = /^(?:[-—–―－‐‑⸺\u2212/\\／]+|无|\/|)$/;

/**
 * Units written in cells after the figure; "0.5万件" too, a count in 万 with its unit (table 二's
 * rules/table2-counts.ts IN_WAN; tables 三 and 四 read no count in 万: map/grid-rows.ts figureAt).
 */
const UNIT = /^(?:万元|亿元|元|万(?:件|项|个|次|宗)|件|条|项|个|次|人|家|宗|万|%)/;

/** "1,234" or "1234" or "12.50"; thousands separators only in groups of three. */
const LEADING_NUMBER = /^([+\-\u2212]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

/**
 * Table 二's 本年增/减 in words: "增加2", "减少1", "增2", "减1" (NFKC leaves U+2212, the minus sign
 * Word inserts as a symbol, as it is: it is read as "-" above).
 */
const CHANGE_IN_WORDS = /^(增加|减少|增|减)(?=\d)/;

/**
 * The note after a figure: "22（其中修订16件）", "55（含自然失效29件）", "3(件)". Only a
 * parenthesised note is accepted: "2.其他法律…" is a label, not the figure 2.
 */
const NOTE = /^\([^()]*\)$/;

/**
 * A footnote's mark typed after a figure, not set in superscript (red team 28): "5*", "12※" (the
 * note under the table says what it marks). The figure is the number before it. (A circled mark,
 * "12①", is taken off before NFKC would fold it into a digit: normalize.ts withoutFigureMarks.)
 */
const MARK = /^(?:\*{1,3}|※)$/;

/** First characters of what BLANK or LEADING_NUMBER match: digits, signs, dashes, slashes, 无. */
const MAY_START_FIGURE = new Set<number>(
  [...'0123456789+-—–―－‐‑⸺\u2212/\\／无增减〇○零'].map((c) => c.charCodeAt(0)),
);

/**
 * The two readings without a value, shared: every label cell of a page reads as text, and no
 * reader changes a reading.
 */
const TEXT: FigureReading = { kind: 'text' };
const BLANK_READING: FigureReading = { kind: 'blank' };
/**
 * "〇" alone in a cell (or "零", or "○", the circle an input method offers for it): zero written as
 * the numeral of 二〇二五, as some hands type a table's zeros (red team 33 c25). Read as text, the
 * columns holding them were no figure columns and left out of table 三 unsaid.
 */
const ZERO_IN_WORDS: FigureReading = { kind: 'number', value: 0, decimals: 0 };

export function readFigure(text: string): FigureReading {
  return readSpacelessFigure(labelKey(text));
}

/** readFigure on text already half-width with spaces removed (the grid's hot path: NFKC once). */
export function readSpacelessFigure(s: string): FigureReading {
  // digits only ("12", "0"): most figure cells, read as LEADING_NUMBER reads them, without its match
  if (isDigits(s)) {
    const value = Number(s);
    return Number.isFinite(value) ? { kind: 'number', value, decimals: 0 } : TEXT;
  }
  // a label ("（一）予以公开", "自然人"): neither BLANK nor LEADING_NUMBER can match its first
  // character, so neither regex is run on the ~100 label cells of a report
  if (s.length > 0 && !MAY_START_FIGURE.has(s.charCodeAt(0))) return TEXT;
  if (BLANK.test(s)) return BLANK_READING;
  if (s === '〇' || s === '○' || s === '零') return ZERO_IN_WORDS;
  const word = CHANGE_IN_WORDS.exec(s);
  if (word) {
    const r = readSpacelessFigure(s.slice(word[0].length));
    return r.kind === 'number' && r.value >= 0 ? { ...r, value: word[1]!.startsWith('减') && r.value !== 0 ? -r.value : r.value } : TEXT;
  }
  const m = LEADING_NUMBER.exec(s);
  if (!m) return TEXT;
  let rest = s.slice(m[0].length);
  const unit = UNIT.exec(rest);
  if (unit) rest = rest.slice(unit[0].length);
  if (rest !== '' && !NOTE.test(rest) && !MARK.test(rest)) return TEXT;
  const grouped = m[2] ?? '';
  const digits = grouped.indexOf(',') < 0 ? grouped : grouped.replace(/,/g, '');
  const frac = m[3] ?? '';
  const value = Number(`${m[1] === '-' || m[1] === '\u2212' ? '-' : ''}${digits}${frac ? '.' + frac : ''}`);
  if (!Number.isFinite(value)) return TEXT;
  return { kind: 'number', value, decimals: frac.length };
}

/**
 * The note a figure cell carries after its figure, without its brackets: "55（含自然失效29件）" →
 * "含自然失效29件", "22（其中修订16件）" → "其中修订16件". A unit alone is no note ("3(件)", "55件"),
 * nor is a cell that is no figure. Such a figure is read (readFigure takes its number) but it is
 * not a plain count: a check that carries it from another report should not take it as one.
 */
export function figureNote(text: string): string | null {
  const s = labelKey(text);
  const m = LEADING_NUMBER.exec(s);
  if (!m || readSpacelessFigure(s).kind !== 'number') return null;
  let rest = s.slice(m[0].length);
  const unit = UNIT.exec(rest);
  if (unit) rest = rest.slice(unit[0].length);
  if (!NOTE.test(rest)) return null;
  const inside = rest.slice(1, -1);
  return inside === '' || UNIT_ONLY.test(inside) ? null : inside;
}

/** A bracket that holds only a unit: "(件)", "(万元)". */
const UNIT_ONLY = /^(?:万元|亿元|元|件|条|项|个|次|人|家|宗|万|%)$/;

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A figure as the sums read it: a blank (value null) counts as 0. */
export interface Summand {
  value: number | null;
  decimals: number;
}

/**
 * Exact sum of figures printed with up to `decimals` digits: sums scaled integers so that
 * 0.1 + 0.2 compares equal to 0.3 (STYLE.md: never float sums compared with ===). `read` picks
 * each item's figure (null or undefined: not a term), so that callers with ~600 sums a report
 * (rules, group figures) do not build an array of figures for each.
 */
export function exactSum<T>(items: readonly T[], read: (item: T) => Summand | null | undefined): { value: number; decimals: number; terms: number } {
  let d = 0;
  let terms = 0;
  for (const item of items) {
    const f = read(item);
    if (!f) continue;
    terms++;
    if (f.decimals > d) d = f.decimals;
  }
  const scale = 10 ** d;
  let acc = 0;
  for (const item of items) {
    const f = read(item);
    if (f) acc += Math.round((f.value ?? 0) * scale);
  }
  return { value: acc / scale, decimals: d, terms };
}

export function sameFigure(a: { value: number; decimals: number }, b: { value: number; decimals: number }): boolean {
  const scale = 10 ** Math.max(a.decimals, b.decimals);
  return Math.round(a.value * scale) === Math.round(b.value * scale);
}
