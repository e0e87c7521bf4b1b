/**
 * "顺延答复9件" under 办结 (recall46): answered after the time was extended, one of those closed. It is an item of the
 * list only beside other items of when they were answered ("其中按期答复80件，顺延答复8件"); rt47 found it read as an
 * item where it is not one:
 * - after a list of results ("其中予以公开42件，…其他处理4件，顺延答复3件"): another cut of the same applications, the
 *   results' list ends before it (as it did before recall46);
 * - saying again an item before it ("延期答复8件，即顺延答复8件", "延期答复8件（顺延答复8件）").
 */
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';

/** "顺延答复9件", "顺延回复", "顺延办结": the words right before the figure. */
export const ANSWERED_LATE = /顺延(?:答复|回复|办结)$/;
/** An item of when the applications were answered. */
const TIMING = /(?:按期|按时|如期|及时|逾期|延期|超期|提前|期限内|时限内)(?:答复|回复|办结|办理)/;
/** Words that say the item again in other words. */
const RESTATES = /^[，,、\s]*(?:即|也即|亦即|也就是|均为|都是|全部为)/;

/** Whether a 顺延答复 figure between `from` and its start ends the list before it rather than being one of its items. */
export function lateEndsList(s: SentenceFigures, f: TextFigure, from: number): boolean {
  if (!ANSWERED_LATE.test(f.label.trim())) return false;
  if (RESTATES.test(f.label) || f.paren !== null) return true;
  return !s.figures.some((g) => g !== f && g.start >= from && g.end <= f.start && TIMING.test(g.label));
}
