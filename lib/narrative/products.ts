/**
 * Products (rule text.product): "每期发放4200册，全年共发放12期50400册" — 12 × 4200 = 50400.
 * A rate ("每期…4200册") and, later in the sentence, a count of the rate's unit followed at once
 * by a total in the rate's unit ("12期50400册", "12期共50400册"). Anything looser ("每月不高于
 * 20元") has no product to check and records nothing.
 */
import { cmpDec, decToNumber, formatDec, mulDec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { quoteSpan } from './quote.ts';
import { said } from './note-words.ts';

/** 每 + the unit a rate is per. */
const PER = /每(期|月|年|季度|次|场|人|户|个|家|批|周|天)/g;

export function checkProducts(s: SentenceFigures, paragraphs: readonly Paragraph[]): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  if (s.figures.length < 3) return out; // a rate, a count and a total
  PER.lastIndex = 0;
  for (let m = s.text.includes('每') ? PER.exec(s.text) : null; m; m = PER.exec(s.text)) {
    const per = m[1] ?? '';
    const at = m.index + m[0].length;
    // the rate: the first figure after 每X, in the same clause, with nothing but words between
    const rate = s.figures.find((f) => f.start >= at);
    if (!rate || !isCount(rate) || /[，,；;。]/.test(s.text.slice(at, rate.start)) || rate.unit === per) continue;
    // "编印简报12期，每期印发300份，共计3600份": the count of the rate's unit stands before 每
    const before = s.figures.filter((f) => f.end <= m.index);
    const n0 = before[before.length - 1];
    if (n0 && isCount(n0) && n0.unit === per && /^\s*[，,]?\s*$/.test(s.text.slice(n0.end, m.index).replace(/[（(][^（()）]*[）)]/g, ''))) {
      const total = s.figures.find((f) => f.start >= rate.end);
      if (total && isCount(total) && total.unit === rate.unit && /^\s*[，,]\s*(?:全年)?(?:共|共计|合计|累计|总计)\s*(?:印发|发放|编印|印制)?\s*$/.test(s.text.slice(rate.end, total.start))) {
        out.push(productOutcome(paragraphs, s, per, rate, n0, total, { s, f: n0 }));
        continue;
      }
    }
    const figs = s.figures.filter((f) => f.start >= rate.end);
    for (let i = 0; i + 1 < figs.length; i++) {
      const n = figs[i];
      const total = figs[i + 1];
      if (!n || !total || !isCount(n) || !isCount(total)) continue;
      if (n.unit !== per || total.unit !== rate.unit) continue;
      if (!/^\s*(?:共|计|共计)?\s*$/.test(s.text.slice(n.end, total.start))) continue;
      out.push(productOutcome(paragraphs, s, per, rate, n, total, { s, f: rate }));
      break;
    }
  }
  return out;
}

/** n × rate against the stated total; the quote runs from `from` to the total. */
function productOutcome(
  paragraphs: readonly Paragraph[],
  s: SentenceFigures,
  per: string,
  rate: TextFigure,
  n: TextFigure,
  total: TextFigure,
  from: { s: SentenceFigures; f: TextFigure },
): ClaimOutcome {
  const product = mulDec(n.value, rate.value);
  const quote = quoteSpan(paragraphs, from, { s, f: total });
  const detail = `${n.raw} × ${rate.raw} = ${formatDec(product)}${rate.unit}，正文 ${total.raw}`;
  if (cmpDec(product, total.value) === 0) return { check: { rule: RULE.product, outcome: 'pass', quote, detail } };
  if (rate.ulp || n.ulp || total.ulp) {
    return { check: { rule: RULE.product, outcome: 'skip', quote, detail: `${detail}；万、亿数是约数，不作判断` } };
  }
  const message = said('product', per, rate.raw, n.raw, total.raw, formatDec(product), rate.unit);
  return {
    check: { rule: RULE.product, outcome: 'fail', quote, detail },
    finding: textFinding(RULE.product, 'error', message, quote, decToNumber(product), decToNumber(total.value)),
  };
}
