/**
 * "行政许可、行政处罚、行政强制分别为1268件、86件、5件" (hunt51's miss; recall54): table 二's decisions named in a row,
 * then 分别 and as many counts, paired in order, each against that item's 处理决定数量 (rule text.vs-table). The comparison
 * with table 二 (text-vs-table2.ts) reads one item per figure and leaves a 分别 list alone (T2_SCOPE_VETO); this reads
 * the one shape whose pairing is certain, as narrowly as table 二's reading is:
 * - the names are 行政许可, 行政处罚, 行政强制 (决定 after each, or after the last, 处理决定/决定数量 too), two or three, each
 *   once, joined by 、/和/与/及/以及, nothing else between;
 * - before them in the clause only the year, the body and an act of deciding (全年, 2022年, 我局, 共, 作出, 办理,
 *   实施…): "公开", "公示", "受理", "办理…事项", "网上" make it no claim, as T2_VETO does for one figure; and nothing in
 *   the ；-clause before the names that T2_SCOPE_VETO names (其中, a part of the body, the whole region);
 * - 分别(为|是|有|达) then the counts joined only by 、/和/与/及/以及, as many as the names, whole counts in 件/起/宗/次
 *   of one unit, none in a parenthesis, approximate or a change. ("分别为1268件、86件" after three names is no claim.)
 * The rest of a figure's tests (another period, a part of the body) are table 二's own (isTableClaim).
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { clauseStart } from './quote.ts';
import { t2ScopeVetoed, type T2Item } from './table2-measures.ts';
import { scopeBefore } from './body-part.ts';

const ITEM: Readonly<Record<string, T2Item>> = { 行政许可: 'license', 行政处罚: 'penalty', 行政强制: 'enforcement' };
const NAME = String.raw`(行政许可|行政处罚|行政强制)(?:处理)?(?:决定)?`;
const JOIN = String.raw`(?:、|和|与|及|以及)`;
/** The names right before 分别: two or three, the last with 决定/处理决定/决定数量 after it at most. */
const NAMES = new RegExp(String.raw`${NAME}(?:${JOIN}${NAME}){1,2}(?:数量|数|案件)?(?:的数量)?\s*分别(?:为|是|有|达)?\s*$`);
/** What may stand before the names in their clause: the year, the body, an act of deciding. */
const LEAD = /^(?:[\s，,]|本年度?|全年|年内|今年|\d{4}年(?:度)?|我(?:局|委|办|厅|署|区|县|市|镇|乡|街道)|本(?:机关|局|委|单位)|共计|共|累计作出|作出|做出|办理|办结|实施|采取|依法|的)*$/;
const BETWEEN = /^\s*(?:、|和|与|及|以及)\s*$/;

/** The pairs of a 分别 list of table 二's decisions in the sentence, or none. */
export function respectivelyDecisions(s: SentenceFigures): { f: TextFigure; item: T2Item; namesAt: number }[] {
  const out: { f: TextFigure; item: T2Item; namesAt: number }[] = [];
  for (let k = s.text.indexOf('分别'); k >= 0; k = s.text.indexOf('分别', k + 2)) {
    const firstFig = s.figures.find((f) => f.start > k);
    if (!firstFig) break;
    const from = clauseStart(s.text, k);
    const head = s.text.slice(from, firstFig.start);
    const m = NAMES.exec(head);
    if (!m) continue;
    const names = [...m[0].matchAll(/行政许可|行政处罚|行政强制/g)].map((x) => x[0]);
    if (new Set(names).size !== names.length) continue;
    if (!LEAD.test(head.slice(0, m.index))) continue;
    if (t2ScopeVetoed(scopeBefore(s.text, from + m.index))) continue;
    const list = s.figures.filter((f) => f.start >= firstFig.start).slice(0, names.length);
    if (list.length !== names.length) continue;
    const fine = list.every((f, j) => isCount(f) && f.unit === firstFig.unit && f.paren === null && !f.approx && f.change === null
      && (j === 0 || BETWEEN.test(s.text.slice(list[j - 1]!.end, f.start))));
    // (the list ends at its last count: a further count joined to it is one more than the names)
    const next = s.figures.find((f) => f.start > list[list.length - 1]!.end);
    if (!fine || (next && BETWEEN.test(s.text.slice(list[list.length - 1]!.end, next.start)))) continue;
    list.forEach((f, j) => out.push({ f, item: ITEM[names[j]!]!, namesAt: from + m.index }));
  }
  return out;
}
