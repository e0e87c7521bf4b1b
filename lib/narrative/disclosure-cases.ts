/**
 * What a 复议/诉讼 count in the text is a count of: the disclosure cases, as table 四's are, or every case the body had (split
 * out of claim-scope.ts by meaning, rt84; claim-scope.ts re-exports them).
 */
import { semicolonClauseStart, type TextFigure } from './figures-in-text.ts';
import { lastMark } from '../text/marks.ts';

/** "行政复议案件5件，其中涉及政府信息公开的3件": the figure counts all cases, 其中 then picks ours. */
export function broaderThanDisclosure(after: string): boolean {
  // (and a change between: "行政应诉案件45件，同比下降10%，其中因政府信息公开被诉2件" — rt84: the 2 was unread)
  return after.includes('其中') && after.includes('信息公开') && /^[^，,；;。]{0,6}(?:[，,]\s*(?:同比|环比|较上年|比上年|较[0-9]{4}年)[^，,；;。]{0,16})?[，,]\s*其中[^，,；;。\d]{0,14}信息公开/.test(after);
}

/**
 * Is a 复议/诉讼 count about disclosure, as table 四's are? A body's report may count all its
 * cases: "全年共办理行政复议案件35件，行政诉讼案件12件，均不涉及政府信息公开", "作为被告的行政
 * 诉讼案件12件", "案件35件，…，其中涉及政府信息公开的…3件" (the figure before the 其中 that picks
 * the disclosure ones). A sentence that says none of this is taken to be about disclosure, as
 * section 四's sentences are.
 */
export function aboutDisclosure(sentence: string, f: TextFigure, heading: string | null = null): boolean {
  if (/不涉及|无关|非政府信息公开|不属于政府信息公开/.test(sentence)) return false;
  const at = sentence.indexOf('信息公开');
  // "本机关作为被申请人的行政复议案件2件" right under "四、政府信息公开行政复议、行政诉讼情况":
  // the section's cases (elsewhere, all the body's reviews may be meant); but "全年共办理行政应诉
  // 案件47件" counts the suits of every kind the body answered, even there (red team 21, c08)
  if (at < 0) return !/应诉案件/.test(sentence) && ((heading !== null && DISCLOSURE_CASES_HEADING.test(heading)) || !/作为被申请人|作为被告/.test(sentence));
  if (at > f.end && sentence.slice(f.end, at).includes('其中')) return false;
  // ("被申请行政复议6件，行政处罚类5件、政府信息公开类1件": every case, by kind after it — rt84)
  if (kindsAfter(sentence, f)) return false;
  // ("行政复议案件58件（其中政府信息公开类1件，结果维持），行政应诉案件126件（其中政府信息公开类1件）": the 1s name it themselves, rt80)
  if (namesDisclosureOwn(sentence, f)) return true;
  // "被申请行政复议6件，其中政府信息公开类1件，维持5件": after the disclosure ones picked out of every case, in its ；-clause,
  // outcomes past the part's count are every case's (txt77: the 5 was an error against table 四's 维持 1)
  if (disclosurePickedBefore(sentence, f)) return false;
  // "行政复议案件中，政府信息公开类1件，结果维持；其他类5件，维持4件，纠错1件": the kind named last before it is another's (rt84)
  if (otherKindLast(sentence, f)) return false;
  // "全年行政复议案件6件，其中政府信息公开类1件，维持1件；行政诉讼案件12件，胜诉10件，败诉2件": where a ；-clause before picks the
  // disclosure cases out of every case, one of its own naming no kind counts every case too (rt82 saw it, rt84: silence)
  if (everyKindBesidePart(sentence, f)) return false;
  // (and "行政复议案件58件（含政府信息公开类1件）": the bracket picks ours out of every case — txt75, 58 was an error)
  const ours = sentence.indexOf('信息公开', f.end);
  if (ours > f.end && /^\s*[（(](?:其中|含|包括)[^）)]*$/.test(sentence.slice(f.end, ours))) return false;
  // "行政应诉案件126件；政府信息公开类行政诉讼2件" (txt75: 126 was compared with table 四): a ；-clause of its own counting
  // every suit the body answered, the disclosure ones named only in another ；-clause
  const next = sentence.slice(f.end).search(/[；;]/);
  const own = sentence.slice(lastMark(sentence, '；;', f.start) + 1, next < 0 ? sentence.length : f.end + next).replace(/[（(][^）)]*[）)]/g, '');
  // ("本厅全年出庭应诉行政案件45件", "全年办理行政诉讼案件45件（均为被告）…；政府信息公开类1件": rt84)
  if (own.includes('案件') && /应诉[^，,；;。\d]{0,6}?案件|办理[^，,；;。\d]{0,4}?行政诉讼案件/.test(own) && !own.includes('信息公开')) return false;
  return !oursNamedNext(sentence, f);
}

/**
 * Every case the body had, its disclosure ones named right after it (rt80: 126 and 58 were compared with table 四):
 * "行政应诉案件126件，政府信息公开类1件", "行政复议案件58件中，政府信息公开类1件", "行政应诉案件126件、政府信息公开行政诉讼1件".
 * Not about disclosure; the count after it is, and is still read with the topic of this one (text-vs-table.ts).
 */
export function oursNamedNext(sentence: string, f: TextFigure): boolean {
  const head = sentence.slice(lastMark(sentence, '，,、；;。：:', f.start) + 1, f.end);
  const ours = sentence.indexOf('信息公开', f.end);
  if (head.includes('信息公开') || ours <= f.end) return false;
  if (kindsAfter(sentence, f)) return true;
  // (and another kind's count, the disclosure ones next in its list: "行政处罚类5件、政府信息公开类1件")
  if (otherKindLast(sentence, f) && /^\s*[，,、]\s*(?:涉及|属于)?(?:政府)?$/.test(sentence.slice(f.end, ours))) return true;
  if (/(?:应诉|复议|诉讼)案件/.test(head) && /^\s*中?\s*[，,、]\s*(?:涉及|属于)?(?:政府)?$/.test(sentence.slice(f.end, ours))) return true;
  // (and "被诉行政诉讼12件中，政府信息公开类1件…", "被申请行政复议6件，按类别分：政府信息公开类1件（维持），行政处罚类3件…" with the
  // disclosure ones' count right after — rt84; not "被申请行政复议1件，涉及政府信息公开", whose 1 is theirs)
  return /(?:复议|诉讼|应诉)[^，,；;。\d]{0,4}[0-9０-９]/.test(head) && /^\s*中?\s*[，,、]\s*(?:(?:按|从)[^，,；;。\d]{0,6}(?:分|看)[：:，,]\s*)?(?:涉及|属于)?(?:政府)?$/.test(sentence.slice(f.end, ours)) && /^信息公开[^，,；;。\d]{0,8}[0-9０-９]/.test(sentence.slice(ours));
}

/**
 * "行政复议案件58件（其中政府信息公开类2件）", "行政复议案件58件，其中涉及政府信息公开的2件": a 其中 that picks the disclosure
 * cases out of every case is no part of table 四's, it is table 四's whole (rt80: the 2 was read as a part, unread). The
 * figure's ，-clause with that 其中 taken off; as it was where its words go on past 信息公开 to a kind or an outcome, or where
 * the figure is one item of a list (`after`, its words after it).
 */
export function withoutDisclosureQizhong(clause: string, after: string): string {
  // ("…；行政诉讼案件12件，胜诉10件；其中涉及政府信息公开的行政复议1件、行政诉讼1件": the disclosure ones of each kind, table 四's
  // two wholes — rt84, both were unread)
  // (its 其中 looked for first: a page that never says it so never compiles the regex, perf63)
  const both = !clause.includes('其中') ? null : /^(?:[^（(）)]*[（(])?其中[，,：:]?\s*(?:涉及|属于|因)?(?:政府)?信息公开(?:类|方面)?(?:的)?(?=(?:行政)?(?:复议|诉讼)(?:案件)?(?:[0-9０-９]+\s*[件起][、和及与](?:行政)?(?:复议|诉讼)(?:案件)?)?$)/.exec(clause);
  if (both && (/[0-9０-９]/.test(clause) || /^\s*[件起]?\s*[、和及与](?:行政)?(?:复议|诉讼)(?:案件)?[0-9０-９]/.test(after))) return clause.slice(both[0].length);
  // (not one item of a list: "其中政府信息公开类1件、其他类57件")
  if (/^\s*[、和及与]|^[^，,；;。（）()]*?[，,]\s*(?:其他|其它|非)/.test(after)) return clause;
  return clause.replace(/^(?:[^（(）)]*[（(])?其中[，,：:]?\s*(?=(?:涉及|属于|为|因)?(?:政府)?信息公开(?:类|方面)?(?:的)?(?:行政)?(?:复议|诉讼|被诉|被起诉)?(?:案件)?(?:共|为)?\s*$)/, '');
}

/**
 * The last ，-clause naming 信息公开 before the figure, in its ；-clause, is a 其中 part with its count, after a count of every
 * case, and the counts from that part's on to the figure add up to more than it: every case's outcomes, not the part's
 * ("全年共发生行政复议案件5件，其中涉及政府信息公开的3件，结果维持2件，纠正1件": the 3's, read — donghu-zrzy-2023).
 */
function disclosurePickedBefore(sentence: string, f: TextFigure): boolean {
  let from = semicolonClauseStart(sentence, f.start);
  // (or in the ；-clause before, where the figure's own names no 信息公开 and counts no cases of its own: "被申请行政复议6件，其中
  // 政府信息公开类1件，结果维持；复议结果中，维持5件，纠错1件" — rt82, an older false error)
  const own = sentence.slice(from, f.end);
  if (from > 0 && !own.includes('信息公开') && !CASES_COUNT.test(own)) from = semicolonClauseStart(sentence, from - 1);
  const at = sentence.lastIndexOf('信息公开', f.start);
  if (at < from) return false;
  const partAt = lastMark(sentence, '，,、（(', at) + 1;
  const m = /^\s*其中[^，,；;。\d]*信息公开[^，,；;。\d]*?([0-9]+)\s*[件起](?=[^；;。]*[，,、；;])/.exec(sentence.slice(partAt, f.start));
  if (!m || !CASES_COUNT.test(sentence.slice(from, at))) return false;
  const after = [...sentence.slice(partAt + m[0].length, f.end).matchAll(/([0-9]+)\s*[件起]/g)].reduce((n, x) => n + Number(x[1]), 0);
  return after > Number(m[1]);
}

/**
 * The kind named last before the figure in its ；-clause is another than disclosure: "其他类5件，维持4件", "行政处罚类3件（维持2件、
 * 纠错1件）" (rt84: compared with table 四). Not "各类", nor the outcome column "其他1件".
 */
function otherKindLast(sentence: string, f: TextFigure): boolean {
  const words = sentence.slice(semicolonClauseStart(sentence, f.start), f.start);
  let other = -1;
  for (const m of words.matchAll(OTHER_KIND)) if (!/公开|信息|[各此该这同本分归哪某]类$/.test(m[0])) other = (m.index ?? 0) + m[0].length;
  return other >= 0 && words.lastIndexOf('信息公开') < other;
}

/** The figure's every case, by kind in the ，-clauses after it, another kind's count before the disclosure ones': "行政复议6件，行政处罚类5件、政府信息公开类1件". */
function kindsAfter(sentence: string, f: TextFigure): boolean {
  const ours = sentence.indexOf('信息公开', f.end);
  if (ours < 0 || !CASES_COUNT.test(sentence.slice(semicolonClauseStart(sentence, f.start), f.end))) return false;
  const between = sentence.slice(f.end, ours);
  return !/[；;。]/.test(between) && /^[，,：:]/.test(between) && [...between.matchAll(OTHER_KIND)].some((m) => !/公开|信息|[各此该这同本分归哪某]类$/.test(m[0]));
}

/** A kind of case named before its count: "其他类", "非政府信息公开类", "行政处罚类", "自然资源类". */
const OTHER_KIND = /(?:其他|其它)类|非(?:政府)?信息公开类?|[\u4e00-\u9fa5]{2,4}类(?=[^，,；;。\d]{0,10}?(?:[0-9０-９]|$))/g;

/**
 * A ；-clause counting cases with no kind named, not opening on 其中, after a ；-clause that picks the disclosure cases out of every
 * case ("行政复议案件6件，其中政府信息公开类1件", "（含政府信息公开类1件）"): every case, as that one's whole is.
 */
function everyKindBesidePart(sentence: string, f: TextFigure): boolean {
  const from = semicolonClauseStart(sentence, f.start);
  if (from === 0) return false;
  const next = sentence.slice(f.end).search(/[；;]/);
  const own = sentence.slice(from, next < 0 ? sentence.length : f.end + next);
  if (own.includes('信息公开') || /^\s*其中/.test(own) || !CASES_COUNT.test(sentence.slice(from, f.end))) return false;
  return PICKED_OUT.test(sentence.slice(0, from));
}

/** Every case counted, then its disclosure ones picked out: "行政复议案件6件，其中政府信息公开类1件", "应诉案件126件（含政府信息公开类1件）". */
const PICKED_OUT = /(?:复议|诉讼|应诉)[^；;。]*?[0-9０-９]+\s*[件起][，,]?\s*[（(]?(?:其中|含|包括)[，,：:]?[^，,；;。\d]{0,12}信息公开[^，,；;。\d]{0,10}?[0-9０-９]+\s*[件起]/;

/** A count of cases: "行政复议案件5件", "被提起行政诉讼12件", "行政应诉案件126件". */
const CASES_COUNT = /(?:复议|诉讼|应诉)(?:案件)?[^，,；;。\d]{0,4}[0-9０-９]+\s*[件起]/;

/** Does the figure's own ，-clause name 信息公开 ("政府信息公开类行政诉讼2件", "（其中政府信息公开类1件": its own words, about disclosure)? */
function namesDisclosureOwn(sentence: string, f: TextFigure): boolean {
  return sentence.slice(lastMark(sentence, '，,、；;。：:（(', f.start - 1) + 1, f.start).includes('信息公开');
}

/** The heading of table 四's section: "四、政府信息公开行政复议、行政诉讼情况". */
const DISCLOSURE_CASES_HEADING = /信息公开[^，,；;。]{0,6}(?:行政)?(?:复议|诉讼)/;
