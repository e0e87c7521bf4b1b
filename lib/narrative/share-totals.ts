/**
 * Shares of a list of kinds with no count beside them (rule text.share): "从申请渠道看，网络申请占85%，
 * 信函申请占12%，其他渠道占3%" (recall34: real reports give the channels' shares alone, never checked:
 * shares.ts reads a share of a count). With no whole and no count, the one check the text allows is
 * that the shares of a closed list total 100% (within the rounding their digits allow:
 * decimal.ts sharesCanTotal100): a pass where they do, an error where a closed list does not.
 * Closed: its last item is 其他/其余 (parts-sum.ts closesList), or it names every applicant the law
 * names (公民/自然人, 法人, 其他组织: 条例 第二十七条). A list that is not closed and does not total 100%
 * may leave a kind out (当面, 传真…): no claim is read.
 * Results too, closed by 其他/其余 or by naming all six of table 三 (recall41: SHARE_KINDS).
 * Read narrowly: two shares or more, one a ，/、-clause, nothing but the item's words before each 占 (no
 * figure, no named whole: "占全年申请总数的" is another reading), each item a channel or each an applicant
 * (dimensionOf), the closing item last; the shares the sentence's only figures from the first to the last.
 */
import { cmpDec, decToNumber, formatDec, sharesCanTotal100, sharesOver100, sumDec, toDec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { part, said } from './note-words.ts';
import { closesList, dimensionOf, LIST_LEAD } from './parts-sum.ts';
import { quoteSpan } from './quote.ts';
import { everyApplicantNamed } from './parts-readings.ts';
import { TOTAL_CAVEAT } from './info-kinds.ts';
import { lastMark } from '../text/marks.ts';

/** Words of a year other than the report's in an item ("上年网上申请占60%"): two years' shares in one list (rt42). */
const OTHER_YEAR_ITEM = /上年|去年|上一年|前年|同期|往年|\d{4}\s*年/;
/** Words after the list saying its items overlap ("部分申请通过多种渠道重复提交", rt42): over 100% is no error. */
const OVERLAP_AFTER = /同时|多种(?:渠道|方式|途径)|多个(?:渠道|途径)|不同(?:渠道|方式|途径)/;

/** The words of an item before its 占: "网络申请", "其他渠道" (a "从…看，" lead and a list's lead dropped). */
const SHARE_VERB = /(?:约|所)?占(?:比)?(?:为|达|是)?$/;

/** The item's words of a share with nothing but words before it in its clause, or null. */
function itemWords(s: SentenceFigures, f: TextFigure): string | null {
  if (f.unit !== '%' || !f.share || f.shareOf !== '' || f.approx || f.change !== null || f.paren !== null) return null;
  const from = lastMark(s.text, '，,、；;：:。', f.start - 1) + 1;
  const clause = s.text.slice(from, f.start);
  if (/[\d０-９（()）]/.test(clause) || !SHARE_VERB.test(clause)) return null;
  const words = clause.replace(SHARE_VERB, '').replace(/^[\s，,、]*(?:其中|以及|及|和)?[，,：:\s]*/, '').replace(LIST_LEAD, '').trim();
  return words === '' ? null : words;
}

/**
 * The kinds whose shares alone are read: channels, applicants, and (recall41) table 三's results
 * ("其中予以公开占60%，部分公开占25%，不予公开占15%"): a pass where they may total 100%; an error only where
 * the list is closed, by an 其他/其余 item or by naming all six results of the 2019 table.
 */
const SHARE_KINDS: ReadonlySet<string> = new Set(['channel', 'applicant', 'result']);
const SIX_RESULTS = [/予以公开|同意公开|全部公开/, /部分公开/, /不予公开/, /无法提供/, /不予处理/, /其他处理/];

/** Do the items name each of table 三's six results, and nothing else (not 办结, 结转)? */
function everyResultNamed(words: readonly string[]): boolean {
  return SIX_RESULTS.every((re) => words.some((w) => re.test(w))) && words.every((w) => SIX_RESULTS.some((re) => re.test(w)));
}

/** A count in 件 right before the list in its ；-clause, the whole its shares divide ("全年办结63件，予以公开占…", "在办结的63件中，…"). */
function wholeBefore(s: SentenceFigures, first: TextFigure): boolean {
  const from = lastMark(s.text, '；;', first.start) + 1;
  const counts = s.figures.filter((f) => f.start >= from && f.end <= first.start);
  return counts.length === 1 && counts[0]!.unit === '件' && counts[0]!.paren === null && !counts[0]!.approx;
}

/** Do an item's words open on another item's noun and 中 ("自然人中为自身需要提出的" of "自然人申请")? */
function partOf(w: string, other: string): boolean {
  const head = /^(\S{2,12}?)中/u.exec(w)?.[1]?.replace(/申请$/u, '');
  return !!head && head.length >= 2 && other.startsWith(head);
}

export function checkShareTotals(s: SentenceFigures, paragraphs: readonly Paragraph[]): ClaimOutcome[] {
  const shares = s.figures.filter((f) => f.unit === '%');
  if (shares.length < 2) return [];
  const first = shares[0] as TextFigure;
  const last = shares[shares.length - 1] as TextFigure;
  // the shares alone from the first to the last: no count among them (those are shares.ts's)
  if (s.figures.some((f) => f.unit !== '%' && f.start > first.start && f.end < last.end)) return [];
  // (a count right before the first, in its clause, is its part: "网络申请170件，占85%")
  const items = shares.map((f) => itemWords(s, f));
  if (items.some((w) => w === null)) return [];
  const words = items as string[];
  // (an item of another year, or one named twice: "本年度网上申请占70%，上年网上申请占60%，…" — not one whole's list, rt42)
  if (words.some((w) => OTHER_YEAR_ITEM.test(w)) || new Set(words.map((w) => w.replace(/^(?:本年度?|今年|全年)/, ''))).size < words.length) return [];
  const closing = words.map((w) => closesList(w));
  if (closing.slice(0, -1).some(Boolean)) return [];
  const kinds = words.filter((_, k) => !closing[k]).map((w) => dimensionOf(w));
  const kind = kinds[0];
  if (!kind || !SHARE_KINDS.has(kind) || kinds.some((k) => k !== kind) || kinds.length < (closing[closing.length - 1] ? 1 : 2)) return [];
  // (results: a 其中 after the first share opens a breakdown of the one before, "无法提供占20%，其中信息不存在占15%")
  if (kind === 'result' && shares.slice(1).some((f) => /其中/.test(s.text.slice(first.end, f.start)))) return [];
  const closed = closing[closing.length - 1] === true || (kind === 'applicant' && everyApplicantNamed(words)) || (kind === 'result' && everyResultNamed(words));
  const printed = shares.map((f) => f.printed);
  const total = formatDec(sumDec(printed));
  const quote = quoteSpan(paragraphs, { s, f: first }, { s, f: last });
  const shown = shares.map((f) => f.raw).join('+');
  if (sharesCanTotal100(printed)) {
    const exact = cmpDec(sumDec(printed), toDec(100, 0)) === 0;
    return [{ check: { rule: RULE.share, outcome: 'pass', quote, detail: `${shown} = ${total}%${exact ? '' : '，按所印位数四舍五入可合计100%'}` } }];
  }
  // ("网络申请约占85%，…": shares said to be about so much may be rounded any way: no error)
  // (nor where the words after the list say the items overlap, rt42)
  if (TOTAL_CAVEAT.test(s.text.slice(last.end)) || OVERLAP_AFTER.test(s.text.slice(last.end))) return [];
  if (shares.some((f) => /约|大约|近|超过|逾|左右/.test(s.text.slice(Math.max(0, f.start - 3), f.end + 2)))) return [];
  // (an open list past 100% even at the low end of each share's rounding: an error where its items split one whole —
  // table 三's results, or applicants, which the form counts once each, or channels under a whole the sentence
  // names before them, "收到申请62件，网上申请占64.5%，信函申请占45.5%" — left57; else no claim, as change54 left it)
  // (予以公开 may count 部分公开 among it, measures.ts granted's second reading — "同意公开53件（含部分公开11件）": beside it,
  // 部分公开's share is left out of the sum, "予以公开占65%，部分公开占45%" no error)
  const granted = kind === 'result' && words.some((w) => SIX_RESULTS[0]!.test(w) && !/部分/.test(w));
  const disjoint = printed.filter((_, k) => !(granted && /部分/.test(words[k]!)));
  // (nor an item of another's: "网上申请占64.5%，网上申请中通过手机端提交的占70%", "自然人申请占90.3%，自然人中…占80%"
  // are shares of the 网上申请, of the 自然人 — rt58)
  const nested = words.some((w, k) => /其中|当中|之中/.test(w) || words.some((p, j) => j !== k && partOf(w, p)));
  const over = !closed && !nested && sharesOver100(disjoint) && (kind !== 'channel' || wholeBefore(s, first));
  if (!closed && !over) return [];
  const what = part(kind === 'channel' ? 'ofChannels' : kind === 'applicant' ? 'ofApplicants' : 'ofResults');
  const message = said(over ? 'sharesOver' : 'sharesUnder', what, part('plus', ...shares.map((f) => f.raw)), total);
  return [{
    check: { rule: RULE.share, outcome: 'fail', quote, detail: `${shown} = ${total}% ≠ 100%` },
    finding: textFinding(RULE.share, 'error', message, quote, 100, decToNumber(sumDec(printed))),
  }];
}
