/**
 * The year's flow of applications, stated in words (rule text.parts-sum): what came in (本年新收 +
 * 上年结转, or a 受理 total that says it holds those carried in) is what went out (办结 + 结转下年度).
 * It is table 三's own identity (第一项加第二项之和，等于第三项加第四项之和); a report with a table 三
 * has each figure compared with it (text-vs-table.ts), so this is read only where there is none: the
 * pre-2019 reports, and a table set as a picture (hunt32: such prose was not checked at all).
 *
 * Only one sentence that names each term once, by words that say which it is:
 * - in: 新收 (or 收到, what was received this year) beside 上年结转; or "受理…N件（含上年结转M件）", a
 *   total that says it holds them; a bare 受理 beside 上年结转 may be either, and both readings are tried;
 * - out: 办结 (not "按时办结", a part of it) and 结转下年度.
 * A sentence with another count of what became of applications (撤回, 正在办理, 转办…) or a term named
 * twice is not read: the flow may have more terms than it names.
 */
import { addDec, cmpDec, decToNumber, formatDec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part, said } from './note-words.ts';
import { notThisYears } from './other-year.ts';
import { CARRIED_FROM, CARRIED_ON, LIST_LEAD } from './parts-sum.ts';
import { quoteSpan } from './quote.ts';
import { splitCarriedOn, SPLIT_CARRIED_TEXT } from './carried-split.ts';
import { inWordSaid } from './forwarded-in.ts';
import { flowWithIntakeAcross } from './flow-intake-across.ts';
import { carriedAnswered } from './carried-answered.ts';
import { ownReceivedPart } from './flow-own-part.ts';
import { ALL_KINDS, appsIntake, appsNamedAfterOther, appsOfTwo } from './flow-apps-intake.ts';

/** The applications' new intake named with its verb: "新收政府信息公开申请", "收到依申请公开申请". */
const APPS_NEW = /(?:新收|收到|受理)(?:的)?(?:政府信息公开|依申请公开)(?:的)?申请\s*$|^\s*(?:政府信息公开|依申请公开)(?:的)?申请\s*$/; // (or named alone: "各类申请1260件，其中政府信息公开申请62件，上年结转4件…", rt86)
import { OTHER_FLOW_WORK } from './other-work.ts';

/** Received this year: "共新收…", "本年收到…" (受理 is read apart: it may hold those carried in). */
const NEW = /新收|新受理|收到|接收|接到/;
const ACCEPTED = /受理/;
/**
 * Closed: "办结", "办理完毕", "答复完毕", and a bare "答复N件" (table 三's results are the answers:
 * hunt34, "共受理…37件，上年结转5件，答复40件，结转下年度继续办理2件"); not a part of them ("按时办结",
 * "其中…"). "予以答复N件", "已办理完成N件" (recall37: real reports' words for the same). "办理结果总计
 * N件", table 三's own words for its third term (rt38b: a 2021 report whose table is a picture).
 * "完成答复54件" (recall39b: a 2025 county's "受理…57件；完成答复54件，转下一年度继续办理3件"); "已经答复88件"
 * (recall43: "已答复88件" was read, the same said with 已经 was not). "完成申请答复333件" (hunt99: 吴兴区 2024's
 * "共收到依申请公开政府信息337件，上年度结转4件，完成申请答复333件，结转下年度继续办理8件", a flow not read).
 */
const CLOSED = /办结|办理完毕|答复完毕|办理完成|办理完结|办理结果(?:总计|合计|共计)$|(?:^|已|已经|共|累计|全部|依法|完成|完成申请)(?:予以)?答复$/;
/**
 * Carried on, said after the count: "31件结转到2025年度继续办理", "2件转入下一年度", and with no 至/到/入,
 * "2件结转下年度办理" (hunt42: a real 2025 county's "收到…31件，已办结29件，2件结转下年度办理" was not read).
 */
const CARRIED_ON_AFTER = /^\s*(?:结转|转结|转)(?:至|到|入)?\s*(?:\d{4}\s*年|下一?年|次年)/;
/** The rest of what came in, before a figure whose words follow it: "剩余26件结转下年度", "其余2件结转下年度办理". */
const REST = /^(?:剩余|其余|剩下|余下|余)$/; // (and "余3件结转下年度办理": rt88)
const REST_NO_COUNT = /(?:剩余|其余|剩下|余下)(?!(?:的)?(?:申请)?\s*(?:[\d０-９]|[一二两三四五六七八九十]+件))/;
const PART_OF_CLOSED = /按时|按期|如期|提前|延期|逾期|超期|期限内|时限内|当场|当日|即时|网上|当面|信函/;
/** Words right after those carried in that say they were closed: "2件已于年内办结", "2件申请已全部办结" (rt41). */
const CARRIED_IN_CLOSED = /^[^，,；;。\d]{0,8}?(?:已|均|全部|都)[^，,；;。\d]{0,8}?(?:办结|答复|办理完毕|处理完毕)/;
/** Other ways an application leaves the year than 办结 and 结转: the sentence's flow has more terms. */
const OTHER_OUTCOME = /撤回|撤销|终止|正在|在办|办理中|未办结|未答复|退回|转办|转交|告知|不予受理|中止/;
/** Forwarded to the body, a way in (forwarded-in.ts's words that are no way out): "转来申请8件", "转至我局". */
const FORWARDED_IN = /转来|转送|转至(?=[我本])/;
/** A way of applying and nothing else: "信函申请", "通过网上提交的申请" (under a term, a 其中 item: not read here). */
const WAY_OF_APPLYING = /^(?:通过|以)?(?:网上|网络|互联网|在线|当面|现场|窗口|信函|邮寄|书面|传真|电子邮件|来信)(?:方式|形式|渠道)?(?:提出|提交|递交)?(?:的)?(?:政府信息公开)?申请$/;

/**
 * Carried in or forward, written with the year (recall34: real reports of session 33's hunts): "2022年
 * 结转5件" in the 2023 report is its 上年结转, and "结转至2024年7件" its 结转下年度; the year must be the
 * one before the report's, or the one after. Another year, or a report whose year is not known: the
 * sentence is not read (its flow may be another year's).
 */
export const YEAR_CARRIED_IN = /(\d{4})\s*年度?(?:底|末)?(?:的)?(?:结转|转结|遗留)(?!\s*(?:至|到|入))/;
const YEAR_CARRIED_ON = /(?:结转|转|顺延|延期?)(?:至|到|入)?\s*(\d{4})\s*年/;
/**
 * "结转2025年2件" in the 2024 report (recall35): carried on, the year right after 结转 with no 至/到.
 * The figure names another year, so notThisYears drops it; read here before that, and only with the
 * year after the report's (another year: the sentence is not read).
 */
export const CARRIED_YEAR_NEXT = /(?:结转|转入|顺延)\s*(\d{4})\s*年度?(?:继续)?(?:办理|处理)?(?:的)?(?:申请)?$/;

/** The year a label carries from or to (YEAR_CARRIED_IN, YEAR_CARRIED_ON) fits the report's: true, false, or null when it names none. */
export function carriedYearFits(re: RegExp, label: string, year: number | null, step: number): boolean | null {
  const m = re.exec(label);
  if (!m) return null;
  return year !== null && Number(m[1]) === year + step;
}

export interface Terms { inNew?: TextFigure; accepted?: TextFigure; carriedIn?: TextFigure; closed?: TextFigure; carriedOut?: TextFigure; acceptedHolds?: boolean; acceptedWord?: string; closedInTime?: TextFigure; closedHandled?: boolean; byApps?: boolean }

/**
 * "本机关新收到政府信息公开申请90件、上年度结转12件;年度已办理90件、结转下年度继续办理12件" (温州市自然资源和规划局瓯海分局 2024;
 * hunt48 left it unread — recall49): 已办理 beside 结转下年度 is read as closed, or as all those handled, the carried among
 * them ("已办理102件，其中结转下年度12件" in other words): a pass where it balances as closed, a skip where it is what came in.
 */
const HANDLED_DONE = /^(?:年度|本年度?|全年|年内)?(?:共计?|累计)?(?:已|已经)办理$/;

/**
 * Answered within the time the law sets: "法定期限内予以答复28件", "均在法定期限内办结" (recall38, session
 * 37's hunts). The count answered in time, no more than the count answered: the flow is read with it
 * as 办结 where the sentence names no other 办结 (a pass where it balances; where less goes out than
 * came in, the rest may have been answered late: a skip). And 按时/按期/如期, the same in other words: "全市共受理政府信息
 * 公开申请452件,结转上年9件,按时办结454件,结转下年继续办理7件" (保山市 2024; hunt47 left it unread — recall49).
 */
const CLOSED_IN_TIME = /(?:(?:法定)?(?:期限|时限)内|按时|按期|如期)(?:依法)?(?:予以)?(?:答复|办结|办理完毕)$/;

/**
 * Closed, said after the figure with words between: "19件已按照规定时限和程序依法依规进行了答复" (hunt42 left it: a
 * real 2025 district's "共收到依申请公开20件，…，19件已按照…进行了答复，1件结转下年" was not read — recall44). Only
 * with 已/均/全部 right after the figure and the verb closing its clause; words of a part (按期, 网上…) make it
 * no term, and words of the time limit make it answered in time (CLOSED_IN_TIME's role).
 */
const CLOSED_AFTER = /^\s*(?:申请)?(?:均已|已经|已|均|全部)([^，,；;。！？\d０-９（）()]{0,24}?)(?:进行了|进行|予以|作出了?|完成了?|依法)?(?:答复|办结|回复)(?:完毕)?\s*(?=[，,；;。]|$)/;
/** A result of table 三 named between: the count is those so answered, a part of the closed. */
const RESULT_OF_CLOSED = /公开|不予|无法提供|不属于|非本机关|信息不存在/;
function closedAfter(after: string): 'closed' | 'closedInTime' | null {
  const m = CLOSED_AFTER.exec(after);
  if (!m) return null;
  const between = m[1]!;
  if (OTHER_OUTCOME.test(between) || /答复|办结|回复|咨询|信访|来信|建议|提案|复议|诉讼/.test(between)) return null;
  // (a result named, "18件已予以公开答复", is a part of those closed; and the time limit in other words, "已在规定时间内
  // 答复", "已及时答复", answered in time — rt45: both were warnings on a short flow)
  if (RESULT_OF_CLOSED.test(between)) return null;
  // (and "已按照规定时间答复", the set time without 内 — rt46)
  if (/期限|时限|时间内|工作日内|日内|及时|(?:规定|法定)(?:的)?时间/.test(between)) return 'closedInTime';
  return PART_OF_CLOSED.test(between) ? null : 'closed';
}

/** The roles of the sentence's counts, or null when one is named twice or the flow may have more terms. */
export function readTerms(s: SentenceFigures, year: number | null): Terms | null {
  const t: Terms = {};
  const set = (k: 'inNew' | 'accepted' | 'carriedIn' | 'closed' | 'carriedOut' | 'closedInTime', f: TextFigure): boolean => {
    // (two intakes, one other work's and one the applications' by their own words: the applications', flow-apps-intake.ts)
    const apps = t[k] && (k === 'inNew' || k === 'accepted') ? appsOfTwo(s, t[k]!, f) : null;
    if (t[k] && !apps) return false;
    if (apps) t.byApps = true;
    t[k] = apps ?? f;
    return true;
  };
  for (const f of s.figures) {
    if (f.unit !== '件' || !isCount(f)) continue;
    const next = CARRIED_YEAR_NEXT.exec(f.label.replace(LIST_LEAD, ''));
    if (next) {
      if (year === null || Number(next[1]) !== year + 1 || f.paren !== null || !set('carriedOut', f)) return null;
      continue;
    }
    if (notThisYears(s, f, year)) continue;
    const label = f.label.replace(LIST_LEAD, '');
    // (but "受理各类申请1260件，其中新收政府信息公开申请62件，上年结转4件…": the applications' own intake under every kind's whole, fix86)
    if (/其中/.test(f.label) && !CARRIED_FROM.test(label) && !(t.accepted && ALL_KINDS.test(t.accepted.label) && APPS_NEW.test(label))) continue; // an item of a list under one of the terms
    let ok = true;
    // (and after the rest: "已答复6件，剩余26件结转下年度", "其余2件结转下年度办理" — recall43)
    const after = label.trim() === '' || REST.test(label.trim()) ? s.text.slice(f.end, f.end + 40) : '';
    // ("结转3件至下年度": the verb before the figure, where to after it, carried-split.ts)
    const split = CARRIED_ON.test(label) ? null : splitCarriedOn(s, f);
    const carriedOn = CARRIED_ON.test(label) || CARRIED_ON_AFTER.test(after) || split !== null;
    const byYearIn = carriedOn ? null : carriedYearFits(YEAR_CARRIED_IN, label, year, -1);
    // "19件已按照…进行了答复": closed, said after the figure (only as the flow's first closed count)
    const closedFirst = label.trim() === '' && !t.closed && !t.closedInTime ? closedAfter(s.text.slice(f.end)) : null;
    // "N件结转到2025年度": the year after the figure is read as a label's would be
    if (split) ok = (split.year === null || (year !== null && split.year === year + 1)) && set('carriedOut', f);
    else if (carriedOn) ok = carriedYearFits(YEAR_CARRIED_ON, CARRIED_ON.test(label) ? label : after, year, 1) !== false && set('carriedOut', f);
    else if (byYearIn === false) return null;
    else if (CARRIED_FROM.test(label) || byYearIn) {
      // "受理…42件（含上年结转2件）": the total holds them
      if (f.paren !== null && /^\s*(?:含|包括|包含)/.test(f.paren)) {
        // the bracket holds the count right before it (rt38b: "受理48件，已办结46件（含上年结转2件），结转
        // 下年度4件" was read as the 受理 holding them, 48 ≠ 46 + 4, an error): after another count, it is
        // not read here (after the 办结, flow-words.ts reads it: at least 2 came in, the 办结 holds them)
        const holder = s.figures.filter((g) => g.paren === null && g.end <= f.start).at(-1);
        if (t.accepted && !t.acceptedHolds && f.start > t.accepted.end && holder === t.accepted) t.acceptedHolds = true;
        // ("共收到申请52件（含上年度结转4件）": what was received, those carried in among them — recall40)
        else if (t.inNew && !t.accepted && f.start > t.inNew.end && holder === t.inNew) {
          [t.accepted, t.acceptedHolds, t.acceptedWord] = [t.inNew, true, '收到'];
          delete t.inNew;
        } else return null;
      } else if (/其中/.test(f.label) && t.inNew && !t.accepted && s.figures.filter((g) => g.end <= f.start).at(-1) === t.inNew) {
        // "收到申请20件，其中上年结转3件" (hunt41): the 其中 puts those carried in among what was received,
        // or a writer's loose word for those beside it: read as a bare 受理 is, both ways
        [t.accepted, t.acceptedWord] = [t.inNew, '收到'];
        delete t.inNew;
      }
      ok = set('carriedIn', f);
    } else if (f.paren !== null) continue;
    else if (OTHER_OUTCOME.test(label)) return null;
    // ("…，结转下年度3件，1件申请人自行撤回": the figure first, what became of it after — rt40; with no
    // 上年结转 named, flowWithoutCarriedIn says so as a skip)
    else if (t.carriedIn && OTHER_OUTCOME.test(after.split(/[，,；;。]/)[0] ?? '')) return null;
    // (only as the flow's first closed count: "…办结60件，结转下年度3件，1件已办结" restates a part, rt40)
    else if (closedFirst) ok = set(closedFirst, f);
    else if (CLOSED_IN_TIME.test(label)) ok = set('closedInTime', f);
    else if (CLOSED.test(label)) ok = !PART_OF_CLOSED.test(label) && set('closed', f);
    else if (HANDLED_DONE.test(label.trim())) ok = set('closed', f) && (t.closedHandled = true);
    else if (NEW.test(label)) ok = set('inNew', f);
    else if (ACCEPTED.test(label) && !/结转|办结/.test(label)) ok = set('accepted', f);
    // ("本年度经12345热线转来申请8件，通过在线平台新收政府信息公开申请54件，上年结转4件…": applications forwarded in, one more
    // intake beside the 新收 — 54 + 4 against 63 + 3 was an error, fix82; read alone, forwarded-in.ts reads it as received)
    else if (FORWARDED_IN.test(label)) return null;
    // (and a way of applying with no verb beside a count received: "全年通过网上平台收到申请42件，信函申请20件，上年结转4件…" —
    // 42 + 4 against 63 + 3 was an error, fix82)
    else if (WAY_OF_APPLYING.test(label.trim())) return null;
    if (!ok) return null;
  }
  // ("收到群众来信120件；受理政府信息公开申请62件，…": the other work's intake is no term)
  if (t.inNew && t.accepted) {
    const apps = appsOfTwo(s, t.inNew, t.accepted);
    if (apps) delete t[apps === t.inNew ? 'accepted' : 'inNew'];
    if (apps) t.byApps = true;
  }
  // (an in-time count beside the 办结 it is a part of: the sentence is not read, as before)
  // ("办结30件，其中法定期限内办结28件": a part of the 办结 named, the sentence not read, as before; "法定期限内
  // 予以答复" beside a 办结 was no term and stays none)
  if (t.closedInTime) {
    if (t.closed && CLOSED.test(t.closedInTime.label.replace(LIST_LEAD, ''))) return null;
    if (t.closed) delete t.closedInTime;
    else t.closed = t.closedInTime;
  }
  return t;
}

/** "本年度新收申请120件，上年结转5件，办结118件，结转下年度7件": 120 + 5 = 118 + 7. */
export function checkFlowBalance(s: SentenceFigures, paragraphs: readonly Paragraph[], year: number | null): ClaimOutcome[] {
  if (s.figures.length < 3 || !(CARRIED_ON.test(s.text) || /(?:结转|转入|顺延)\s*\d{4}\s*年/.test(s.text) || SPLIT_CARRIED_TEXT.test(s.text))) return [];
  const t = readTerms(s, year);
  if (!t || !t.closed || !t.carriedOut || (t.inNew && t.accepted) || (!t.inNew && !t.accepted)) return [];
  // ("全省各级行政机关共收到…4.6万件，其中省政府办公厅收到884件，上年结转33件…": the part's flow, flow-own-part.ts)
  const ownPart = ownReceivedPart(s, (t.inNew ?? t.accepted)!);
  if (ownPart) t[t.inNew ? 'inNew' : 'accepted'] = ownPart;
  // ("全年受理群众诉求2356件…；政府信息公开申请62件，上年结转4件…": the applications' own clause, flow-apps-intake.ts)
  const apps = t.accepted && !ownPart ? appsIntake(s, t.accepted) : null;
  if (apps) [t.accepted, t.acceptedWord, t.byApps] = [apps, apps.label.replace(LIST_LEAD, '').trim() || undefined, true];
  else if (t.accepted && !ownPart && appsNamedAfterOther(s, t.accepted)) return [];
  // (an intake told by the applications' words is theirs from there on: a term before it is the other work's — "全年受理群众诉求
  // 2356件，办结2350件；依申请公开方面，受理政府信息公开申请62件，上年结转4件，结转下年度3件", txt76: 62 + 4 against 2350 + 3)
  const intake = (t.inNew ?? t.accepted)!;
  if (t.byApps && [t.carriedIn, t.closed, t.carriedOut].some((g) => g && g.start < intake.start)) return [];
  if (!t.carriedIn) return namesNoCarriedIn(s, year) ? flowWithoutCarriedIn(s, paragraphs, t) : [];
  const { closed, carriedOut, carriedIn } = t;
  const outflow = addDec(closed.value, carriedOut.value);
  // the readings of what came in, and how each is written
  const readings: { value: ReturnType<typeof addDec>; shown: string }[] = [];
  if (t.inNew) readings.push({ value: addDec(t.inNew.value, carriedIn.value), shown: `${t.inNew.raw}+${carriedIn.raw}` });
  else if (t.accepted) {
    readings.push({ value: t.accepted.value, shown: t.accepted.raw });
    // a bare 受理 beside 上年结转 may be this year's own, the carried ones beside it
    if (!t.acceptedHolds) readings.push({ value: addDec(t.accepted.value, carriedIn.value), shown: `${t.accepted.raw}+${carriedIn.raw}` });
  }
  const terms = [t.inNew ?? t.accepted, carriedIn, closed, carriedOut].filter((f): f is TextFigure => !!f).sort((a, b) => a.start - b.start);
  const quote = quoteSpan(paragraphs, { s, f: terms[0]! }, { s, f: terms[terms.length - 1]! });
  const out = `${closed.raw}+${carriedOut.raw}`;
  const outPart = part('plus', closed.raw, carriedOut.raw);
  const fit = readings.find((r) => cmpDec(r.value, outflow) === 0);
  if (fit) return [{ check: { rule: RULE.partsSum, outcome: 'pass', quote, detail: `${fit.shown} = ${out} = ${formatDec(outflow)}件（收支平衡）` } }];
  const first = readings[0]!;
  if (t.closedHandled && readings.some((r) => cmpDec(r.value, closed.value) === 0)) return [handledAll(quote, closed, `${formatDec(closed.value)}件`)];
  // ("上年度结转4件，完成申请答复4件": those carried in answered, the year's closed not said — carried-answered.ts; rt101 pinned it, 341:12)
  // (only where what came in, less what was carried on, can hold them: "新收12件，上年结转3件，办结3件，结转下年度13件" is wrong
  // whichever the 3 are — more carried on than came in besides them; rt102)
  if (carriedAnswered(s, closed) && readings.some((r) => cmpDec(r.value, outflow) > 0)) return [{ check: saidCheck(RULE.partsSum, 'skip', quote, said('flowAnsweredCarried', closed.raw, carriedIn.raw)) }];
  // "上年结转申请2件已于年内办结；全年收到申请48件，办结45件，结转下年度3件" (rt41): those carried in said
  // closed in their own words may be no part of the 办结 named; where this year's alone balance, a skip
  const own = t.inNew ?? t.accepted!;
  if (CARRIED_IN_CLOSED.test(s.text.slice(carriedIn.end)) && cmpDec(own.value, outflow) === 0) {
    return [{ check: saidCheck(RULE.partsSum, 'skip', quote, said('flowCarriedApart', own.raw, outPart, formatDec(outflow), carriedIn.raw, closed.raw)) }];
  }
  // (less than any reading of what came in: "受理452件,结转上年9件,按时办结450件,结转下年继续办理7件" — 452 + 9 may be the
  // whole, 4 answered late; it was an error against 452, the 受理 read as holding those carried in — recall49)
  if (t.closedInTime && readings.some((r) => cmpDec(r.value, outflow) > 0)) {
    return [{ check: saidCheck(RULE.partsSum, 'skip', quote, said('flowInTimeShort', outPart, formatDec(outflow), closed.raw)) }];
  }
  // (less went out, and the rest said to have gone elsewhere with no count: "…，结转下年度2件，其余转交其他部门" —
  // recall44, as the flow with no 上年结转 reads it)
  if (readings.every((r) => cmpDec(r.value, outflow) > 0) && REST_NO_COUNT.test(s.text)) {
    return [{ check: saidCheck(RULE.partsSum, 'skip', quote, said('flowRestUncounted', outPart, formatDec(outflow))) }];
  }
  const detail = `${readings.map((r) => `${r.shown} = ${formatDec(r.value)}件`).join('或')}，${out} = ${formatDec(outflow)}件，收支不平衡`;
  const inTime = t.closedInTime ? /(?:按时|按期|如期)[^，,；;。]*$/.exec(closed.label)?.[0] : undefined;
  const done = inTime !== undefined ? part('quoted', inTime) : part(t.closedInTime ? 'wInTime' : t.closedHandled ? 'wHandledPast' : 'wClosed');
  // (a forwarded count read as received is said in the page's word: "正文称转办30件、上年结转1件…", forwarded-in.ts)
  const inWord = t.inNew ? inWordSaid(s, t.inNew, NEW) : null;
  const message = t.inNew
    ? said('flowCarried', inWord !== null ? part('quoted', inWord) : part('wNewThisYear'), t.inNew.raw, carriedIn.raw, formatDec(first.value), done, closed.raw, part('wNextYear'), carriedOut.raw, part('flowEqual', formatDec(outflow), ''))
    : said('flowAccepted', (t.acceptedWord === undefined ? part('wAccepted') : t.acceptedWord === '收到' ? part('wReceived') : part('quoted', t.acceptedWord)), t.accepted!.raw, part(t.acceptedHolds ? 'carriedHeld' : 'carriedAlso', carriedIn.raw), done, closed.raw, carriedOut.raw, formatDec(outflow));
  const failed: ClaimOutcome = {
    check: { rule: RULE.partsSum, outcome: 'fail', quote, detail },
    finding: textFinding(RULE.partsSum, 'error', message, quote, decToNumber(first.value), decToNumber(outflow)),
  };
  // ("全年经12345热线收到申请10件。新收…52件，上年结转4件…": the sentence before's intake may be beside the 新收 — a warning, flow-intake-across.ts)
  return [flowWithIntakeAcross(s, paragraphs, own, readings, outflow, out, failed, year) ?? failed];
}

/**
 * The sentence names nothing carried in, of any year, and no count of another year ("2021年结转4件" in
 * the 2023 report is no term of its flow, but says the flow has one): only then is the flow read with
 * no 上年结转.
 */
function namesNoCarriedIn(s: SentenceFigures, year: number | null): boolean {
  if (CARRIED_FROM.test(s.text) || /遗留|转结(?!下|至|到|入)|(?:\d{4}\s*年度?(?:底|末)?(?:的)?结转)(?!\s*(?:至|到|入))/.test(s.text)) return false;
  return !s.figures.some((f) => f.unit === '件' && isCount(f) && !CARRIED_YEAR_NEXT.test(f.label.replace(LIST_LEAD, '')) && notThisYears(s, f, year));
}

/**
 * "全年新收申请30件，办结28件，结转下年度2件" (recall35): the flow with no 上年结转 named. Applications
 * carried in are never fewer than none, so what came in is the count named at least: a pass where it
 * is what went out (none carried in, or a 受理 that holds them); where more went out, the difference
 * may be the 上年结转 the text leaves out (a skip that says so); where less went out than came in this
 * year alone, no count carried in can make up for it, but the sentence may leave out a term of its
 * own (an application withdrawn and not counted as answered): a warning, never an error.
 */
function flowWithoutCarriedIn(s: SentenceFigures, paragraphs: readonly Paragraph[], t: Terms): ClaimOutcome[] {
  const inFig = (t.inNew ?? t.accepted)!;
  const { closed, carriedOut } = t as Required<Pick<Terms, 'closed' | 'carriedOut'>>;
  const outflow = addDec(closed.value, carriedOut.value);
  const terms = [inFig, closed, carriedOut].sort((a, b) => a.start - b.start);
  const quote = quoteSpan(paragraphs, { s, f: terms[0]! }, { s, f: terms[terms.length - 1]! });
  const out = `${closed.raw}+${carriedOut.raw}`;
  const outPart = part('plus', closed.raw, carriedOut.raw);
  const cmp = cmpDec(inFig.value, outflow);
  if (cmp === 0) return [{ check: { rule: RULE.partsSum, outcome: 'pass', quote, detail: `${inFig.raw} = ${out}（收支平衡，未写上年结转）` } }];
  if (t.closedHandled && cmpDec(inFig.value, closed.value) <= 0) return [handledAll(quote, closed, inFig.raw)];
  if (cmp < 0) {
    return [{ check: saidCheck(RULE.partsSum, 'skip', quote, said('flowOverNoCarried', outPart, formatDec(outflow), inFig.raw)) }];
  }
  if (t.closedInTime) {
    return [{ check: saidCheck(RULE.partsSum, 'skip', quote, said('flowInTimeUnder', outPart, formatDec(outflow), inFig.raw, closed.raw)) }];
  }
  // (a count with no role of the three, or words of another outcome anywhere in the sentence, "1件申请人
  //撤回": the sentence names more of the flow than its terms, a skip)
  const roles = new Set<TextFigure>([inFig, closed, carriedOut]);
  // (and the rest said to have gone elsewhere with no count: "…，1件结转下年度办理，其余转有关部门" — recall43)
  // (or other work than applications, with none named: "全年共受理政府信息公开咨询120件，已经答复110件，剩余2件结转下年度",
  // "收到群众来信40件…", whose other ends — merged, passed on — are not table 三's rows; rt44)
  const more = s.figures.some((f) => f.unit === '件' && isCount(f) && !roles.has(f)) || OTHER_OUTCOME.test(s.text) || REST_NO_COUNT.test(s.text)
    || (OTHER_FLOW_WORK.test(s.text) && !/申请/.test(s.text));
  if (more) {
    return [{ check: saidCheck(RULE.partsSum, 'skip', quote, said('flowOtherTerms', outPart, formatDec(outflow), inFig.raw)) }];
  }
  const inWord = t.inNew ? inWordSaid(s, t.inNew, NEW) : null;
  const message = said('flowShort', inWord !== null ? part('quoted', inWord) : part(t.inNew ? 'wNew' : 'wAccepted'), inFig.raw, part(t.closedHandled ? 'wHandledPast' : 'wClosed'), closed.raw, part('wNextYear'), carriedOut.raw, formatDec(outflow));
  return [{
    check: { rule: RULE.partsSum, outcome: 'fail', quote, detail: `${inFig.raw} ≠ ${out} = ${formatDec(outflow)}件，未写上年结转，按0件计也不平衡` },
    finding: textFinding(RULE.partsSum, 'warning', message, quote, decToNumber(inFig.value), decToNumber(outflow)),
  }];
}

/** 已办理 as all those handled (HANDLED_DONE): those carried on among them, no flow to balance. */
function handledAll(quote: string, closed: TextFigure, whole: string): ClaimOutcome {
  return { check: saidCheck(RULE.partsSum, 'skip', quote, said('flowHandledAll', closed.raw, whole)) };
}
