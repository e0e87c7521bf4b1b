/**
 * A 公开率 after the applications granted (rule text.share): "全年办结申请186件，其中予以公开98件，
 * 公开率62.7%" (red team 12, page 51). Reports compute the rate in more than one way: 予以公开, or
 * 予以公开 + 部分公开 (table 三), over the 办结 the sentence names, table 三's 办理结果总计, 本年新收
 * (with 上年结转 or not), or the 办结 less 不予处理 and 其他处理 (the applications answered on their
 * substance). Any reading that fits the printed digits is a pass; only when none does is it an
 * error. Without table 三's 部分公开 the readings are not all known: a skip.
 */
import { addDec, cmpDec, decToNumber, percentFits, percentText, subDec, toDec, withDecimals, type Dec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { quoteSpan } from './quote.ts';
import { said } from './note-words.ts';

/** The rate's own words before its figure: "公开率", "公开率为", "依申请公开率达". */
const RATE = /^(?:依申请)?公开率(?:为|是|达|达到)?$/;
/** The count the rate is of, right before it: "其中予以公开98件" (not "予以公开和部分公开…"). */
const GRANTED = /(?:^|其中[，,：:]?)\s*(?:予以公开|同意公开|全部公开)(?:的)?(?:申请)?$/;
/**
 * …or the granted and partly granted named together, one count (recall46: "其中同意公开或部分公开共81件，公开率为30.80%",
 * hunt44 left it): the rate is of that count alone, 部分公开 already in it.
 */
const GRANTED_JOINED = /(?:^|其中[，,：:]?)\s*(?:予以公开|同意公开|全部公开)(?:或|和|及|与|、|或者|以及)部分公开(?:的)?(?:申请)?(?:共|共计|合计|总计)?$/;
/** The whole the granted are of, earlier in the sentence: "全年办结申请186件". */
const ANSWERED = /办结|答复|办理完毕/;

type Figures = Readonly<Record<string, number | null>>;

/** 部分公开 listed right after 予以公开 (no ； between): "其中予以公开32件、部分公开7件，公开率61.9%". */
const PARTIAL_LISTED = /^[、，,和及与]?\s*部分公开(?:的)?(?:申请)?$/;

/**
 * rt78: the rate after 予以公开 and 部分公开 listed one after the other ("其中予以公开32件、部分公开7件，公开率69.1%"):
 * the count right before the rate is 部分公开's, the granted one before it; the rate is read with the sentence's own
 * 部分公开 as the table's (the two readings, 32 and 32 + 7, over the same bases). The partial count, or null.
 */
function partialListed(s: SentenceFigures, k: number): TextFigure | null {
  const partial = s.figures[k - 1];
  const granted = s.figures[k - 2];
  if (!partial || !granted || !isCount(partial) || partial.unit !== '件' || !PARTIAL_LISTED.test(partial.label.trim())) return null;
  return GRANTED.test(granted.label.trim()) && !/[；;]/.test(s.text.slice(granted.end, partial.start)) ? partial : null;
}

export function checkDisclosureRates(s: SentenceFigures, paragraphs: readonly Paragraph[], figures: Figures | null): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  s.figures.forEach((rate, k) => {
    if (rate.unit !== '%' || rate.approx || !RATE.test(rate.label.trim())) return;
    const listed = partialListed(s, k);
    // ("公开率100%" is said of 应公开尽公开 as often as of a ratio: as the joined count's, not read)
    if (listed && rate.value.n === 100n * 10n ** BigInt(rate.value.d)) return;
    const granted = listed ? s.figures[k - 2] : s.figures[k - 1];
    if (!granted || !isCount(granted) || granted.unit !== '件') return;
    const joined = !listed && GRANTED_JOINED.test(granted.label.trim());
    if (!joined && !GRANTED.test(granted.label.trim())) return;
    if (/[；;]/.test(s.text.slice(granted.end, rate.start))) return;
    const whole = s.figures.slice(0, k - (listed ? 2 : 1)).reverse().find((f) => isCount(f) && f.unit === '件' && ANSWERED.test(f.label));
    if (!whole) return;
    const quote = quoteSpan(paragraphs, { s, f: whole }, { s, f: rate });
    out.push(judge(rate, granted, whole, quote, listed ? { ...figures, 't3.partial.total': decToNumber(listed.value) } : figures, joined, listed !== null));
  });
  return out;
}

function judge(rate: TextFigure, granted: TextFigure, whole: TextFigure, quote: string, figures: Figures | null, joined = false, listed = false): ClaimOutcome {
  const t = (name: string): Dec | null => {
    const v = figures?.[name];
    return v === null || v === undefined ? null : toDec(v, 0);
  };
  const partial = t('t3.partial.total');
  // (a joined count needs no 部分公开 of the table, 部分公开 is in it)
  if (partial === null && !joined) {
    return { check: saidCheck(RULE.share, 'skip', quote, said('disclosureNoPartial')) };
  }
  const nums: [string, Dec][] = joined || partial === null ? [[granted.raw, granted.value]] : [[granted.raw, granted.value], [`${granted.raw}+部分公开${decToNumber(partial)}件`, addDec(granted.value, partial)]];
  const dens: [string, Dec][] = [[whole.raw, whole.value]];
  const processed = t('t3.processed.total');
  const fresh = t('t3.new.total');
  const carried = t('t3.carried.total');
  const notProcessed = t('t3.notProcessed.total');
  const other = t('t3.other.total');
  if (processed) dens.push([`办理结果总计${decToNumber(processed)}件`, processed]);
  if (fresh) dens.push([`本年新收${decToNumber(fresh)}件`, fresh]);
  if (fresh && carried) dens.push([`新收与上年结转${decToNumber(addDec(fresh, carried))}件`, addDec(fresh, carried)]);
  for (const [label, d] of [[whole.raw, whole.value] as [string, Dec], ...(processed ? [[`${decToNumber(processed)}件`, processed] as [string, Dec]] : [])]) {
    if (notProcessed && other) dens.push([`${label}减不予处理、其他处理`, subDec(subDec(d, notProcessed), other)]);
  }
  // (joined, the bases disclosure-rate-alone.ts reads too: less 无法提供, or the decisions on disclosure alone; and so
  // with 部分公开 listed in the sentence, rt79: "其中予以公开32件、部分公开7件，公开率86.7%（已扣除无法提供和不予处理的申请）" is 39 ÷ 45)
  const unable = t('t3.unable.total');
  const denied = t('t3.denied.total');
  const both = joined || listed;
  if (both && processed && unable && notProcessed) {
    dens.push([`办理结果总计减无法提供、不予处理`, subDec(subDec(processed, unable), notProcessed)]);
    if (other) dens.push([`办理结果总计减无法提供、不予处理、其他处理`, subDec(subDec(subDec(processed, unable), notProcessed), other)]);
  }
  if (both && processed && notProcessed) dens.push([`办理结果总计减不予处理`, subDec(processed, notProcessed)]);
  if (joined && denied) dens.push([`${granted.raw}与不予公开`, addDec(granted.value, denied)]);
  if (listed && denied && partial) dens.push([`${granted.raw}与部分公开、不予公开`, addDec(addDec(granted.value, partial), denied)]);
  for (const [nl, n] of nums) {
    for (const [dl, d] of dens) {
      if (d.n > 0n && percentFits(n, d, rate.printed) !== 'no') {
        return { check: { rule: RULE.share, outcome: 'pass', quote, detail: `${nl} ÷ ${dl} = ${percentText(n, d, Math.max(2, rate.printed.d))}%，正文 ${rate.raw}` } };
      }
    }
  }
  // (joined, a rate of table 三's 予以公开 alone over one of the bases: "予以公开和部分公开53件，公开率47.73%" (42 ÷ 88) may
  // give the rate of those granted in full beside the joined count — unsure, a skip: rt47)
  const grantedAlone = t('t3.granted.total');
  if (joined && grantedAlone && dens.some(([, d]) => d.n > 0n && percentFits(grantedAlone, d, rate.printed) !== 'no')) {
    return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `表三“予以公开”${decToNumber(grantedAlone)}件与正文公开率${rate.raw}相符，公开率可能只计予以公开，不作判断` } };
  }
  // (joined, without the table's 办理结果总计 and 本年新收 the rate's other bases are not known: a skip; and
  // "公开率100%" is said of 应公开尽公开 as often as of a ratio)
  if (joined && (processed === null || fresh === null || cmpDec(rate.value, toDec(100, 0)) === 0)) {
    return { check: { rule: RULE.share, outcome: 'skip', quote, detail: `${granted.raw} ÷ ${whole.raw} = ${percentText(granted.value, whole.value, Math.max(2, rate.printed.d))}%，正文 ${rate.raw}；表格中没有可作他种基数的数，不作判断` } };
  }
  const shown = percentText(granted.value, whole.value, rate.printed.d);
  const detail = `${granted.raw} ÷ ${whole.raw} = ${percentText(granted.value, whole.value, Math.max(2, rate.printed.d))}%，正文 ${rate.raw}；${joined ? '' : '计入部分公开或'}换用其他基数亦不相符`;
  const message = said(joined ? 'disclosureJoined' : 'disclosure', granted.raw, rate.raw, whole.raw, withDecimals(shown, rate.printed.d));
  return {
    check: { rule: RULE.share, outcome: 'fail', quote, detail },
    finding: textFinding(RULE.share, 'error', message, quote, Number(shown), decToNumber(rate.printed)),
  };
}
