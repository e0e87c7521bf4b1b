/**
 * Results in a 含 bracket after the applications answered (recall38b): "全年办结申请88件（含予以公开
 * 42件，部分公开11件）". The bracket names items of the whole, and the whole is table 三's 办理结果总计:
 * each item is that table's row, compared row by row as "其中予以公开42件" is. A bracket after 受理,
 * 收到 or 新收 ("受理91件（含予以公开…）": results of what?) or after a part ("网上申请办结…") is not
 * read: inside other brackets only 上年结转 and 结转下年度 are (text-vs-table.ts).
 */
import { APPLY_MEASURES, pickMeasureAt } from './measures.ts';
import { parenOwnerWords, SUBSET, SUBSET_SUBJECT } from './qizhong-readings.ts';
import { scopeBefore } from './body-part.ts';
import { openParenBefore } from './other-year.ts';

/** The count the bracket follows, at the end of its clause's words: "全年办结申请88件". */
const OWNER_COUNT = /[0-9０-９]+\s*件\s*$/;

/**
 * Where the 含 bracket opens when the figure at `pos` is one of its items right after a count of the
 * applications answered, and the items before it are results too (not "（含上年结转4件，予以公开30件）":
 * of what?); else -1.
 */
export function answeredParenAt(text: string, pos: number): number {
  const owner = parenOwnerWords(text, pos);
  if (owner === null || !OWNER_COUNT.test(owner)) return -1;
  const words = owner.replace(OWNER_COUNT, '');
  if (/受理|收到|接收|新收|上年|结转/.test(words) || SUBSET.test(words)) return -1;
  const open = openParenBefore(text, pos);
  if (open < 0 || /受理|收到|接收|新收|上年|结转|以前|往年|[0-9０-９]{4}\s*年/.test(text.slice(open, pos))) return -1;
  if (SUBSET_SUBJECT.test(scopeBefore(text, open))) return -1;
  return pickMeasureAt(words, APPLY_MEASURES)?.measure.id === 'processed' ? open : -1;
}
