/**
 * Shared types of the core. Data flows one way:
 * Document → detect → grids → mapped tables → findings (rules, suspect) → report.
 */

/** A cell of the page, as the batch checker's JSON names it (spec/check-json.md, "CellRef"). */
export interface CellRef {
  /**
   * index of the <table> among document.querySelectorAll('table'); past their count, a grid drawn
   * with ARIA roles (<div role=table>): the number of <table>s plus its index among the
   * document's role=table elements that are no <table> (lib/grid/aria-tables.ts)
   */
  table: number;
  /** index in that table's rows collection */
  row: number;
  /** column in the grid once rowspan/colspan are expanded */
  col: number;
}

/** What a cell's text reads as, once normalised (lib/text/parse-figure.ts). */
export type FigureReading =
  | { kind: 'number'; value: number; /** digits after the decimal point as printed */ decimals: number }
  | { kind: 'blank' } // blank, "—", "-", "/", "无"
  | { kind: 'text' }; // anything else: a label, a sentence

/** One figure of a mapped table, tied back to its cell. */
export interface Figure {
  /** the number, or null when the cell is blank */
  value: number | null;
  blank: boolean;
  decimals: number;
  /** the cell's text as shown (normalised whitespace) */
  raw: string;
  ref: CellRef;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  cells: CellRef[];
  suspect: CellRef | null;
  quote: string | null;
  expected?: number;
  actual?: number;
  /**
   * the finding's code and figures: a mapping note's (lib/map/note-words.ts), a table finding's
   * (lib/rules/note-words.ts, flat) or a text finding's (lib/narrative/note-words.ts, whose arguments may be
   * parts of their own); the message in another language is worded from them (components/finding-words.tsx)
   */
  note?: NotePart;
}

/** A note, or a part of one: a code and its arguments (JSON-plain). */
export interface NotePart {
  code: string;
  args: NoteArg[];
}
export type NoteArg = string | number | NotePart;

export type Template = '2019' | '2021' | 'pre2019' | 'unknown';
