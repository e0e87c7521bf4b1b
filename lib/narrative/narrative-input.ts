/**
 * What the narrative stage is given: the report's content element, the tables it leaves out, and the
 * tables' figures in their forms (as read, as the rules would correct them, with blank totals filled).
 */
import type { CellRef } from '../types.ts';
import type { LevelFigures } from './vs-table-compare.ts';

/** A table 三 of another year on the page, and its figures (t3.*). */
export interface YearTable3 {
  year: number;
  figures: Readonly<Record<string, number | null>>;
}

export interface NarrativeInput {
  /** the report's content element */
  container: Element;
  /** the data tables (二/三/四): their text is not prose */
  exclude: readonly Element[];
  /** table figures by name (spec/check-json.md "Figure names"); empty for a pre-2019 page */
  figures: Readonly<Record<string, number | null>>;
  /** where those figures stand */
  figureRefs: Readonly<Record<string, CellRef>>;
  /** the cells a figure with no cell of its own adds up (a result group's items: report/figures.ts partRefs) */
  figureParts?: Readonly<Record<string, readonly CellRef[]>>;
  /** figures with every cell the table rules doubt set to the value they propose (table-suspects.ts correctedFigures) */
  correctedFigures?: Readonly<Record<string, number | null>> | null;
  /** the same with each total the rules doubt against its parts set to their sum (correctedFigures' withTotals) */
  correctedWithTotals?: Readonly<Record<string, number | null>> | null;
  /** the figures with each 总计 the page leaves blank set to its parts' sum (report/figures.ts blankTotalsFilled) */
  filledTotals?: Readonly<Record<string, number | null>> | null;
  /** table 三 has no 总计 column: filledTotals' t3 totals are its columns' sums (figures.ts t3TotalParts) */
  t3WithoutTotal?: boolean;
  /**
   * figures holds some of table 三's or 四's (t3.*, t4.*); when absent it is read from the names
   * (the caller that built figures knows without enumerating ~200 of them)
   */
  fromTables?: boolean;
  /** the year the report is for, when known: a figure said of another year is not the tables' */
  year?: number | null;
  /**
   * where another body's report begins on the page (dom/other-report-title.ts): the prose from
   * there on keeps its own arithmetic checked, but is not compared with these tables
   */
  otherReportFrom?: Element | null;
  /**
   * where the report's own prose begins, when another body's report stands before it on the page
   * (its title line, dom/other-report-title.ts ownReportStart): the prose before it is not
   * compared with these tables either
   */
  ownReportFrom?: Element | null;
  /**
   * the agency whose report it is (its title's), when known: in a 部门's report a figure said of
   * 全市 or of 市政府 is the region's or another body's, not its tables' (body-part.ts)
   */
  agency?: string | null;
  /**
   * the blank figures whose cell says none (无, —, -, /) rather than nothing (report/figures.ts):
   * a zero claim holds against a row that says none throughout
   */
  noneMarked?: ReadonlySet<string>;
  /** table 二's counts written in 万 ("1.28万"), by figure name (report/figures.ts inWan) */
  t2InWan?: ReadonlySet<string>;
  /** the figures (t3.*) of the page's other tables 三, beside the report's own (analyze.ts) */
  otherT3Figures?: readonly Readonly<Record<string, number | null>>[];
  /**
   * the tables 三 the page labels with another year than the report's (tabs59: last year's beside this year's, shown or
   * hidden), with that year: a sentence naming the year is compared with its table (other-year-table.ts), and an unnamed
   * figure that fits only it is a skip that says so (other-scope.ts)
   */
  yearT3?: readonly YearTable3[];
  /**
   * the figures a 本级 sentence is compared with, where the report's table 三 is headed as the whole
   * (汇总, 全县) and another as 本级 (analyze.ts levelTable3): the report's, with table 三's that one's
   */
  levelT3?: LevelFigures | null;
}
