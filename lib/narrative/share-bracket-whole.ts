/**
 * A share whose whole stands in a bracket inside the share's own words (txt75, rt78's 132):
 * "全年新收申请62件，占全省自然资源系统申请总数（1268件）的4.9%" — the percentage's label is "）的", so it is
 * no share by its lead (figures-in-text.ts readShareLead), and went unread. Read here only in this one
 * shape: a count, then "，占" (or "，约占"/"，仅占") and the whole's words, a bracket holding nothing but
 * the whole's count (共/合计 may open it) in the part's unit, no smaller than the part, and the
 * percentage right after the bracket ("）的", "）的比例为"). A bracket of another year's figure
 * ("（上年为1100件）"), of words besides the count, or a change's words before it are not read.
 * txt78 (rt80's misses): the part may carry a bracket of its own that picks out a subset of it
 * ("63件（含上年结转4件），占…（66件）的95.5%", "62件（其中网上申请48件），占…"): the part is the count the bracket
 * qualifies; and a second share of the same shape after the first ("…的4.9%，占全市（512件）的12.1%") is of the
 * first's part. The whole may be written approximately ("（1200余件）", "（近1300件）"): read, and judged within what its
 * words allow (share-approx.ts).
 */
import { cmpDec } from './decimal.ts';
import { isCount, SUBSET_PAREN, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { lastMark } from '../text/marks.ts';

const AFTER_WHOLE = /^[）)]的(?:比例|比重)?(?:为|是|达)?$/;
const BEFORE_WHOLE = /^[，,]\s*(?:约|仅|只)?占([^，,；;。！？（）()\d０-９]{1,24})[（(](?:共|合计|总计)?(?:约|近|将近|大约)?$/;
const CHANGE_WORDS = /较|同比|环比|比上年|增长|增加|下降|减少|提高|降低|上年|去年|同期|\d{4}年/;

/** A count the whole may be: a count, or one written approximately (no change, no share) whose words say how (share-approx.ts). */
function wholeLike(f: TextFigure): boolean {
  return isCount(f) || (f.approx && f.unit !== '%' && f.unit !== '百分点' && f.change === null);
}

/**
 * The part before the whole's "，占": the figure right there; the count a 含/其中 bracket it stands in qualifies
 * ("63件（含上年结转4件）"); or, for a share of this shape, that share's own part. With where its words end.
 */
function partBefore(s: SentenceFigures, i: number): { part: TextFigure; end: number } | null {
  const f = s.figures[i];
  if (!f) return null;
  if (f.unit === '%') {
    const first = bracketWholeShare(s, i);
    return first ? { part: first.part, end: f.end } : null;
  }
  if (f.paren === null || !SUBSET_PAREN.test(f.paren)) return { part: f, end: f.end };
  const open = lastMark(s.text, '（(', f.start);
  const close = s.text.slice(f.end).search(/[)）]/);
  const k = s.figures.findIndex((x) => x.end > open) - 1;
  const outer = s.figures[k];
  if (open < 0 || close < 0 || !outer || outer.paren !== null || !/^\s*$/.test(s.text.slice(outer.end, open))) return null;
  return { part: outer, end: f.end + close + 1 };
}

export function bracketWholeShare(s: SentenceFigures, k: number): { part: TextFigure; whole: TextFigure } | null {
  const share = s.figures[k];
  const whole = s.figures[k - 1];
  // ("）的比例为95.5%" is a share by its lead's 比例, of no whole named: read here all the same)
  if (!share || !whole || share.unit !== '%' || (share.share && !/^的(?:比例|比重)/.test(share.label)) || share.approx || !wholeLike(whole)) return null;
  if (!s.text.includes('的', whole.end) || !AFTER_WHOLE.test(s.text.slice(whole.end, share.start))) return null;
  const before = partBefore(s, k - 2);
  if (!before) return null;
  const { part, end } = before;
  if (!isCount(part) || whole.unit !== part.unit || cmpDec(whole.value, part.value) < 0) return null;
  const m = BEFORE_WHOLE.exec(s.text.slice(end, whole.start));
  if (!m || CHANGE_WORDS.test(m[1] ?? '')) return null;
  return { part, whole };
}
