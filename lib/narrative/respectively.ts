/**
 * "A、B分别为x件和y件" (rule text.vs-table): names in a row, then 分别 and as many figures, paired
 * in order: "因政府信息公开引起的行政复议、行政诉讼分别为3件和5件" claims table 四's 复议 总计 3
 * and its 诉讼 总计 (未经复议直接起诉 + 复议后起诉) 5. The comparison with the tables
 * (text-vs-table.ts) leaves every figure after 分别 alone (one name, several figures: whose is
 * which?); this reads the one shape whose pairing is certain and nothing else:
 * - the names are the words from the clause's start to 分别, cut at 、/和/与/及/以及, each ending
 *   in 复议 or 诉讼/起诉 (案件, 申请 may follow), one of each, no result, group or part named;
 * - the figures follow 分别(为|是|有|达) joined only by 和/与/及/以及/、, counts in 件 or 起, as
 *   many as the names: "分别为3件" after two names, or three figures, is no claim;
 * - the clause is about the body's disclosure cases of the year (the same tests as the other
 *   figures: a part or another body, another period, a comparison, the body as 复议机关, cases
 *   that are not about disclosure).
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { clauseStart, shownOf } from './quote.ts';
import { COMPARED_WITH, otherPeriod } from './period.ts';
import { aboutPartOfBody } from './body-part.ts';
import { t4Measures } from './measures.ts';
import { aboutDisclosure, AS_REVIEWER, compare, type VsTableInput } from './text-vs-table.ts';

const RESPECTIVELY = /分别(?:为|是|有|达|计)?/g;

/** Between two figures of the list: a joining word and nothing else. */
const JOINER = /^\s*(?:和|与|及|以及|、)\s*$/;

/** Between two names: a joining word before the next name's noun (not the 及 of 涉及). */
const NAME_SPLIT = /(?:以及|、|和|与|(?<!涉)及)(?=(?:被申请|被提起|被|提起|发生|收到|涉及)?(?:行政)?(?:复议|诉讼|起诉))/;

/** A name: a 复议 or a 诉讼 count, its noun last ("…引起的行政复议", "行政诉讼案件"). */
const NAME = /(?:行政)?(复议|诉讼|起诉)(?:案件|申请|事项)?$/;

/**
 * Words that make a name something else than a topic's total: a result, a group of suits (直接
 * 起诉, 复议后起诉), a part, or a sub-kind (当事人, 申请人).
 */
const NOT_A_TOTAL = /维持|纠正|纠错|驳回|撤销|审结|审理|结果|胜诉|败诉|其他|直接|复议后|经复议|本级|部门|单位|乡镇|街道|申请人|当事人|其中/;

/** The words before the first name: anything; a later name may carry a verb at most. */
const LATER_NAME = /^(?:被申请|被提起|被|提起|发生|收到|涉及)?(?:行政)?(?:复议|诉讼|起诉)(?:案件|申请|事项)?$/;

function topicOf(name: string): 'review' | 'suit' | null {
  const m = NAME.exec(name);
  if (!m || NOT_A_TOTAL.test(name)) return null;
  // one topic each: "复议和诉讼案件" as one name is two
  const rest = name.slice(0, m.index);
  if (/复议|诉讼|起诉|应诉/.test(rest)) return null;
  return m[1] === '复议' ? 'review' : 'suit';
}

/** The figures right after `from`, joined by 和/、…: the list 分别 opens. */
function listAfter(s: SentenceFigures, from: number): TextFigure[] {
  const out: TextFigure[] = [];
  let at = from;
  for (const f of s.figures) {
    if (f.start < at) continue;
    const between = s.text.slice(at, f.start);
    if (out.length === 0 ? between.trim() !== '' : !JOINER.test(between)) break;
    out.push(f);
    at = f.end;
  }
  return out;
}

export function checkRespectively(sentences: readonly SentenceFigures[], input: VsTableInput): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  for (const s of sentences) {
    if (s.figures.length < 2 || !s.text.includes('分别')) continue;
    RESPECTIVELY.lastIndex = 0;
    for (let m = RESPECTIVELY.exec(s.text); m; m = RESPECTIVELY.exec(s.text)) {
      const at = m.index;
      const from = clauseStart(s.text, at);
      const names = s.text.slice(from, at).split(NAME_SPLIT).map((n) => n.trim());
      if (names.length < 2 || names.some((n, i) => i > 0 && !LATER_NAME.test(n))) continue;
      const topics = names.map(topicOf);
      if (topics.some((t) => t === null) || new Set(topics).size !== topics.length) continue;
      const figures = listAfter(s, at + m[0].length);
      if (figures.length !== names.length) continue;
      // "，分别较上年…", "分别为3件和5件左右": no count of the year
      if (figures.some((f) => !isCount(f) || (f.unit !== '件' && f.unit !== '起') || f.paren !== null)) continue;
      const clause = s.text.slice(from, at);
      if (aboutPartOfBody(s.text, at, input.body ?? null)) continue;
      if (otherPeriod(s.text, clause, at, input.year ?? null)) continue;
      if (COMPARED_WITH.test(clause)) continue;
      if (AS_REVIEWER.test(s.text)) continue;
      figures.forEach((f, i) => {
        if (!aboutDisclosure(s.text, f)) return;
        const total = t4Measures(topics[i] as 'review' | 'suit').find((x) => x.id === 'total');
        if (!total) return;
        out.push(compare(total, f, shownOf(s).slice(from, f.end).trim(), input));
      });
    }
  }
  return out;
}
