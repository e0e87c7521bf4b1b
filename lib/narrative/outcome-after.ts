/**
 * A case's outcome named after its figure (recall38, session 37's hunts): "行政复议4件，3件维持，1件撤诉"
 * (and "被申请行政复议4件，3件维持，1件撤诉"). The outcome lists of a review or a suit (bare-heads.ts
 * findBareCaseOutcomes, parts-other-shapes.ts findOutcomeGroups) read an outcome in the figure's label
 * ("维持3件"); written after it, the figure has no label and the list was not read. 撤诉 (a suit
 * withdrawn, table 四's 其他结果) is an outcome too, as 撤回 already was.
 */
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { LIST_LEAD, OUTCOME, wordsAfter } from './parts-sum.ts';

/** What became of a case: OUTCOME's words and 撤诉. */
export const CASE_OUTCOME = new RegExp(`${OUTCOME.source}|撤诉`);

/**
 * The words that say what became of the cases a figure counts: its label, or, when the figure opens
 * its clause with no words of its own ("，3件维持"), the words right after it; '' when neither names an outcome.
 */
export function outcomeSaid(s: SentenceFigures, f: TextFigure): string {
  if (CASE_OUTCOME.test(f.label)) return f.label;
  if (f.label.replace(LIST_LEAD, '').trim() !== '') return '';
  const after = wordsAfter(s, f);
  return CASE_OUTCOME.test(after) ? after : '';
}
