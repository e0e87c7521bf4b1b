/**
 * A count of the year's applications split in two with no 其中 (rule text.parts-sum; recall38, session
 * 37's hunts): "全年共受理申请32件，本年度新收申请30件，结转上年度2件" (or the two in a bracket after it,
 * or "本年度新收申请30件，结转上年度2件，共计32件"). What was received this year and what was carried in
 * are all there is to handle, so the two are read as the whole's parts when they stand right beside it,
 * one after the other with nothing counted between:
 * - a whole named as received or in all (受理, 收到, 共, 合计): a pass where they add up, an error where
 *   not, unless the whole is the count received this year itself (受理 may name the year's own: a skip);
 * - a whole named otherwise (办理, 处理…: the count answered may be less): a pass or a skip;
 * - a total after them, its word alone ("…，去年结转4件，共计67件"): new + carried, a pass or an error (txt62; it was a
 *   skip, recall12's "may be a count of its own", but a bare 共计 after the two counts them; a total with words after
 *   it, "共计63件已办结", counts something else: still a skip). After a carried count, what was received this year
 *   may be said with no 新收 ("全年收到…62件，去年结转4件，共计66件": the other of the two).
 * Not under a whole of other work when the new count names the applications ("全年收到群众来信120件，受理12345热线工单2356件，
 * 新收政府信息公开申请62件，上年结转4件…": the tickets' 2356 against 62 + 4 was an error — fix82, rt81 left it), nor where the whole
 * or the new count is one channel's ("全年收到群众来信申请公开政府信息10件，通过网上平台新收政府信息公开申请52件，上年结转4件…":
 * two ways the year's applications came, peers, not a whole and its part; 10 against 52 + 4 was an error); "全年共受理各类申请
 * 1260件，新收政府信息公开申请62件，上年结转4件…" is every kind's whole, as other work's.
 */
import { cmpDec } from './decimal.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { wordsAfter } from './quote.ts';
import { notThisYears } from './other-year.ts';
import { CARRIED_FROM, inRespectivelyList, LIST_LEAD, type PartsGroup } from './parts-sum.ts';
import { part } from './note-words.ts';
import { ALL_KINDS, intakeOf } from './flow-apps-intake.ts';
import { SAYS_REST } from './parts-sources.ts';

/** This year's own: "本年度新收", "新收", "本年收到". */
const NEW = /新收|本年度?(?:收到|受理|接收)/;
/** Received, said beside those carried in before a total of the two: "全年收到…62件，去年结转4件，共计66件". */
const RECEIVED = /新收|收到|受理|接收|接到/;
/** A whole named as all that came in. */
const ALL_IN = /受理|收到|接收|接到|^(?:共计|合计|总计|共|总共)|(?:共计|合计|总计|共)(?:收到|受理)?(?:政府信息公开)?申请$/;
/** A count going on with a list: "还有4件…", "另有4件…". */
const GOES_ON = /^(?:还有|另有|另外|另|此外|以及|再有|其余)/;
/**
 * …or a count after the two named as a third source: "…上年结转4件，区政府转来4件", "…，补正后重新受理4件" (rt107: read as a
 * part by the 其中 list, a pass of 62 + 4 + 4, and by this one as 66 against 70 — both at once; rt104 pinned it).
 */
const THIRD_SOURCE = /转来|转办|交办|转入(?!下)|补正后|重新受理|代收|代为接收/;
/** …not one sent on, an outcome: "转办其他部门4件", "转交有关单位办理4件". */
const SENT_ON = /(?:转办|转交|移送|移交)(?:至|给|到)?(?:其他|其它|有关|相关|下级|各)/;
/** …not a count in a state, which is no part: "还有4件正在办理中", "另有4件结转下年度" (rt104: 70 = 62 + 4 + 4 was a false pass). */
const STATE = /正在|尚未|未(?:办|答|结)|已(?:办|答|结)|办理中|结转下|转下|转入下|办结|答复/;
/** Before the new count, nothing but the year's words: not another body's ("其中区政府办公室本年新收62件", rt104). */
const OWN_NEW = /^(?:其中)?[，,：:\s]*(?:我(?:局|委|办|厅|院|处|中心|单位|部门|区|县|市|镇|乡|街道)?)?(?:(?:19|20)\d\d年度?|全年|今年|当年|本年度?)?$/;
/** Words of a count answered or handled, which the two need not add up to. */
const HANDLED = /办理|办结|答复|处理|回复|结转下|转下/;

/**
 * A count named by the way the applications came: "通过网上平台新收…", "经12345热线转来…", "收到群众来信申请…", "以信函方式…"
 * (flow-apps-intake.ts reads 来信 and 热线 so, before a bare 申请 or beside 申请公开).
 */
const CHANNEL = /(?:通过|经由?|依托|利用|以)[^，,；;。]{0,12}?(?:平台|网站|网上|网络|窗口|热线|信箱|邮箱|系统|渠道|方式|形式|来信|信函)|网上|在线|线上|当面|现场|窗口|信函|来信|邮寄|传真/;


const label = (f: TextFigure): string => f.label.replace(LIST_LEAD, '').trim();

/** Nothing but a mark, a bracket or 其中-less joining words between two figures. */
function adjacent(s: SentenceFigures, a: TextFigure, b: TextFigure): boolean {
  return /^\s*[，,、（(：:]?\s*$/.test(s.text.slice(a.end, b.start - b.label.length));
}

export function findNewAndCarriedGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 3 || !RECEIVED.test(s.text) && !s.text.includes('本年') || !CARRIED_FROM.test(s.text)) return [];
  const out: PartsGroup[] = [];
  const fs = s.figures;
  for (let i = 0; i + 2 < fs.length; i++) {
    const x = fs[i] as TextFigure;
    const y = fs[i + 1] as TextFigure;
    const z = fs[i + 2] as TextFigure;
    if (![x, y, z].every((f) => isCount(f) && f.unit === '件' && !notThisYears(s, f, year) && !inRespectivelyList(s, f))) continue;
    if (!adjacent(s, x, y) || !adjacent(s, y, z)) continue;
    // the whole first ("受理32件，本年度新收30件，结转上年度2件") or last ("…，共计32件")
    const orders: [TextFigure, TextFigure, TextFigure][] = [[x, y, z], [z, x, y]];
    // (a count after the two going on with them, "…其中本年新收62件、上年结转4件，还有4件为咨询转办": a third part, no whole of two — hunt102)
    const next = fs[i + 3];
    const nextLabel = next?.label.replace(/^[、，,；;\s]+/, '') ?? '';
    const goesOn = next !== undefined && semicolonClauseStart(s.text, next.start) === semicolonClauseStart(s.text, z.start) && (GOES_ON.test(nextLabel) || THIRD_SOURCE.test(nextLabel) && !SENT_ON.test(nextLabel) && !HANDLED.test(nextLabel.replace(THIRD_SOURCE, ''))) && !STATE.test(wordsAfter(s, next))
      // (the rest named with no count: "…，上年结转申请4件，其余为转办件" — rt107)
      || SAYS_REST.test(s.text.slice(z.end));
    for (const [whole, a, b] of orders) {
      if (goesOn && whole === x) continue;
      const pair = [a, b];
      const fresh = pair.find((f) => (whole === z ? NEW.test(label(f)) || (RECEIVED.test(label(f)) && !HANDLED.test(label(f))) : NEW.test(label(f))) && !CARRIED_FROM.test(label(f)));
      const carried = pair.find((f) => CARRIED_FROM.test(label(f)));
      if (!fresh || !carried || fresh === carried) continue;
      if (whole === x && !OWN_NEW.test(label(fresh).slice(0, Math.max(0, label(fresh).search(NEW))))) continue;
      const w = label(whole);
      if (NEW.test(w) || CARRIED_FROM.test(w)) continue;
      // (other work's whole, the applications' new count: no part of it; one channel's whole or new count: peers — fix82)
      // (the new count named by a bare 申请 under other work's whole too: "受理群众诉求2356件，新收申请62件，上年结转4件…")
      const freshIntake = intakeOf(s, fresh);
      const appsNew = freshIntake === 'apps' || (freshIntake === null && /申请/.test(label(fresh)) && !/申请/.test(w));
      if (whole !== z && ((intakeOf(s, whole) === 'other' || ALL_KINDS.test(w)) && appsNew || CHANNEL.test(w) || CHANNEL.test(label(fresh)))) continue;
      // both in the whole's bracket, or neither in a bracket
      if (a.paren !== b.paren && (a.paren === null || b.paren === null)) continue;
      // (after them, a total's word and nothing else: "共计32件", not "共办理2074件", a count handled)
      if (whole === z && !/^(?:以上|上述|两项)?(?:共计|合计|总计|共|总共)(?:为|达)?(?:申请)?$/.test(w)) continue;
      // (a total after them, "新收申请86件、上年结转5件，共计90件": the two's, txt62 — recall12 kept it unread, then a
      // skip where they did not add up; words after it, "共计63件已办结", make it a count of its own, still a skip)
      // (and "累计受理…", "截至…共受理…": a count over more than the year)
      const past = /累计|截至|截止|历年|以来/.test(s.text.slice(0, whole.start));
      const sure = whole !== z && ALL_IN.test(w) && !HANDLED.test(w) && !past;
      const own = cmpDec(fresh.value, whole.value) === 0;
      // (and only where the two open the list: "区本级收到申请20件、各乡镇收到申请42件，连同上年结转4件，合计66件" sums three, rt58)
      const opens = !fs.slice(0, i).some((f) => isCount(f) && semicolonClauseStart(s.text, f.start) === semicolonClauseStart(s.text, x.start));
      const trailingSure = whole === z && !past && opens && /^(?:的)?(?:政府信息公开)?(?:申请)?$/.test(wordsAfter(s, z).trim());
      const unsure = whole === z ? (trailingSure ? undefined : part('trailingNotSum', w, whole.raw)) : !sure ? part('maybeClosed', whole.raw) : own ? part('equalsNew', whole.raw) : undefined;
      out.push({ shape: whole === z ? 'trailing' : 'qizhong', whole: { s, f: whole }, parts: [{ s, f: a }, { s, f: b }], complete: true, ...(unsure ? { unsure } : {}) });
      break;
    }
  }
  return out;
}
