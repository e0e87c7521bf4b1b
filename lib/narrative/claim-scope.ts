/**
 * What a count in the text is a count of, before it is held to the tables (text-vs-table.ts): an
 * application at all (not 热线, 信访…), a narrower kind ("5件重复申请"), the body's own 复议 as
 * 复议机关, cases about disclosure as table 四's are, or all the body's cases.
 */
import { semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { APPLY_MEASURES, pickMeasureAt, type Measure } from './measures.ts';
import { CARRIED_SOURCE } from './period.ts';
import { T2_ANY_ITEM } from './table2-measures.ts';
import type { Body } from './body-part.ts';

export { aboutDisclosure, broaderThanDisclosure, oursNamedNext, withoutDisclosureQizhong } from './disclosure-cases.ts';

/**
 * A service hall as the subject of its own intake (rt78: "全年政务服务中心受理各类申请12.6万件，办结12.5万件，结转下年度
 * 1000件；受理政府信息公开申请62件…" — 各类申请 is words of applications, and the three were errors against table 三):
 * the hall's every matter, not disclosure applications. Not a hall one applies through ("通过政务服务中心窗口收到申请",
 * "在政务服务大厅…") nor one whose words name disclosure ("政务服务中心窗口受理政府信息公开申请5件").
 */
export const SERVICE_HALL = /(?<!通过|经由?|在|到|向|于|赴)(?:政务服务|行政服务|便民服务|市民服务|为民服务)(?:中心|大厅)(?![^，,；;。\d]{0,12}?(?:信息公开|依申请))[^，,；;。\d]{0,6}?(?:受理|办理|办结|接件|收件)/;

/**
 * Not an application, whatever the verb: 热线, 问政, 信访, 信箱… (Shuyang: "全年受理网络问政182件"), and
 * letters ("我局答复群众来信30件，办结28件，结转下年度2件": rt41, whose 结转 was compared with table 三) — not letters
 * that are a way of applying, named so within a few words ("来信申请", "通过网上、来信等方式收到申请68件": rt43).
 */
export const NOT_APPLICATION = new RegExp(`热线|问政|来电|来信(?![^，,；;。\\d]{0,5}?(?:申请|方式|形式|渠道)|提出)|信访|留言|信箱|投诉|建议|提案|咨询|办件|网民|12345|${SERVICE_HALL.source}`);

/**
 * A subject of its own, before a figure in a sentence that names no topic of table 三 or 四: other work
 * (NOT_APPLICATION), or one of table 二's items ("…被申请行政复议1件。全年办理行政许可1268件": the 1268 is
 * table 二's, which text-vs-table2.ts compares; not a review because the sentence before was about them).
 */
export function namesOtherSubject(clause: string): boolean {
  return NOT_APPLICATION.test(clause) || T2_ANY_ITEM.test(clause);
}

/**
 * The body as the 复议机关 (its sentence may say so after the figure): the reviews it decides,
 * not those against it. ("复议机关维持2件" names the other body that decided ours: not this.)
 * "全年办理行政复议案件136件，…其中维持98件、撤销12件" (red team 23): one 办理s the cases one
 * decides; a body applied against answers them (被申请, 答复: not these). Not 审结 or 审理, said of
 * the cases against the body too ("本年度全县已审结行政复议案件2件", "尚在审理的…": qizhong-nested-2023),
 * nor "正在办理的…复议案件". And the cases of the bodies under it ("区政府办理各街道、区直部门为被申请人的行政复议案件120件",
 * "以街道办事处为被申请人的…3件": rt84).
 */
export const AS_REVIEWER = /作为[^，,；;。\d]{0,8}?(?:行政)?复议(?:机关|机构)|以(?:行政)?复议(?:机关|机构)(?:的)?身份|受理[^，,；;。\d]{0,10}复议申请|(?<![正尚仍]在)办理[^，,；;。\d被答]{0,10}?复议(?:案件|申请)|(?:各|下级|所属|[区县市]直)[^，,；;。\d]{0,12}?为被申请人|(?:街道办事处|街道|乡镇(?:人民)?政府|乡镇)等?为被申请人/;

/**
 * The opening of a ；-clause on suits, or on cases against the body, that names disclosure or the body itself: another
 * subject than the reviews it decides (not "复议后被提起行政诉讼3件", which may be the reviewer's own as 共同被告).
 */
const SUITS_OR_AGAINST = /诉讼|应诉|起诉|被申请|被提起|被起诉|作为被/;
const OWN_NAME = /本机关|本单位|本部门|本[局厅委办府院署]|我[局厅委办府院署]/;
const OURS_OPENING = new RegExp(`信息公开|${OWN_NAME.source}`);

/**
 * Is the figure at `pos` one of the reviews the body decides (AS_REVIEWER said in its sentence, before or after it)? Not
 * in a ；-clause that opens on suits or on cases against the body (OURS_OPENING), nor past one, with no words of the reviewer since
 * (rt78's 43: "全年办理行政复议案件58件（含政府信息公开类1件），行政应诉案件126件，败诉率3.2%；政府信息公开类行政诉讼2件，
 * 尚未审结" — the suits are the body's own, table 四's: were unread; rt80's "…；因政府信息公开被提起行政诉讼2件"). A ；-clause
 * opening on 其中 goes on with the one before it.
 */
export function asReviewerAt(text: string, pos: number, body: Body | null = null): boolean {
  return ownCasesFrom(text, pos, body) < 0;
}

/**
 * The body's own cases past the reviews it decides, of every kind: where those reviews name their disclosure ones and the
 * body's own ；-clauses, up to the figure's, do not ("我局作为行政复议机关，全年办理行政复议案件58件（含政府信息公开类12件）；
 * 本局被提起行政诉讼8件，已审结6件，尚未审结2件" — rt82: the 8, 6 and 2 were compared with table 四's 1 since txt77). Not table
 * 四's; the body's cases named with no kind after reviews named with none are, as the section's are (txt77's "我厅作为行政复议
 * 机关，…；本厅被申请行政复议1件，结果维持").
 */
export function everyKindPastReviews(text: string, pos: number, body: Body | null = null): boolean {
  const start = ownCasesFrom(text, pos, body);
  if (start <= 0) return false;
  const next = text.slice(pos).search(/[；;]/);
  return !text.slice(start, next < 0 ? text.length : pos + next).includes('信息公开') && text.slice(0, start).includes('信息公开');
}

/**
 * Where the ；-clause of the body's own cases the figure at `pos` is in or past begins (asReviewerAt); -1 where the figure is
 * one of the reviews the body decides, or where no clause opens on the body's own since the sentence's start.
 */
function ownCasesFrom(text: string, pos: number, body: Body | null): number {
  const gov = ownsGovernment(body);
  if (!AS_REVIEWER.test(text) && !(gov && GOVERNMENT_RECEIVES.test(text))) return 0;
  const next = text.slice(pos).search(/[；;]/);
  let end = next < 0 ? text.length : pos + next;
  let reviewer: string | undefined;
  for (let start = semicolonClauseStart(text, pos); ; start = semicolonClauseStart(text, start - 1)) {
    const clause = text.slice(start, end);
    if (AS_REVIEWER.test(clause) || (gov && GOVERNMENT_RECEIVES.test(clause))) return -1;
    const digit = clause.search(/[0-9０-９]/);
    const opening = clause.slice(0, digit < 0 ? clause.length : digit);
    // (or on the reviewer's own name, said again: "县政府作为行政复议机关，…；县政府被申请行政复议6件"; not on another body's,
    // the reviews it decides: "本机关作为复议机关，…；区政府因政府信息公开被申请行政复议5件" — rt82)
    if (!/^\s*其中/.test(opening) && SUITS_OR_AGAINST.test(opening)) {
      if (namesReviewer(opening, (reviewer ??= reviewerName(text))) || namesOwnGovernment(opening, body)) return start;
      if (OWN_NAME.test(opening) || (OURS_OPENING.test(opening) && !OTHER_BODY_OPENING.test(opening))) return start;
    }
    if (start === 0) return -1;
    end = start - 1;
  }
}

/** The name the reviewer is given in "县政府作为行政复议机关", "市人民政府作为复议机关": the words before 作为 in its ，-clause ('' if none). */
function reviewerName(text: string): string {
  const m = /(?:^|[，,；;：:。])\s*([\u4e00-\u9fa5]{2,8}?)作为[^，,；;。\d]{0,8}?(?:行政)?复议(?:机关|机构)/.exec(text);
  return m ? (m[1] ?? '') : '';
}

/**
 * Does a ；-clause's opening name the report's own government by its level ("县政府因政府信息公开被申请行政复议1件" in a 县人民政府's
 * report, after "县政府共收到行政复议申请86件": rt84 — OTHER_BODY_OPENING took it for another body's)? Not its offices or
 * departments ("县政府办公室", "县直部门"), nor it with others ("县政府及其工作部门").
 */
function namesOwnGovernment(opening: string, body: Body | null): boolean {
  const levels = ownsGovernment(body) ? [...(body?.levels ?? [])].join('') : '';
  return levels !== '' && new RegExp(`^\\s*(?:(?:同时|此外|另外|另|全年|年内)[，,]?)?(?:本|我)?[\\u4e00-\\u9fa5]{0,6}?[${levels}](?:人民)?政府(?![办及和与、各所直部])`).test(opening);
}

/** Is the report a government's own (…县人民政府, not its office)? */
const ownsGovernment = (body: Body | null): boolean => !!body?.name && !body.office && /政府$/.test(body.name);

/**
 * A government's report on the review applications it receives, as the 复议机关 ("2024年，县政府共收到行政复议申请86件，依法受理80件，
 * 审结75件": rt84, three errors against table 四). Not where the words name disclosure ("收到政府信息公开行政复议申请五件": a body's
 * own, txt69), nor "…申请书副本", nor in another body's report.
 */
const GOVERNMENT_RECEIVES = /(?:收到|接收|新收)(?:(?!信息公开)[^，,；;。\d]){0,10}复议申请(?!书?副本)/;

/** A ；-clause opening on another body than ours, the subject of its cases: "区政府因…", "市自然资源局被申请…", "各乡镇…". */
const OTHER_BODY_OPENING = /^\s*(?:(?:同时|此外|另外|另|全年|年内)[，,]?)?[\u4e00-\u9fa5]{0,12}?(?:政府|部门|[局厅委办院署]|办公室|委员会|街道|乡镇|[乡镇]|单位|机关)(?:等)?(?:因|被|作为|涉及|为被)/;

/** Does a ；-clause's opening start with the reviewer's name ("县政府被申请行政复议…", "县政府作为被申请人的…")? */
function namesReviewer(opening: string, name: string): boolean {
  return name.length >= 2 && opening.trimStart().startsWith(name);
}

/**
 * Other work counted in 件 before a figure whose topic is only its paragraph's: "全年受理行政许可30件，2件顺延至下一年度
 * 办理" under "（二）依申请公开" (recall42's probe, an older false error: the 2 is the permits', not table 三's).
 */
export const OTHER_WORK_BEFORE = /行政许可|行政处罚|行政审批|审批事项|许可事项|政务服务事项|行政检查|行政强制/;

/**
 * Cases the body handles for its government, not those against it: "我局代表区政府处理行政复议案件12件，办结12件",
 * "代区政府应诉行政诉讼案件5件", "受区政府委托办理行政复议案件…" (rt41: compared with table 四). Words of 申请
 * right after the government are an office acting for it on applications (paragraph-topic.ts) and stay read.
 * "以区政府名义应诉行政诉讼案件5件" is the same (rt44: compared with table 四's 2), and so is "作为区政府的承办部门，
 * 应诉行政诉讼案件4件" (rt44 left it; recall45): the cases are the government's, this body only handles them.
 */
export const FOR_GOVERNMENT_CASES = /(?:(?:代表|代理|代|受)[省市县区镇乡旗州盟](?:人民)?政府(?:委托[，,]?)?|以[省市县区镇乡旗州盟](?:人民)?政府(?:的)?名义|作为[省市县区镇乡旗州盟](?:人民)?政府(?:的)?[^，,；;。\d]{0,8}?(?:承办|经办)(?:部门|单位|机构)[，,]?)(?![^，,；;。\d]{0,12}?(?:被申请|被起诉|被提起|作为被))[^，,；;。\d]{0,12}?(?:复议|诉讼|应诉|起诉)/;

/**
 * Is the figure at `pos` one of the cases handled for the government (FOR_GOVERNMENT_CASES said before it in its
 * ；-clause, with no case against the body between)? Not the sentence's every figure: "我局被申请行政复议4件；代表区政府
 * 应诉行政诉讼案件2件", "我局被申请行政复议4件，代区政府应诉2件" (rt43: the 4 against table 四 is read).
 */
export function forGovernmentCase(text: string, pos: number): boolean {
  const from = semicolonClauseStart(text, pos);
  const m = FOR_GOVERNMENT_CASES.exec(text.slice(from, pos));
  return m !== null && !/被申请|被起诉|被提起|作为被/.test(text.slice(from + m.index + m[0].length, pos));
}

/** A joining word and another row of table 三 ("和上年结转", "、新收"): the start of the next item. */
const ALL_ARE = /^\s*(?:均|全部|全都|都|皆)(?:为|是|系|属于?|由)/;
const NEXT_ROW = new RegExp(`^(?:和|与|及|以及|、)(?:${CARRIED_SOURCE}|本年新收|新收|新受理)`);

/**
 * Words right after a figure that make it a count of some kind only: "5件重复申请" (not "86件
 * 政府信息公开申请"), "复议申请12件（含非政府信息公开类）".
 */
export function namesNarrowerKind(after: string): boolean {
  // (申请人 is who applied, not the noun: "45件申请人补正后的申请", red team 27's probe)
  const q = /^([^，,；;。\d（）()]{0,8}?)(?:申请(?!人)|案件)/.exec(after);
  // "收到申请86件和上年结转申请5件": the noun after 和 is the next figure's, another row of table 三
  if (q && NEXT_ROW.test(q[1] ?? '')) return false;
  // "上年结转的4件均为自然人申请": what all of them are, not a kind of some (txt65: it was no claim, its twin unflagged)
  if (q && ALL_ARE.test(q[1] ?? '')) return false;
  if (q && !/^的?(?:政府信息公开|信息公开|依申请公开|公开|行政复议|行政诉讼|复议|诉讼)?$/.test(q[1] ?? '')) return true;
  // "复议申请12件（含非政府信息公开类）"
  if (/^\s*[（(]\s*(?:含|包括)[^）)]{0,12}(?:非|其他类|其它类)/.test(after)) return true;
  return false;
}

/**
 * "本年度共受理各类申请80件，其中依申请公开62件，信访件18件": a 其中 list with other work among its parts (信访, 咨询,
 * 12345, 人大建议…) says the whole counts more than applications (recall49: the 80 was compared with table 三's 新收).
 * Its ，-clauses are read up to the sentence's or ；-clause's end, or one with a verb of its own ("，办结63件", "，另…"),
 * whose words are the sentence's next claim, not the list's; "信访举报投诉类申请" is table 三's 不予处理 row, no other work.
 * Null where the list is not such; else where (in `after`) the one part naming disclosure applications has its count
 * ("依申请公开62件": the whole's row for them, compared in its stead), or null.
 */
export function otherWorkParts(after: string, ofDisclosure = false): OtherWorkParts | null {
  const m = /^[^，,；;。]{0,6}[，,]\s*其中[：:，,]?([^。；;]*)/.exec(after);
  if (!m) return null;
  let at = m.index + m[0].length - (m[1] ?? '').length;
  let other = false;
  let channel = false;
  let complaint = false;
  const disclosure: number[] = [];
  for (const part of (m[1] ?? '').split(/(?<=[，,、])/)) {
    const own = part.includes('信访') ? part.replace(/信访举报投诉类?/g, '') : part;
    if (/另|此外|同时|办结|答复|办理|结转|受理|收到|接收|处理/.test(own.includes('转办') ? own.replace(/(?:热线)?转办/g, '') : own)) break;
    const count = /[\d０-９]+\s*件/.exec(part);
    if (count && CHANNEL_PART.test(part.slice(0, count.index))) channel = true;
    // (under a whole of disclosure applications, "其中通过信访渠道转来的申请5件", "咨询类申请8件" are its applications — rt50: the
    // whole's 70 against 62 was silent)
    else if (count && NOT_APPLICATION.test(own) && !(ofDisclosure && /(?:的|类)申请\s*$/.test(part.slice(0, count.index)))) other = true;
    else if (count && DISCLOSURE_PART.test(part.slice(0, count.index))) disclosure.push(at + count.index);
    else if (count && own !== part) complaint = true;
    at += part.length;
  }
  const disclosureAt = disclosure.length === 1 ? disclosure[0]! : null;
  // (a hotline beside the disclosure applications is other work, as before; beside channels alone, one of them)
  if (other || (channel && disclosureAt !== null)) return { disclosureAt, channelsOnly: false, atMost: false };
  if (channel) return { disclosureAt: null, channelsOnly: true, atMost: false };
  // ("信访举报投诉类申请" beside the disclosure applications: table 三's 不予处理 row among them, or other work beside them)
  if (complaint && disclosureAt !== null) return { disclosureAt, channelsOnly: false, atMost: true };
  return null;
}

/**
 * otherWorkParts' reading: where its disclosure part is; `channelsOnly` where the only other work named is the 12345
 * hotline as a way in ("其中网上申请40件，12345热线转办22件": recall50, the whole was left unread — a whole that names
 * disclosure applications is read, mixedWhole); `atMost` where the other part is "信访举报投诉类申请" (recall50: table 三
 * counts those received among the applications, as 不予处理, so the whole may be its 新收 or hold other work: the whole is
 * not read, and the disclosure part is compared as a part, an error only where more — "本年度共受理各类申请80件，其中依申请
 * 公开62件，信访举报投诉类申请18件" compared the 80 with table 三's 62).
 */
export interface OtherWorkParts {
  disclosureAt: number | null;
  channelsOnly: boolean;
  atMost: boolean;
}

/** A part that is the 12345 hotline as a way applications come in: "12345热线转办", "通过12345热线转来的申请". */
const CHANNEL_PART = /^\s*(?:通过|经)?(?:市民|政务服务便民)?(?:12345|12345热线|12345政务服务便民热线|政务服务便民热线)(?:平台)?(?:转办|转来|转交|转入|交办)(?:的)?(?:政府信息公开)?(?:申请)?(?:共|为)?\s*$/;
/** A whole's words that name the disclosure applications ("收到政府信息公开申请70件", "依申请公开申请70件"), which a list of channels divides. */
const DISCLOSURE_WHOLE = /政府信息公开申请|信息公开申请|依申请公开|申请公开政府信息/;

/** The rows a whole of applications names, whose disclosure part may stand in its stead. */
const WHOLE_ROWS = new Set(['new', 'received', 'processed', 'handled']);

/**
 * Is the whole at `f` one with other work among its parts (otherWorkParts)? Its part that is ours, if it names one, is put in
 * `ownParts` with the whole's row, to be compared in its stead: "全年共受理各类申请80件，其中依申请公开62件，信访件18件" — the
 * 62 is read as received (新收, or with 上年结转), not the 80. (No `ownParts` where the whole is itself such a part.)
 */
export function mixedWhole(text: string, figures: readonly TextFigure[], f: TextFigure, clause: string, ownParts: Map<TextFigure, Measure> | null): boolean {
  const mixed = otherWorkParts(text.slice(f.end), DISCLOSURE_WHOLE.test(clause) && !(clause.includes('各') && /各类|各种|各项/.test(clause)));
  if (!mixed || (mixed.channelsOnly && DISCLOSURE_WHOLE.test(clause))) return false;
  const whole = mixed.disclosureAt === null || !ownParts ? null : pickMeasureAt(clause, APPLY_MEASURES)?.measure;
  const part = whole && WHOLE_ROWS.has(whole.id) ? figures.find((g) => g.start === f.end + (mixed.disclosureAt ?? -1)) : undefined;
  if (whole && part) ownParts?.set(part, mixed.atMost ? { ...whole, subItem: true } : whole);
  return true;
}

/** A part that is the disclosure applications, nothing narrower: "依申请公开62件", "政府信息公开申请62件". */
const DISCLOSURE_PART = /^\s*(?:依申请公开|(?:政府)?信息公开申请|依申请公开(?:政府信息)?申请|申请公开政府信息)(?:类|事项)?(?:的)?(?:申请)?(?:共|为)?\s*$/;

/** "另收到", "此外受理", "还收到": received besides the year's whole (recall46). */
export const ADDED_BESIDE = /^(?:另外?|此外|还|又|另行)(?:又|还|再)?(?:新)?(?:收到|受理|接收|接到|新收)/;

/**
 * "本机关收到4件政府信息公开申请", "全年共受理65件政府信息公开申请" (hunt50's miss; recall54): the count written before its
 * noun, the applications named right after the figure and nothing else to the clause's end. The topic is the applications
 * as if the noun stood before the figure ("收到政府信息公开申请62件" was read, "收到62件政府信息公开申请" was not); the
 * clause's words before the figure still say which row (收到, 受理, 办结…), and every test of such a figure still holds.
 * Not "62件政府信息公开申请咨询", "…申请和投诉", "…申请中" (the noun goes on).
 */
export function applicationsNamedAfter(after: string): boolean {
  // (and the bare noun, "全年办结64件申请，均在…": txt63's batch; the words before the figure still pick the row and their
  // noun, "受理不动产登记64件申请" another kind)
  // (and "收到的60件申请均已办结": those received, all closed, txt69 — read at most the row in vs-table-outcome.ts)
  // (申请 looked for first: where it is not said the regex is never compiled, perf63)
  return after.includes('申请') && /^\s*(?:的)?(?:政府信息公开|信息公开|依申请公开(?:政府信息)?)?申请(?:件)?(?=\s*(?:[，,；;。（(]|$|(?:均|都|全部)?(?:已经?|现已)(?:全部)?(?:按时|按期|依法)?(?:办结|答复|办理完毕|答复完毕|处理完毕)))/.test(after);
}

/**
 * "收到申请86件和重复申请9件": the 收到 before 86 is not the 9's, whose own words name a narrower
 * kind. True when the figure's measure ends (at `measureEnd`) before an earlier figure of its
 * clause, and the words between that figure and this one name a kind of application of their own.
 */
export function kindBetween(s: SentenceFigures, f: TextFigure, measureEnd: number): boolean {
  let prev: TextFigure | null = null;
  for (const g of s.figures) if (g.end <= f.start && g.start >= measureEnd) prev = g;
  return prev !== null && namesNarrowerKind(s.text.slice(prev.end, f.start));
}
