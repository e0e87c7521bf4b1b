/**
 * Applications withdrawn, listed among their results (recall36, session 35's hunts): "办结45件，其中予以
 * 公开30件，部分公开5件，无法提供6件，申请人撤回申请4件". Table 三 counts a withdrawal among the year's
 * results (其他处理), so the item is one of the list's; parts-sum.ts ended the list before it (撤回 is
 * also an outcome of a 复议, and outcomes after other parts begin another subject), and the list was a
 * skip, short by the withdrawn. Read with it:
 * - only after one of table 三's results at least, in a list of applications (not "申请人撤回复议申请",
 *   nor 撤诉, nor 撤销 alone: a 复议's decision; "申请人主动撤销" is the applicant's withdrawal);
 * - a list adding up with it holds; over the whole, where the list without the withdrawn adds up to the
 *   whole, the writer may count them beside the whole ("另有4件申请人撤回"): a skip (withdrawnAside).
 */
import { cmpDec, formatDec, sumDec } from './decimal.ts';
import type { PartsGroup } from './parts-sum.ts';
import { wordsAfter } from './parts-sum.ts';
import { isCount } from './figures-in-text.ts';
import { part, said as saidNote, type Said } from './note-words.ts';

/**
 * An application withdrawn, by the item's words (before or after its figure): 撤回, 撤销…申请, or 撤销
 * said by the applicant ("3件申请人主动撤销", "申请人主动撤销6件": hunt38, two real reports' lists that add
 * up with it; 撤销 alone stays a 复议's decision), and an item that is nothing but "申请撤销" ("不予处理2件，
 * 申请撤销1件": recall39, hunt38's miss; "申请撤销原答复" is a 复议's request, not read).
 */
const WITHDRAWN = /撤回|撤销(?:其|了)?(?:政府信息公开|信息公开)?申请|(?:申请人|当事人)(?:均|已)?(?:主动|自行)?撤销|^(?:申请人)?(?:主动|自行)?申请撤销(?:的)?$/;
/** …but the withdrawal of a 复议 or a suit is a case's outcome. */
const OF_CASES = /复议|诉讼|起诉|撤诉|审理|法院/;
/** Words setting an item beside the list's whole: "另有", "此外", "还有". */
const BESIDES = /^(?:另有|另外|此外|还有|另)/;
/** One of table 三's results (and the pre-2019 words). */
const RESULT = /予以公开|同意公开|全部公开|部分公开|不予公开|无法提供|不予处理|其他处理|信息不存在|非本机关|不属于本机关/;

/** Is an item's words (label and words after its figure) an application withdrawn? */
export function isWithdrawal(said: string): boolean {
  return WITHDRAWN.test(said.replace(/^[、，,；;\s]*(?:其中|另有|另外|还有|此外|另)?[，,：:\s]*/, '')) && !OF_CASES.test(said);
}

/** Is item `k` of a list (each item's words) a withdrawal after one of table 三's results at least? */
export function withdrawalAfterResults(said: readonly string[], k: number): boolean {
  return isWithdrawal(said[k] ?? '') && said.slice(0, k).some((w) => RESULT.test(w) && !isWithdrawal(w));
}

/**
 * An application's own procedure ended, said with no result: "另有1件终止审查", "终止办理1件" — one of 其他处理's rows (its 3.其他,
 * report-format.md). After table 三's results it is one of them (txt97: the list ended before it, a true list of 63 a skip), unless
 * the list names 其他处理 (or a rest) already: a part of it or one more, the list then ends before it as before. Not another
 * procedure's (a complaint's, a report's, a hearing's: rt96) nor a case's.
 */
const TERMINATED = /终止(?:审查|办理|处理|受理)/;
const OTHER_PROCEDURE = /投诉|举报|听证|核查|调查|信访|征询|鉴定|评估|审计/;
export function terminationAfterResults(said: readonly string[], k: number): boolean {
  const w = said[k] ?? '';
  if (!TERMINATED.test(w) || OF_CASES.test(w) || OTHER_PROCEDURE.test(w) || RESULT.test(w)) return false;
  const before = said.slice(0, k);
  return before.some((x) => RESULT.test(x)) && !before.some((x) => /其[他它]处理|其[他它]情形|其余|剩余|余下/.test(x));
}

/**
 * Why a results list with withdrawn items, over its whole, is no finding: without them it adds up to
 * the whole exactly (the writer may count them beside it). Null otherwise.
 */
export function withdrawnAside(g: PartsGroup): Said | null {
  const said = g.parts.map((p) => p.f.label + wordsAfter(p.s, p.f));
  const withdrawn = g.parts.filter((_, k) => withdrawalAfterResults(said, k));
  // (a 终止 read as one of the results, txt97, may be set beside the whole as a withdrawal is: "办结62件，其中…（62），另有1件申请因
  // 申请人死亡终止办理", "另有1件终止审查（已计入不予处理）" were 63:62 errors, rt98)
  const ended = g.parts.filter((_, k) => terminationAfterResults(said, k));
  if (withdrawn.length === 0) return ended.length > 0 ? endedAside(g, ended) : null;
  const sum = sumDec(g.parts.map((p) => p.f.value));
  const unit = g.whole.f.unit;
  // "…，另有5件申请人主动撤回": 另有 may set them beside the whole
  const besides = withdrawn.filter((p) => BESIDES.test(p.f.label.replace(/^[、，,\s]+/, '')));
  if (besides.length > 0 && cmpDec(sum, g.whole.f.value) > 0) {
    return saidNote('partsOverBut', formatDec(sum), unit, g.whole.f.raw, part('withdrawnBesides', part('enum', ...besides.map((p) => p.f.raw))));
  }
  const rest = sumDec(g.parts.filter((p) => !withdrawn.includes(p)).map((p) => p.f.value));
  if (cmpDec(sum, g.whole.f.value) <= 0 || cmpDec(rest, g.whole.f.value) !== 0) return null;
  return saidNote('partsOverBut', formatDec(sum), unit, g.whole.f.raw, part('withdrawnRest', part('enum', ...withdrawn.map((p) => p.f.raw))));
}

/** withdrawnAside's reading of terminations: over the whole, and without them exactly the whole. */
function endedAside(g: PartsGroup, ended: readonly PartsGroup['parts'][number][]): Said | null {
  const sum = sumDec(g.parts.map((p) => p.f.value));
  const rest = sumDec(g.parts.filter((p) => !ended.includes(p)).map((p) => p.f.value));
  if (cmpDec(sum, g.whole.f.value) <= 0 || cmpDec(rest, g.whole.f.value) !== 0) return null;
  return saidNote('partsOverBut', formatDec(sum), g.whole.f.unit, g.whole.f.raw, part('endedRest', part('enum', ...ended.map((p) => p.f.raw))));
}

/**
 * "办结45件（含申请人撤回4件），其中予以公开30件，部分公开5件，无法提供6件": the withdrawn, named in a
 * bracket right after the whole, are the rest of its results; the list is read with them too (a reading
 * parts-judge.ts tries after the list as written). Null where the bracket names none, or the list
 * holds no result of table 三.
 */
export function withWithdrawnInBracket(g: PartsGroup): PartsGroup | null {
  const { s, f: whole } = g.whole;
  if (g.parts.length < 2 || g.parts.some((p) => p.s !== s)) return null;
  const said = g.parts.map((p) => p.f.label + wordsAfter(p.s, p.f));
  if (!said.some((w) => RESULT.test(w))) return null;
  const inBracket = s.figures.filter((f) => f.paren !== null && f.start > whole.end && f.end < g.parts[0]!.f.start && f.unit === whole.unit && isCount(f));
  if (inBracket.length !== 1 || !s.text.slice(whole.end, inBracket[0]!.start).startsWith('（')) return null;
  const w = inBracket[0]!;
  if (!isWithdrawal(w.paren + w.label) || g.parts.some((p) => p.f === w)) return null;
  return { ...g, parts: [...g.parts, { s, f: w }] };
}
