/**
 * Applications carried into next year with the verb split around their figure: "结转3件至下年度",
 * "顺延2件到下一年度办理" (recall39, rt38b's misses). 结转/顺延 stands before the figure and where they
 * go after it; the readers that name 结转下年度 by the words before a figure (CARRIED_ON) took the
 * figure for one more result ("办结88件，其中…其他处理4件，结转3件至下年度": 91 against 88, a false
 * error) or for no term of the flow. Never 上年结转 (carried in), nor a bare 转 (转办, 转交).
 */
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { CARRIED_SOURCE } from './period.ts';
import { wordsAfter } from './quote.ts';
import { INTO_JINNIAN, INTO_THIS_YEAR } from './carried-after.ts';

const VERB_BEFORE = /(?:结转|顺延)$/;
const CARRIED_IN = new RegExp(CARRIED_SOURCE);
/** Where they go, right after the figure: "至下年度", "到下一年度", "至2025年". */
const WHERE_AFTER = /^\s*(?:申请)?(?:至|到|入)\s*(?:下一?年|次年|明年|(\d{4})\s*年)/;
/** A sentence that may hold one (the readers' cheap guards). */
export const SPLIT_CARRIED_TEXT = /(?:结转|顺延)\s*(?:\d+|[一二两三四五六七八九十]+)\s*件(?:申请)?(?:至|到|入)/;

/**
 * Is figure `f` carried on with its verb split around it? `{ year }` (the year named after it, or
 * null for 下年度/次年) when it is, else null.
 */
export function splitCarriedOn(s: SentenceFigures, f: TextFigure): { year: number | null } | null {
  const label = f.label.replace(/^[、，,；;\s]+/, '').trim();
  if (!VERB_BEFORE.test(label) || CARRIED_IN.test(label) || f.paren !== null) return null;
  const m = WHERE_AFTER.exec(wordsAfter(s, f));
  if (m) return { year: m[1] ? Number(m[1]) : null };
  // ("，结转两件至今年": the next year, the verb alone before it — carried-after.ts INTO_JINNIAN)
  return INTO_THIS_YEAR.test(label) && INTO_JINNIAN.test(wordsAfter(s, f)) ? { year: null } : null;
}

/**
 * Is figure `f` carried on with its words after it alone: "…1件作其他处理，3件结转下年度办理" (rt39: a
 * list of results written figure first, result-after.ts, summed the 3 in, 66 against 63)? Its clause
 * holds nothing before the figure but a list's joiner.
 */
const CARRIED_AFTER = /^\s*(?:申请)?(?:结转下|转入下一?年|转下一?年|顺延(?:至|到)?下一?年)/;
export function carriedAfterFigure(s: SentenceFigures, f: TextFigure): boolean {
  return f.paren === null && /^[、，,；;\s]*(?:另有|还有|尚有|另)?$/.test(f.label) && CARRIED_AFTER.test(wordsAfter(s, f));
}

/**
 * A rest answered in a later year, said after a 其中 list of results: "…不予处理3件，余下1件已于2025年1月办结", "剩余1件将于下年度答复"
 * (rt96: summed as the list's last item, a list of 62 passed 63 with it). Answered the next year, it is carried on, no result of
 * this one. Only with a rest's word alone before the figure and, right after it, a year not the report's (`year`), 下年度, 次年, 明年.
 */
const REST_LEAD = /^[、，,；;\s]*(?:其余|剩余|余下|剩下|另有|尚有|还有)(?:的)?(?:申请)?$/;
const LATER_YEAR = /^\s*(?:申请)?(?:已经?|将|拟|预计)?(?:于|在)\s*(?:下一?年度?|次年|明年|(\d{4})\s*年)[^，,；;。]{0,12}(?:办结|答复|办理|处理|作出)/;
export function answeredLaterYear(s: SentenceFigures, f: TextFigure, year: number | null): boolean {
  if (f.paren !== null || !REST_LEAD.test(f.label)) return false;
  const m = LATER_YEAR.exec(wordsAfter(s, f));
  // (nor a year before the report's, or any year where the report's is unknown: "另有1件于2023年12月作其他处理" in the 2024 report was
  // summed into a 其中 list, a true list of 62 a 63:62 error — the 其中 twin of rt98's fix to results-go-on.ts; txt100)
  return m !== null && (m[1] === undefined || year === null || Number(m[1]) !== year);
}
