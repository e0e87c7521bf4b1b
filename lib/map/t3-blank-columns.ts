/**
 * Table 三's columns left entirely blank: their blanks read as zeros, not as missing figures (rules/evaluate.ts
 * countsBlank) — a unit that had no applicant of a kind often leaves its column empty (shuyang-fagaiju-2023's five
 * 法人 columns). 总计 left blank beside figures is not one: it is a missing total (tb102 c03: read as zeros, every
 * row with an application was a false t3.row-total error, "总计为0"), said as any blank total is.
 */
import type { T3Column } from './mapped.ts';

/**
 * The columns (keys) whose every figure is blank. colKeys' columns are unique (mapColumns), so each entry stands
 * for its column; anyFigure[i]: a mapped row has a figure in column i; allBlank[i]: every such figure is blank.
 */
export function blankColumnsOf(colKeys: readonly (T3Column | null)[], anyFigure: readonly boolean[], allBlank: readonly boolean[]): Set<T3Column> {
  const out = new Set<T3Column>();
  const figuresBeside = (i: number) => colKeys.some((q, j) => j !== i && q !== null && anyFigure[j] && !allBlank[j]);
  colKeys.forEach((k, i) => {
    if (k && anyFigure[i] && allBlank[i] && !(k === 'total' && figuresBeside(i))) out.add(k);
  });
  return out;
}
