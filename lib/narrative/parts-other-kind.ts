/**
 * A list read without an item of another kind than its whole (rule text.parts-sum, parts-judge.ts):
 * "收到政协提案115件，其中：会议期间收到114件，闭会期间收到1件，社情民意5件" (hunt36, a real 2020
 * district report: 社情民意 are reports the 政协 sends beside its 提案, not 提案; the sentence after
 * names "提案及社情民意" as two things, and the list summed was an error, 120 against 115).
 */
import { closesList, type PartsGroup } from './parts-sum.ts';

/** A whole of 建议 or 提案 (a 人大 or 政协 member's), and an item that is 社情民意 and not a kind of them. */
const MOTIONS = /提案|建议|议案/;
const OPINION_REPORTS = /社情民意/;

/**
 * The list without its 社情民意 items when its whole counts 建议 or 提案, two items at least left
 * (a reading beside the whole list: the items left adding up pass, short of the whole a skip);
 * null when there is no such item. Not an item that names a 提案 itself ("社情民意类提案3件").
 */
export function withoutOtherKind(g: PartsGroup): PartsGroup | null {
  const whole = g.whole.f.label;
  if (!MOTIONS.test(whole) || OPINION_REPORTS.test(whole)) return null;
  const parts = g.parts.filter((p) => !(OPINION_REPORTS.test(p.f.label) && !MOTIONS.test(p.f.label)));
  if (parts.length === g.parts.length || parts.length < 2) return null;
  return { ...g, parts, complete: parts.some((p) => closesList(p.f.label)) };
}
