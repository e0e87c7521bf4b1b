/**
 * Where a change stands apart from its count (change54): the words between this year's count and
 * the comparison that the count's change may cross, and last year's figure after the change in the
 * change's own parenthesis. year-on-year.ts reads the arithmetic, last-year-claims.ts keeps a lone
 * change for last year's report; both ask here.
 *
 * - "共收到政府信息公开申请62件，主要涉及医疗机构执业、公共卫生等方面，较上年的57件增加5件": one or two
 *   ，-clauses with no figure between the count and a comparison that opens its own ，-clause are
 *   about the count (its subject, its channel, how it was handled), never a count of their own.
 *   Read only where those clauses name no part, share, rate, quantity or change of another thing
 *   (TOPIC_VETO: "其中网上申请占多数", "办结率较高", "申请量有所增加" may own the change after them).
 * - "收到申请62件（同比增长8.8%，2021年为57件）", "（比上年增加5件，上年为57件）": last year's figure
 *   after the change and a comma, inside the same parenthesis as the change.
 * - "共收到政府信息公开申请2076件(含2022年结转67件),申请内容主要涉及…方面,申请数量比去年明显增长,上升46.61%"
 *   (静安区 2023): the change is of the count a 含 parenthesis qualifies, the clause of the change
 *   naming the applications again (last-year-claims.ts only: its lone change is kept for last year's report).
 */
import { closeParen } from './base-year.ts';
import { isCount, SUBSET_PAREN, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { CARRIED_SOURCE } from './period.ts';
import { lastMark } from '../text/marks.ts';

/** Words of an intervening clause that may name another subject the change is of. */
const TOPIC_VETO = /其中|包括|包含|含|分别|占|率|比例|比重|量|数|较|比|同比|环比|增|减|降|升|提高|持平|翻|倍|上年|去年|上一年|同期|；|;|。/;

/** At most this many ，-clauses, each at most this long, between the count and the comparison. */
const MAX_CLAUSES = 2;
const MAX_CLAUSE_CHARS = 32;

/**
 * Are the words between a count's end and a comparison keyword ("，主要涉及…方面，") only ，-clauses
 * about the count, the keyword opening a ，-clause of its own? Words right after the count (no comma
 * first: "62件的申请中…") are not.
 */
export function topicClausesBetween(text: string, countEnd: number, keywordAt: number, subject: RegExp | null = null): boolean {
  let between = text.slice(countEnd, keywordAt);
  // ("…方面，申请数量比去年…": the comparison's clause opening with words that name the count again)
  const named = subject ? new RegExp(`[，,](?:${subject.source})$`, 'u').exec(between) : null;
  if (named) between = between.slice(0, named.index + 1);
  const m = /^[，,]([^，,]+(?:[，,][^，,]+)*)[，,]\s*$/u.exec(between);
  if (!m) return false;
  const clauses = (m[1] as string).split(/[，,]/);
  if (clauses.length > MAX_CLAUSES) return false;
  return clauses.every((c) => c.trim() !== '' && c.length <= MAX_CLAUSE_CHARS && !/\d/.test(c) && !TOPIC_VETO.test(c));
}

/**
 * Is the text between the change's last figure and last year's figure (its label cut) a comma
 * inside one parenthesis that both stand in ("增长8.8%，2021年为57件" within "（…）")?
 */
export function commaInSameParen(text: string, changeEnd: number, figureStart: number, between: string): boolean {
  if (!/^[，,]$/.test(between)) return false;
  if (/[（()）]/.test(text.slice(changeEnd, figureStart))) return false;
  const open = lastMark(text, '（(', changeEnd);
  const shut = lastMark(text, '）)', changeEnd);
  return open >= 0 && open > shut;
}

/** A 含 parenthesis that names those carried in: the count before it is 新收 + 上年结转 ("2076件(含2022年结转67件)"). */
const CARRIED_IN = /结转(?![下至到])|遗留/;

/**
 * The count a 含 parenthesis right before `at` qualifies ("2076件(含2022年结转67件)", its last figure
 * the last before `at`), where that parenthesis closes, and whether it names those carried in; null
 * where the figure before `at` is in no such parenthesis right after a count.
 */
export function countBeforeSubsetParen(s: SentenceFigures, at: number): { f: TextFigure; after: number; carriedIn: boolean } | null {
  const before = s.figures.filter((f) => f.end <= at);
  const last = before[before.length - 1];
  if (!last || last.paren === null || !SUBSET_PAREN.test(last.paren)) return null;
  const open = lastMark(s.text, '（(', last.start);
  const owner = before.filter((f) => f.end <= open).pop();
  if (!owner || !isCount(owner) || owner.paren !== null || s.text.slice(owner.end, open).trim() !== '') return null;
  const after = closeParen(s.text, last.end);
  if (after === last.end || after > at) return null;
  return { f: owner, after, carriedIn: CARRIED_IN.test(s.text.slice(open, after)) };
}

/** The applications' noun said after their count: "36件政府信息公开申请" (claim-scope.ts applicationsNamedAfter reads the same). */
const NOUN_AFTER = /^(?:政府信息公开申请|依申请公开申请|信息公开申请|公开申请|申请)/u;
/** A parenthesis of figure-free words about the count: "（均为自然人提交）", "（全部通过网上提交）". */
const ABOUT_PAREN = /^(?:（[^（）()]{1,20}）|\([^（）()]{1,20}\))/u;

/**
 * Where the words that still belong to a count end (left57, hunt55's miss): the applications' noun
 * after it and a parenthesis about it, "共受理36件政府信息公开申请（均为自然人提交），同比上升16.13%" —
 * the change after them is the count's. The parenthesis names no figure and nothing TOPIC_VETO
 * names ("（其中网上申请40件）", "（含上年结转4件）" are not read here). `countEnd` where there are none.
 */
export function countWordsEnd(text: string, countEnd: number): number {
  let at = countEnd;
  const noun = NOUN_AFTER.exec(text.slice(at));
  if (noun) at += noun[0].length;
  const paren = ABOUT_PAREN.exec(text.slice(at));
  if (paren && !/[\d０-９]/u.test(paren[0]) && !TOPIC_VETO.test(paren[0].slice(1, -1))) at += paren[0].length;
  return at;
}

/** Is a comparison at `keywordAt` the count's across its own words (countWordsEnd) and figure-free ，-clauses about it? */
export function changeAfterCountWords(text: string, countEnd: number, keywordAt: number, subject: RegExp | null = null): boolean {
  const at = countWordsEnd(text, countEnd);
  if (at === countEnd) return false;
  return /^[，,]\s*$/u.test(text.slice(at, keywordAt)) || topicClausesBetween(text, at, keywordAt, subject);
}

/** A carried count's own words: 上年结转 in, 结转下年度 out (txt70). */
const CARRIED_LABEL = new RegExp(String.raw`^(?:${CARRIED_SOURCE}|结转(?:至|到)?(?:下一?年度?|\d{4}\s*年度?)|转入下一?年度?)`, 'u');

/**
 * "全年新收申请62件，上年结转4件，较上年增加8件（2021年为54件）" (txt70): a comparison right after a carried count
 * (上年结转, 结转下年度) that follows the sentence's count in the clause before may be that count's — the carried
 * one is its neighbour, not the year's figure. The count before, of the same unit, nothing but "，" between them; null
 * where `cur` is no carried count so placed. year-on-year.ts reads it as a second reading, where the first fails.
 */
export function countBeforeCarried(s: SentenceFigures, cur: TextFigure): TextFigure | null {
  // (back over both carried counts: "62件，上年结转4件，结转下年度3件，较上年增加8件")
  for (let at = cur, i = s.figures.indexOf(cur); CARRIED_LABEL.test(at.label) && at.paren === null; at = s.figures[--i] as TextFigure) {
    const prev = i > 0 ? s.figures[i - 1] : undefined;
    if (!prev || !isCount(prev) || prev.unit !== cur.unit || prev.paren !== null) return null;
    if (!/^[，,]$/u.test(s.text.slice(prev.end, at.start).replace(at.label, '').trim())) return null;
    if (!CARRIED_LABEL.test(prev.label)) return prev;
  }
  return null;
}
