/**
 * A 纠正率 (or 纠错率) of 复议 or 诉讼 against its own sentence's figures (rule text.share):
 * "行政复议5件中，结果纠正1件，纠正率为20%", "被申请行政复议8件，其中被纠错2件，纠错率25.0%"
 * (table 四's 结果纠正 over its 总计: spec/report-format.md "Table 四"). The rate is read only
 * when the count right before it is the corrected ones and a count earlier in the sentence names
 * 复议 or 诉讼: then the sentence gives both figures, and the rate either fits them or not. A rate
 * of another base ("纠正率较上年下降", "全市行政复议纠错率") or with no count before it is no claim
 * here (a skip would say nothing the reader can use). Some reports take the rate over the cases
 * closed in the year ("5件，其中已审结4件，结果纠正1件，纠错率为25%"): a count between the two that
 * gives the rate is a reading, and the rate passes.
 */
import { decToNumber, percentFits, percentText, withDecimals } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { quoteSpan } from './quote.ts';
import { said } from './note-words.ts';

/** The rate's own words before its figure: "纠正率为", "纠错率", "被纠错率达". */
export const CORRECTION_RATE = /^(?:被)?(?:纠正|纠错)率(?:为|是|达|达到)?$/;
/** The count the rate is of, right before it: "结果纠正1件", "其中被纠错2件", "被复议机关纠正1件". */
export const CORRECTED = /(?:纠正|纠错)(?:的)?(?:案件)?$/;
/** What the whole counts: 复议 or 诉讼 cases. */
const CASES = /复议|诉讼|起诉/g;
/**
 * Words of a result after the cases' name: the count is one outcome of them, never their whole
 * ("行政复议结果维持6件、纠错2件，纠错率为20%": 2 of the 10 cases, not of the 6 upheld; session 23's
 * probe found it flagged as "应为33%").
 */
const RESULT_AFTER_CASES = /结果|维持|驳回|纠正|纠错|撤销|确认违法|责令|其他|尚未|未审结|在审|审理中|终止|撤回|调解|和解/;

/** The label's words after its last 复议/诉讼/起诉 (all of it when it names none), and whether it names one. */
function afterCases(label: string): { named: boolean; tail: string } {
  let last = -1;
  for (const m of label.matchAll(CASES)) last = (m.index ?? 0) + m[0].length;
  return { named: last >= 0, tail: label.slice(Math.max(0, last)) };
}

/** Does the count's label name 复议 or 诉讼 cases as what it counts, not one of their results? */
export function countsCases(label: string): boolean {
  const { named, tail } = afterCases(label);
  return named && !RESULT_AFTER_CASES.test(tail);
}

/**
 * The count of corrected cases a 纠错率 at figure `k` is said of: the count right before it, in its
 * ；-clause, whose words are the corrected ones' ("纠错1件，纠错率为20%"); null when `k` is no such rate.
 */
export function correctedBeforeRate(s: SentenceFigures, k: number): TextFigure | null {
  const rate = s.figures[k];
  if (!rate || rate.unit !== '%' || rate.approx || rate.change || !rate.label.includes('纠') || !CORRECTION_RATE.test(rate.label.replace(/[，,\s]/g, ''))) return null;
  const part = s.figures[k - 1];
  if (!part || !isCount(part) || part.unit !== '件' || part.paren !== null || !CORRECTED.test(part.label.trim())) return null;
  return /[；;]/.test(s.text.slice(part.end, rate.start)) ? null : part;
}

export function checkCorrectionRates(s: SentenceFigures, paragraphs: readonly Paragraph[]): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  s.figures.forEach((rate, k) => {
    const part = correctedBeforeRate(s, k);
    if (!part) return;
    // the nearest count before the corrected ones whose words name 复议 or 诉讼, in the same ；-clause
    const whole = s.figures.slice(0, k - 1).reverse().find((f) => isCount(f) && f.unit === '件' && f.paren === null && countsCases(f.label));
    if (!whole || whole.clause !== part.clause || whole.value.n === 0n) return;
    const quote = quoteSpan(paragraphs, { s, f: whole }, { s, f: rate });
    const detail = `${part.raw} ÷ ${whole.raw} = ${percentText(part.value, whole.value, Math.max(2, rate.printed.d))}%，正文 ${rate.raw}`;
    if (percentFits(part.value, whole.value, rate.printed) !== 'no') {
      out.push({ check: { rule: RULE.share, outcome: 'pass', quote, detail } });
      return;
    }
    // "被申请行政复议5件，其中已审结4件，结果纠正1件，纠错率为25%": some count the rate is of the
    // closed cases; any count between the whole and the corrected ones that fits is a reading
    const between = s.figures.slice(s.figures.indexOf(whole) + 1, k - 1);
    // (not a result: "结果维持2件、纠错1件，纠错率50%" is no rate of the upheld)
    const base = between.find((f) => isCount(f) && f.unit === '件' && f.clause === part.clause && f.value.n > 0n && !RESULT_AFTER_CASES.test(afterCases(f.label).tail) && percentFits(part.value, f.value, rate.printed) !== 'no');
    if (base) {
      const also = `${part.raw} ÷ ${base.raw} = ${percentText(part.value, base.value, Math.max(2, rate.printed.d))}%，正文 ${rate.raw}`;
      out.push({ check: { rule: RULE.share, outcome: 'pass', quote, detail: also } });
      return;
    }
    const shown = percentText(part.value, whole.value, rate.printed.d);
    const message = said('correctionRate', whole.raw, part.raw, rate.raw, withDecimals(shown, rate.printed.d));
    out.push({
      check: { rule: RULE.share, outcome: 'fail', quote, detail },
      finding: textFinding(RULE.share, 'error', message, quote, Number(shown), decToNumber(rate.printed)),
    });
  });
  return out;
}
