/**
 * Applications withdrawn, named in the sentence after their results (recall37, session 36's hunts):
 * "全年共办结申请45件，其中予以公开29件，部分公开12件。另有4件申请人主动撤回申请。" The list stops at
 * its sentence's end and was a skip, short by the withdrawn; table 三 counts a withdrawal among the
 * year's results (其他处理), as withdrawn-results.ts reads one inside the list. Here the list is also
 * read with them, as one more reading (parts-judge.ts evaluateGroup takes any reading that adds up):
 * a pass where the results and the withdrawn make the whole. A reading that does not add up adds no
 * finding: the list as written is judged as before (short of its whole, a skip), for the next
 * sentence may count the withdrawn beside the whole ("另有…").
 *
 * Only where the list holds one of table 三's results at least and ends its sentence (no count after
 * its last item), and the next sentence, in the same paragraph, holds one figure alone: a count in
 * the whole's counter whose words say applications were withdrawn (not a 复议's or a suit's). Or in the very next block, where it
 * is short prose on no new subject (next-block.ts, txt93).
 */
import type { SentenceFigures } from './figures-in-text.ts';
import { isCount } from './figures-in-text.ts';
import { wordsAfter, type PartsGroup } from './parts-sum.ts';
import { isWithdrawal } from './withdrawn-results.ts';
import { listNext } from './next-block.ts';

/** One of table 三's results (and the pre-2019 words), as withdrawn-results.ts names them. */
const RESULT = /予以公开|同意公开|全部公开|部分公开|不予公开|无法提供|不予处理|其他处理|信息不存在|非本机关|不属于本机关/;

/** Words naming another year than the report's, before or after the withdrawal ("上年度…", "去年…", "上一年度…", "以前年度…"). */
const OTHER_YEAR = /上一?年|去年|前一?年|往年|以前年度|历年|结转/;

/** The reading of `g` with the withdrawn the next sentence names, or null. */
/** (`paragraphs`: the page's — the next sentence may open the very next block when it is short, next-block.ts listNext, txt93) */
export function withWithdrawnNext(g: PartsGroup, sentences: readonly SentenceFigures[], paragraphs?: readonly { text: string }[]): PartsGroup | null {
  const last = g.parts[g.parts.length - 1];
  if (!last || g.parts.length < 2) return null;
  const s = last.s;
  if (g.parts.some((p) => p.s !== s)) return null;
  // the list ends its sentence: no count after its last item
  if (s.figures.some((f) => f.start >= last.f.end && isCount(f))) return null;
  // (the next sentence's shape before the items' words: most lists have no such sentence after them, perf59n)
  const i = sentences[s.seq] === s ? s.seq : sentences.indexOf(s);
  const next = i >= 0 ? listNext(s, sentences[i + 1], paragraphs) : undefined;
  if (!next || next.figures.length !== 1) return null;
  if (!g.parts.some((p) => RESULT.test(p.f.label + wordsAfter(p.s, p.f)))) return null;
  if (g.parts.some((p) => isWithdrawal(p.f.label + wordsAfter(p.s, p.f)))) return null;
  const w = next.figures[0]!;
  if (!isCount(w) || w.unit !== g.whole.f.unit || w.paren !== null || w.change !== null) return null;
  // its words, before and after the figure, up to the sentence's end
  const words = next.text.slice(0, w.start) + next.text.slice(w.end);
  if (!isWithdrawal(words) || !/申请/.test(words)) return null;
  // (of another year: "上年度申请人撤回申请1件。" made a list one short pass — rt94 left it, rt96)
  if (OTHER_YEAR.test(words)) return null;
  return { ...g, parts: [...g.parts, { s: next, f: w }] };
}
