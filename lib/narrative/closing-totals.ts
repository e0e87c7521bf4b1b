/**
 * A total after its items that says what it counts (recall39, rt38b's and hunt38's misses): "予以公开
 * 42件，…，其他处理4件，共计办结88件", "自然人申请80人，法人或其他组织申请6人，共86人", "工作动态120条，
 * 通知公告50条，政策文件22条，总计公开信息192条". parts-heads.ts findClauseListTotals reads a total whose
 * clause is nothing but 共计/合计/总计; this reads the same shape where the total's words also name the
 * verb or the thing counted, when they fit the items: 办结/办理/答复/处理 over results, 收到/受理/申请 over
 * channels or applicants, 公开/发布…信息 over kinds of information; or a bare 共 over items counted in 人.
 * One clause of words alone may stand between the last item and the total where it only says all of
 * them were done ("上述申请均已按时答复", "信息均经保密审查后发布"). The items are the ，-clauses right
 * before, one count each, all of one dimension; a clause saying a whole of its own before them ("全年共办结
 * 申请63件，…") is no item, nor is a first "item" equal to the total (the whole said before). As with every
 * total after its list: items short of it may leave one out (a skip), over it a finding.
 */
import { cmpDec, sumDec } from './decimal.ts';
import type { SentenceFigures } from './figures-in-text.ts';
import { splitCarriedOn } from './carried-split.ts';
import { OUTLET_OR_WHOLE, sharedKindWord } from './info-kinds.ts';
import { totalClauses } from './parts-other-shapes.ts';
import { countsBeforeTotal, oneDimension } from './parts-heads.ts';
import { CARRIED_ON, clauseStartOf, LIST_LEAD, totalItemKindOf, wordsAfter, type PartsGroup } from './parts-sum.ts';

/** The total's clause: a total's word, then what it counts (group 1: the verb; 2: information). */
const WORDED_TOTAL = /^(?:以上|上述|前述)?(?:共计|合计|总计|总共|共)(?:为|达|有)?(?:(办结|办理|答复|处理|收到|受理|接收|新收|申请)(?:政府信息公开申请|信息公开申请|申请)?|(?:主动)?(公开|发布)(?:各类)?(?:政府|政务)?信息)$/;
/** A bare 共 before a count of people: "共86人" (共 alone is read over 人 only: 件 may be any total). */
const BARE_TOTAL = /^(?:以上|上述)?共(?:计)?(?:有)?$/;
/** A clause saying a whole of its own before the items: "全年共办结申请63件". */
const WHOLE_WORDS = /(?:共|累计|总计|合计|总共)计?(?:办结|答复|办理|处理|收到|受理|新收|接收|公开|发布)/;
/** A clause of words alone that says all the items were done: "上述申请均已按时答复". */
const ALL_DONE = /^(?:以上|上述|前述)?[^，,；;。：:\d（）()]{0,10}(?:均|全部|都)[^，,；;。：:\d（）()]{1,14}$/;

/** An item naming the outlet it went out on ("通过政府网站公开2000条", "政务微博发布1000条"), and words that make it no such item. */
const OUTLET = /网站|网页|门户|微博|微信|公众号|客户端|新媒体|公开栏|公告栏|公报|报刊|报纸|电视|广播/;
const NOT_OUTLET = /其中|包括|含|共|累计|合计|总计|全年|阅读|浏览|访问|下载|转发|点击|留言|咨询|申请/;

/** What the total's words ask of the items' dimension. */
export function fits(verb: string | undefined, info: string | undefined, unit: string, dim: string): boolean {
  if (info) return unit === '条' && dim === 'infoKind';
  if (verb === undefined) return unit === '人' && (dim === 'applicant' || dim === 'channel');
  if (/办结|办理|答复|处理/.test(verb)) return dim === 'result';
  return dim === 'channel' || dim === 'applicant';
}

export function findWordedClauseTotals(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  const out: PartsGroup[] = [];
  if (!/共|合计|总计/.test(s.text)) return out;
  for (const { w, from } of totalClauses(s, /^(?:以上|上述|前述)?(?:共|合计|总计)/, year)) {
    const words = s.text.slice(from, w.start).trim();
    const m = WORDED_TOTAL.exec(words);
    const bare = !m && BARE_TOTAL.test(words);
    if (!m && !bare) continue;
    // back over a clause that only says all were done, then the ，-clauses of one count each
    let at = from - 1;
    const remarkFrom = clauseStartOf(s.text, at);
    if (remarkFrom > 0 && ALL_DONE.test(s.text.slice(remarkFrom, at).trim()) && !s.figures.some((f) => f.start >= remarkFrom && f.end <= at)) at = remarkFrom - 1;
    // (those carried on to next year are no item: "…，3件结转下年度，共计办结63件")
    const items = countsBeforeTotal(s, at, w, year, WHOLE_WORDS, (f) => CARRIED_ON.test(f.label + wordsAfter(s, f)) || splitCarriedOn(s, f) !== null);
    if (!items || items.length < 2) continue;
    const said = items.map((f) => s.text.slice(clauseStartOf(s.text, f.start), f.start) + wordsAfter(s, f));
    // kinds of information under "总计公开信息N条": each item named by its own words ("工作动态120条"), none
    // a channel (one item may go out on two: 网站 and 微信) nor a whole of its own
    const info = m?.[2] !== undefined && w.unit === '条' && said.every((x) => !OUTLET_OR_WHOLE.test(x) && [null, 'infoKind'].includes(totalItemKindOf(x)));
    // the outlets it went out on under "共主动公开政府信息N条" (hunt41 left "…，通过政务微信公开895条，共主动公开政府信息
    // 3895条"): one item may go out on two, so their sum need not be the total — a pass where it is, else no
    // claim (recall39 pins "网站发布210条，微信发布150条，总计公开信息300条" unread)
    if (m?.[2] !== undefined && w.unit === '条' && said.every((x) => OUTLET.test(x) && !NOT_OUTLET.test(x))) {
      if (cmpDec(sumDec(items.map((f) => f.value)), w.value) === 0) out.push({ shape: 'trailing', whole: { s, f: w }, parts: items.map((f) => ({ s, f })), complete: false });
      continue;
    }
    if (!info && !oneDimension(s, items, totalItemKindOf)) continue;
    const dim = info ? 'infoKind' : totalItemKindOf(said[0] as string);
    // (kinds that may hold one another: two named by the same word, "政策文件22条，规范性文件9条", or
    // one of 重点领域, which holds 财政, 人事… of its own)
    if (dim === 'infoKind' && (sharedKindWord(items.map((f) => s.text.slice(clauseStartOf(s.text, f.start), f.start))) || said.some((x) => /重点领域/.test(x)))) continue;
    if (dim === null || !fits(m?.[1], m?.[2], w.unit, dim)) continue;
    out.push({ shape: 'trailing', whole: { s, f: w }, parts: items.map((f) => ({ s, f })), complete: false });
  }
  return out;
}
