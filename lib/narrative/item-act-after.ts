/**
 * A count qualified by an item row's words, the act after it naming the row's group (txt65): "对涉及第三方合法权益的2件申请，
 * 依法不予公开", "对危及“三安全一稳定”的1件申请，依法不予公开", "对属于过程性信息的1件申请，不予公开" — table 三's item rows
 * under 不予公开 (and 无法提供, 不予处理, 其他处理), said with no group before them. They were no claim (txt64 left them: the
 * qualified count is a part of the applications, qualified-count.ts; act-after-count.ts reads only a bare "对N件申请…").
 *
 * Read only where nothing else can be meant: before the figure, its ，-clause holds nothing but a time, the body, 共/依法, 对,
 * the row's words with the few words that carry them (属于, 涉及, 危及, 相关政府信息…) and a 的; the act after the figure
 * (act-after-count.ts ACT_AFTER: the applications' noun, at most one comma, the result, the clause's end) names the group
 * the row is under. "对自然人提出的涉及第三方的申请…", "对其中…", another group's act, or a row of two groups' words: no reading.
 */
import { actAfterCount } from './act-after-count.ts';
import type { Measure } from './measures.ts';
import { SUB_ROW_MEASURES } from './sub-rows.ts';
import { lastMark } from '../text/marks.ts';

/** 对 and the qualifier up to its 的, after a time and the body. */
const LEAD = /^(?:(?:全年|全年度|本年度?|年内|今年|当年|\d{4}年度?)[，,]?\s*)?(?:(?:我|本)(?:局|委|办|厅|署|机关|单位|部门|中心|政府)[，,]?\s*)?(?:共|共计|累计|依法|先后)*\s*对\s*([^，,；;。\d对]{2,30})的$/;
/** The words that carry a row's name and say nothing of whose applications they are. */
const CARRY = /申请公开的|申请的|申请内容|所申请的?|本机关|本单位|本部门|我(?:局|委|办|厅)|属于|涉及|危及|可能|会|损害|保护|侵犯|因|系|[“”"「」『』]|相关|政府|信息|四类|类|的/g;

/** The item row a qualified 对-count names with its group's act after it; null where the clause is no such count. */
export function itemActAfterCount(clause: string, after: string): { measure: Measure; words: string } | null {
  // (its 对 looked for first: where it is not said LEAD is never compiled, perf63)
  const lead = clause.includes('对') ? LEAD.exec(clause.trim()) : null;
  if (!lead) return null;
  const act = actAfterCount('对', after);
  if (!act) return null;
  const found = oneItemRow(lead[1] ?? '', act.measure.id);
  return found ? { measure: found, words: act.words } : null;
}

/** The one item row of `group` that `inner` names, with only the carrying words (CARRY) beside it; null for none or two. */
function oneItemRow(inner: string, group: string): Measure | null {
  let found: Measure | null = null;
  let rest = inner;
  for (const m of SUB_ROW_MEASURES) {
    m.words.lastIndex = 0;
    const x = m.words.exec(inner);
    if (!x) continue;
    // one row only, and under the group the act names
    if (found || m.id.slice(0, m.id.indexOf('.')) !== group) return null;
    found = m;
    rest = inner.slice(0, x.index) + inner.slice(x.index + x[0].length);
  }
  return found && rest.replace(CARRY, '') === '' ? found : null;
}

/** A 对-count's act (act-after-count.ts), or an item row's qualified count and its group's act. */
export const actOrItemAfterCount = (clause: string, after: string): { measure: Measure; words: string } | null =>
  actAfterCount(clause, after) ?? itemActAfterCount(clause, after);

/**
 * The groups whose item rows a qualifier before the group's word names (txt66): "因涉及第三方合法权益不予公开的2件", "属于过程性信息
 * 不予公开的1件", "因重复申请不予处理的1件". Not 无法提供: "因本机关不掌握相关政府信息而无法提供20件" is how reports give all of it by its
 * main reason (sub-rows.ts withSubRow keeps the group there).
 */
const GROUP_AFTER_ROW = /^(?:(?:全年|全年度|本年度?|年内|今年|当年)[，,]?\s*)?(?:其中[，,：:]?\s*)?(?:共|共计|另有|另)?\s*(?:因|由于|因为)?\s*([^，,；;。\d]{2,30}?)\s*(?:而)?\s*(?:被)?\s*(?:依法)?\s*(?:予以)?\s*(不予以?公开|不予处理)(?:的)?(?:政府信息公开申请|申请)?$/;
const GROUP_OF: Readonly<Record<string, string>> = { 不予公开: 'denied', 不予以公开: 'denied', 不予处理: 'notProcessed' };

/**
 * The pick of an item row whose words, and a few that carry them, stand right before its group's word and the figure: the
 * row's figure is compared, the group's total a second reading ("…不予公开的5件" may give all of them by that reason). Only
 * one row's words, and only the carrying words (CARRY) beside them: "等原因", "自然人提出的…", two rows, keep the group's pick.
 */
export function rowBeforeGroup<P extends { measure: Measure; start: number; end: number }>(clause: string, picked: P | null): P | null {
  if (!picked || (picked.measure.id !== 'denied' && picked.measure.id !== 'notProcessed')) return picked;
  // (in a parenthesis after the group's count, its words from the parenthesis on: "不予公开5件（因涉及第三方合法权益不予公开2件）")
  const open = lastMark(clause, '（(');
  const from = open >= 0 && !/[）)]/.test(clause.slice(open)) ? open + 1 : 0;
  const trimmed = clause.trimEnd();
  const m = GROUP_AFTER_ROW.exec(trimmed.slice(from));
  if (!m || GROUP_OF[m[2] ?? ''] !== picked.measure.id) return picked;
  const inner = m[1] ?? '';
  const found = oneItemRow(inner, picked.measure.id);
  if (!found) return picked;
  // (the row's words start the measure's: what stands before them is no qualifier of the applications, qualified-count.ts)
  const at = trimmed.indexOf(inner, from);
  const start = at - (/(?:因|由于|因为)$/.exec(trimmed.slice(from, at))?.[0].length ?? 0);
  const group = picked.measure.strict[0];
  const measure: Measure = { ...found, strict: [...found.strict, ...(group ? [{ names: [...group.names, ...found.strict[0]!.names.slice(0, 1).flatMap((n) => [n, `-${n}`])], label: group.label }] : [])] };
  return { ...picked, measure, start: Math.max(0, start) };
}
