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
 *
 * rt94: (3) only a count whose clause says how an application ended (ENDED) is an item; another that goes on ("，另有政府信息公开
 * 咨询12件", "，另有3件处理中") leaves the list going on by an amount unread, as before txt93 — each was summed, a false error on a
 * list that made its whole. (4) The very next block goes on the list only with such a count: one on another subject ("此外，处理
 * 群众来信3件。", "其中不予处理的3件均为重复申请。") is no rest of it, and a wrong list stays an error. (5) A block wholly in brackets
 * is a note, its count plain: "（另有1件作其他处理）".
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
/** Words of a clause making its count no result of the year's: carried on, still open, another year's; or another kind of case (rt94). */
// (and suspended, pending: "另有1件因申请人未补正中止办理" — txt100, suspended-applications.ts)
const NOT_RESULT = /结转|下一?年度?|转入|正在|在办|办理中|处理中|未办结|未答复|尚未|待|上年|去年|同比|较|咨询|复议|诉讼|中止|暂停|暂缓/;
/**
 * A clause's words saying how an application ended — one of table 三's results, 作…处理 (not "作出信息更正处理2件"), 转为信访, an
 * application withdrawn (not "撤回失效文件2件"), 终止, 逾期未补正 — or opening on the rest of the whole (其余/剩余/余下): only a count there is an item of the list (rt94). GOES_ON's other words say
 * the list may go on, not that the count is of it: "，另有政府信息公开咨询12件", "，另有1件涉及国家秘密", "，另有3件延期处理", a next
 * block "此外，处理群众来信3件。" or "另外，通过其他渠道收到申请3件。" summed into a list of 62 were each a false error (65:62, 74:62…).
 */
const ENDED = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其[他它]处理|作(?!出)[^，,；;。]{0,6}处理|转(?:为|作)?信访|(?:申请人|当事人)[^，,；;。]{0,6}撤[回销]|撤回[^，,；;。]{0,4}申请|终止|视为放弃|未补正|^\s*(?:其余|剩余|余下)/;
/**
 * Table 三's rows under a result, said by name for a count after the list ("，另有1件属于“本机关不掌握相关政府信息”", "另有1件申请人
 * 无正当理由大量反复申请"): how it ended, as the result it is a row of (rt96: unread on main, a list one short with it a skip). Where the
 * list names that result already the count may be a part of it or one more: unread.
 */
const ROWS: readonly (readonly [RegExp, string])[] = [
  [/本机关不掌握|没有现成信息|补正后申请内容仍不明确/, '无法提供'],
  [/大量反复申请|重复申请|信访举报投诉类申请|要求提供公开出版物|要求行政机关确认或重新出具/, '不予处理'],
];
/**
 * A 终止 or a withdrawal of another procedure than the application's — a complaint, a report, a hearing, an inquiry: "，另有1件投诉
 * 调查终止", "另有1件举报人撤回举报申请" were summed as the list's items, a list one short passing with them (rt96). Only where the
 * clause says no result of its own (RESULT_SAID).
 */
const OTHER_PROCEDURE = /投诉|举报|听证|核查|调查|信访人|信访事项|征询|鉴定|评估|审计|招标|采购/;
const RESULT_SAID = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其[他它]处理|作(?!出)[^，,；;。]{0,6}处理|转(?:为|作)?信访件?|视为放弃|未补正/;
/**
 * A count said answered at a time named after it: "已于2025年1月办结", "将于下年度答复", "于次年办理" (rt96). A year by number is
 * later only past the report's (txt97: "另有1件于2024年12月作其他处理" in the 2024 report is the year's — unread, a true list was a skip).
 */
const LATER_ANSWER = /(?:已经?|将|拟|预计)?(?:于|在)\s*(?:下一?年度?|次年|明年|(\d{4})\s*年)[^，,；;。]{0,12}(?:办结|答复|办理|处理|作出)/;
const answeredLater = (clause: string, year: number | null): boolean => {
  const m = LATER_ANSWER.exec(clause);
  // (a year before the report's is no more the year's own: "另有1件于2023年12月作其他处理" of the 2024 report was summed, a true list of
  // 62 a 63:62 error, a wrong one of 63 a pass — rt98)
  return m !== null && (m[1] === undefined || year === null || Number(m[1]) !== year);
};
/**
 * A rest of consultations or letters said after the list, with no count: "，其余为咨询", "。|其余均为咨询类", "其余为信访类". The
 * whole counts them then and the list is short of it by their number, unsaid: an unknown rest (rt98; txt97 read the list as it
 * stood in its own sentence, rt96 in the next block — a list one or two short with it an error, though the writer says the rest
 * are no results: "办结63件，分别为…（62），其余为咨询" adds up).
 */
const REST_ASIDE = /咨询|信访/;
/**
 * An application's own procedure ended, said with no result: "另有1件终止审查", "终止办理" — one of 其他处理's rows (its 3.其他,
 * report-format.md). Where the list names 其他处理 already the count may be a part of it or one more: unread (txt97).
 */
const TERMINATED = /终止(?:审查|办理|处理|受理)?/;
/** A sentence after the list leading its clauses with a part of what was said: "上述不予处理的申请中，1件转为信访件办理。" (rt94). */
const AMONG_LEAD = /其中|中[，,：:]/;
/** Words after a count saying it is among what was said already: "（已计入上述数据）", "，已包含在上述数字中" (rt94). */
const COUNTED = /计入|统计在|(?:包含|含)在/;

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
export function listGoesOn(s: SentenceFigures, last: TextFigure, itemWords: readonly string[], next: SentenceFigures | undefined, year: number | null = null): GoingOn | null {
  const after = s.figures.filter((g) => g.start > last.end && g.unit === last.unit && isCount(g) && goesOn(s.text, g));
  const tail = s.text.slice(last.end);
  if (after.length > 0 || REST_NAMED.test(tail)) return { rest: restOf(s, after, itemWords, year, true) };
  if (!next) return null;
  const inNext = next.figures.filter((g) => g.unit === last.unit && isCount(g) && goesOn(next.text, g));
  if (REST_OPENS.test(next.text)) {
    // (a rest of no result in the very next block — "其余结转下年度。" — is no rest of the list, rt96; but one of consultations is the
    // whole's, by a number unsaid: an unknown rest, rt98)
    const first = next.text.split(/[，,；;。]/)[0] ?? '';
    if (next.para !== s.para && inNext.length === 0 && NOT_RESULT.test(first)) return REST_ASIDE.test(first) ? { rest: null } : null;
    return { rest: restOf(next, inNext, itemWords, year) };
  }
  // (one withdrawal alone, "申请人撤回申请1件。": withdrawn-next.ts reads the list with it — as complete, so a sum short of the whole with it is an error, as
  // before; one said to be a result, "另有1件因申请人撤回申请作其他处理。", is the list's rest, txt93)
  if (next.figures.length === 1 && isWithdrawal(next.text) && !/其他处理|其他情形/.test(next.text)) return null;
  if (inNext.length === 0) return null;
  if (next.para === s.para) return { rest: restOf(next, inNext, itemWords, year) };
  // (the very next block goes on the list only with counts of how applications ended: one on another subject — "此外，处理群众来信
  // 3件。", "其中不予处理的3件均为重复申请。", "行政复议申请人撤回申请1件。" — left a wrong list a skip or a pass where, unread, it was an
  // error; rt94)
  const kind = judge(next, inNext, itemWords, year);
  return kind === 'other' ? null : { rest: kind === 'items' ? inNext.map((f) => ({ s: next, f })) : null };
}

/** The counts as items of the list, or null where any is not plainly one (or the list has a rest of its own, or none is counted). */
function restOf(t: SentenceFigures, counts: readonly TextFigure[], itemWords: readonly string[], year: number | null, own = false): At[] | null {
  return judge(t, counts, itemWords, year, own) === 'items' ? counts.map((f) => ({ s: t, f })) : null;
}

/** A block wholly in brackets: a note, whose figures stand in its bracket and no item's ("（另有1件作其他处理）", rt94). */
const NOTE_IN_BRACKETS = /^\s*[（(][^（()）]*[）)]\s*[。.]?\s*$/;

/**
 * The counts after a list: its items ('items'); of it, but not read plainly ('unread': in a bracket, approximate, beside another
 * figure, said counted already, or the list has a rest of its own); or of something else ('other': not said to have ended — no result, 作…处理, 撤回… in
 * its clause, rt94 —, a part of an item, carried on, another kind of case). `own`: the counts stand in the list's sentence.
 */
function judge(t: SentenceFigures, counts: readonly TextFigure[], itemWords: readonly string[], year: number | null, own = false): 'items' | 'unread' | 'other' {
  if (counts.length === 0) return 'other';
  const named = RESULT_NAMES.filter((r) => itemWords.some((w) => w.includes(r)));
  let kind: 'items' | 'unread' = itemWords.some((w) => /其他|其它|其余|剩余|余下/.test(w)) ? 'unread' : 'items';
  const note = NOTE_IN_BRACKETS.test(t.text);
  for (const g of counts) {
    const [a, b] = boundsOf(t.text, g);
    const clause = t.text.slice(a, b);
    if (AMONG.test(t.text.slice(a, g.start)) || NOT_RESULT.test(clause) || named.some((r) => clause.includes(r))) return 'other';
    const row = ROWS.find(([re]) => re.test(clause));
    if ((!ENDED.test(clause) && !row) || (!own && AMONG_LEAD.test(t.text.slice(0, a)))) return 'other';
    if (OTHER_PROCEDURE.test(clause) && !RESULT_SAID.test(clause) && !row) return 'other';
    // (answered at a date after the list — "余下1件已于2025年1月办结", "剩余1件将于下年度答复": carried on, or a date of this year, the
    // reader cannot tell without the year; a list of 62 passed 63 with it, rt96)
    if (answeredLater(clause, year)) kind = 'unread';
    if (row && named.includes(row[1] as (typeof named)[number])) kind = 'unread';
    if (named.includes('其他处理') && TERMINATED.test(clause) && !RESULT_SAID.test(clause)) kind = 'unread';
    // (said to be counted already: in the whole or in an item, the reader cannot tell)
    if (COUNTED.test(t.text.slice(g.end))) kind = 'unread';
    // (another figure in its clause: "另有1件（其中…1件）", "其他处理1件、2件" — not plain)
    if ((g.paren !== null && !note) || g.share || g.approx || t.figures.some((x) => x !== g && x.start >= a && x.end <= b)) kind = 'unread';
  }
  return kind;
}
