/**
 * Does a list of results read after its whole (results-after-whole.ts) go on past what was read, and with what counts
 * (moved here from results-after-whole.ts, txt93)?
 *
 * rt91/rt92: a count after the list in its sentence whose clause names a result, 处理, a rest or another way it ended
 * ("…无法提供15件；不予处理3件，其他处理1件", "…，剩余1件为其他处理", "…，另有1件作其他处理"), a rest without a count ("，其余为其他
 * 处理"), or the sentence after holding such a count or opening on such a rest ("…不予处理3件。其他处理1件。", "。其余3件为无法提供。",
 * "。1件作其他处理。", "。因申请人逾期未补正，作其他处理1件。"). Not any count, or any such word: "，其中延期答复2件", "，其他情况均按时
 * 答复", a next sentence "此外，我局还…", "另外，全年未收取任何费用。", "予以公开的信息均已…" (no count).
 *
 * txt93: (1) the sentence after may open the very next block (a <p>, or a line after a <br>) where that block is short prose —
 * "…不予处理3件。</p><p>其他处理1件。" — not a heading ("三、…"), not a new subject ("本年度…", "全年…"), no table between
 * (next-block.ts). (2) The counts the list goes on with are its items too, where each is plain (no bracket, no 其中/含 before
 * it, exact) and names no result the list has named already, and the list has no 其他/其余 item of its own: "分别为予以公开33件、
 * …不予处理3件，另有1件作其他处理" of 办结63 was a pass (33 + 7 + 5 + 15 + 3 = 63, the 1 left out: rt91's false pass); with it,
 * 64 of 63. Where one is not plain, the list goes on by an amount unread (`rest` null): a sum short of its whole is a skip.
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { clauseStart, type At } from './quote.ts';
import { isWithdrawal } from './withdrawn-results.ts';

/** A clause's words that go on a list of results: a result, 处理 or another way it ended (终止, 转为信访, 告知…), or a rest. */
const GOES_ON = /其余|剩余|余下|另有|另外|还有|以及|其他|其它|予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|撤回|处理|终止|转为|转交|告知|移送/;
const REST_WORDS = '(?:其余|剩余|余下|另有|还有|以及)[^，,；;。]*?(?:为|作|属|予以|公开|提供|处理|撤回)';
/** A rest named with no count, in a clause after the last item ("，其余为其他处理"), or opening the next sentence ("其余均作其他处理。"). */
const REST_NAMED = new RegExp(`[，,；;：:]\\s*${REST_WORDS}`);
const REST_OPENS = new RegExp(`^\\s*${REST_WORDS}`);
/** Table 三's results by name, to tell a rest naming one the list has named already ("…其他处理1件，另有1件为其他处理中的撤回"). */
const RESULT_NAMES = ['予以公开', '同意公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'] as const;
/** Words before a count, in its clause, making it a part of an item or of something else, not an item of its own. */
const AMONG = /其中|含|包括|包含|以内|期间|按时|按期|逾期|延期/;
/** Words of a clause making its count no result of the year's: carried on, still open, another year's. */
const NOT_RESULT = /结转|下一?年度?|转入|正在|在办|办理中|未办结|未答复|尚未|待|上年|去年|同比|较/;

/** Where the clause of `t` holding `g` starts and ends (the next ，；。 after it). */
const boundsOf = (t: string, g: TextFigure): [number, number] => [clauseStart(t, g.start), g.end + (/[，,；;。]/.exec(t.slice(g.end))?.index ?? t.length)];
const clauseAround = (t: string, g: TextFigure): string => t.slice(...boundsOf(t, g));
const goesOn = (t: string, g: TextFigure): boolean => GOES_ON.test(clauseAround(t, g));

/** What the list goes on with: `rest` the counts to add to it, or null where it goes on by an amount not read. */
export interface GoingOn { rest: At[] | null }

/**
 * Does the list ending at `last` go on (null: no), and with which counts? `itemWords`: the list's items' words. `next`: the
 * sentence after it, in its paragraph or the very next block (undefined: none to read).
 */
export function listGoesOn(s: SentenceFigures, last: TextFigure, itemWords: readonly string[], next: SentenceFigures | undefined): GoingOn | null {
  const after = s.figures.filter((g) => g.start > last.end && g.unit === last.unit && isCount(g) && goesOn(s.text, g));
  if (after.length > 0 || REST_NAMED.test(s.text.slice(last.end))) return { rest: restOf(s, after, itemWords) };
  if (!next) return null;
  const inNext = next.figures.filter((g) => g.unit === last.unit && isCount(g) && goesOn(next.text, g));
  if (REST_OPENS.test(next.text)) return { rest: restOf(next, inNext, itemWords) };
  // (one withdrawal alone, "申请人撤回申请1件。": withdrawn-next.ts reads the list with it — as complete, so a sum short of the whole with it is an error, as
  // before; one said to be a result, "另有1件因申请人撤回申请作其他处理。", is the list's rest, txt93)
  if (next.figures.length === 1 && isWithdrawal(next.text) && !/其他处理|其他情形/.test(next.text)) return null;
  return inNext.length > 0 ? { rest: restOf(next, inNext, itemWords) } : null;
}

/** The counts as items of the list, or null where any is not plainly one (or the list has a rest of its own, or none is counted). */
function restOf(t: SentenceFigures, counts: readonly TextFigure[], itemWords: readonly string[]): At[] | null {
  if (counts.length === 0 || itemWords.some((w) => /其他|其它|其余|剩余|余下/.test(w))) return null;
  const named = RESULT_NAMES.filter((r) => itemWords.some((w) => w.includes(r)));
  for (const g of counts) {
    if (g.paren !== null || g.share || g.approx) return null;
    const [a, b] = boundsOf(t.text, g);
    const clause = t.text.slice(a, b);
    if (AMONG.test(t.text.slice(a, g.start)) || NOT_RESULT.test(clause) || named.some((r) => clause.includes(r))) return null;
    // (another figure in its clause: "另有1件（其中…1件）", "其他处理1件、2件" — not plain)
    if (t.figures.some((x) => x !== g && x.start >= a && x.end <= b)) return null;
  }
  return counts.map((f) => ({ s: t, f }));
}

