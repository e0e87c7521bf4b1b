/**
 * The year's flow of applications written with other words than flow-balance.ts reads (rule
 * text.parts-sum; recall36, session 35's hunts): "共收到申请52件，已回复49件，正在办理中3件", "新收58件，
 * 上年结转2件，办结55件，5件结转下一年度继续办理", "收到56件，办结60件（含2023年转至今年办理的4件），结转
 * 下年度2件". Only where flow-balance.ts reads nothing (check-narrative.ts runs this after it), and, as
 * there, only where the report has no table 三, on one sentence naming each term once:
 * - in: 新收/收到 or 受理 (both readings of a bare 受理 beside 上年结转), or a 合计 right after them that
 *   sums the channels before it ("网上申请105件，快递17件，合计122件"); 上年结转, and "（含2023年转至今年办理
 *   的4件）" in a bracket right after the count closed (those carried in are among the closed);
 * - out: closed (办结, 答复, and 回复/办复, a looser word for it) and still open (结转下年度, "N件结转下一
 *   年度继续办理", or 正在办理/办理中/尚未办结: those open when the report was written, not said to be at the
 *   year's end).
 * 回复 and 正在办理 are words of their own, not table 三's: a flow read with them that does not balance is a
 * warning, never an error. A flow in table 三's own words (the bracket, the carried on written after its
 * figure) is judged as flow-balance.ts judges it. With no 上年结转 named: a pass where in = out, a skip where
 * more went out (those carried in, unstated), a warning where less went out. Any other count of
 * applications, another outcome (撤回, 转办…), a term named twice, or 正在办理 beside 结转下年度: not read.
 */
import { addDec, cmpDec, decToNumber, formatDec, subDec, sumDec, type Dec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part, said, type Said } from './note-words.ts';
import { notThisYears } from './other-year.ts';
import { CARRIED_FROM, CARRIED_ON, LIST_LEAD } from './parts-sum.ts';
import { CARRIED_YEAR_NEXT, carriedYearFits, YEAR_CARRIED_IN } from './flow-balance.ts';
import { quoteSpan } from './quote.ts';
import { OTHER_WORK } from './other-work.ts';

const NEW = /新收|新受理|收到|接收|接到/;
const ACCEPTED = /受理/;
/** A total closing the channels named before it: "网上申请105件，快递17件，合计122件". */
const SUBTOTAL = /^(?:合计|共计|总计|共)$/;
/** Words before the closed count that only say when: "截至12月底", "截至年底". */
const AS_OF = /^(?:(?:截至|截止|到|至)[^，,；;]*?)?(?:年底|年末|底|末|止|日)(?=已|共|累计|全部|依法|均|办|答|回)/;
/** Closed, in table 三's words (flow-balance.ts CLOSED) and the looser 回复/办复. */
const CLOSED = /^(?:全年|本年度?|年内)?(?:已经|已|共|累计|全部|依法|均已|均)?(?:办结|办结完毕|办理完毕|办理完成|办理完结|答复完毕|(?:已?完成)?(?:予以)?答复)$/;
/**
 * (and a bare "办理15项" before "结转下年度继续办理1项", recall39b: a 2021 provincial department's
 * flow; 办理 may also count all that were handled, those carried on among them: where it equals
 * what came in, a skip). Either may open on the year it speaks of: "全年办理1503件" (hunt41: a 2024
 * municipal commission's flow, "全年接收…1554件，2023年结转132件；全年办理1503件，结转2025年183件").
 */
const CLOSED_LOOSE = /^(?:全年|本年度?|年内)?(?:已|共|累计|全部|依法|均已|均)?(?:回复|办复|回复完毕|办理)$/;
const HANDLED = /办理$/;
/** Still open, as the count's words say it, before or after: "正在办理中3件", "3件正在办理中", "尚有3件正在办理". */
const PENDING = /^(?:尚有|还有|仍有|另有)?(?:正在办理(?:中)?|正在处理(?:中)?|办理中|尚在办理(?:中)?|仍在办理(?:中)?|尚未办结|未办结|在办)(?:的)?$/;
const PENDING_AFTER = /^\s*(?:正在办理|正在处理|尚在办理|仍在办理|办理中|尚未办结|未办结|在办)/;
/** Carried on, said after the count with or without 至: "5件结转下一年度继续办理", "2件转入2025年". */
/** (and "另外5件申请依法顺延到下年度答复": recall37, real reports of session 36's hunts) */
const CARRIED_ON_AFTER = /^\s*(?:申请)?(?:依法|已|将)?(?:结转|转结|转|顺延|延期)(?:至|到|入)?\s*(?:(\d{4})\s*年|下一?年|次年|明年)/;
/** A bracket after the closed count saying some were carried in: "（含2023年转至今年办理的4件）". */
const CARRIED_IN_PAREN = /(?:上一?年度?|去年|(\d{4})\s*年度?)(?:的)?(?:结转|转结|遗留|转至|转入|转到|结转至|结转到)(?:至|到|入)?\s*(?:今年|本年度?|(\d{4})\s*年度?)?/;
/** Other ways an application leaves the year, or words flow-balance.ts reads as one. */
const OTHER_OUTCOME = /撤回|撤销|终止|退回|转办|转交|转送|告知|不予受理|中止|未答复|未回复/;
const PART_OF_CLOSED = /按时|按期|如期|提前|延期|逾期|超期|期限内|时限内|当场|当日|即时|网上|当面|信函/;

interface Terms {
  inNew?: TextFigure; accepted?: TextFigure; carriedIn?: TextFigure; closed?: TextFigure; out?: TextFigure;
  /** the channels a 合计 sums (read as the in-term) */
  channels?: TextFigure[];
  looseClosed?: boolean; pending?: boolean; carriedInParen?: boolean; carriedAfter?: boolean;
  /** how the text says what came in, where a 受理-like count is read from another word */
  inWord?: string;
}

const words = (f: TextFigure): string => f.label.replace(LIST_LEAD, '').replace(/^[、，,\s]+/, '').trim();

/** The year a bracket or a carried-on count names fits the report's (or none is named). */
function yearFits(named: string | undefined, want: number | null): boolean {
  return named === undefined || (want !== null && Number(named) === want);
}

function readTerms(s: SentenceFigures, year: number | null): Terms | null {
  const t: Terms = {};
  const counts = s.figures.filter((f) => f.unit === '件' && isCount(f));
  if (counts.length !== s.figures.filter((f) => f.unit === '件').length) return null;
  let run: TextFigure[] = [];
  const set = (k: 'inNew' | 'accepted' | 'carriedIn' | 'closed' | 'out', f: TextFigure): boolean => {
    if (t[k]) return false;
    t[k] = f;
    return true;
  };
  for (const f of counts) {
    const w = words(f).replace(AS_OF, '').replace(/^[，,\s]+/, '');
    // (LIST_LEAD takes the 另 of "另外": the label is read whole for it)
    const after = w === '' || /^(?:另有|还有|尚有|仍有)$/.test(w) || /^另外$/.test(f.label.replace(/^[、，,\s]+/, '').trim()) ? s.text.slice(f.end, f.end + 24) : '';
    if (f.paren !== null) {
      // only "（含…转至今年办理的N件）" right after the closed count
      const m = CARRIED_IN_PAREN.exec(f.paren + f.label);
      const closed = t.closed && !t.out && s.text.slice(t.closed.end, f.start).startsWith('（') ? t.closed : null;
      if (!closed || !/^\s*(?:含|包括|包含|其中)/.test(f.paren) || !m || !yearFits(m[1], year === null ? null : year - 1) || !yearFits(m[2], year)) return null;
      if (!set('carriedIn', f)) return null;
      t.carriedInParen = true;
      continue;
    }
    // "2023年结转132件", "结转2025年183件" (hunt41: a 2024 municipal commission's flow): carried in or on,
    // the year written as flow-balance.ts reads it; only the year before the report's or the one after
    // (not under a 其中: "收到20件，其中2023年结转3件" holds those carried in, as flow-balance.ts leaves it)
    if (f.paren === null && !CARRIED_ON.test(w) && !/其中/.test(f.label)) {
      const yearOn = carriedYearFits(CARRIED_YEAR_NEXT, w, year, 1);
      const yearIn = yearOn === null ? carriedYearFits(YEAR_CARRIED_IN, w, year, -1) : null;
      if (yearOn === false || yearIn === false) return null;
      if (yearOn || yearIn) {
        if (!set(yearOn ? 'out' : 'carriedIn', f)) return null;
        continue;
      }
    }
    const carriedAfter = after ? CARRIED_ON_AFTER.exec(after) : null;
    if (carriedAfter || CARRIED_ON.test(w)) {
      if (carriedAfter && !yearFits(carriedAfter[1], year === null ? null : year + 1)) return null;
      if (!carriedAfter && (/\d{4}\s*年/.test(w) && !notThisYearsOk(w, year))) return null;
      if (!set('out', f)) return null;
      t.carriedAfter = !!carriedAfter;
      continue;
    }
    if (notThisYears(s, f, year)) return null;
    if (CARRIED_FROM.test(w)) {
      // "收到申请20件，其中上年结转3件" (hunt41): those carried in among what was received, or beside it —
      // read as a bare 受理 is, both ways (flow-balance.ts)
      if (/其中/.test(f.label) && t.inNew && !t.accepted && counts[counts.indexOf(f) - 1] === t.inNew) {
        [t.accepted, t.inWord] = [t.inNew, '收到'];
        delete t.inNew;
      }
      if (!set('carriedIn', f)) return null;
      continue;
    }
    if (OTHER_OUTCOME.test(w) || (after && OTHER_OUTCOME.test(after.split(/[，,；;。]/)[0] ?? ''))) return null;
    if (PENDING.test(w) || (after && PENDING_AFTER.test(after))) {
      if (!set('out', f)) return null;
      t.pending = true;
      continue;
    }
    if (CLOSED.test(w) || CLOSED_LOOSE.test(w)) {
      if (PART_OF_CLOSED.test(w) || !set('closed', f)) return null;
      t.looseClosed = CLOSED_LOOSE.test(w);
      continue;
    }
    if (SUBTOTAL.test(w) && run.length >= 2 && cmpDec(sumDec(run.map((x) => x.value)), f.value) === 0) {
      // the channels before it were the in-term's parts: the 合计 is the in-term
      t.channels = run;
      t.inNew = f;
      run = [];
      continue;
    }
    if (NEW.test(w) && !/结转|办结/.test(w)) {
      if (!set('inNew', f)) return null;
      run = [f];
      continue;
    }
    if (ACCEPTED.test(w) && !/结转|办结/.test(w)) {
      if (!set('accepted', f)) return null;
      continue;
    }
    // a channel after the count received, closed by a 合计 (else: a count of another role)
    if (run.length > 0 && !t.channels && /^[\u4e00-\u9fff]{1,6}$/.test(w) && !/办|结|复|转|理/.test(w)) {
      run.push(f);
      continue;
    }
    return null;
  }
  // (channels left without their 合计: the count received is only one of them; unless they follow it
  // as its 其中 list and add up to it: "收到52件，其中网上申请40件，信函申请12件，…")
  if (run.length > 1) {
    const [head, ...items] = run;
    const listOf = head === t.inNew && /^\s*[，,]?\s*其中/.test(s.text.slice(head!.end, items[0]!.start)) && cmpDec(sumDec(items.map((x) => x.value)), head!.value) === 0;
    if (!listOf) return null;
  }
  return t;
}

/** A carried-on count's label naming a year: only the year after the report's. */
function notThisYearsOk(w: string, year: number | null): boolean {
  const m = /(\d{4})\s*年/.exec(w);
  return !m || (year !== null && Number(m[1]) === year + 1);
}

export function checkFlowWords(s: SentenceFigures, paragraphs: readonly Paragraph[], year: number | null): ClaimOutcome[] {
  if (s.figures.length < 3 || !/(?:收到|新收|受理|接收|接到)/.test(s.text) || !/申请/.test(s.text) || OTHER_WORK.test(s.text)) return [];
  const t = readTerms(s, year);
  if (!t || !t.closed || !t.out || (t.inNew && t.accepted) || (!t.inNew && !t.accepted)) return [];
  // (what flow-balance.ts reads in table 三's words is its own)
  if (!t.looseClosed && !t.pending && !t.carriedInParen && !t.carriedAfter) return [];
  const loose = !!(t.looseClosed || t.pending);
  const inFig = (t.inNew ?? t.accepted)!;
  const { closed, out } = t as Required<Pick<Terms, 'closed' | 'out'>>;
  const outflow = addDec(closed.value, out.value);
  const outShown = `${closed.raw}+${out.raw}`;
  const outPart = part('plus', closed.raw, out.raw);
  const all = [inFig, ...(t.channels ?? []), t.carriedIn, closed, out].filter((f): f is TextFigure => !!f).sort((a, b) => a.start - b.start);
  const quote = quoteSpan(paragraphs, { s, f: all[0]! }, { s, f: all[all.length - 1]! });
  const outWords = t.pending ? '正在办理' : '结转下年度';
  const handled = !!t.looseClosed && HANDLED.test(words(closed));
  const closedWords = t.looseClosed ? (handled ? '办理' : '回复') : '办结';
  // (the same words as note parts: note-words-more.ts)
  const outW = part(t.pending ? 'wPending' : 'wNextYear');
  const closedW = part(t.looseClosed ? (handled ? 'wHandled' : 'wAnswered') : 'wClosed');
  // "收到16项，办理16项，结转下年度1项": 办理 may be all handled, those carried on among them
  const handledAll = (v: Dec): ClaimOutcome[] => handled && cmpDec(closed.value, v) === 0
    ? [skip(quote, said('flowHandledSame', outPart, formatDec(outflow), closed.raw))]
    : [];
  if (!t.carriedIn) {
    // no 上年结转 named, of any kind, and no other year's count
    if (CARRIED_FROM.test(s.text) || /遗留|转结(?!下|至|到|入)|转至(?:今年|本年)/.test(s.text)) return [];
    const cmp = cmpDec(inFig.value, outflow);
    if (cmp === 0) return [pass(quote, `${inFig.raw} = ${outShown}（收支平衡，未写上年结转）`)];
    const all = handledAll(inFig.value);
    if (all.length > 0) return all;
    if (cmp < 0) return [skip(quote, said('flowOverNoCarried', outPart, formatDec(outflow), inFig.raw))];
    const message = said('flowShort', part(t.inNew ? 'wReceived' : 'wAccepted'), inFig.raw, closedW, closed.raw, outW, out.raw, formatDec(outflow));
    return [warn(quote, `${inFig.raw} ≠ ${outShown} = ${formatDec(outflow)}件，未写上年结转，按0件计也不平衡`, message, inFig.value, outflow)];
  }
  const carriedIn = t.carriedIn;
  const readings: { value: Dec; shown: string }[] = [];
  if (t.inNew) readings.push({ value: addDec(t.inNew.value, carriedIn.value), shown: `${t.inNew.raw}+${carriedIn.raw}` });
  else {
    readings.push({ value: t.accepted!.value, shown: t.accepted!.raw });
    readings.push({ value: addDec(t.accepted!.value, carriedIn.value), shown: `${t.accepted!.raw}+${carriedIn.raw}` });
  }
  const fit = readings.find((r) => cmpDec(r.value, outflow) === 0);
  const held = t.carriedInParen ? `（${closedWords}数含上年结转${carriedIn.raw}）` : '';
  if (fit) return [pass(quote, `${fit.shown} = ${outShown} = ${formatDec(outflow)}件（收支平衡）${held}`)];
  for (const r of readings) {
    const all = handledAll(r.value);
    if (all.length > 0) return all;
  }
  const first = readings[0]!;
  // ("其中，下属医院收到申请20件，办结18件，正在办理2件，另有上年结转1件已办结": those carried in said closed in their own
  // words may be no part of the 办结 named; where this year's alone balance, a skip — as flow-balance.ts does, rt60)
  const ownIn = t.inNew ?? t.accepted!;
  if (CARRIED_IN_CLOSED.test(s.text.slice(carriedIn.end)) && cmpDec(ownIn.value, outflow) === 0) {
    return [skip(quote, said('flowCarriedApart', ownIn.raw, outPart, formatDec(outflow), carriedIn.raw, closed.raw))];
  }
  // the bracket says how many of those closed were carried in, not how many came in: more may have,
  // and gone on again; only less going out than the least that came in is sure
  if (t.carriedInParen && cmpDec(first.value, outflow) < 0) {
    // …unless those closed of this year's own are more than came in this year
    const own = subDec(closed.value, carriedIn.value);
    if (t.inNew && cmpDec(own, t.inNew.value) > 0) {
      const msg = said('flowOwnClosed', closedW, closed.raw, carriedIn.raw, formatDec(own), t.inNew.raw);
      const d = `${closed.raw}−${carriedIn.raw} = ${formatDec(own)}件 > ${t.inNew.raw}（本年收到的${closedWords}数多于收到数）`;
      return [loose ? warn(quote, d, msg, t.inNew.value, own) : error(quote, d, msg, t.inNew.value, own)];
    }
    return [skip(quote, said('flowParenCarried', part('plus', ...first.shown.split('+')), formatDec(first.value), outPart, formatDec(outflow), closedW, carriedIn.raw))];
  }
  const detail = `${readings.map((r) => `${r.shown} = ${formatDec(r.value)}件`).join('或')}，${outShown} = ${formatDec(outflow)}件，收支不平衡${held}`;
  const inW = t.inWord === undefined ? part(t.inNew ? 'wReceived' : 'wAccepted') : t.inWord === '收到' ? part('wReceived') : part('quoted', t.inWord);
  const notTable = loose ? part('notTableWords', ...[t.looseClosed ? closedWords : '', t.pending ? '正在办理' : ''].filter((w) => w !== '')) : '';
  const message = said('flowCarried', inW, inFig.raw, carriedIn.raw, formatDec(first.value), closedW, closed.raw, outW, out.raw, part('flowEqual', formatDec(outflow), notTable));
  return [loose ? warn(quote, detail, message, first.value, outflow) : error(quote, detail, message, first.value, outflow)];
}

const pass = (quote: string, detail: string): ClaimOutcome => ({ check: { rule: RULE.partsSum, outcome: 'pass', quote, detail } });
const skip = (quote: string, why: Said): ClaimOutcome => ({ check: saidCheck(RULE.partsSum, 'skip', quote, why) });
function warn(quote: string, detail: string, message: Said, expected: Dec, actual: Dec): ClaimOutcome {
  return { check: { rule: RULE.partsSum, outcome: 'fail', quote, detail }, finding: textFinding(RULE.partsSum, 'warning', message, quote, decToNumber(expected), decToNumber(actual)) };
}
function error(quote: string, detail: string, message: Said, expected: Dec, actual: Dec): ClaimOutcome {
  return { check: { rule: RULE.partsSum, outcome: 'fail', quote, detail }, finding: textFinding(RULE.partsSum, 'error', message, quote, decToNumber(expected), decToNumber(actual)) };
}

/** Those carried in said closed right after their figure: "上年结转1件已办结" (flow-balance.ts's, rt60). */
const CARRIED_IN_CLOSED = /^[^，,；;。\d]{0,8}?(?:已|均|全部|都)[^，,；;。\d]{0,8}?(?:办结|答复|办理完毕|处理完毕)/;
