/**
 * A share found wrong whose printed % is what its part makes of another count of its own sentence (txt72):
 * "本年度新收政府信息公开申请62件，办结63件，其中予以公开32件，占新收申请的50.8%" — of 新收 62 it is 51.6%, and 50.8%
 * is 32 ÷ 63, the 办结 count beside it: the likely slip, said after the error (the error stands: the share names 新收).
 * Said only where exactly one other count fits the printed digits (rounded, as a share is read): a count of the share's
 * sentence before its part, printed in full, of its unit, outside parentheses, no change and of no other year, no
 * smaller than the part. Nothing else changes: the check, the figures, the severity.
 */
import { cmpDec, percentFits } from './decimal.ts';
import { isCount, type TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { restated } from './note-words.ts';
import { clauseStart, shownOf } from './quote.ts';
import { namedNewWhole } from './share-named-new.ts';
import type { ShareClaim } from './shares.ts';

const OTHER_YEAR = /上年|去年|上一年|\d{4}\s*年/;

/** The one other count of the share's sentence its printed % fits, or null. */
export function slipWhole(c: ShareClaim): TextFigure | null {
  if (!c.whole || c.part.s !== c.share.s) return null;
  const used = namedNewWhole(c) ?? c.whole.f;
  const part = c.part.f;
  const fits = c.part.s.figures.filter((f) => f.end <= part.start && f !== used && isCount(f) && f.unit === part.unit && f.paren === null
    && f.change === null && f.ulp === null && !OTHER_YEAR.test(f.label) && cmpDec(f.value, part.value) >= 0 && f.value.n > 0n
    && cmpDec(f.value, used.value) !== 0 && percentFits(part.value, f.value, c.share.f.printed) === 'rounded');
  return fits.length === 1 ? (fits[0] as TextFigure) : null;
}

/** The error restated with the slip after it, where there is one. */
export function withSlip(c: ShareClaim, o: ClaimOutcome): ClaimOutcome {
  if (!o.finding || o.check.outcome !== 'fail') return o;
  const f = slipWhole(c);
  if (!f) return o;
  const s = c.part.s;
  const words = shownOf(s).slice(clauseStart(s.text, f.start), f.end).trim();
  return { ...o, finding: restated(o.finding, 'shareSlip', c.share.f.raw, c.part.f.raw, words) };
}
