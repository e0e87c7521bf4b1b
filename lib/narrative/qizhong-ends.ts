/**
 * Where a 其中 list may end before its sentence does (parts-qizhong.ts reads the list both ways): past
 * a ； opening a statement of its own, at a ，-clause turning to another place of publication, or at a
 * ，-clause opening on the year again with its own verb.
 */
import { cmpDec, decToNumber, sumDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { clauseEnd } from './parts-sum.ts';
import { channelPastSemicolon } from './channel-past-semicolon.ts';
import { part } from './note-words.ts';
export { listEnds } from './qizhong-topic-end.ts';
import type { NotePart } from '../types.ts';
import { lastMark } from '../text/marks.ts';

/**
 * A ；-clause that opens on a verb of its own doing ("；开展“政府开放日”活动7场", "；组织培训3期"):
 * a statement beside the 其中 list before the ；, which may have ended there. A list running over
 * the ； reads its items as nouns ("其中，予以公开32件；部分公开7件").
 */
const NEW_STATEMENT = /^(?:开展|举办|召开|组织|邀请|推出|制作|印发|出台|建成|设立|开设|开通|完成|接待|走访|参加|参与|承办|受理|收到|新收|接收|接到|办理)/; // (新收/接收/接到: "其中行政许可申请1198件；新收政府信息公开申请62件…", rt86)

/**
 * A ；-clause that opens on a verb of publishing ("；转载发布…信息160条", "；发布…信息481条") after a
 * 其中 whose items open on none ("其中图解5条"): another thing published beside the list, not an item
 * of it (hunt36: a real 2020 city commission's "政策文件12条，…其中图解5条；转载发布…160条，发布…481条"
 * summed as 646 against 12). A list whose items open on that verb too ("其中发布工作动态50条；发布通知
 * 公告70条") runs on over the ； as one list, as before.
 */
const PUBLISHING = /^(?:转载|转发|发布|推送|更新|编发|刊发|刊登|报送|上传|公开)/;

/**
 * Is the item past the ； of the list's first item's dimension (a channel after a channel, an applicant after an applicant)? Then a
 * verb it opens on is the list's next item, not a statement of its own: "其中：接到当面申请5件；接收网上申请48件；收到信函申请9件",
 * "其中自然人申请58件；接收法人或其他组织申请4件" (rt88: rt86's 新收/接收/接到 in NEW_STATEMENT made these twins, 72 of 62, a skip).
 */
function sameDimension(first: TextFigure, next: TextFigure, dim?: (f: TextFigure) => string | null): boolean {
  // (but not past a ； opening on the year again: "收到信函1260件，其中政府信息公开申请9件；全年新收政府信息公开申请64件" states
  // the year's 新收 anew, its own claim — txt90, rt89 left the 64 uncompared)
  if (YEAR_ANEW.test(next.label)) return false;
  const d = dim?.(first) ?? null;
  return d !== null && dim?.(next) === d;
}

/**
 * A ；-clause opening on the year, then the applications' intake named whole: "；全年新收政府信息公开申请64件", "；本年度共收到政府信息
 * 公开申请62件" (txt90) — not a channel ("；全年收到信函申请14件" after "其中网上申请48件" is the list's next item, rt88).
 */
const YEAR_ANEW = /^[\s，,；;]*(?:全年|本年度?|今年|年内)(?:共|累计)?(?:新收|收到|受理|接收|接到)(?:了)?(?:的)?(?:政府信息公开|依申请公开)(?:的)?申请\s*$/;

/** The words between the 其中 (or 包括) at q and the list's first figure. */
function firstItemWords(s: SentenceFigures, q: number, parts: readonly { f: TextFigure }[]): string {
  const first = parts[0];
  return first ? s.text.slice(q + 2, first.f.start).replace(/^[\s，,：:]+/, '') : '';
}

/**
 * Why a 其中 list read past the ； may not be one list, or undefined: its first part past the ；
 * opens a statement of its own, or is the whole of a 其中 list of its own ("其中网上申请48件；受理
 * 12345热线转办工单1,286件，其中政务公开类36件").
 */
export function pastSemicolon(s: SentenceFigures, q: number, parts: readonly { f: TextFigure }[], dim?: (f: TextFigure) => string | null): string | NotePart | undefined {
  const end = clauseEnd(s.text, q);
  const next = parts.find((p) => p.f.start > end);
  if (!next) return undefined;
  // "…193条，其中公开行政规范性文件4件，发布政策解读材料5件；微信公众号、官方抖音号分别发布信息255条、63条"
  // (recall38, a real 2025 city bureau's report, an error on 193): the 其中's own clause holds no item of
  // the whole's counter, and every part read stands past the ；: another statement, not its list
  if (next === parts[0]) return `“其中”所在分句没有以该量词计的分项，“；”后的${next.f.raw}等另起一事`;
  const words = s.text.slice(end + 1, next.f.start).replace(/^[\s，,]+/, '');
  if ((NEW_STATEMENT.test(words) || YEAR_ANEW.test(words)) && !sameDimension(parts[0]!.f, next.f, dim)) return part('semicolonTurn', words);
  if (PUBLISHING.test(words) && !PUBLISHING.test(firstItemWords(s, q, parts))) return `“；”后的“${words}”以动词另起一事，“其中”后各项不以它开头，“其中”所列可能止于“；”`;
  if (/^[，,]\s*其中/.test(s.text.slice(next.f.end))) return `“；”后的${next.f.raw}另有“其中”，是另一总数，“其中”所列可能止于“；”`;
  return undefined;
}

/**
 * Where a 其中 list run over ；-clauses may end at a later ；: the first ；-clause past the 其中's own
 * that opens a statement of its own (NEW_STATEMENT) or, when the list's first item opens on no verb of
 * publishing, on one (PUBLISHING). hunt41b: a real 2011 街道 report's "共发布主动公开信息33条，其中“机构设置”
 * 栏目发布信息3条；“工作动态”栏目发布信息30条；发布依申请公开信息共28条" (the two columns add up, the
 * 依申请 clause after them was summed in, 61 against 33). pastSemicolon reads only the first ；; this is a
 * reading beside the whole sentence, as channelTurn is. null when none.
 */
export function semicolonTurn(s: SentenceFigures, q: number, dim?: (f: TextFigure) => string | null): number | null {
  const first = s.figures.find((f) => f.start > q);
  if (!first) return null;
  const firstWords = s.text.slice(q + 2, first.start).replace(/^[\s，,：:]+/, '');
  const re = /[；;]/g;
  re.lastIndex = clauseEnd(s.text, q) + 1;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const words = s.text.slice(m.index + 1).replace(/^[\s，,]+/, '');
    const next = s.figures.find((f) => f.start > m!.index);
    if (((NEW_STATEMENT.test(words) || YEAR_ANEW.test(words)) && !(next && sameDimension(first, next, dim))) || (PUBLISHING.test(words) && !PUBLISHING.test(firstWords))) return m.index;
  }
  return null;
}

/**
 * A ，-clause that names where it publishes: "在信息公开目录系统发布…", "通过微信公众号推送…", and
 * without the preposition, the place then 上 and the verb: "单位公示栏上公开…" (hunt34: a 2025 county
 * bureau's list of the site's items, then what its 公示栏 showed).
 */
const CHANNEL_CLAUSE = /^(?:(?:并|还|另|同时)?(?:在|通过|依托|利用)[^，,；;。\d]{0,16}?(?:网站|网页|门户|微博|微信|公众号|新媒体|客户端|APP|App|抖音|头条|视频号|系统|平台|专栏|公开栏|公告栏|公示栏|显示屏|媒体)|[^，,；;。\d]{0,10}?(?:公开栏|公告栏|公示栏|宣传栏|显示屏|网站|公众号|微博)上(?:公开|发布|公示|推送|张贴|更新))/;

/**
 * Where a 其中 list of kinds of information may end: at a ，-clause after its first item that turns
 * to another place of publication ("其中更新工作动态120条，…发布公告20条，在信息公开目录系统发布
 * 政务动态120篇，更新组织机构信息12条": a 2020 town report, hunt33; the items after it count what
 * that system holds, not parts of the site's total). Not when the list's first item names its place
 * too: then every item is a channel, and the clause one more of them. null when none.
 */
export function channelTurn(s: SentenceFigures, q: number, whole: TextFigure): number | null {
  const first = s.figures.find((f) => f.start > q);
  if (!first) return null;
  const firstWords = s.text.slice(q + 2, first.start).replace(/^[\s，,：:]+/, '');
  if (CHANNEL_CLAUSE.test(firstWords)) return null;
  const end = clauseEnd(s.text, q);
  const re = /[，,]/g;
  re.lastIndex = first.end;
  for (let m = re.exec(s.text); m && m.index < end; m = re.exec(s.text)) {
    const rest = s.text.slice(m.index + 1);
    if (CHANNEL_CLAUSE.test(rest) && !joinedItem(s, q, m.index, rest, whole)) return m.index;
  }
  return null;
}

/** 并, 还, 同时 before the place: the clause goes on with the list as often as it leaves it. */
const JOINED = /^(?:并|还|同时)/;
/** Words of the list's own items: a publishing verb (the items of 主动公开), a result of an application (table 三's), a way in (提交, 受理). */
const ITEM_WORDS = /发布|公开|推送|更新|转载|刊发|上传|编发|推出|不予|无法提供|其他处理|撤回|办结|答复|提交|受理/;

/**
 * A clause on 并/还/同时 and a place that is the list's missing item: it publishes ("还通过政府网站专栏发布政策解读51条" after
 * 工作动态 300 and 通知公告 150 of 500) or answers ("同时通过依申请公开平台答复不予处理6件" after 予以公开 … 无法提供 of 60 办结),
 * the items before it fall short of the whole, and its count is near what is missing (within a tenth of the whole) — rt101:
 * four such wrong lists were errors before hunt99 and silent after it, cut one short (a skip). A list that adds up before it,
 * or a count far from what is missing ("，同时通过政务微信公众号推送信息320条" after 450 of 500), leaves: hunt99's "，并通过其他
 * 信访平台受理回复群众意见43条" after 328 + 50 of 378. 另 always leaves.
 */
function joinedItem(s: SentenceFigures, q: number, comma: number, rest: string, whole: TextFigure): boolean {
  if (!JOINED.test(rest)) return false;
  const next = s.figures.find((f) => f.start > comma);
  if (!next || !isCount(next) || next.unit !== whole.unit || !ITEM_WORDS.test(s.text.slice(comma + 1, next.start))) return false;
  const before = s.figures.filter((f) => f.start > q && f.end <= comma && isCount(f) && f.unit === whole.unit && f.paren === null);
  const missing = decToNumber(whole.value) - decToNumber(sumDec(before.map((f) => f.value)));
  if (!(before.length > 0 && missing > 0 && Math.abs(decToNumber(next.value) - missing) <= decToNumber(whole.value) / 10)) return false;
  // (over what is missing, the count is no sign of an item: a channel's own output, "并通过政务微博发布信息80条" after 450 of 500, or
  // another platform's, "并通过其他信访平台受理回复群众意见43条" after 368 of 378, leaves — they were errors 530:500, 411:378, txt101;
  // a kind or a result of its own, "还通过政府网站专栏发布政策解读51条", "同时…答复不予处理6件", stays the list's)
  // (another platform naming a kind or a result of the list's own stays: "同时通过其他平台答复不予处理9件", "并通过其他栏目发布政策解读
  // 60条", "并通过其他平台提交申请18件" were errors before txt101 and a skip after — rt102)
  const said = s.text.slice(comma + 1, next.start);
  return decToNumber(next.value) <= missing || !OWN_OUTPUT.test(said) || OWN_KIND.test(said);
}
/** A kind or a result of the lists' own, named in the joined clause: an application, a reading of policy, table 三's results. */
const OWN_KIND = /申请|解读|不予|无法提供|部分公开|予以公开|撤回/;
/** A joined clause naming another place (其他…平台) or the place's output in general (发布信息, 推送内容) before its count. */
const OWN_OUTPUT = /^\s*(?:并|还|同时)?\s*(?:在|通过|依托|利用)(?:其他|其它|另外)|(?:发布|推送|公开|更新|转载|刊发|上传|编发|推出)(?:了)?(?:各类|相关|政务)?(?:信息|内容|稿件|文章|消息|图文(?:信息)?)\s*$/;

/**
 * A ，-clause that opens on the year again and its own verb: "全年发布各类解读信息42条", "本年度共回应
 * 关切16次". It states another thing done in the year, beside the list, not an item of it.
 */
const FRAME_CLAUSE = /^(?:全年|本年度?|今年|年内)(?:共|累计|还|另|又)?(?:发布|公开|推送|更新|编发|印发|制发|开展|举办|召开|受理|办理|收到|回应|解读|转载|征集)/;

/**
 * The year again, then a short name of where, then a verb of publishing: "全年微秦都编发图文视频信息303版，
 * 1916条" (hunt40b: a real 2020 district's list of its site's nine kinds of information, then what its
 * WeChat account 微秦都 sent, summed in as a tenth item). Only a verb of publishing may follow the name.
 */
const FRAME_PLACE_CLAUSE = /^(?:全年|本年度?|今年|年内)[^，,；;。、\d（()）“”"]{1,6}?(?:共|累计)?(?:发布|推送|更新|编发|转载|刊发|上传)/;

/**
 * Where a 其中 list may end: at a ，-clause after its first item that opens on the year again
 * (FRAME_CLAUSE): "信息发布总数4784条，其中政务动态信息2380条，概况类信息605条，信息公开目录信息1799条，
 * 全年发布各类解读信息42条" (hunt34: a 2023 city report whose three items add up; the 解读 clause
 * was summed in). A reading beside the whole clause, as channelTurn is. null when none.
 */
export function frameTurn(s: SentenceFigures, q: number): number | null {
  const first = s.figures.find((f) => f.start > q);
  if (!first) return null;
  const end = clauseEnd(s.text, q);
  const re = /[，,]/g;
  re.lastIndex = first.end;
  for (let m = re.exec(s.text); m && m.index < end; m = re.exec(s.text)) {
    const rest = s.text.slice(m.index + 1).trimStart();
    if (FRAME_CLAUSE.test(rest) || FRAME_PLACE_CLAUSE.test(rest)) return m.index;
  }
  return null;
}

/**
 * A ，-clause opening on a verb of its own doing whose count is in another counter than the whole's:
 * "组织在线访谈24场", "征求公众意见2次". It states another thing done beside the list (hunt37: a real
 * 2024 city bureau's "主动公开信息2240条，其中，政务动态信息2014条、…概况类信息61条，组织在线访谈24场，征求
 * 公众意见2次，发布解读信息2条": the three items add up, the 解读 clause after the turn was summed in).
 */
const DOING_CLAUSE = /^(?:组织|开展|举办|召开|征求|征集|邀请|接待|回应|解答|答复|接听|走访|参加|参与|承办|推出|制作|印发|出台|完成|设立|开设|开通)/;

/**
 * Where a 其中 list whose items open on no verb may end: at the first ，-clause after its first item that
 * opens on a verb of doing (DOING_CLAUSE) and counts in another counter than the whole (the counts after
 * it, even in the whole's counter, may be of that other statement). A reading beside the whole clause,
 * as channelTurn is. null when none, or when the list's first item opens on such a verb too.
 */
export function doingTurn(s: SentenceFigures, q: number, whole: TextFigure): number | null {
  const first = s.figures.find((f) => f.start > q);
  if (!first) return null;
  const firstWords = s.text.slice(q + 2, first.start).replace(/^[\s，,：:]+/, '');
  if (DOING_CLAUSE.test(firstWords) || NEW_STATEMENT.test(firstWords)) return null;
  const end = clauseEnd(s.text, q);
  const re = /[，,]/g;
  re.lastIndex = first.end;
  for (let m = re.exec(s.text); m && m.index < end; m = re.exec(s.text)) {
    const rest = s.text.slice(m.index + 1).trimStart();
    if (!DOING_CLAUSE.test(rest)) continue;
    const next = s.figures.find((f) => f.start > m!.index);
    const stop = s.text.slice(m.index + 1).search(/[，,；;。]/);
    if (next && (stop < 0 || next.start < m.index + 1 + stop) && isCount(next) && next.unit !== whole.unit) return m.index;
  }
  return null;
}

/** "在主动公开的信息中，" opening a list of its own (info-among.ts reads it under the whole). */
const AMONG_PUBLISHED = /[，,；;]\s*(?:在|从)?(?:本年度?|全年)?主动公开的(?:政府)?信息中/g;

/**
 * Why a 其中 list that runs past "在主动公开的信息中" may not be one list, or undefined (rt39b: "主动公开
 * 信息70条，其中网站公开60条，在主动公开的信息中，工作动态信息32条，…其他信息8条" summed 60 with the kinds
 * after it): the words open a second division of the whole, and the 其中 list ends before them.
 */
export function pastAmongPublished(s: SentenceFigures, q: number, parts: readonly { f: TextFigure }[]): NotePart | undefined {
  // (主动公开的 looked for first: a page that never says it never compiles the regex, perf63)
  if (!s.text.includes('主动公开的')) return undefined;
  AMONG_PUBLISHED.lastIndex = q;
  const m = AMONG_PUBLISHED.exec(s.text);
  if (!m || !parts.some((p) => p.f.end <= m.index) || !parts.some((p) => p.f.start > m.index)) return undefined;
  return part('amongPublished');
}

/** A whole that names messages (留言, 来信, 信箱, 热线…). */
const MESSAGES_NAMED = /留言|来信|来电|咨询|诉求|工单|信箱|热线/;

/**
 * A ，-clause counting the messages a body handled: "办理留言数量2444条", "回复网民留言300条", "受理咨询
 * 50件". Messages are no kind of information published (hunt40: a real 2022 city bureau's "通过网站公开
 * 发布信息共1791条，其中概况类信息32条，…回应公众关注热点26条，办理留言数量2444条" summed the 2444 in, 3397
 * against 1791, an error on a list short of its whole).
 */
const MESSAGE_CLAUSE = /^(?:办理|回复|答复|受理|收到|处理|接收|接听)?[^，,；;。\d]{0,6}?(?:留言|来信|来电|咨询|诉求|工单)/;

/**
 * Where a 其中 list of information may end: at a ，-clause after its first item that counts messages
 * handled (MESSAGE_CLAUSE). Not when the whole or the first item names messages too: then the clause
 * may be one more of them. A reading beside the whole clause, as channelTurn is. null when none.
 */
export function messageTurn(s: SentenceFigures, q: number, whole: TextFigure): number | null {
  const first = s.figures.find((f) => f.start > q);
  if (!first) return null;
  const firstWords = s.text.slice(q + 2, first.start).replace(/^[\s，,：:]+/, '');
  if (MESSAGE_CLAUSE.test(firstWords) || MESSAGES_NAMED.test(whole.label)) return null;
  const end = clauseEnd(s.text, q);
  const re = /[，,]/g;
  re.lastIndex = first.end;
  for (let m = re.exec(s.text); m && m.index < end; m = re.exec(s.text)) {
    if (MESSAGE_CLAUSE.test(s.text.slice(m.index + 1).trimStart())) return m.index;
  }
  return null;
}

/** A ，-clause counting how many of the messages were answered: "公开答复数量1061条", "已回复1500条", "办结率". */
const ANSWERED_CLAUSE = /^(?:公开|已|共|累计|均已)?(?:答复|回复|办结|反馈)(?:数量|数|量|总数)?(?:为|达)?$/;

/**
 * Where a 其中 list of messages by kind or channel may end: at a ，-clause after its first item that only
 * counts those answered (ANSWERED_CLAUSE). It counts the same messages again, by outcome (hunt40: a real
 * 2021 provincial bureau's "办理各类在线留言1647条，其中，局长信箱268条（…）、咨询交流1379条，公开答复数量
 * 1061条": the two kinds add up, the 1061 answered was summed in). Only under a whole of messages. null when none.
 */
export function answeredTurn(s: SentenceFigures, q: number, whole: TextFigure): number | null {
  if (!MESSAGES_NAMED.test(whole.label)) return null;
  const first = s.figures.find((f) => f.start > q);
  if (!first) return null;
  const end = clauseEnd(s.text, q);
  for (const f of s.figures) {
    if (f.start <= first.end || f.start >= end) continue;
    const cut = lastMark(s.text, '，,', f.start);
    if (cut <= first.end) continue;
    if (ANSWERED_CLAUSE.test(s.text.slice(cut + 1, f.start).trim())) return cut;
  }
  return null;
}

/** A channel of applications as a whole or an item names it: "网上申请30件", "当面申请12件", "通过信函提出申请3件". */
const CHANNEL_OF_APPLYING = /(?:^|通过|以)(当面|现场|窗口|信函|邮寄|书面|传真|网上|网络|在线|互联网|电子邮件|电子邮箱)(?:方式|形式|渠道)?(?:提出|提交|递交)?申请/;

/**
 * Where a 其中 list under one channel may end: at a ，-clause naming another channel of applying, a peer of
 * the whole's ("网上申请30件，其中政务网站20件，政务邮箱10件，当面申请12件": recall41, the 12 summed with the
 * two ways of applying online, 42 against 30). Only under a whole naming its channel, when the list's first
 * item names none. A reading beside the whole clause, as channelTurn is. null when none.
 */
export function peerChannelTurn(s: SentenceFigures, q: number, whole: TextFigure): number | null {
  // (申请 looked for first in both: a page that never names a channel of applying never compiles them, perf63)
  const own = whole.label.includes('申请') ? new RegExp(CHANNEL_OF_APPLYING.source.replace('(?:^|通过|以)', '')).exec(whole.label) : null;
  const first = s.figures.find((f) => f.start > q);
  if (!own || !first) return null;
  const firstWords = s.text.slice(q + 2, first.start).replace(/^[\s，,：:]+/, '');
  if (firstWords.includes('申请') && CHANNEL_OF_APPLYING.test(firstWords)) return null;
  const end = clauseEnd(s.text, q);
  const re = /[，,、]/g;
  re.lastIndex = first.end;
  for (let m = re.exec(s.text); m && m.index < end; m = re.exec(s.text)) {
    const peer = CHANNEL_OF_APPLYING.exec(s.text.slice(m.index + 1).trimStart());
    if (peer && peer[1] !== own[1]) return m.index;
  }
  return null;
}

/**
 * Words of the first item past a ； that make it something else than the next item of the 其中 list before
 * (rt43): a body of its own ("区卫生监督所网上申请10件"), a part of an item ("网上申请中通过网站提交30件"), other work
 * ("网上咨询120件", "网上办理60件", "回应关切30条"), the year again ("全年发布…"), a place or a verb of publishing
 * ("政务微博发布信息500条", "政府网站800条", "主动公开规范性文件5条"). Each only where the list's first item has none.
 */
const OTHER_THAN_ITEM: readonly RegExp[] = [
  /^[^，,；;\d]{1,10}?(?:局|所|中心|大队|委员会|办公室|街道|镇政府|乡政府|医院|学校)/,
  /^[^，,；;\d]{0,12}?(?:申请|信息|动态|文件|公告|事项|材料|栏目)中(?!心|央|国|共|医|学|小|村)/,
  /咨询|留言|来电|来访|办理|依申请|^(?:解读|回应)/,
  /^(?:全年|本年|今年|年内)/,
  /网站|网页|门户|微博|微信|公众号|平台|专栏|客户端|抖音|视频号|公开栏|公示栏/,
  /发布|推送|转载|转发|刊发|编发|更新|主动公开/,
];

/**
 * Does a 其中 list plainly run on over its first ；: "其中政务动态500条，通知公告300条；规划计划100条，其他信息200条",
 * "其中网上申请20件，信函申请5件；当面申请4件" (hunt41 left them: the reading that stops at the ； was short of the
 * whole and made the list a skip)? Only where nothing says the ；-clause is another statement (pastSemicolon),
 * and its first item is of the list's own dimension (a channel after channels) or the list closes with 其他
 * past it. `full` is the list read to the sentence's end; `dim` what an item counts by (item-dimensions.ts).
 */
export function runsOverSemicolon(s: SentenceFigures, q: number, full: readonly { f: TextFigure }[], dim: (f: TextFigure) => string | null, closes: (label: string) => boolean, whole?: TextFigure): boolean {
  const end = clauseEnd(s.text, q);
  if (!/[；;]/.test(s.text[end] ?? '')) return false;
  const first = full[0];
  const next = full.find((p) => p.f.start > end);
  if (!first || !next || first.f.start > end || pastSemicolon(s, q, full, dim) !== undefined) return false;
  // (not a list closed before the ；, nor one past a heading of its own: "…其他渠道100条；按类别划分，政务信息类120条…", hunt39c)
  if (full.some((p) => p.f.end <= end && closes(p.f.label)) || /[，,：:]/.test(s.text.slice(end + 1, next.f.start))) return false;
  // (nor one that adds up before the ；: "其中网上申请50件，当面申请36件；网上申请中通过网站提交30件…" of 86, rt43)
  const before = full.filter((p) => p.f.end <= end);
  // (but a bare way of applying past it, after ways of applying, is one more item: "…当面申请36件；信函申请10件" — recall45)
  if (whole && before.every((p) => p.f.unit === whole.unit) && cmpDec(sumDec(before.map((p) => p.f.value)), whole.value) === 0 && !channelPastSemicolon(s.text, whole, before, next.f, end)) return false;
  // (nor one whose next item names what the first does not: another body, a part of an item, other work, a place or verb of publishing)
  const firstWords = s.text.slice(q + 2, first.f.start).replace(/^[\s，,：:]+/, '');
  const nextWords = s.text.slice(end + 1, next.f.start).trim();
  if (OTHER_THAN_ITEM.some((re) => re.test(nextWords) && !re.test(firstWords))) return false;
  const d = dim(first.f);
  return (d !== null && dim(next.f) === d) || full.some((p) => p.f.start > end && closes(p.f.label));
}
