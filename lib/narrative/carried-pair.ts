/**
 * Two counts carried into next year for two reasons, joined by 另: "2件申请因征求第三方意见结转至2023年
 * 办理，另1件因补正延期至2023年答复" (recall43; rt42 left both unread, carried-after.ts, as neither is
 * the whole alone). Where the two are plainly the carried-on parts, their sum is what the sentence says
 * of 结转下年度, and text-vs-table.ts compares it with table 三's. Read only where:
 * - the first figure stands at its clause's head (nothing before it but 有/另有/还有…: not "其中…",
 *   not "结转下年度的申请中", not another body's or kind's "区政府办公室转来的2件");
 * - each figure is followed by nothing but (申请) and a reason (因…) before its verb (结转/顺延/延期) and
 *   where it goes: 下年度/次年/明年, or the year after the report's (a reader who is not told the year, or
 *   another year named, makes it no reading);
 * - 另/另外/另有/还有 opens the second's clause right after the first's;
 * - nothing before the first in its ；-clause is carried on, and no third count after the second in its
 *   sentence, carried or not (a list of three read as two would fall short of the whole; "还有1件尚在办理中"
 *   is carried on in other words, rt44).
 */
import { addDec, decToNumber, formatDec, toDec } from './decimal.ts';
import { semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import type { Claimed } from './vs-table-compare.ts';
import { part, restated, said, type Said } from './note-words.ts';
import { OTHER_CARRIED_WORK } from './other-work.ts';
import { lastMark } from '../text/marks.ts';

/** The words after a carried part's figure, up to where it goes. */
const REASON = String.raw`(?:因[^，,。；;\d０-９]{1,20}?[，,]?)?`;
/** (the second's reason may be no 因-clause, closed by its own comma: "另1件申请人撤回后重新提出，延期至2023年答复" — recall44) */
const REASON_LATER = String.raw`(?:因[^，,。；;\d０-９]{1,20}?[，,]?|(?:[^，,。；;（）()\d０-９]|\d{1,2}[月日]){1,20}?[，,])?`;
const partWith = (reason: string): string => String.raw`(?:政府信息公开|信息公开)?(?:申请)?${reason}(?:继续)?(?:依法)?(?:(?:结转|顺延|延期)(?:至|到|入)\s*(?:下一?年度?|次年|明年|(\d{4})\s*年)|(?:结转|顺延)下一?年度?)`;
const PART = partWith(REASON);
const FIRST = new RegExp(`^${PART}[^，,。；;（）()]*[，,]\\s*(?:另外?有?|还有)\\s*$`);
const SECOND = new RegExp(`^${partWith(REASON_LATER)}[^，,。；;（）()]*`);
const SECOND_STRICT = new RegExp(`^${PART}`);
/** What may stand before the first figure in its clause. */
const HEAD = /^(?:另有|还有|尚有|共有|有)?$/;
/** Words of a count carried on, before the first or after the second. */
const CARRIED_WORDS = /结转下|结转(?:至|到)|顺延|延期|转入下|下一?年度?继续/;
const WRITTEN_LATER = /截至|截止|目前|发稿|现已|现在|报告(?:发布|编制|公布)/;
const YEAR_END = /12\s*月\s*31\s*日|十二月三十一日|年底|年末|年终/;
const COUNT_CARRIED = /(?:[\d０-９]+|[一二两三四五六七八九十]+)\s*件[^。；;]{0,24}?(?:结转|顺延|延期)/;

export interface CarriedPair {
  second: TextFigure;
  /** the words from the first figure's end to the end of the second's clause */
  words: string;
  /**
   * the second's reason is no 因-clause ("另1件申请人撤回后重新提出，延期至2023年答复"): whether the table counts it
   * as carried on, or as next year's new application, is not said; the first alone is a reading too
   */
  loose: boolean;
  /** the parts' sum fewer than the table's is a skip: other reasons' parts may be unsaid (verbFirstPair) */
  atMost?: boolean;
  /**
   * the figure that may be the whole, the other one of its parts: "延期答复至次年的2件，结转下年度3件" (recall48) may say
   * that of the 3 carried on, 2 were extended into next year
   */
  whole?: TextFigure;
  /** the parts' whole the sentence closes on ("…结转下年度1件，共3件"): where it is not their sum, it is what is compared (rt50) */
  stated?: Claimed;
  /** the same phrase twice ("结转下年度2件，结转下一年度1件", recall50): the larger may be the whole, the other its part */
  same?: boolean;
}

/**
 * The two carried-on parts starting at figure `f` (the first), or null; 'counted' where `f` is the second, figure first, of
 * a pair whose first has its verb first (verbFirstPairAt: "延期答复至次年的2件，另1件因补正结转下年度", read in its sum).
 */
export function carriedPair(s: SentenceFigures, f: TextFigure, clause: string, year: number | null): CarriedPair | 'counted' | null {
  const prev = s.figures[s.figures.indexOf(f) - 1];
  if (prev && verbFirstPairAt(s, prev, year)?.second === f) return 'counted';
  if (year === null || f.paren !== null || !HEAD.test(clause.replace(/^[、，,；;\s]+/, '').trim())) return null;
  const i = s.figures.indexOf(f);
  const g = s.figures[i + 1];
  if (!g || g.paren !== null || g.unit !== f.unit) return null;
  const fits = (y: string | undefined): boolean => y === undefined || Number(y) === year + 1;
  const first = FIRST.exec(s.text.slice(f.end, g.start));
  const second = SECOND.exec(s.text.slice(g.end));
  if (!first || !second || !fits(first[1]) || !fits(second[1])) return null;
  // (not a count of other work: "另1件咨询件已转有关部门，延期至2023年答复")
  if (OTHER_CARRIED_WORK.test(second[0])) return null;
  if (CARRIED_WORDS.test(s.text.slice(semicolonClauseStart(s.text, f.start), f.start))) return null;
  // ("截至发稿时，2件…": open when the report was written, not at the year's end — as carried-after.ts reads one)
  const upTo = s.text.slice(0, f.start);
  if (WRITTEN_LATER.test(upTo) && !YEAR_END.test(upTo)) return null;
  const rest = s.text.slice(g.end + second[0].length);
  const end = rest.search(/[。；;]/);
  if (COUNT_CARRIED.test(end < 0 ? rest : rest.slice(0, end))) return null;
  // (nor any other count after the second in its sentence: "…，还有1件尚在办理中", "…，1件正在征求第三方意见" may be carried
  // on in other words, and the two short of the whole — rt44)
  const stop = rest.search(/[。！？]/);
  const sentenceRest = stop < 0 ? rest : rest.slice(0, stop);
  if (/(?:[\d０-９]+|[一二两三四五六七八九十]+)\s*件/.test(sentenceRest)) return null;
  return { second: g, words: s.text.slice(f.end, g.end + second[0].length), loose: !SECOND_STRICT.test(s.text.slice(g.end)) };
}

/** The two parts as one claimed figure. */
export function pairSum(f: TextFigure, pair: CarriedPair): Claimed {
  return { raw: `${f.raw}+${pair.second.raw}`, value: addDec(f.value, pair.second.value), ulp: null };
}

/** What is compared of a pair: their sum; or, where the sentence closes on another whole of theirs, that whole, unless it fits (`fits`) — then the sum, which does not. */
export function pairClaim(f: TextFigure, pair: CarriedPair, fits: (c: Claimed) => boolean): Claimed {
  return pair.stated && !fits(pair.stated) ? pair.stated : pairSum(f, pair);
}

/** A mismatch's message says the figure compared is the two parts' sum. */
export function withPairSum(o: ClaimOutcome, f: TextFigure, pair: CarriedPair | null): ClaimOutcome {
  if (!pair || !o.finding) return o;
  const sum = formatDec(addDec(f.value, pair.second.value));
  if (pair.atMost && o.finding.expected !== undefined && Number(sum) < o.finding.expected) {
    return { check: { ...o.check, outcome: 'skip', detail: `两部分结转的申请合计${sum}件，少于表中的数，别的原因结转的可能未列出（${o.check.detail}）` } };
  }
  return { ...o, finding: restated(o.finding, 'pairSum', f.raw, pair.second.raw, sum, pair.stated ? part('statedAll', pair.stated.raw) : '') };
}

/**
 * Two counts carried on for two reasons, each with its verb first, in two ，-clauses of one sentence: "因补正结转下年度2件，
 * 因征求第三方意见结转下年度1件" (recall47: each was compared alone, a count qualified by its reason, so that 2 and 3, over
 * the table's 3 together, passed as a skip and a pass). Two reasons named side by side are two parts of one whole, the
 * carried-on applications: their sum is compared; fewer than the table's is a skip (a third reason may be unsaid, see
 * withPairSum). Read only where nothing else in the sentence is carried on or counted, no 其中 stands before the first
 * in its ；-clause (parts of a whole said before), the reasons differ, and a year named is the one after the report's.
 */
const VERB_FIRST_REASON = String.raw`^(?:另有|还有|此外|另)?(?:因|由于)([^，,。；;\d０-９]{1,20}?)(?:而|需|须)?(?:依法)?`;
const VERB_FIRST_WHERE = String.raw`(?:(?:结转|顺延)(?:至|到)?(?:下一?年度?|次年)|(?:结转|顺延|延期)(?:答复|办理)?(?:至|到)\s*(?:下一?年度?|次年|(\d{4})\s*年度?)|延期(?:答复|办理)?(?:至|到)(?:下一?年度?|次年))(?:继续)?(?:办理|处理|答复)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?\s*$`;
const VERB_FIRST_PART = new RegExp(VERB_FIRST_REASON + VERB_FIRST_WHERE);
/** (its 因/由于 looked for first: where neither is said the regex is never compiled, perf63) */
const verbFirstPart = (words: string): RegExpExecArray | null => (words.includes('因') || words.includes('由于') ? VERB_FIRST_PART.exec(words) : null);
/**
 * …or with no reasons, two phrases: "延期答复至次年的2件，结转下年度1件" (recall47 left it, each compared alone with table
 * 三's 3: two false errors). One extended into next year (延期…至次年/下一年度), one carried on (结转/顺延): two ways of
 * staying open past the year's end, side by side, the two parts of 结转下年度. The same phrase twice ("结转下年度2件，结转
 * 下一年度1件", recall50: each was compared alone, two false errors) is read so too, the larger maybe the whole (pairAlone);
 * and the second with its figure first after 另 ("延期答复至次年的2件，另1件因补正结转下年度", recall50: silent before).
 */
const PLAIN_PART = new RegExp(String.raw`^(?:另有|还有|此外|另)?(?:依法)?` + VERB_FIRST_WHERE);
const EXTENDED = /^(?:另有|还有|此外|另)?(?:依法)?延期/;
const PARTS_WHOLE = /^\s*[，,]\s*(?:共|共计|合计|总计|一共)\s*([\d０-９]+|[一二两三四五六七八九十]+)\s*件\s*$/;
const COUNT = /(?:[\d０-９]+|[一二两三四五六七八九十]+)\s*件/;

function verbFirstPairAt(s: SentenceFigures, f: TextFigure, year: number | null): CarriedPair | null {
  const i = s.figures.indexOf(f);
  const g = s.figures[i + 1];
  if (!g || f.paren !== null || g.paren !== null || g.unit !== f.unit || f.unit !== '件') return null;
  const from = semicolonClauseStart(s.text, f.start);
  const head = s.text.slice(from, f.start);
  const comma = lastMark(head, '，,');
  const firstWords = head.slice(comma + 1).trim();
  // (past a ； too: "延期答复至次年的2件；结转下年度1件")
  const between = /^\s*[，,；;]\s*(.*)$/.exec(s.text.slice(f.end, g.start));
  const secondWords = between ? between[1]!.trim() : '';
  const reasons = [verbFirstPart(firstWords), between ? verbFirstPart(secondWords) : null] as const;
  const plain = [PLAIN_PART.exec(firstWords), between ? PLAIN_PART.exec(secondWords) : null] as const;
  // (two reasons, or two phrases: one extended, the other carried on; or the same phrase twice — recall50)
  const byReason = reasons[0] !== null && reasons[1] !== null && reasons[0][1] !== reasons[1][1];
  const byPhrase = !byReason && plain[0] !== null && plain[1] !== null;
  const samePhrase = byPhrase && EXTENDED.test(firstWords) === EXTENDED.test(secondWords);
  // (or the second with its figure first, after 另: "延期答复至次年的2件，另1件因补正结转下年度" — recall50, silent before)
  const another = !byReason && !byPhrase && (plain[0] ?? reasons[0]) !== null && ANOTHER.test(secondWords) ? SECOND.exec(s.text.slice(g.end)) : null;
  if (!byReason && !byPhrase && !another) return null;
  const fits = (y: string | undefined): boolean => y === undefined || (year !== null && Number(y) === year + 1);
  const [yearA, yearB] = byReason ? [reasons[0]![2], reasons[1]![2]] : byPhrase ? [plain[0]![1], plain[1]![1]] : [(plain[0] ?? reasons[0])![plain[0] ? 1 : 2], another![1]];
  if (!fits(yearA) || !fits(yearB) || (byReason && OTHER_CARRIED_WORK.test(reasons[0]![1]! + reasons[1]![1]!)) || (another && OTHER_CARRIED_WORK.test(another[0]))) return null;
  // (nothing before the first in its ；-clause is carried on or its whole: "结转下年度3件，因补正…2件，…")
  const before = head.slice(0, comma + 1);
  if (CARRIED_WORDS.test(before) || /其中|分别/.test(before) || (WRITTEN_LATER.test(s.text.slice(0, f.start)) && !YEAR_END.test(s.text.slice(0, f.start)))) return null;
  // (and nothing counted after the second in its sentence: a third reason's part, or the parts' whole — but for two phrases
  // their whole closing the sentence, "…结转下年度1件，共3件", which says they are the parts)
  const rest = s.text.slice(g.end + (another ? another[0].length : 0));
  const stop = rest.search(/[。！？]/);
  const tail = stop < 0 ? rest : rest.slice(0, stop);
  const closing = byPhrase ? PARTS_WHOLE.exec(tail) : null;
  if (COUNT.test(tail) && !closing) return null;
  // (the one carried on may be the whole, the one extended its part; of the same phrase twice, the larger — recall50)
  const whole = samePhrase ? (decToNumber(g.value) > decToNumber(f.value) ? g : f) : byPhrase ? (EXTENDED.test(firstWords) ? g : f) : undefined;
  const words = s.text.slice(f.end, g.end + (another ? another[0].length : 0));
  // (a whole said after them is theirs: neither a third part left unsaid nor one of them the whole; where it is not their
  // sum the sentence is wrong somewhere, and the whole, or the sum where the whole fits, is compared — "…1件，共4件" was a pass)
  const n = closing?.[1] !== undefined && /^\d+$/.test(closing[1]) ? Number(closing[1]) : null;
  // (and it says they are all the parts: fewer than the table's is no longer a skip — "…1件，共2件" against 3)
  if (n !== null) {
    const stated = n !== decToNumber(addDec(f.value, g.value)) ? { stated: { raw: `${n}件`, value: toDec(n, 0), ulp: null } } : {};
    return { second: g, words: words + tail, loose: false, ...stated };
  }
  const loose = another !== null && !SECOND_STRICT.test(s.text.slice(g.end));
  return { second: g, words, loose, atMost: true, ...(whole ? { whole } : {}), ...(samePhrase ? { same: true } : {}) };
}

/** 另 and nothing else before the second figure ("，另1件因补正结转下年度"). */
const ANOTHER = /^(?:另外?有?|还有|此外)$/;

/**
 * Where the two parts' sum does not fit, the figure alone that may fit instead, and why that is no error: the first
 * of a loose pair (its second may be next year's new application), or the carried-on figure of two phrases that is no
 * smaller than the other (it may be the whole of both). Null where there is none.
 */
export function pairAlone(f: TextFigure, pair: CarriedPair): { figure: TextFigure; why: Said } | null {
  if (pair.loose) return { figure: f, why: said('pairLoose') };
  if (!pair.whole) return null;
  const part = pair.whole === f ? pair.second : f;
  if (decToNumber(part.value) > decToNumber(pair.whole.value)) return null;
  return { figure: pair.whole, why: said(pair.same ? 'pairWholeSame' : 'pairWholeExtended', pair.whole.raw, part.raw) };
}

/**
 * The pair of reasons whose first figure is `f` (a CarriedPair), 'counted' where `f` is such a pair's second (read in the
 * first's sum), or null.
 */
export function verbFirstPair(s: SentenceFigures, f: TextFigure, year: number | null): CarriedPair | 'counted' | null {
  const i = s.figures.indexOf(f);
  const prev = i > 0 ? s.figures[i - 1] : undefined;
  if (prev && verbFirstPairAt(s, prev, year)?.second === f) return 'counted';
  return verbFirstPairAt(s, f, year);
}
