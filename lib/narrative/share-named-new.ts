/**
 * A share that names 新收 where the whole it was read against is another count of its sentence (txt70):
 * "本年度新收政府信息公开申请62件，办结63件，其中予以公开32件，占新收申请的50.8%" — the 其中 divides the 办结 63, but the
 * share's own words say of what: 新收, which the sentence gives apart (62), so 50.8% (32 ÷ 63) is wrong for 51.6%. Read
 * only where the share's whole says 新收 alone, the whole read is no 新收 count, and exactly one count of the sentence before
 * the part, of its unit, no smaller, outside parentheses and of no other year, says 新收 and differs from it.
 */
import { cmpDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { ShareClaim } from './shares.ts';

const NEW = /新收|新受理/;
/** The share's whole is 新收 alone ("新收申请", "本年新收总数"): not "新收和上年结转总数", which is 受理's. */
const NEW_ONLY = /^(?:本年度?|全年|当年|今年)?(?:新收|新受理)(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:总数|总量|数量|量|件数|数)?$/u;
const OTHER_YEAR = /上年|去年|上一年|\d{4}\s*年/;

export function namedNewWhole(c: ShareClaim): TextFigure | null {
  if (!c.whole || c.part.s !== c.share.s) return null;
  return namedNewCount(c.part.s, c.part.f, c.whole.f, c.share.f.shareOf);
}

/**
 * The one 新收 count of sentence `s` a share of `part` naming `of` ("新收申请") is of, where the whole read (`whole`) is
 * another count; null where `of` is not 新收 alone, the whole says 新收, or no one such count fits. Also read for a share
 * in tenths ("办结63件，其中予以公开32件，占新收申请的五成以上": tenths.ts, rt74).
 */
export function namedNewCount(s: SentenceFigures, part: TextFigure, whole: TextFigure, of: string): TextFigure | null {
  if (!NEW_ONLY.test(of) || NEW.test(whole.label)) return null;
  const named = s.figures.filter((f) => f.end <= part.start && f !== whole && isCount(f) && f.unit === part.unit
    && f.paren === null && f.change === null && NEW.test(f.label) && !OTHER_YEAR.test(f.label));
  const [f] = named;
  if (named.length !== 1 || !f || f.ulp || cmpDec(f.value, whole.value) === 0 || cmpDec(f.value, part.value) < 0) return null;
  return f;
}
