/**
 * A bare percentage in a bracket right after an item of a list: "其中予以公开42件（47.7%），部分公开11件
 * （12.5%）" (recall39, recall38b's miss: with no 占 it was no share at all). Read only where its base is
 * the list's whole and nothing else: a list whose whole is sure (not a guess among counts before its 其中,
 * not two wholes' sum, not one a reader doubts), the whole a figure of the text. The share is of the
 * whole when it fits the printed digits (a pass); where it fits another count of the sentence, or the
 * list divides a count received into results (shares of results are often of those answered), a skip;
 * else an error, as for "占47.7%".
 */
import { decToNumber, percentFits, percentText } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, type TextFigure } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { said } from './note-words.ts';
import { allResults, ANSWERED, type PartsGroup } from './parts-sum.ts';
import { quoteSpan } from './quote.ts';

/** The percentage right after an item, alone in its bracket: "42件（47.7%）". */
function bracketPercent(p: PartsGroup['parts'][number]): TextFigure | null {
  const { s, f } = p;
  const next = s.figures[s.figures.indexOf(f) + 1];
  if (!next || next.unit !== '%' || next.share || next.approx || next.change !== null) return null;
  if (!/^\s*[（(]\s*$/.test(s.text.slice(f.end, next.start)) || !/^\s*[）)]/.test(s.text.slice(next.end))) return null;
  return next;
}

export function checkBracketShares(groups: readonly PartsGroup[], paragraphs: readonly Paragraph[]): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const done = new Set<TextFigure>();
  for (const g of groups) {
    const whole = g.whole.f;
    if (g.guess || g.tentative || g.peerTotal || g.unsure || g.flowTotal || !g.whole.s.figures.includes(whole) || whole.ulp || !isCount(whole)) continue;
    // results under a count received: their shares are as often of those answered, which the text does not give
    const ofReceived = allResults(g.parts) && !ANSWERED.test(whole.label);
    for (const p of g.parts) {
      const pct = bracketPercent(p);
      if (!pct || done.has(pct) || p.f.ulp) continue;
      done.add(pct);
      const quote = quoteSpan(paragraphs, p, { s: p.s, f: { ...pct, end: pct.end + 1 } });
      const shown = percentText(p.f.value, whole.value, Math.max(2, pct.printed.d));
      const detail = `${p.f.raw} ÷ ${whole.raw} = ${shown}%，正文 ${pct.raw}`;
      if (percentFits(p.f.value, whole.value, pct.printed) !== 'no') {
        out.push({ check: { rule: RULE.share, outcome: 'pass', quote, detail } });
        continue;
      }
      const other = [...g.whole.s.figures, ...p.s.figures].find((x) => x !== whole && x.unit === whole.unit && isCount(x) && percentFits(p.f.value, x.value, pct.printed) !== 'no');
      if (other || ofReceived) {
        out.push({ check: { rule: RULE.share, outcome: 'skip', quote, detail: `${detail}；${other ? `括注的百分比可能是占${other.raw}的` : '所列为办理结果，括注的百分比可能是占办结数的'}，不作判断` } });
        continue;
      }
      const expected = percentText(p.f.value, whole.value, pct.printed.d);
      out.push({
        check: { rule: RULE.share, outcome: 'fail', quote, detail },
        finding: textFinding(RULE.share, 'error', said('shareParen', p.f.raw, pct.raw, whole.raw, expected), quote, Number(expected), decToNumber(pct.printed)),
      });
    }
  }
  return out;
}
