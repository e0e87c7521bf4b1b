/**
 * Planned parts of a list: items that say what is to be done ("拟修改2件"), which may be among the
 * others or beside them. parts-judge.ts reads a list with them and without them (withoutPlannedParts).
 */
import type { At } from './quote.ts';
import { closesList, wordsAfter, type PartsGroup } from './parts-sum.ts';

/**
 * A part that is a plan, not something done ("共清理56件，其中继续有效45件，修改8件，废止3件，
 * 拟修改2件": the 2 are among the 8 or the 45, to be changed later). 拟/计划/将/待/准备/预计 opening
 * its label. Not dropped outright: "共收到50件，其中已办结45件，待办理5件" counts the 5 in the whole,
 * so a list with such a part is read both ways (withoutPlannedParts), and either may add up.
 * 计划生育 is a subject, not a plan. The plan may follow its figure too ("其中保留5件，废止3件，
 * 2件拟修改"), when the label before it names nothing else (PLAN_AFTER_BARE).
 */
const PLANNED = /^(?:另|还|尚|并)?(?:拟|计划(?!生育)|将|待|准备|预计|打算)/;
/** The words right after a figure that make it a plan: "2件拟修改", "1件将于明年废止". */
const PLANNED_AFTER = /^(?:均|也|则|还)?(?:拟|计划(?!生育)|将|待|准备|预计|打算)/;
/** A label that names no item of its own, so the words after its figure do: "，2件拟修改", "另有2件拟废止". */
const PLAN_AFTER_BARE = /^(?:另有|还有|尚有|另|还|尚|并|有)?$/;

function isPlanned(p: At): boolean {
  return PLANNED.test(p.f.label) || (PLAN_AFTER_BARE.test(p.f.label) && PLANNED_AFTER.test(wordsAfter(p.s, p.f)));
}

/** The reading of g without its planned parts (that reading first), or null when it has none. */
export function withoutPlannedParts(g: PartsGroup): PartsGroup | null {
  const parts = g.parts.filter((p) => !isPlanned(p));
  if (parts.length === g.parts.length || parts.length < 2) return null;
  return { ...g, parts, complete: parts.some((p) => closesList(p.f.label)) };
}
