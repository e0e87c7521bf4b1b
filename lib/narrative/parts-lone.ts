/**
 * One part over its whole: "上年结转申请4件，其中予以公开5件" (rt50's miss; recall54). A 其中 list needs two
 * parts (parts-qizhong.ts), so a lone part went unread, even where it alone is more than the whole it
 * divides. Read here only where it is more (a lone part no more than its whole says nothing a sum can
 * check: a skip on every "收到62件，其中自然人申请56件" would be noise), and only where the words make it
 * a part of that whole (rule text.parts-sum, an error):
 * - the whole is the first count of its sentence, and 其中 follows it at once (", 其中");
 * - the part is the one count after 其中 in its ；-clause, with its words before it;
 * - whole and part are of a kind that holds: the carried in (上年结转) and their results or those
 *   closed; those closed or answered (办结/答复) and their results; the applications received
 *   (收到/受理/新收, with nothing carried in named in the sentence) and their applicants or channels.
 * Not results under the applications received: they may hold those carried in (parts-judge.ts resultsOfReceived).
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { CARRIED_FROM, clauseStartOf, type PartsGroup } from './parts-sum.ts';
import { cmpDec } from './decimal.ts';
import { dimensionOf } from './item-dimensions.ts';

/** Those closed or answered, the whole's words ("全年办结", "已答复"), not those carried on. */
const CLOSED = /办结|答复|办理完毕|处理完毕/;
const RECEIVED = /受理|收到|新收|接收|申请/;
/** Words that make the whole another count than the three above. */
const OTHER = /结转下|下年度|咨询|建议|提案|复议|诉讼|信访|举报|投诉|主动公开|公开信息|条|平均|累计|历年|共计.*和/;
/** A part no result nor channel nor applicant can be: 其他 (other work), or a count with its own whole. */
const PART_NOT = /其他(?!处理)|累计|上年|结转|咨询|信访|转办|12345|热线|涉及|关于|有关/;
const RESULT = /^(?:其中[，,：:]?)?(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|同意公开|办结|已办结|答复|已答复)$/;

export function findLonePartGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 2 || !s.text.includes('其中')) return [];
  const fine = (f: TextFigure | undefined): f is TextFigure => !!f && isCount(f) && f.paren === null && !f.approx && !notThisYears(s, f, year);
  const counts = s.figures.filter((f) => isCount(f));
  const [w, p] = [counts[0], counts[1]];
  if (!fine(w) || !fine(p) || w.unit !== p.unit || w.unit !== '件' || cmpDec(p.value, w.value) <= 0) return [];
  // 其中 right after the whole, the part the one count of its clause
  const between = s.text.slice(w.end, p.start);
  const m = /^\s*[，,]\s*其中\s*[，,：:]?/.exec(between);
  if (!m) return [];
  const partWords = between.slice(m[0].length);
  if (/[，,；;。、]/.test(partWords) || partWords.trim() === '' || PART_NOT.test(partWords)) return [];
  // (the one count of the list: another in its ；-clause may be its sibling, "其中自然人提出64件，法人…6件" — a 其中 list's)
  const next = counts[2];
  if (next && !/[；;]/.test(s.text.slice(p.end, next.start))) return [];
  const wholeWords = s.text.slice(clauseStartOf(s.text, w.start), w.start);
  if (OTHER.test(wholeWords)) return [];
  const dim = dimensionOf(partWords);
  const carried = CARRIED_FROM.test(wholeWords);
  const holds = carried
    ? RESULT.test(partWords.trim())
    : CLOSED.test(wholeWords)
      ? RESULT.test(partWords.trim()) && !/办结|答复/.test(partWords)
      : RECEIVED.test(wholeWords) && !CARRIED_FROM.test(s.text) && (dim === 'applicant' || dim === 'channel');
  if (!holds) return [];
  return [{ shape: 'qizhong', whole: { s, f: w }, parts: [{ s, f: p }], complete: false }];
}
