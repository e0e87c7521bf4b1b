/**
 * A checked file → the batch checker's per-file object (spec/check-json.md "One file's object").
 *
 * Figures: a figure the page does not have (no such row or column) is left out, as the spec says;
 * a figure whose cell stands on the page but is blank is kept as `null`. Blank and absent are
 * different facts (a blank 总计 is a finding of its own, table.blank-total), and a reader of the
 * JSON should be able to tell them apart without the page.
 */
import type { FindingOut, ReportAnalysis } from '../lib/report/schema.ts';
import type { CheckedFile } from './load-page.ts';
import { sortFigureNames } from '../lib/report/figure-order.ts';

export interface CellRefJson {
  table: number;
  row: number;
  col: number;
}

export interface FindingJson {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  cells: CellRefJson[];
  suspect: CellRefJson | null;
  quote: string | null;
  expected?: number;
  actual?: number;
}

export interface FileJson {
  file: string;
  isReport: boolean;
  template: ReportAnalysis['template'];
  year: number | null;
  agency: string | null;
  /**
   * the county (县, 区, 旗, or a 县级市 the page says is one) the page places a town in whose name leaves
   * it out ("城关镇人民政府" under "首页 > 甘谷县 > 城关镇": ReportAnalysis.agencyRegion), or a department
   * named by its level alone on its place's portal ("市教育局" on 天门市人民政府's: det63); only where
   * known. An addition to ../shared/spec/check-json.md's object (det62), as the spec allows.
   */
  region?: string;
  findings: FindingJson[];
  /** absent figures left out; a blank cell is null */
  figures: Record<string, number | null>;
  error?: string;
}

function ref(c: CellRefJson): CellRefJson {
  return { table: c.table, row: c.row, col: c.col };
}

export function findingToJson(f: FindingOut): FindingJson {
  const out: FindingJson = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    cells: f.cells.map(ref),
    suspect: f.suspect ? ref(f.suspect) : null,
    quote: f.quote,
  };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  return out;
}

export function toFileJson(checked: CheckedFile): FileJson {
  const a = checked.analysis;
  if (!a) {
    return {
      file: checked.file,
      isReport: false,
      template: null,
      year: null,
      agency: null,
      findings: [],
      figures: {},
      error: checked.error ?? '未能检查',
    };
  }
  const figures: Record<string, number | null> = {};
  for (const name of sortFigureNames(Object.keys(a.figures))) {
    const v = a.figures[name];
    if (v !== undefined) figures[name] = v;
  }
  const out: FileJson = {
    file: checked.file,
    isReport: a.isReport,
    template: a.isReport ? a.template : null,
    year: a.year,
    agency: a.agency,
    ...(a.isReport && a.agencyRegion ? { region: a.agencyRegion } : {}),
    findings: a.findings.map(findingToJson),
    figures,
  };
  if (checked.error !== undefined) out.error = checked.error;
  return out;
}

export function countSeverities(findings: readonly { severity: string }[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
