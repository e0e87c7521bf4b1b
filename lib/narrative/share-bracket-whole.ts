/**
 * A share whose whole stands in a bracket inside the share's own words (txt75, rt78's 132):
 * "全年新收申请62件，占全省自然资源系统申请总数（1268件）的4.9%" — the percentage's label is "）的", so it is
 * no share by its lead (figures-in-text.ts readShareLead), and went unread. Read here only in this one
 * shape: a count, then "，占" (or "，约占"/"，仅占") and the whole's words, a bracket holding nothing but
 * the whole's count (共/合计 may open it) in the part's unit, no smaller than the part, and the
 * percentage right after the bracket ("）的", "）的比例为"). A bracket of another year's figure
 * ("（上年为1100件）"), of words besides the count, or a change's words before it are not read.
 */
import { cmpDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';

const AFTER_WHOLE = /^[）)]的(?:比例|比重)?(?:为|是|达)?$/;
const BEFORE_WHOLE = /^[，,]\s*(?:约|仅|只)?占([^，,；;。！？（）()\d０-９]{1,24})[（(](?:共|合计|总计)?$/;
const CHANGE_WORDS = /较|同比|环比|比上年|增长|增加|下降|减少|提高|降低|上年|去年|同期|\d{4}年/;

export function bracketWholeShare(s: SentenceFigures, k: number): { part: TextFigure; whole: TextFigure } | null {
  const share = s.figures[k];
  const whole = s.figures[k - 1];
  const part = s.figures[k - 2];
  if (!share || !whole || !part || share.unit !== '%' || share.share || share.approx) return null;
  if (!isCount(whole) || !isCount(part) || whole.unit !== part.unit || cmpDec(whole.value, part.value) < 0) return null;
  if (!AFTER_WHOLE.test(s.text.slice(whole.end, share.start))) return null;
  const m = BEFORE_WHOLE.exec(s.text.slice(part.end, whole.start));
  if (!m || CHANGE_WORDS.test(m[1] ?? '')) return null;
  return { part, whole };
}
