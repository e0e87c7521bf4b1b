/**
 * Applications suspended ("中止审查1件", "另有1件因征求第三方意见中止办理", "因补正中止1件"), said after a list of table 三's results
 * (txt100: rt98 left it, older than session 64). A suspended application is still pending: table 三 counts it under 结转下年度继续办理
 * (or, ended later, under the year it ends in), not among the year's results. Summed as one of them, a list of 62 that makes its whole of
 * 62 was a 63:62 error. Read now as no item of a whole of answered applications (办结, 答复, 办理, 处理); a list short of its whole by
 * exactly the suspended stays a skip, not a pass (the writer may count them among the results: 其他处理), and an item that says it is
 * counted among the results ("中止审查1件（计入其他处理）") is one of them. Not a case's (中止审理 of a 复议 or a suit: its own list),
 * nor another procedure's (a complaint's 调查).
 */
import { cmpDec, formatDec, subDec, sumDec } from './decimal.ts';
import { isCount } from './figures-in-text.ts';
import { wordsAfter, type At } from './quote.ts';
import { said, type Said } from './note-words.ts';

/** An application's procedure suspended: 中止 (审查, 办理, 处理, 受理, 答复, or none: "因补正中止1件"), 暂停/暂缓办理. */
const SUSPENDED = /中止|(?:暂停|暂缓)(?:审查|办理|处理|答复)/;
/** …not a case's (中止审理, 复议, 诉讼) nor another procedure's. */
const NOT_AN_APPLICATIONS = /审理|复议|诉讼|起诉|法院|投诉|举报|信访|听证|调查|核查/;
/** One of table 三's results, named. */
const RESULT = /予以公开|同意公开|全部公开|部分公开|不予公开|无法提供|不予处理|其他处理|信息不存在|非本机关|不属于本机关/;
/** A whole of applications answered (not those received, among which the suspended are: "受理63件，其中…，中止1件"). */
const ANSWERED_WHOLE = /办结|答复|办理|处理/;
const NOT_ANSWERED_WHOLE = /结转下|转结下|未办结|在办|正在/;

/** An item's words: its label, the words after its figure and a bracket right after them ("中止审查1件（计入其他处理）"). */
function wordsOf(s: At['s'], f: At['f']): string {
  const after = wordsAfter(s, f);
  const bracket = /^[（(][^（()）]{0,30}[）)]/.exec(s.text.slice(f.end + after.length));
  return f.label + after + (bracket ? bracket[0] : '');
}
const saidOf = (p: At): string => wordsOf(p.s, p.f);

/** Is the item (its words before and after its figure) an application suspended, counted nowhere among the results? */
export function isSuspension(said: string): boolean {
  // (a result named in its words says where it is counted: "中止审查1件（计入其他处理）" is one of them)
  // (its cause is no procedure of its own: "因诉讼中止处理", "因征求第三方意见中止办理")
  return SUSPENDED.test(said) && !NOT_AN_APPLICATIONS.test(said.replace(/(?:因|由于)[^，,；;。]{0,16}?(?=中止|暂停|暂缓)/, '')) && !RESULT.test(said);
}

/**
 * A list of answered applications without its suspended items said after one of table 三's results; the list as it was when it has
 * none (or its whole is not of answered applications).
 */
export function withoutSuspended(parts: At[], wholeLabel: string): At[] {
  if (!ANSWERED_WHOLE.test(wholeLabel) || NOT_ANSWERED_WHOLE.test(wholeLabel)) return parts;
  const said = parts.map(saidOf);
  const out = parts.filter((_, k) => !(isSuspension(said[k]!) && said.slice(0, k).some((w) => RESULT.test(w) && !isSuspension(w))));
  return out.length === parts.length ? parts : out;
}

/**
 * Why a list of results short of its whole is no finding: a count of suspended applications after it in its sentence is exactly what it lacks — the writer may count them among the results. Null otherwise.
 */
export function suspendedMakesWhole(g: { whole: At; parts: readonly At[] }): Said | null {
  const last = g.parts[g.parts.length - 1];
  if (!last || !g.parts.some((p) => RESULT.test(saidOf(p)))) return null;
  const gap = subDec(g.whole.f.value, sumDec(g.parts.map((p) => p.f.value)));
  const at = last.s.figures.filter((f) => f.start > last.f.end && f.unit === g.whole.f.unit && isCount(f) && isSuspension(wordsOf(last.s, f)));
  const named = at.find((f) => cmpDec(f.value, gap) === 0);
  if (!named) return null;
  return said('partsShortSuspended', formatDec(sumDec(g.parts.map((p) => p.f.value))), g.whole.f.unit, g.whole.f.raw, named.raw);
}
