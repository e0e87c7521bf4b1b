/**
 * The applications carried into next year named after their figure ("另有103件顺延到下年度答复",
 * "尚有3件正在办理中"), and the words that let a figure take its topic from its paragraph
 * (paragraph-topic.ts). Read by the comparison with table 三 (text-vs-table.ts).
 */
import { APPLY_MEASURES, countsApplications, FILLER, pickMeasureAt, topicBefore } from './measures.ts';
import { CARRIED_SOURCE } from './period.ts';
import { lastMark } from '../text/marks.ts';

/**
 * Words right after a figure: "另有103件顺延到下年度答复" names 结转下年度 after its figure, and so
 * do "尚有3件正在办理中", "另有2件尚未办结" (at the year's end: see PENDING_LATER), and with the
 * reason between ("尚有7件申请因未到答复期限，结转至下一年度继续办理", red team 13), or the reason without 因 and the verb after
 * 已 ("尚有3件申请未到答复期限，已结转至2025年办理": rt78's 61, traced by txt75, read since txt77).
 */
export const CARRIED_FORWARD_AFTER =
  /^(?:(?:政府信息公开|信息公开)?申请)?(?:因[^，,；;。\d]{1,14}?[，,]?|(?:尚)?未到(?:答复|办理)?(?:期限|期)[，,]?)?(?:已经?|均已)?(?:继续)?(?:(?:结转|转结|转|顺延)(?:(?:至|到|入)?下一?年|(?:至|到|入)次年)|延期?(?:答复|办理)?(?:至|到)(?:下一?年|次年)|(?:结转|转结|转|顺延|延期?)(?:至|到|入)\s*\d{4}\s*年|(?:正在|仍在|尚在|还在|在)?办理中|(?:正在|仍在|尚在|还在)(?:办理|处理)|尚未(?:办结|答复)|未办结)/;

/**
 * "结转3件至下年度继续办理" (recall39): the verb before the figure, where to after it (carried-split.ts).
 * The words after it as CARRIED_FORWARD_AFTER's match, a year they name included ("结转4件至2023年办理",
 * recall40: the table's comparison checks the year, text-vs-table.ts); undefined where they are not so.
 */
const SPLIT_VERB = /(?:^|[^上])(?:结转|顺延)$/;
const SPLIT_VERB_END = /(?:结转|顺延)$/;
const SPLIT_WHERE = /^\s*(?:申请)?(?:至|到|入)\s*(?:(?:下一?年|次年|明年)|\d{4}\s*年)(?:度)?(?:继续)?(?:办理|处理|答复)?/;
function splitAfter(clause: string, after: string): [string] | undefined {
  const w = clause.replace(/^[、，,；;\s]+/, '').replace(/^(?:另外?|还|并|共|依法|已)/, '').trim();
  if (!SPLIT_VERB.test(w) || new RegExp(CARRIED_SOURCE).test(w)) return undefined;
  const m = SPLIT_WHERE.exec(after) ?? (INTO_THIS_YEAR.test(w) ? INTO_JINNIAN.exec(after) : null);
  if (!m) return undefined;
  return [m[0]];
}

/** After a carried count, in its sentence, another count carried for its own reason ("，另1件因补正结转", "，一件因需补正结转至…"). */
/** …and the later one: "…结转至2024年办理，另1件因补正延期至2024年1月答复" (the sentence up to its figure). */
/** (the reason may close its own clause: "2件因需征求第三方意见，结转至下一年度继续办理，另1件…" — recall43) */
const CARRIED_BEFORE = /(?:[\d０-９]+|[一二两三四五六七八九十]+)件(?:(?:申请)?因[^，,。；;（）()]{1,24}?[，,])?[^，,。；;（）()]{0,24}?(?:(?<!上年度?|上一年度?|去年)结转|转结|顺延|延期)[^，,。；;（）()]*[，,]\s*(?:另外?有?|还有|此外)\s*$/;
/**
 * …or with its verb first: "结转下年度2件，另有1件正在办理中" (rt45: the 1 was compared alone with table 三's 3), also
 * across a ； (rt46); and whatever the clause says of it ("结转下年度同比减少4件，", "结转下年度4人次，", "结转下年度继续
 * 办理2件，": recall46, the 1 after them was compared alone): 另 adds to those carried, the count after it is one part of them.
 * (and 延期(答复)至次年/下一年度: "延期答复至次年的2件，另1件正在办理中" — recall47, the 1 was compared alone with 3;
 * and to a year: "结转至2023年办理2件，另1件因补正延期至2023年答复" — recall50, the 1 was compared alone, an error against 3)
 */
const CARRIED_BEFORE_VERB_FIRST = /(?<!上)(?:(?:结转|转结|顺延)(?:至|到)?下一?年度?|(?:结转|转结|顺延|延期)(?:答复|办理)?(?:至|到)(?:下一?年度?|次年|\s*\d{4}\s*年))[^，,。；;：:]{0,16}[，,；;]\s*(?:另外?有?|还有|此外)\s*$/;
/**
 * Does the text before a figure end on a count carried on and 另 ("共有3件申请结转下年度办理，另", "结转下年度3件，另")? The
 * count after is beside those carried, one of its own kind: "另1件不予处理" is one such, not table 三's 不予处理 (recall47:
 * compared as the row's whole, a false error against 3).
 */
export const anotherAfterCarriedOn = (upTo: string): boolean => CARRIED_BEFORE.test(upTo) || CARRIED_BEFORE_VERB_FIRST.test(upTo);
/** …and the same count closing the clause or sentence before one opened by 另: "结转下年度2件。另有1件申请正在办理中" (rt46). */
const VERB_FIRST_COUNT = /(?<!上)(?:结转|转结|顺延)(?:至|到)?下一?年度?(?:的)?(?:申请)?(?:[\d０-９]+|[一二两三四五六七八九十]+)件\s*$/;
const ANOTHER_CARRIED = /^[^。；;]*?[，,]\s*(?:另外?有?|还有|此外)?\s*(?:[\d０-９]+|[一二两三四五六七八九十]+)件(?:申请)?[^，,。；;（）()]{0,16}?(?:(?<!上年度?|上一年度?|去年)结转|转结|顺延|延期)/;

/** A count carried on into a later year, its verb after it (one reason's part of 结转下年度). */
const COUNT_CARRIED_ON = /(?:[\d０-９]+|[一二两三四五六七八九十]+)件(?:申请)?(?:(?:因|由于)[^，,。；;（）()]{1,24}?[，,])?[^，,。；;（）()\d０-９]{0,24}?(?:(?<!上年度?|上一年度?|去年)结转|转结|顺延|延期)(?:至|到|入)?\s*(?:下一?年|次年|明年|\d{4}\s*年)/;
/**
 * Another count carried on, opened by 另, past other words: "，另1件申请人撤回后重新提出，延期至2023年答复" (rt44;
 * recall43 left it); and at the head of the next ；-clause: "…结转至2022年办理；另1件因补正延期至2022年答复".
 */
const ANOTHER_LATER = /^[，,；;]\s*(?:另外?有?|还有|此外)\s*(?:[\d０-９]+|[一二两三四五六七八九十]+)件[^。；;]{0,30}?(?:(?<!上年度?|上一年度?|去年)结转|转结|顺延|延期)(?:至|到|入)?\s*(?:下一?年|次年|明年|\d{4}\s*年)/;
/**
 * The words that say only that a count is still open: "正在办理中", "尚在办理期限内", and "尚未办结", "未办结", "尚未答复"
 * (recall50: "结转下年度2件，另4件尚未办结" compared the 2 as the whole, and the 4 as one part of it, two errors against 3 —
 * not yet closed is said when the report is written, as 正在办理中 is, recall48).
 */
const STILL_OPEN = String.raw`(?:(?:正在|仍在|尚在|还在)(?:办理|处理)(?:中|期限内|期内|时限内)?|(?:尚|仍|还)?未(?:办结|答复|办理完毕))`;
/** …or still open in other words: "，另1件尚在办理期限内", "，另有1件正在办理中" (recall44 read it only with a clause after; rt45). */
const ANOTHER_PENDING = new RegExp(String.raw`^[，,；;]\s*(?:另外?有?|还有|此外)\s*(?:[\d０-９]+|[一二两三四五六七八九十]+)件(?:申请)?${STILL_OPEN}\s*(?=[，,；;。]|$)`);
/**
 * …or closed after the year's end: "，另1件已于1月办结", "，另有1件已于2023年1月答复", "…申请人已于1月撤回" (recall48): open at 12月31日 or not (which
 * January is not always said, and it may be one carried in), the count before it is at most a part of those carried on.
 */
const ANOTHER_CLOSED_LATER = /^[，,；;]\s*(?:另外?有?|还有|此外)\s*(?:[\d０-９]+|[一二两三四五六七八九十]+)件(?:申请)?(?:申请人)?(?:已经?)?(?:于|在)\s*(?:(\d{4})\s*年\s*)?(?:0?[1-3]|[一二三])\s*月(?:份|初|上旬|中旬|下旬)?(?:\d{1,2}\s*日)?(?:已经?)?(?:主动)?(?:办结|答复|办理完毕|办理完成|答复完毕|处理完毕|撤回)/;
/** …its year, where named, the one after the report's ("另1件已于2022年1月办结" in the 2022 report was carried in, closed in the year). */
const closedLater = (t: string, year: number | null): boolean => {
  const m = ANOTHER_CLOSED_LATER.exec(t);
  return m !== null && (m[1] === undefined || year === null || Number(m[1]) === year + 1);
};
/** The same, before: the ；-clause before one opened by 另 names a count carried on. */
const ANOTHER_OPENS = /^\s*(?:另外?有?|还有|此外)\s*$/;
/**
 * A count still open after it, no 另 needed: "另有2件延期至次年答复，1件正在办理中" (recall47: the 2 was compared alone with 3);
 * its clause ending there, as ANOTHER_PENDING's (not "另1件尚在办理期限内的申请已于2021年12月答复": answered, rt45).
 */
const COUNT_PENDING_AFTER = new RegExp(String.raw`[，,]\s*(?:另外?有?|还有|此外|尚有|仍有)?\s*(?:[\d０-９]+|[一二两三四五六七八九十]+)件(?:申请)?${STILL_OPEN}\s*(?=[，,；;。]|$)`);
/**
 * Another such count in the ；-clause of the figure at [pos, end) (its carried words blanked out). Not the figure's own
 * parts after 其中: "4件结转下年度，其中1件因补正延期至2022年答复" (rt44: the 4 is the whole, hidden against table 三's 3).
 */
function otherCarriedCount(text: string, pos: number, end: number, near: Neighbours = {}): boolean {
  let start = pos;
  while (start > 0 && !/[。；;]/.test(text[start - 1]!)) start--;
  const stop = text.slice(end).search(/[。；;]/);
  const last = stop < 0 ? text.length : end + stop;
  const tail = text.slice(end, last);
  const own = tail.search(/其中/);
  const later = `，${own < 0 ? tail : tail.slice(0, own)}`;
  if (COUNT_CARRIED_ON.test(text.slice(start, pos)) || COUNT_CARRIED_ON.test(later) || ANOTHER_THEN_CARRIED.test(later) || COUNT_PENDING_AFTER.test(later)) return true;
  if (anotherCarriedLater(text, end, near)) return true;
  // (the second of two ；-clauses, or of two sentences: "2件…结转至2022年办理；另1件因补正延期至2022年答复")
  if (ANOTHER_OPENS.test(text.slice(start, pos))) {
    if (start > 0 && /[；;]/.test(text[start - 1]!)) {
      let prev = start - 1;
      while (prev > 0 && !/[。；;]/.test(text[prev - 1]!)) prev--;
      if (COUNT_CARRIED_ON.test(text.slice(prev, start - 1)) || VERB_FIRST_COUNT.test(text.slice(prev, start - 1))) return true;
    }
    if (start === 0 && near.prev !== undefined) {
      const p = near.prev.replace(/[。！？\s]+$/, '');
      const last = p.slice(lastMark(p, '；;。') + 1);
      if (COUNT_CARRIED_ON.test(last) || VERB_FIRST_COUNT.test(last.replace(/^.*[，,]/, ''))) return true;
    }
  }
  return false;
}

/**
 * Another count carried on after the figure ending at `end`, opened by 另, in its ；-clause (not past its own parts
 * after 其中), at the head of the next ；-clause, or of the next sentence where its clause ends the sentence:
 * "结转下年度的2件申请因征求第三方意见延期至2022年答复，另1件因补正延期至2022年答复" (rt44: the 2 was compared with
 * table 三's 3), "…结转至2022年办理。另1件因补正…".
 */
export function anotherCarriedLater(text: string, end: number, near: Neighbours = {}, year: number | null = null): 'carried' | 'open' | null {
  const rest = text.slice(end);
  const stop = rest.search(/[。；;]/);
  const own = (stop < 0 ? rest : rest.slice(0, stop)).search(/其中/);
  const limit = own >= 0 ? own : stop < 0 ? rest.length : stop + 1;
  // ('open' where the other count is only said to be still open, or closed after the year's end: whether table 三 counts it as
  // carried on is not plain, and it is never added — recall48)
  let open = false;
  for (let i = rest.search(/[，,；;]/); i >= 0 && i < limit; i = nextMark(rest, i)) {
    if (ANOTHER_LATER.test(rest.slice(i))) return 'carried';
    open ||= ANOTHER_PENDING.test(rest.slice(i)) || closedLater(rest.slice(i), year);
  }
  // (or still open in other words, the next sentence's head: "结转下年度2件。另有1件申请正在办理中" — rt46)
  const next = own < 0 && (stop < 0 || rest[stop] === '。') && near.next !== undefined ? `；${near.next}` : null;
  if (next !== null && ANOTHER_LATER.test(next)) return 'carried';
  return open || (next !== null && (ANOTHER_PENDING.test(next) || closedLater(next, year))) ? 'open' : null;
}

/** The sentences before and after a figure's, in its paragraph. */
export interface Neighbours {
  prev?: string;
  next?: string;
}
export function neighbours(sentences: readonly { text: string; para: number }[], i: number): Neighbours {
  const s = sentences[i]!;
  const prev = sentences[i - 1];
  const next = sentences[i + 1];
  return { ...(prev && prev.para === s.para ? { prev: prev.text } : {}), ...(next && next.para === s.para ? { next: next.text } : {}) };
}
const nextMark = (t: string, i: number): number => {
  const j = t.slice(i + 1).search(/[，,；;]/);
  return j < 0 ? -1 : i + 1 + j;
};

/**
 * Another count, 另 before it, carried on in the ，-clause after its own: "…结转至2023年办理，另1件申请人撤回后
 * 重新提出，延期至2023年答复" (recall43 left it: its reason is no 因-clause, and the first count was compared
 * alone with table 三's 结转下年度, a false error — recall44). "延期答复" with no year, or "尚在办理期限内", may be into next year too.
 */
const ANOTHER_THEN_CARRIED = /[，,]\s*(?:另外?有?|还有|此外)\s*(?:[\d０-９]+|[一二两三四五六七八九十]+)件(?:[^，,。；;（）()\d０-９]|\d{1,2}[月日]){1,24}[，,][^，,。；;（）()\d０-９]{0,10}?(?:(?:(?<!上年度?|上一年度?|去年)结转|顺延|延期)(?:至|到|入)?\s*(?:下一?年|次年|明年|\d{4}\s*年)|延期(?:答复|办理|处理)|(?:正在|仍在|尚在|还在)(?:办理|处理))/;

/**
 * "，结转两件至今年" (recall42): written after the year it reports on, 今年 is the next one; only where the
 * verb alone stands before the figure (no 上年/去年/2015年 before it: "去年结转2件至今年" is carried in).
 */
export const INTO_THIS_YEAR = /^(?:结转|顺延)$/;
export const INTO_JINNIAN = /^\s*(?:申请)?(?:至|到|入)\s*今年(?:继续)?(?:办理|处理|答复)?(?=\s*(?:[，,；;。]|$))/;

/**
 * "截至发稿时，尚有2件正在办理": still open when the report was written, not at the year's end
 * (those still open at 12月31日 are 结转下年度; some may be answered since).
 */
const PENDING_LATER = /截至|截止|目前|发稿|现已|现在|报告(?:发布|编制|公布)/;
/**
 * Are the words before a figure of when the report was written, not of the year's end ("截至发稿时，结转下年度4件", recall46)?
 * Not 现已/目前已 right before the verb of its own clause: "现已结转下年度4件", "目前已结转至下一年度办理4件" say that the
 * applications were carried over, which is done at the year's end (recall47: silent before); "截至目前，已结转…" stays later.
 */
const DONE_NOW = /(?:现|目前)(?:已经?)(?=(?:依法)?(?:结转|转结)[^，,；;。：:]*$)/;
export const writtenLater = (before: string): boolean => {
  const b = before.includes('已') ? before.replace(DONE_NOW, '') : before;
  return PENDING_LATER.test(b) && !YEAR_END.test(b);
};
/** Words before a figure carried forward that say nothing of what it counts ("年底尚有3件", "共有3件…": recall47). */
const CARRIED_LEAD = /^(?:截至|截止)?(?:年底|年末|年终|目前)?(?:共计?|总共|合计)?(?:另有|尚有|还有|仍有|另|有|其余|剩余|余下|剩下)?/;
// ("截至12月底已回复63件，3件正在办理中": 12月底 is the year's end in the year's report — left57, hunt55's 咸阳市秦都区 2024)
const YEAR_END = /12\s*月\s*31\s*日|十二月三十一日|12\s*月(?:底|末)|十二月(?:底|末)|年底|年末|年终/;

/** The words after a figure up to its clause's end. */
function clauseAfter(after: string): string {
  const stop = after.search(/[，,；;。：:！？（）()]/);
  return stop < 0 ? after : after.slice(0, stop);
}

/**
 * The words after a figure up to its clause's end when they name 结转下年度 ("顺延至下一年度答复";
 * '' when "年底在办" before it does: inOfficeAtYearEnd), undefined when they do not, null when they do but the figure is no claim: still open when the
 * report was written, or the words before it count something else ("政务服务事项3件顺延…").
 */
export function carriedAfter(text: string, pos: number, clause: string, after: string, near: Neighbours = {}, asPart = false): string | null | undefined {
  const named = CARRIED_FORWARD_AFTER.exec(after) ?? splitAfter(clause, after);
  if (named === null) return null;
  if (!named) return inOfficeAtYearEnd(text, pos, clause, after);
  const upTo = text.slice(0, pos);
  if (PENDING_LATER.test(upTo) && !YEAR_END.test(upTo)) return null;
  // (the verb of "结转3件至下年度" is no words of what is counted)
  // (and the noun before 尚有: "政府信息公开申请尚有5件未到答复期限，已结转至2025年办理" — rt82; "行政许可申请尚有6件…" is not)
  if (!countsApplications(clause.replace(SPLIT_VERB_END, '').replace(CARRIED_LEAD, '').replace(/(?:另有|尚有|还有|仍有)$/, ''))) return null;
  // ("2件申请因征求第三方意见结转至2024年办理，另1件因补正结转": one reason's part, another count carried after it, rt42)
  // (not its own parts after 其中: "4件结转下年度，其中2件因补正…，另2件因征求意见结转至2022年办理", rt44)
  const later = after.slice(named[0].length);
  const own = later.search(/其中/);
  // (asPart: read all the same, as one part of those carried on — text-vs-table.ts compares it only where it alone is more)
  const sibling = ANOTHER_CARRIED.test(own < 0 ? later : later.slice(0, own)) || CARRIED_BEFORE.test(upTo) || CARRIED_BEFORE_VERB_FIRST.test(upTo)
    // (or any other count carried on in its ；-clause, with no 另: "另有2件因补正延期至2023年答复，1件结转至2023年办理",
    // "…结转至2023年办理，另1件申请人撤回后重新提出，延期至2023年答复" — recall43)
    || otherCarriedCount(text, pos, text.length - after.length + named[0].length, near);
  if (sibling !== asPart) return null;
  // (a count only said to be still open beside one carried — "延期答复至次年的2件，另4件正在办理中" — is never read, not even
  // where it alone is more: 正在办理中 is said when the report is written, and may count what came in after the year's end;
  // the carried count beside it is checked alone — anotherCarriedLater's 'open', recall48 — and this one as recall48 left
  // "另有2件正在办理中": recall49, it was an error against 3)
  if (asPart && OPEN_ONLY.test(named[0])) return null;
  // up to the end of the clause that names it (past the reason's comma)
  return named[0] + clauseAfter(after.slice(named[0].length));
}

/** CARRIED_FORWARD_AFTER's words that say only that the applications are still open: "正在办理中", "尚在处理", "尚未办结" (recall50). */
const OPEN_ONLY = /^(?:(?:政府信息公开|信息公开)?申请)?(?:(?:正在|仍在|尚在|还在|在)?办理中|(?:正在|仍在|尚在|还在)(?:办理|处理)|(?:尚|仍|还)?未(?:办结|答复))/;

/**
 * "在办" (still being handled): "年底在办2件", "截至12月31日，2件申请在办". Said at the year's end of
 * applications, the 结转下年度 of table 三; said without the year's end ("目前在办2件") it may be
 * when the report was written, and 在办 is common of other work (建议提案, 复议, 诉讼): no claim.
 */
const IN_OFFICE_BEFORE = /^(?:截至|截止)?(?:\d{4}年)?(?:12月31日|十二月三十一日|年底|年末|年终)?(?:仍|尚|还|另)?有?在办(?:政府信息公开|信息公开)?(?:申请)?$/;
const IN_OFFICE_AFTER = /^(?:(?:政府信息公开|信息公开)?申请)?(?:仍|尚|还|均)?(?:处于)?在办(?![理结公件事])/;
/** Work other than applications that may be 在办 at the year's end, named anywhere in the sentence. */
const OTHER_IN_OFFICE = /复议|诉讼|起诉|应诉|建议|提案|议案|信访|热线|投诉|来电|留言/;

/**
 * The words after the figure ('' when 在办 stands before it) when the figure is applications in
 * office at the year's end, in a sentence that names applications and no other work; else undefined.
 */
function inOfficeAtYearEnd(text: string, pos: number, clause: string, after: string): string | undefined {
  if (!YEAR_END.test(text.slice(0, pos)) || OTHER_IN_OFFICE.test(text) || topicBefore(text, text.length) !== 'apply') return undefined;
  if (IN_OFFICE_BEFORE.test(clause.replace(FILLER, ''))) return '';
  if (IN_OFFICE_AFTER.test(after) && countsApplications(clause.replace(FILLER, '').replace(CARRIED_LEAD, ''))) return clauseAfter(after);
  return undefined;
}

/**
 * The measures read from a paragraph's topic (paragraph-topic.ts): their words belong to the
 * flow of disclosure applications and to little else (新收, 上年结转, 结转下年度, 顺延至下一年度).
 */
export const PARAGRAPH_MEASURES: ReadonlySet<string> = new Set(['carriedForward', 'carried', 'new']);

/** Are a figure's nearest words before it, or its words after it, one of PARAGRAPH_MEASURES'? */
export function flowWordsAt(clause: string, after: string): boolean {
  if (CARRIED_FORWARD_AFTER.test(after)) return true;
  const picked = pickMeasureAt(clause, APPLY_MEASURES);
  if (!picked || !PARAGRAPH_MEASURES.has(picked.measure.id)) return false;
  // 新收 itself, not 本年收到/本年受理 (words any work may use)
  return picked.measure.id !== 'new' || /(?:新收|新受理)$/.test(clause.slice(0, picked.end));
}

/** The flow's words in the clauses before a figure: 上年结转, 新收 (not 本年收到/受理, words any work may use). */
const FLOW_BEFORE = new RegExp(`${CARRIED_SOURCE}|新收|新受理`);

/**
 * The year's 办结 after a flow word of its own ；-clause: "三是答复规范及时。连同上年结转的1件，全年共
 * 办结35件，结转下年度1件" (潍坊市人社局 2020, red team 23 m07). Its ，-clause says it is the year's
 * whole (全年, 共, 合计…, not "已办结1件", which may be the carried ones'), and holds no other count's
 * words; the clauses before it name 上年结转 or 新收: the applications, as a flow word read alone is.
 */
export function yearsClosedAfterFlow(clause: string, before: string, after: string): boolean {
  const words = clause.trim();
  if (!YEARS_CLOSED.test(words) || /^(?:已)?(?:办结|答复)$/.test(words)) return false;
  // "全年共办结12,000件政务服务事项": what follows the figure says what it counts
  if (!/^(?:(?:政府信息公开|信息公开)?申请)?(?:[，,；;。（(]|$)/.test(after)) return false;
  return FLOW_BEFORE.test(before);
}

/** "全年共办结", "本年度办结", "共答复": the year's whole of those answered, and nothing else. */
const YEARS_CLOSED = /^(?:本年度?|全年|年内|当年)?(?:共计?|合计|总计|累计|一共)?(?:已)?(?:办结|答复)$/;
