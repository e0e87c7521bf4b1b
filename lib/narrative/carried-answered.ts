/**
 * Those carried in, answered: "上年度结转4件，完成申请答复4件" (rt101 pinned it, after 吴兴区 2024's "共收到依申请公开政府信息337件，
 * 上年度结转4件，完成申请答复333件，结转下年度继续办理8件"). A closed count said right after the count carried in, with no more
 * words than the verb, and repeating its figure, is most likely those carried in answered — as "上年结转答复4件" says in one
 * breath (measures.ts's carried sub-item) — not the year's closed: the flow was an error 341:12, and with table 三 the
 * figure was compared with 办理结果总计 (333:4). It is read as that sub-item, or not at all; a count not equal to the one
 * before it ("完成申请答复332件"), or said before it, or with other words between, stays the year's closed.
 */
import { cmpDec } from './decimal.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { CARRIED_FROM, LIST_LEAD } from './parts-sum.ts';

/** Only the verb of answering between the two counts: "，完成申请答复", "，已办结", "，均已答复完毕". */
const ONLY_CLOSED = /^\s*[，,、]\s*(?:已经|已|均已|均|全部|依法)?(?:完成(?:申请)?答复|办结|办理完毕|答复完毕|予以答复|答复)\s*$/;

/** f, a closed count, is right after the count carried in and equal to it. */
export function carriedAnswered(s: SentenceFigures, f: TextFigure): boolean {
  const prev = s.figures.filter((g) => g.end <= f.start).at(-1);
  if (!prev || prev.paren !== null || f.paren !== null || prev.unit !== f.unit || f.unit !== '件' || prev.approx || f.approx) return false;
  if (cmpDec(prev.value, f.value) !== 0 || !CARRIED_FROM.test(prev.label.replace(LIST_LEAD, ''))) return false;
  return ONLY_CLOSED.test(s.text.slice(prev.end, f.start));
}
