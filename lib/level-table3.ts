/**
 * A page's table 三 of the body's 本级 beside the report's of the whole (analyze-tables.ts): told by
 * their headings, and the figures a 本级 sentence of the text is compared with.
 */
import type { Grid } from './grid/parse-grid.ts';
import type { MappedTable3 } from './map/mapped.ts';
import { headingBefore } from './dom/heading-before.ts';
import { collectFigures, withTable3 } from './report/figures.ts';
import type { NarrativeInput } from './narrative/check-narrative.ts';

/** A table's heading that names a part of the body (本级), and one that names the whole. */
export const PART_SCOPE = /本级/;
export const WHOLE_SCOPE = /全[区市县镇乡旗州省]|汇总|总体|各级/;

/**
 * The table 三 headed as the body's 本级 ("（二）县政府本级情况") beside the report's, headed as the
 * whole ("（一）全县汇总情况"), when the page has just one such: the prose's 本级 figures are its
 * (red team 24, m39), the whole's the report's. Both headings must say so; else null, and a 本级
 * figure is left uncompared as before.
 */
export function levelTable3(t3Sets: { grids: readonly Grid[]; others: readonly MappedTable3[]; otherGrids: readonly Grid[][] }): MappedTable3 | null {
  const own = t3Sets.grids[0];
  if (t3Sets.others.length === 0 || !own) return null;
  const heading = headingBefore(own.table);
  if (!WHOLE_SCOPE.test(heading) || PART_SCOPE.test(heading)) return null;
  const level = t3Sets.others.filter((_, k) => {
    const first = t3Sets.otherGrids[k]?.[0];
    const h = first ? headingBefore(first.table) : '';
    return PART_SCOPE.test(h) && !WHOLE_SCOPE.test(h);
  });
  return level.length === 1 ? level[0]! : null;
}

/**
 * The figures a 本级 sentence is compared with (levelTable3): the report's, with table 三's taken
 * from the 本级 table, and where they stand.
 */
export function levelFigures(
  level: MappedTable3 | null,
  report: Pick<ReturnType<typeof collectFigures>, 'figures' | 'refs' | 'partRefs'>,
  corrected: (set: Pick<ReturnType<typeof collectFigures>, 'figures' | 'refs' | 'partRefs'>) => Record<string, number | null> | null,
): NonNullable<NarrativeInput['levelT3']> | null {
  if (!level) return null;
  const own = collectFigures({ t2: null, t3: level, t4: null, notes: [] });
  const set = {
    figures: withTable3(report.figures, own.figures),
    refs: withTable3(report.refs, own.refs),
    partRefs: withTable3(report.partRefs, own.partRefs),
  };
  return { figures: set.figures, figureRefs: set.refs, figureParts: set.partRefs, corrected: corrected(set) };
}
