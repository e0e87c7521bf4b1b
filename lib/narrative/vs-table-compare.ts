/**
 * One claim of the text against the readings of its measure in the tables (rule text.vs-table), and
 * what the comparison is given: the tables' figures, their cells, the figures as the table rules
 * would correct them. Used by the checks of tables 三 and 四 (text-vs-table.ts), table 二
 * (text-vs-table2.ts), the zero claims and the claims on case results.
 */
import type { CellRef } from '../types.ts';
import { cmpDec, decToNumber, equalWithinRounding, formatDec, sumDec, toDec } from './decimal.ts';
import type { TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { labelPart, part, said } from './note-words.ts';
import type { Body } from './body-part.ts';
import { readingValue, type Measure, type Reading } from './measures.ts';

export interface VsTableInput {
  figures: Readonly<Record<string, number | null>>;
  figureRefs: Readonly<Record<string, { table: number; row: number; col: number }>>;
  /**
   * the cells a figure with no cell of its own adds up (a result group's items): a finding about
   * it points at them, so that a table rule doubting one of them is seen (table-suspects.ts)
   */
  figureParts?: Readonly<Record<string, readonly CellRef[]>> | null;
  /** the report's year, when known */
  year?: number | null;
  /** whose report it is, when known: a figure of the region or another body is not its tables' */
  body?: Body | null;
  /** the blank figures whose cell says none (无, —): read by the zero claims only */
  noneMarked?: ReadonlySet<string> | null;
  /** table 二's counts written in 万, by figure name: compared as the count they stand for (t2-in-wan.ts) */
  inWan?: ReadonlySet<string> | null;
  /**
   * figures as the table rules would have them, every cell they doubt set to the value they propose
   * (table-suspects.ts correctedFigures), for the figures named `of`; null when they doubt none
   */
  corrected?: {
    of: Readonly<Record<string, number | null>>;
    figures: Readonly<Record<string, number | null>>;
    /** the same with each total the rules doubt against its parts set to their sum (other-scope.ts) */
    withTotals?: Readonly<Record<string, number | null>> | null;
  } | null;
  /**
   * the figures with each 总计 the page leaves blank set to its parts' sum (report/figures.ts
   * blankTotalsFilled), for the figures named `of`; null when no total is blank
   */
  filled?: {
    of: Readonly<Record<string, number | null>>;
    figures: Readonly<Record<string, number | null>>;
    /** table 三 has no 总计 column: its totals are its columns' sums (figures.ts t3TotalParts) */
    noTotalColumn?: boolean;
  } | null;
  /** table 三 has no 总计 column: a claim on its totals that cannot be compared says so */
  t3WithoutTotal?: boolean;
  /** the figures (t3.*) of the page's other tables 三 (a 区政府本级 one beside the report's 全区 one) */
  others?: readonly Readonly<Record<string, number | null>>[] | null;
  /** those of them the page labels with another year, with it (NarrativeInput.yearT3) */
  years?: readonly import('./narrative-input.ts').YearTable3[] | null;
  /** where the page has a table 三 headed 本级 beside the report's headed as the whole, what a 本级 figure is compared with (text-vs-table.ts) */
  level?: LevelFigures | null;
}

/** The report's figures with table 三's from the page's 本级 table (analyze.ts levelFigures), their cells, and as the table rules would correct them. */
export interface LevelFigures {
  figures: Readonly<Record<string, number | null>>;
  figureRefs: Readonly<Record<string, CellRef>>;
  figureParts: Readonly<Record<string, readonly CellRef[]>>;
  corrected: Readonly<Record<string, number | null>> | null;
}

/** What compare reads of a figure: a figure of the text, or the 0 a zero claim makes (zero-claims.ts). */
export type Claimed = Pick<TextFigure, 'raw' | 'value' | 'ulp'>;

/**
 * One claim against the readings of its measure: pass when one strict reading fits, a warning
 * when only a loose one does, an error when none does, a skip when the table lacks the figures.
 */
export function compare(m: Pick<Measure, 'strict' | 'loose' | 'subItem'>, f: Claimed, quote: string, input: VsTableInput, inParen = false): ClaimOutcome {
  const actual = f.value;
  const fits = fitsIn(f, input.figures);
  const known = m.strict.filter((rd) => readingValue(rd, input.figures) !== null);
  if (known.length === 0) {
    const filled = blankFilled(input);
    const label = m.strict[0]?.label ?? '对应的数';
    // a total of a table 三 drawn without its 总计 column (its rules failing, so not added up)
    const why = input.t3WithoutTotal && m.strict.some((rd) => rd.names.some((n) => /^-?t3\..+\.total$/.test(n))) ? said('t3NoTotalFor', labelPart(label)) : said('noTable', labelPart(label));
    return (filled && againstBlankTotals(m, f, quote, input, filled, inParen)) ?? { check: saidCheck(RULE.vsTable, 'skip', quote, why) };
  }
  const describe = (rds: readonly Reading[]): string =>
    rds.map((rd) => `${rd.label} ${readingValue(rd, input.figures) ?? '—'}`).join('；');
  // (the same, as a note's part)
  const described = (rds: readonly Reading[]) => part('semis', ...rds.map((rd) => part('reading', labelPart(rd.label), readingValue(rd, input.figures) ?? '—')));
  const hit = strictHit(m, f, input.figures);
  if (hit) return { check: { rule: RULE.vsTable, outcome: 'pass', quote, detail: `${f.raw} = ${describe([hit])}` } };
  const main = known[0] as Reading;
  const expected = readingValue(main, input.figures) ?? 0;
  const cellsOf = (rd: Reading): CellRef[] => rd.names.flatMap((n) => {
    const ref = input.figureRefs[n.replace(/^-/, '')];
    return ref ? [ref] : [...(input.figureParts?.[n.replace(/^-/, '')] ?? [])];
  });
  const cells = cellsOf(main);
  // one kind within a row or column is never more than it: "无法提供两件" beside 表三“无法提供” 1
  // is wrong whichever of its rows is meant (red team 23, m04)
  if (m.subItem && known.some((rd) => cmpDec(toDec(readingValue(rd, input.figures) ?? 0, 0), actual) >= 0)) {
    return { check: saidCheck(RULE.vsTable, 'skip', quote, said('subItemOf', f.raw, labelPart(main.label), described(known))) };
  }
  if (inParen) {
    return { check: saidCheck(RULE.vsTable, 'skip', quote, said('inBrackets', f.raw, labelPart(main.label), described(known))) };
  }
  // a reading the text fits once the table rules' doubted cells are corrected: the table is wrong,
  // and the rules say where; the sentence is right (table-suspects.ts correctedFigures)
  const corrected = input.corrected && input.corrected.of === input.figures ? input.corrected.figures : null;
  const fixed = corrected ? known.find(fitsIn(f, corrected)) : undefined;
  if (fixed) {
    const was = readingValue(fixed, input.figures) ?? 0;
    const should = readingValue(fixed, corrected!) ?? 0;
    const message = said('vsFixed', quote, labelPart(fixed.label), was, should);
    return {
      check: saidCheck(RULE.vsTable, 'skip', quote, said('fixedFits', f.raw, labelPart(fixed.label), should)),
      finding: textFinding(RULE.vsTable, 'info', message, quote, was, decToNumber(actual), cellsOf(fixed)),
    };
  }
  const looseHit = (m.loose ?? []).find(fits);
  const sumText = formatDec(sumDec([actual]));
  if (looseHit) {
    const message = said('vsLoose', quote, labelPart(main.label), expected, labelPart(looseHit.label));
    return {
      check: { rule: RULE.vsTable, outcome: 'fail', quote, detail: `${sumText} ≠ ${describe(known)}；= ${describe([looseHit])}` },
      finding: textFinding(RULE.vsTable, 'warning', message, quote, expected, decToNumber(actual), cells),
    };
  }
  const alternatives = known.length > 1 ? part('alsoNot', described(known.slice(1))) : '';
  const message = said('vsTable', quote, labelPart(main.label), expected, alternatives);
  return {
    check: saidCheck(RULE.vsTable, 'fail', quote, said('notEqual', sumText, described(known))),
    finding: textFinding(RULE.vsTable, 'error', message, quote, expected, decToNumber(actual), cells),
  };
}

/** Does the claim fit a reading's figure in `figures`? "1.2万件" is rounded: any table figure it rounds from fits. */
function fitsIn(f: Claimed, figures: Readonly<Record<string, number | null>>): (rd: Reading) => boolean {
  return (rd) => {
    const v = readingValue(rd, figures);
    return v !== null && equalWithinRounding(toDec(v, 0), f.value, [f.ulp]);
  };
}

/**
 * compare()'s pass condition, said once (txt74): the first strict reading of the measure whose figure in `figures` the
 * claim fits (a reading without a figure there fits none). compare() passes on it over the tables' figures, and over the
 * blank totals' filled sums when the tables give no strict reading (againstBlankTotals); fitsTables asks the same.
 */
export function strictHit(m: Pick<Measure, 'strict'>, f: Claimed, figures: Readonly<Record<string, number | null>>): Reading | undefined {
  return m.strict.find(fitsIn(f, figures));
}

/** The figures with each blank 总计 filled by its parts (VsTableInput.filled), when they are of these figures; else null. */
function blankFilled(input: VsTableInput): Readonly<Record<string, number | null>> | null {
  return input.filled && input.filled.of === input.figures ? input.filled.figures : null;
}

/**
 * Whether compare() would pass the claim, its words of a mismatch not rendered (perf58): for the readings that only ask
 * whether a figure fits (a pair's sum, a part with its carried-in part, the other tables 三 of notThisTable). The same
 * predicate as compare()'s (strictHit), over the same figures, so the two cannot drift.
 */
export function fitsTables(m: Pick<Measure, 'strict' | 'loose' | 'subItem'>, f: Claimed, input: VsTableInput): boolean {
  if (m.strict.some((rd) => readingValue(rd, input.figures) !== null)) return strictHit(m, f, input.figures) !== undefined;
  // (no figure of the table: the sums of the parts of a blank total, as againstBlankTotals reads them)
  const filled = blankFilled(input);
  return filled !== null && strictHit(m, f, filled) !== undefined;
}

/**
 * A claim whose table figures stand only as the sum of cells the page fills, its 总计 left blank
 * (上海市人民政府办公厅 2019: "予以公开及部分公开258件" beside a 予以公开 row of 258, 12, 1, 1 and a
 * blank 总计, 部分公开 3): the parts' sum fits, or the claim is a warning, never an error. The table
 * itself gives no total (table.blank-total says so), and a reader who takes the first column for
 * it reads 258; the text and the parts' sum disagree, which one slipped the page does not say.
 * null when the filled figures give no reading either.
 */
function againstBlankTotals(m: Pick<Measure, 'strict' | 'loose' | 'subItem'>, f: Claimed, quote: string, input: VsTableInput, filled: Readonly<Record<string, number | null>>, inParen: boolean): ClaimOutcome | null {
  const known = m.strict.filter((rd) => readingValue(rd, filled) !== null);
  if (known.length === 0) return null;
  const actual = f.value;
  const fits = fitsIn(f, filled);
  const describe = (rds: readonly Reading[]): string => rds.map((rd) => `${rd.label} ${readingValue(rd, filled) ?? '—'}`).join('；');
  const hit = strictHit(m, f, filled);
  const noColumn = input.filled?.noTotalColumn === true;
  const how = noColumn ? '（表三没有总计列，按各类申请人相加）' : '（表中总计栏空白，按其各分项相加）';
  if (hit) return { check: { rule: RULE.vsTable, outcome: 'pass', quote, detail: `${f.raw} = ${describe([hit])}${how}` } };
  const main = known[0] as Reading;
  // (the comparison as a note's part, en66: the readings with how their figures were added up)
  const summed = part(noColumn ? 'summedNoColumn' : 'summedBlank', part('semis', ...known.map((rd) => part('reading', labelPart(rd.label), readingValue(rd, filled) ?? '—'))));
  if (m.subItem && known.some((rd) => cmpDec(toDec(readingValue(rd, filled) ?? 0, 0), actual) >= 0)) {
    return { check: saidCheck(RULE.vsTable, 'skip', quote, said('subItemOf', f.raw, labelPart(main.label), summed)) };
  }
  if (inParen) {
    return { check: saidCheck(RULE.vsTable, 'skip', quote, said('inBrackets', f.raw, labelPart(main.label), summed)) };
  }
  // (en66: it said "只与宽松读法相合", a word of ours: now which figure it fits, as vsLoose's warning names it)
  const looseHit = (m.loose ?? []).find((rd) => readingValue(rd, filled) !== null && fits(rd));
  if (looseHit) {
    return { check: saidCheck(RULE.vsTable, 'skip', quote, said('looseOnly', f.raw, labelPart(main.label), labelPart(looseHit.label), summed)) };
  }
  const expected = readingValue(main, filled) ?? 0;
  const cells = main.names.flatMap((n) => {
    const name = n.replace(/^-/, '');
    const ref = input.figureRefs[name];
    return ref ? [ref] : [...(input.figureParts?.[name] ?? [])];
  });
  const message = said(noColumn ? 'vsNoTotalColumn' : 'vsBlankTotal', quote, labelPart(main.label), expected);
  return {
    check: { rule: RULE.vsTable, outcome: 'fail', quote, detail: `${formatDec(sumDec([actual]))} ≠ ${describe(known)}${how}` },
    finding: textFinding(RULE.vsTable, 'warning', message, quote, expected, decToNumber(actual), cells),
  };
}
