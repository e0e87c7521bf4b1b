/**
 * A figure the sentence says is another year's, on a page that shows that year's table 三 too (txt62; tabs59's pages:
 * last year's table in a shown tab, this year's in a hidden one, each labelled with its year): "2021年收到政府信息公开
 * 申请57件", "去年予以公开27件", "较上年的57件增加5件" in the 2022 report were never compared (other-year.ts drops them
 * as no figure of this year's), though the page holds the table they can be checked against. Each is compared with the
 * table of the year it names, as a figure of the report's year is with the report's (text-vs-table.ts): a pass, or an
 * error that says which table it was compared with (note yearTable).
 *
 * The year named: 上年/去年/上一年/前一年 in the figure's words (not 上年结转 and its kin: this year's row) is the report's
 * less one; a year by number is that year. Only the figures other-year.ts takes for another year's (a difference, "增加
 * 5件", is none), and only where the page has a table 三 labelled with that year. The sentence is read as if it said the
 * report's year (the same number of characters: every offset holds), with only those figures, against that table.
 */
import type { ClaimOutcome } from './narrative-types.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears, periodWords } from './other-year.ts';
import { CARRIED_SOURCE, LAST_YEAR } from './period.ts';
import { restated } from './note-words.ts';
import { bracketBaseOf, closeBracketQuote, readAsBase } from './bracket-base.ts';
import { checkAgainstTables } from './text-vs-table.ts';
import type { VsTableInput } from './vs-table-compare.ts';

/** Last year in words, each with the report's year's words of the same length in its place. */
const LAST_YEAR_WORDS = /上一年度|前一年度|上一年|前一年|上年度|上年|去年/g;
const THIS_YEAR_OF: Record<string, string> = { 上一年度: '本年度内', 前一年度: '本年度内', 上一年: '本年度', 前一年: '本年度', 上年度: '本年度', 上年: '本年', 去年: '今年' };
const CARRIED = new RegExp(CARRIED_SOURCE, 'g');
const A_YEAR = /(?<![\d—–\-~～至到])(\d{4})\s*年(?!\s*[—–\-~～至到])/g;

/** The year the figure's words name (the last named), or null. */
function yearNamed(s: SentenceFigures, f: TextFigure, year: number): number | null {
  const words = periodWords(s.text, f).words.replace(CARRIED, '');
  let at = -1;
  let named: number | null = null;
  for (const m of words.matchAll(A_YEAR)) if ((m.index ?? 0) > at) [at, named] = [m.index ?? 0, Number(m[1])];
  for (const m of words.matchAll(new RegExp(LAST_YEAR.source, 'g'))) if ((m.index ?? 0) > at) [at, named] = [m.index ?? 0, year - 1];
  return named;
}

/** `text` with `year` (by number) and last year's words said as the report's year, character for character. */
function asReportYear(text: string, named: number, year: number): string {
  const carried: [number, number][] = [...text.matchAll(CARRIED)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const inCarried = (i: number): boolean => carried.some(([a, b]) => i >= a && i < b);
  let out = text.replace(A_YEAR, (m, y: string, i: number) => (Number(y) === named ? m.replace(y, String(year)) : m));
  if (named === year - 1) out = out.replace(LAST_YEAR_WORDS, (m, i: number) => (inCarried(i) ? m : THIS_YEAR_OF[m] ?? m));
  return out;
}

export function checkOtherYearTables(sentences: readonly SentenceFigures[], input: VsTableInput, partFigures: ReadonlySet<TextFigure>): ClaimOutcome[] {
  const tables = input.years ?? [];
  const year = input.year ?? null;
  if (tables.length === 0 || year === null) return [];
  const out: ClaimOutcome[] = [];
  for (const s of sentences) {
    if (s.figures.length === 0 || !(LAST_YEAR.test(s.text) || /\d{4}\s*年/.test(s.text))) continue;
    for (const t of tables) {
      const mine = s.figures.filter((f) => isCount(f) && f.change === null && notThisYears(s, f, year) && yearNamed(s, f, year) === t.year);
      if (mine.length === 0) continue;
      // ("…62件（上年57件）": the bracket's figure read with the words before the figure it is the base of — bracket-base.ts)
      let said = s.text;
      let bracketed = false;
      const based = mine.map((f) => {
        const base = bracketBaseOf(s, f);
        if (!base) return f;
        const read = readAsBase(said, f, base);
        said = read.text;
        bracketed = true;
        return read.figure;
      });
      const text = asReportYear(said, t.year, year);
      const relabel = (f: TextFigure): TextFigure => {
        return { ...f, label: asReportYear(f.label, t.year, year), ...(f.paren !== null ? { paren: asReportYear(f.paren, t.year, year) } : {}) };
      };
      const figures = based.map(relabel);
      const asThisYear: SentenceFigures = { ...s, text, shown: s.shown ?? s.text, figures };
      const parts = new Set(figures.filter((_, i) => partFigures.has(mine[i] as TextFigure)));
      // (the sentences around it as they are, with no figures: the topic and heading a figure's words are read under)
      const around = sentences.map((x) => (x === s ? asThisYear : { ...x, figures: [] }));
      const checked = checkAgainstTables(around, {
        ...input, figures: t.figures, figureRefs: {}, figureParts: null, corrected: null, filled: null, others: null, years: null, level: null, noneMarked: null, t3WithoutTotal: false,
      }, parts);
      for (const o0 of checked) {
        const o = bracketed ? closeBracketQuote(o0) : o0;
        out.push({
          check: { ...o.check, ...(o.check.detail !== undefined ? { detail: `${o.check.detail}（${t.year}年的表三）` } : {}) },
          ...(o.finding ? { finding: restated(o.finding, 'yearTable', t.year) } : {}),
        });
      }
    }
  }
  return out;
}
