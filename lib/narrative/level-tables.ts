/**
 * Where table 三 is 本级's: a sentence naming 本级 as the subject of its own applications whose
 * figures fit the tables (text-vs-table.ts levelTables), and the figures a 本级 figure is compared
 * with where the page has a table 三 headed 本级 beside the whole's (levelInput). Moved out of
 * text-vs-table.ts, unchanged.
 */
import { namesOwnLevelSubject } from './body-part.ts';
import { decToNumber } from './decimal.ts';
import { isCount, type SentenceFigures } from './figures-in-text.ts';
import { APPLY_MEASURES, pickMeasureAt, readingValue } from './measures.ts';
import { clauseStart } from './quote.ts';
import type { LevelFigures, VsTableInput } from './vs-table-compare.ts';

/**
 * "省政府办公厅本级（代省政府）收到申请39件，上年结转2件，办结41件" (湖南省人民政府 2024, red team
 * 23, c27): a sentence with 本级 as the subject of its own applications (body-part.ts
 * namesOwnLevelSubject) two of whose figures fit table 三's rows their words name. The tables are
 * then 本级's, as when the prose says so. Not "区政府本级共收到…66件，上年结转6件，办结69件" beside
 * tables of the whole district (227, 15, 231: subset-sentences-wrong-2023): a part of them.
 */
export function levelSentenceFitsTables(sentences: readonly SentenceFigures[], figures: VsTableInput['figures']): boolean {
  for (const s of sentences) {
    if (s.figures.length < 2 || !namesOwnLevelSubject(s.text)) continue;
    let fits = 0;
    for (const f of s.figures) {
      if (!isCount(f) || f.unit !== '件') continue;
      const picked = pickMeasureAt(s.text.slice(clauseStart(s.text, f.start), f.start), APPLY_MEASURES);
      const v = decToNumber(f.value);
      if (v > 0 && picked && picked.measure.strict.some((rd) => readingValue(rd, figures) === v)) fits++;
    }
    if (fits >= 2) return true;
  }
  return false;
}

/**
 * What a 本级 figure is compared with where the page has a table 三 headed 本级 beside the report's
 * headed as the whole (analyze.ts levelTable3): that table's figures and cells, the report's table
 * 三 then the page's other one (a fit there is a skip, other-scope.ts).
 */
export function levelInput(input: VsTableInput, level: LevelFigures): VsTableInput {
  return {
    ...input, figures: level.figures, figureRefs: level.figureRefs, figureParts: level.figureParts,
    corrected: level.corrected ? { of: level.figures, figures: level.corrected, withTotals: null } : null,
    others: [input.figures], level: null,
  };
}
