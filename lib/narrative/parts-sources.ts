/**
 * A list naming the year's two sources of applications, those newly received and those carried in from
 * the year before, is closed: there is no third ("今年以来，全区累计处理政府信息依申请公开92件，其中，本年度新接收
 * 91件，2020年结转办理1件" — 淮安市清江浦区 2021, hunt102). Short of its whole it is an error, not an
 * incomplete list (parts-judge.ts evaluateGroup reads it as namesEveryApplicant's lists).
 */
import type { PartsGroup } from './parts-sum.ts';
import { LIST_LEAD } from './parts-sum.ts';
import type { Paragraph } from './extract-prose.ts';

/** The year's newly received: "本年度新接收", "新收", "今年新受理", "本年收到". */
const NEW = /^(?:本年度?|今年|当年|全年)?新(?:收|接收|受理|收到)(?:的)?(?:申请)?$|^(?:本年度?|今年|当年)(?:收到|受理|接收)(?:的)?(?:申请)?$/;
/** Carried in: "上年结转", "上年度结转办理", "2020年结转办理", "结转上年度" (not "结转下年度", "结转2022年"). */
const CARRIED_IN = /^(?:上(?:一)?年度?|去年|往年)结转(?:办理|过来|的)?(?:申请)?$|^(?:19|20)\d\d年度?结转(?:办理|过来)(?:的)?(?:申请)?$|^结转上(?:一)?年度?(?:的)?(?:申请)?$/;
/** A whole of applications handled or received: "累计处理…依申请公开92件", "共受理申请92件" (not those closed, "办结63件": parts of those may be read otherwise). */
const APPLICATIONS = /申请/;
const TAKEN_IN = /受理|收到|接收|接到|处理|办理(?!结|完)/;
const CLOSED = /办结|答复|回复|完成|办理完|处理完/;
/** A whole of more than applications: "受理依申请公开和咨询事项70件", "各类申请", "收到和处理". */
const OTHER_KINDS = /和|及|与|、|各类|各项|咨询|事项/;

/**
 * A count over more than the year: "截至2021年底，累计受理…", "历年", "条例实施以来", 累计 with no year named ("今年以来，全区累计处理…"
 * is the year's: new-and-carried.ts reads 累计 and 以来 as more than the year).
 */
function overYears(before: string): boolean {
  const rest = before.replace(/(?:今年|本年度?)以来/g, '');
  // (rt104: two years or more named — "两年来", "近两年", "2020年至2021年")
  if (/(?<![一今])年来|(?:[两二三四五六七八九十]|(?<!\d)\d{1,2})个?年度?(?:来|间|共|累计)|近[一两二三四五六七八九十\d]+年|(?:19|20)\d\d年?度?\s*(?:至|到|—|–|-|~|～)\s*(?:19|20)?\d\d/.test(rest)) return true;
  return /截至|截止|历年|以来/.test(rest) || (/累计/.test(before) && !/今年|本年|全年|年内|当年|(?:19|20)\d\d年(?!底|末)/.test(before));
}

/** Two items, of 件, one newly received and one carried in, under a whole of applications in 件. */
export function namesBothSources(g: PartsGroup, paragraphs: readonly Paragraph[] = []): boolean {
  if (g.parts.length !== 2 || g.whole.f.unit !== '件' || g.parts.some((p) => p.f.unit !== '件')) return false;
  const before = g.whole.s.text.slice(0, g.whole.f.start);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
  if (!APPLICATIONS.test(before) || !TAKEN_IN.test(clause) || CLOSED.test(clause) || OTHER_KINDS.test(clause) || overYears(before)) return false;
  // (a bracket on the whole may say what else it holds: "全年受理申请80件（含转办件），其中…"; a count after the two may be a
  // third source the list goes on with: "…上年结转4件，还有4件为咨询转办" — each a skip, as before)
  if (/^\s*[（(]/.test(g.whole.s.text.slice(g.whole.f.end))) return false;
  const last = g.parts[g.parts.length - 1]!;
  if (SAYS_REST.test(last.s.text.slice(last.f.end))) return false;
  return g.whole.s.figures.every((f) => f.start < last.f.end || f.unit !== '件') && bothNamed(g) && !namesItsBody(g) && !goesOnAfter(g, paragraphs);
}

/**
 * Words after the two saying the whole holds more, with no count: "…，上年结转申请4件，其余为转办件" (rt107: the rest named,
 * not counted; a 70 of 62 + 4 was an error). Not where a count follows ("还有4件正在办理中" is read by its words), nor a state ("其余均已办结").
 */
export const SAYS_REST = /^[^\d０-９。！？]*?(?:(?:其余|余下|剩余|其他)(?:的)?(?:申请|件)?(?:均|皆|都)?(?:为|是|系|属于?|来自)|另有|还有)(?![^\d０-９]*(?:办结|答复|回复|办理中|正在|尚未))[^\d０-９]*$/;

/**
 * The list names a body of the whole's before its sources: "全区共受理申请70件，其中区政府办公室本年新收62件，上年结转4件"
 * (rt104: the office's two sources, not the district's; the words between the whole, or the sentence's start, and each
 * item must be the item's own).
 */
function namesItsBody(g: PartsGroup): boolean {
  const [a, b] = g.parts as [PartsGroup['parts'][0], PartsGroup['parts'][0]];
  const first = a.s === g.whole.s ? a.s.text.slice(g.whole.f.end, a.f.start) : a.s.text.slice(0, a.f.start);
  const second = b.s === a.s ? b.s.text.slice(a.f.end, b.f.start) : b.s.text.slice(0, b.f.start);
  const own = (t: string) => t.slice(t.lastIndexOf('其中') + 1 || 0).replace(/^中?[\s。，,：:；;、]*/, '').replace(LIST_LEAD, '').replace(/^[\s，,：:]+/, '').replace(/^其中[\s，,：:]*/, '');
  return [first, second].some((t) => !NEW.test(own(t)) && !CARRIED_IN.test(own(t)));
}

/**
 * The list goes on in the next sentence: "…其中本年新收62件、上年结转4件。另有4件为其他部门转办。" (rt104: a third
 * source, written as a sentence of its own).
 */
function goesOnAfter(g: PartsGroup, paragraphs: readonly Paragraph[]): boolean {
  const s = g.parts[g.parts.length - 1]!.s;
  const para = paragraphs.find((p) => p.index === s.para);
  if (!para) return false;
  return /^[\s]*(?:另有|还有|此外|另外|另|其余|再有)[^。！？]{0,20}?\d+\s*件/.test(para.text.slice(s.offset + s.text.length));
}

function bothNamed(g: PartsGroup): boolean {
  const labels = g.parts.map((p) => p.f.label.trim().replace(/^[、，,；;\s]+/, '').replace(LIST_LEAD, '').replace(/^[，,：:\s]+/, ''));
  return labels.some((l) => NEW.test(l)) && labels.some((l) => CARRIED_IN.test(l));
}
