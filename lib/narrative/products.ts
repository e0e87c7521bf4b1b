/**
 * Products (rule text.product): "每期发放4200册，全年共发放12期50400册" — 12 × 4200 = 50400.
 * A rate ("每期…4200册") and, later in the sentence, a count of the rate's unit followed at once
 * by a total in the rate's unit ("12期50400册", "12期共50400册"). Anything looser ("每月不高于
 * 20元") has no product to check and records nothing.
 */
import { cmpDec, decToNumber, formatDec, mulDec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { quoteSpan } from './quote.ts';

/** 每 + the unit a rate is per. */
const PER = /每(期|月|年|季度|次|场|人|户|个|家|批|周|天)/g;

export function checkProducts(s: SentenceFigures, paragraphs: readonly Paragraph[]): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  if (s.figures.length < 3) return out; // a rate, a count and a total
  PER.lastIndex = 0;
  for (let m = PER.exec(s.text); m; m = PER.exec(s.text)) {
    const per = m[1] ?? '';
    const at = m.index + m[0].length;
    // the rate: the first figure after 每X, in the same clause, with nothing but words between
    const rate = s.figures.find((f) => f.start >= at);
    if (!rate || !isCount(rate) || /[，,；;。]/.test(s.text.slice(at, rate.start)) || rate.unit === per) continue;
    const figs = s.figures.filter((f) => f.start >= rate.end);
    for (let i = 0; i + 1 < figs.length; i++) {
      const n = figs[i];
      const total = figs[i + 1];
      if (!n || !total || !isCount(n) || !isCount(total)) continue;
      if (n.unit !== per || total.unit !== rate.unit) continue;
      if (!/^\s*(?:共|计|共计)?\s*$/.test(s.text.slice(n.end, total.start))) continue;
      const product = mulDec(n.value, rate.value);
      const quote = quoteSpan(paragraphs, { s, f: rate }, { s, f: total });
      const detail = `${n.raw} × ${rate.raw} = ${formatDec(product)}${rate.unit}，正文 ${total.raw}`;
      if (cmpDec(product, total.value) === 0) {
        out.push({ check: { rule: RULE.product, outcome: 'pass', quote, detail } });
      } else if (rate.ulp || n.ulp || total.ulp) {
        out.push({ check: { rule: RULE.product, outcome: 'skip', quote, detail: `${detail}；万、亿数是约数，不作判断` } });
      } else {
        const message = `正文称每${per}${rate.raw}、${n.raw}共${total.raw}，${n.raw}×${rate.raw}应为${formatDec(product)}${rate.unit}。`;
        out.push({
          check: { rule: RULE.product, outcome: 'fail', quote, detail },
          finding: textFinding(RULE.product, 'error', message, quote, decToNumber(product), decToNumber(total.value)),
        });
      }
      break;
    }
  }
  return out;
}
