/**
 * A rate named by the verb of the count right before it, against the count before that (rule
 * text.share): "共收到意见建议339条，采纳158条，采纳率46.6%", "上年度发现的问题6项，已整改5项，
 * 整改率83.3%" (red team 27: 重大行政决策's 征求意见 and 发现的问题及整改, topics the tables do not
 * hold, whose rates were not read). As correction-rate.ts reads a 纠错率: only when the sentence gives
 * both figures, in one ；-clause, the done count right before the rate and the whole right before
 * it, in the same unit and no smaller; then the rate fits them or not. A rate of another base
 * ("采纳率较上年提高") or with no such pair before it is no claim.
 */
import { cmpDec, decToNumber, percentFits, percentText, withDecimals } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { quoteSpan } from './quote.ts';
import { said } from './note-words.ts';

interface VerbRate {
  /** the rate's own words before its figure */
  rate: RegExp;
  /** the done count's words, ending right before its figure */
  done: RegExp;
  /** the verb, in the message */
  zh: string;
  /** a 100% that the two counts do not give may mean "all that should be" (应公开尽公开): a skip */
  allMaySay?: boolean;
  /** the whole's own words, where the rate may be over another base */
  whole?: RegExp;
  /** a whole of those to be done, named with the done count's own verb ("应主动公开100件") */
  planned?: RegExp;
}

/** The rates read, one a verb (the negated verb is no done count: "未采纳", "未整改"). */
const VERB_RATES: readonly VerbRate[] = [
  { rate: /^(?:意见|建议)?采纳率(?:为|是|达|达到)?$/, done: /(?<![未不没])采纳(?:的|了)?(?:意见|建议)?$/, zh: '采纳' },
  { rate: /^整改(?:完成)?率(?:为|是|达|达到)?$/, done: /(?<![未没])整改(?:到位|完成|完毕|销号)?(?:的)?(?:问题)?$/, zh: '整改' },
  // "全区各级行政机关共制发公文707件，主动公开673件，平均主动公开率为95.19%" (hunt44, a 2022 区's
  // half-year figures): the files made public over the files made
  { rate: /^(?:平均)?主动公开率(?:为|是|达|达到)?$/, done: /(?<![未不没])主动公开(?:的)?(?:公文|文件)?$/, zh: '主动公开', allMaySay: true,
    // (the files made, not those received or the items published: "共收到公文120件，主动公开96件，主动公开率85%" may be
    // over another base — rt46)
    // (or those in its scope: "其中属于主动公开范围的100件，主动公开96件，主动公开率96%", or those to be:
    // "应主动公开100件，实际主动公开90件，主动公开率90%" — recall47: the planned whole is no figure of table 二)
    whole: /(?:制发|印发|制作|发文|形成|制定|出台)(?:的)?(?:各类)?(?:公文|文件)?$|属于(?:主动)?公开范围(?:的|内的?)?$|(?:^|[^不未没])应(?:当|该)?主动公开(?:的)?(?:政府信息|信息|公文|文件)?$/,
    planned: /应(?:当|该)?主动公开(?:的)?(?:政府信息|信息|公文|文件)?$/ },
];

/** Words of files taken out of the base. */
const EXCEPT = /除|剔除|扣除|不含|不包括|排除|涉密/;

/** The count right before `k`, in its ；-clause, with no parenthesis: the done count or the whole. */
function countBefore(s: SentenceFigures, k: number, clause: number): TextFigure | null {
  const f = s.figures[k - 1];
  return f && isCount(f) && f.paren === null && f.clause === clause && f.change === null ? f : null;
}

export function checkVerbRates(s: SentenceFigures, paragraphs: readonly Paragraph[]): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  s.figures.forEach((rate, k) => {
    if (rate.unit !== '%' || rate.approx || rate.change !== null) return;
    const kind = VERB_RATES.find((v) => v.rate.test(rate.label.replace(/[，,\s]/g, '')));
    if (!kind) return;
    const part = countBefore(s, k, rate.clause);
    if (!part || !kind.done.test(part.label.trim())) return;
    const whole = countBefore(s, k - 1, part.clause);
    if (!whole || whole.unit !== part.unit || (kind.done.test(whole.label) && !kind.planned?.test(whole.label.trim())) || whole.value.n === 0n || cmpDec(whole.value, part.value) < 0) return;
    if (kind.whole && !kind.whole.test(whole.label.trim())) return;
    // ("除涉密文件外主动公开96件，主动公开率96%", "…率为96%（剔除涉密件）": over a base with some files taken out — rt46)
    if (kind.whole && EXCEPT.test(`${part.label}${rate.label}${s.text.slice(rate.end, rate.end + 12).replace(/[，,。；;].*$/, '')}`)) return;
    const quote = quoteSpan(paragraphs, { s, f: whole }, { s, f: rate });
    const detail = `${part.raw} ÷ ${whole.raw} = ${percentText(part.value, whole.value, Math.max(2, rate.printed.d))}%，正文 ${rate.raw}`;
    if (percentFits(part.value, whole.value, rate.printed) !== 'no') {
      out.push({ check: { rule: RULE.share, outcome: 'pass', quote, detail } });
      return;
    }
    if (kind.allMaySay && decToNumber(rate.printed) === 100) {
      out.push({ check: { rule: RULE.share, outcome: 'skip', quote, detail: `${detail}；100%可能指应公开的全部公开，不作判断` } });
      return;
    }
    const shown = percentText(part.value, whole.value, rate.printed.d);
    const message = said('verbRate', whole.raw, kind.zh, part.raw, rate.raw, withDecimals(shown, rate.printed.d));
    out.push({
      check: { rule: RULE.share, outcome: 'fail', quote, detail },
      finding: textFinding(RULE.share, 'error', message, quote, Number(shown), decToNumber(rate.printed)),
    });
  });
  return out;
}
