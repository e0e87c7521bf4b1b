/**
 * What the prose's figures about applications (table 三) and 复议/诉讼 (table 四) can claim, and
 * the words that say which: each measure names its words and the tables' figures that may meet it
 * (strict readings, and loose ones that give only a warning). Read by the text-against-tables
 * check (text-vs-table.ts) and the zero claims (zero-claims.ts).
 */
import { semicolonClauseStart } from './figures-in-text.ts';
import { CARRIED_SOURCE } from './period.ts';
import { lastMark } from '../text/marks.ts';

export type Topic = 'apply' | 'review' | 'suit' | 'both';

export interface Reading {
  names: readonly string[];
  /** what the sum is, in Chinese, for the message */
  label: string;
}

export interface Measure {
  id: string;
  topic: Topic;
  words: RegExp;
  strict: readonly Reading[];
  loose?: readonly Reading[];
  /** a figure for one sub-item that the table only gives as a subtotal: a mismatch is a skip */
  subItem?: boolean;
}

const r = (label: string, ...names: string[]): Reading => ({ names, label });

/** The sum of a reading's figures (null when one is missing); a name written "-t3.x" is subtracted. */
export function readingValue(rd: Reading, figures: Readonly<Record<string, number | null>>): number | null {
  let acc = 0;
  for (const n of rd.names) {
    const minus = n.startsWith('-');
    const v = figures[minus ? n.slice(1) : n];
    if (v === undefined || v === null) return null;
    acc += minus ? -v : v;
  }
  return acc;
}

/**
 * 结转下年度继续办理 as the prose words it: "转下一年办理", "顺延到下年度答复" (淮安市 2024),
 * "结转至2024年", and "结转2024年办理" with no 至: there the year is where the applications go
 * only with the work that follows it (办理/处理/答复); "结转2023年的申请" names where they came from.
 * 延期 (or 延) only with 至/到 and where to ("延期至2021年答复", "延至下一年度"): "延期答复3件" is
 * an extended time limit, answered within the year or not. 次年 is the next year as 下年度 is ("延期至次年答复的3件",
 * "延期答复至次年的3件": recall47 — silent before, though "转至次年办理" was already carried on in parts-sum.ts).
 * Not 未办结/正在办理 right after 上年(度)/去年: "结转上年度未办结的申请4件" is carried in, 上年结转 (recall48: it was
 * compared with 结转下年度, a false error), nor right after 上年结转 ("上年结转办理中1件": those carried in, the
 * 'carried' part below — recall49: it was an error against 结转下年度's 3). 再行 as 继续: "结转至下一年再行办理81件"
 * (静安区 2023, hunt49: it was read as 办理). 作出答复 as 答复 after a year: "经查,2023年收到,结转至2024年作出答复的…" (国家卫健委
 * 2024, hunt50): into the report's year, those carried in (text-vs-table.ts); it was read as 答复, 办理结果总计. Nor a few
 * words after 上年结转 ("结转上年度逾期未办结的申请2件": a part of those carried in — rt50: it was compared with 结转下年度).
 * "结转下年度办理中3件" is carried on, 办理中 with it (recall50: its 中 was left after the words read, no count of
 * applications, and the figure went unread). 待答复 as 尚未答复, the pre-2019 forms' word ("已答复件数、待答复件数"):
 * "收到申请62件，已答复63件（含上年结转4件），待答复3件" (hunt53: read as 答复, an error against 办理结果总计 63).
 */
const CARRIED_FORWARD = new RegExp(
  String.raw`(?<!(?:上一?年度?|去年)[的中]?(?:尚|正在|仍在)?|(?:${CARRIED_SOURCE})[^，,；;。：:\d０-９]{0,6})(?:尚未办结|未办结|尚未答复|待答复|正在办理|仍在办理|办理中)|(?:结转|转结|转|顺延)(?:(?:至|到|入)?下一?年|(?:至|到|入)次年)(?:度)?(?:继续|再行)?(?:办理中|办理|处理|答复)?|延期?(?:答复|办理)?(?:至|到)(?:下一?年|次年)(?:度)?(?:继续|再行)?(?:办理|处理|答复)?|(?:结转|转|顺延|延期?)(?:至|到|入)\s*\d{4}\s*年(?:度)?(?:继续|再行)?(?:办理|处理|(?:作出|做出)?答复)?|(?:结转|顺延)\s*\d{4}\s*年(?:度)?(?:继续|再行)?(?:办理|处理|答复)|下年度继续办理`,
  'g',
);

/**
 * The year a clause's carried-forward words carry into ("结转至2021年办理" → 2021), from the last
 * of them, or null when they name none. In the 2020 report "2019年结转至2020年办理的申请5件" is
 * carried into this year: 上年结转, not 结转下年度.
 */
export function carriedIntoYear(clause: string): number | null {
  let year: number | null = null;
  CARRIED_FORWARD.lastIndex = 0;
  for (let x = CARRIED_FORWARD.exec(clause); x; x = CARRIED_FORWARD.exec(clause)) {
    const y = /(\d{4})\s*年/.exec(x[0]);
    year = y ? Number(y[1]) : null;
  }
  return year;
}

/**
 * "结转至2021年", "结转2021年办理", its year: where the applications go, not when the figure was
 * counted (the same forms as CARRIED_FORWARD's).
 */
const CARRIED_INTO = /((?:结转|转|顺延|延期?)(?:至|到|入)\s*|(?:结转|顺延)\s*(?=\d{4}\s*年度?(?:继续)?(?:办理|处理|答复)))(\d{4})(\s*年度?)/g;

/**
 * The text with the year after the report's blanked where applications are carried into it
 * ("结转至2021年继续办理的3件" in the 2020 report is 结转下年度, of this year's table), so that the
 * other-period test (period.ts) does not take it for another year's figure. Same length: offsets
 * into the text still hold.
 */
export function withoutNextYearDestination(text: string, year: number | null): string {
  if (!year || !text.includes(String(year + 1))) return text;
  return text.replace(CARRIED_INTO, (m: string, verb: string, y: string, nian: string) =>
    Number(y) === year + 1 ? verb + ' '.repeat(y.length + nian.length) : m,
  );
}

/** Table 三's rows (spec/report-format.md) as the prose words them. Order matters only for ties. */
export const APPLY_MEASURES: readonly Measure[] = [
  { id: 'carriedForward', topic: 'apply', words: CARRIED_FORWARD, strict: [r('表三“结转下年度继续办理”', 't3.carriedForward.total')] },
  // (with the words that say they were still open, which every one carried in was: "结转上年度未办结的申请5件" is 上年结转, its
  // 未办结的 no qualifier of a part — rt50: recall48 left it a skip, and its twin against 4 with it)
  { id: 'carried', topic: 'apply', words: new RegExp(`(?:${CARRIED_SOURCE})(?:(?:尚|仍)?未(?:办结|答复)的|(?:正在|仍在)办理的)?`, 'g'), strict: [r('表三“上年结转”', 't3.carried.total')] },
  // "共接到…184件，上年结转办理1件" (江苏省公安厅 2023), "已答复13件，其中，上年结转答复1件" (福州高新区 2023): those
  // carried in, handled or answered (hunt48: read as 办理 and 答复, compared with 办理结果总计). Some carried in
  // may be carried on again: never more than 上年结转, fewer a skip. (After 'carried', which a year's words
  // look up by id; before 'processed' and 'handled', whose words end where these do: the first wins a tie.)
  // "上年结转办理中1件": those carried in, still open — a part of 上年结转 as well (recall49: it was compared
  // with 结转下年度, an error against 3 where it was fewer).
  { id: 'carried', topic: 'apply', words: new RegExp(`(?:${CARRIED_SOURCE})(?:的)?(?:申请)?(?:(?:已|已经)?(?:办理|答复|办结)(?!中)|(?:正在|仍在)?办理中)`, 'g'), strict: [r('表三“上年结转”', 't3.carried.total')], subItem: true },
  { id: 'new', topic: 'apply', words: /新收|新受理|新接收|本年收到|本年受理/g, strict: [r('表三“本年新收”', 't3.new.total')] },
  {
    // not "不予受理的申请2件": no row of table 三 (a refusal before any answer)
    id: 'received', topic: 'apply', words: /收到|受理(?<!(?:不予|未予)受理)|接收|接到|提出/g,
    strict: [r('表三“本年新收”', 't3.new.total'), r('表三“本年新收”与“上年结转”之和', 't3.new.total', 't3.carried.total')],
    loose: [r('表三“办理结果总计”与“结转下年度”之和', 't3.processed.total', 't3.carriedForward.total')],
  },
  // "部分同意公开7件": the pre-2019 reports' word for it (同意公开 inside it is no 予以公开); "部分予以公开1件"
  // (安阳县住建局 2025, hunt48: read as 予以公开)
  { id: 'partial', topic: 'apply', words: /部分(?:同意|予以)?公开/g, strict: [r('表三“部分公开”', 't3.partial.total')] },
  { id: 'denied', topic: 'apply', words: /不予以?公开/g, strict: [r('表三“不予公开”', 't3.denied.total')] },
  {
    // "同意公开53件（含部分公开11件）": 同意公开 often counts the partly granted too
    // not "不予以公开" (不予公开), "不再予以公开", "第三方不同意公开", "部分同意公开" (部分公开)
    id: 'granted', topic: 'apply', words: /予以公开(?<!(?:不|不再|未|未再|没有|无需|不需|部分)予以公开)|同意公开(?<!(?:不|不再|未|没有|部分)同意公开)|全部公开/g,
    strict: [r('表三“予以公开”', 't3.granted.total'), r('表三“予以公开”与“部分公开”之和', 't3.granted.total', 't3.partial.total')],
  },
  { id: 'unable', topic: 'apply', words: /不掌握|非本部门掌握|信息不存在|无法提供/g, strict: [r('表三“无法提供”', 't3.unable.total')], subItem: true },
  { id: 'notProcessed', topic: 'apply', words: /不予处理/g, strict: [r('表三“不予处理”', 't3.notProcessed.total')] },
  // （六）其他处理: one row in the 2019 form, the sum of its items in the 2021 form (report/figures.ts)
  { id: 'other', topic: 'apply', words: /其他处理/g, strict: [r('表三“其他处理”', 't3.other.total')] },
  {
    // "收到86件，已办结83件，尚有3件正在办理中": of this year's applications only, 办理结果总计
    // ("办结完毕", "办理完成": the same, recall37)
    // less those carried from last year. "本年度办理结果总计71件" is the table's own wording
    // not "逾期未答复的申请0件", "未办结": those not answered (each lookbehind after its words, so that
    // the scan still jumps to a first character: before them it would run at every position)
    // not "予以公开答复32件", "部分公开答复7件" (a real 2022 区 report's words, hunt47): the answer's kind,
    // a result's row (but "依申请公开答复1453件" is all answered); nor with the row's name in quotes, "作出“无法提供”答复15件" (txt64)
    // ("截至12月底已回复63件": 回复 with a word that says they were answered, as 答复 — left57, 咸阳市秦都区 2024; not a bare 回复, said of 留言 too)
    // ("收到66件，完成63件": 完成 alone, as 南昌's reports write 办理完成 — recall48; not 完成率/完成度, nor 未完成)
    id: 'processed', topic: 'apply', words: /(?:办结(?:完毕)?|答复(?:完毕)?|办理完毕|办理完成|办理完结|处理完毕|完成(?![率度]))(?<!(?:未|没有|未能|尚未)完成)(?<!(?:未|没有|未能|未予)(?:办结|答复|办理完毕|办理完成|办理完结|处理完毕|办结完毕|答复完毕))(?<!(?:予以|部分|不予|同意|全部)公开[”"」]?答复|(?:无法提供|不予处理|其他处理)[”"」]?答复)|(?:已|已经|共|均|全部|依法|予以)回复(?:完毕)?|办理结果/g,
    strict: [r('表三“办理结果总计”', 't3.processed.total'), r('表三“办理结果总计”减“上年结转”', 't3.processed.total', '-t3.carried.total')],
  },
  {
    // "全年办理依申请公开事项91件", "共需办理91件" (= 新收86 + 上年结转5): 办理 alone is what was
    // handled in the year, answered or not
    // "共收到27件，依法办理25件，结转下年度继续办理2件" (a real 2023 区 report, hunt47): this year's own
    // closed, as 办结 may be
    // (not "正在办理": still open, the carried words' — "结转上年度正在办理的申请4件" is carried in, recall48)
    id: 'handled', topic: 'apply', words: /(?<!正在|仍在|尚在|还在)办理/g,
    strict: [
      r('表三“办理结果总计”', 't3.processed.total'),
      r('表三“本年新收”与“上年结转”之和', 't3.new.total', 't3.carried.total'),
      r('表三“本年新收”', 't3.new.total'),
      r('表三“办理结果总计”减“上年结转”', 't3.processed.total', '-t3.carried.total'),
    ],
  },
];

function t4(group: 'review' | 'suitDirect' | 'suitAfterReview', col: string): string {
  return `t4.${group}.${col}`;
}

/**
 * Table 四's columns as the prose words them. `cols` are the columns a reading adds (a name
 * written "-pending" is subtracted: 已审结 = 总计 − 尚未审结); `subItem` marks words for one
 * kind of result the table counts within a column ("撤销1件", "确认违法1件", "败诉0件" are
 * among 结果纠正, "胜诉1件" among 结果维持, "撤诉" among 其他结果): a mismatch is a skip.
 */
const T4_COLS: readonly { id: string; cols: readonly string[]; words: RegExp; zh: string; subItem?: boolean }[] = [
  { id: 'upheld', cols: ['upheld'], words: /维持(?<!(?:未予|不予|未|没有|不)维持)|驳回/g, zh: '结果维持' },
  { id: 'corrected', cols: ['corrected'], words: /纠正|纠错/g, zh: '结果纠正' },
  // "行政复议在办2件", "尚有2件正在审理", "1件在审", "其余2件待审结": still open at the year's
  // end, never the total
  { id: 'pending', cols: ['pending'], words: /尚未审结|未审结|尚未办结|未办结|未结案|(?:正在|尚在|仍在)(?:审理|办理|审查|一审|二审)|审理中|办理中|审查中|[一二]审中|在办|在审|待(?:审结|结案|办结|判决)|未结/g, zh: '尚未审结' },
  // after pending: "尚未审结" ends where "审结" does, and the first measure wins a tie
  { id: 'closed', cols: ['total', '-pending'], words: /审结|结案|办结|办理完毕/g, zh: '总计”减“尚未审结' },
  // "已判决1件": among those closed, others may be withdrawn or settled: a mismatch is a skip
  { id: 'judged', cols: ['total', '-pending'], words: /判决|裁定/g, zh: '总计”减“尚未审结', subItem: true },
  { id: 'other', cols: ['other'], words: /其他/g, zh: '其他结果' },
  { id: 'upheldKind', cols: ['upheld'], words: /胜诉/g, zh: '结果维持', subItem: true },
  // "未予维持的0件": not upheld, among 纠正 (or 其他结果): a mismatch is a skip
  // (not "撤销复议申请1件": the applicant's, as 撤回 is — 抚宁区政府办 2025, hunt50: it was compared with 结果纠正)
  { id: 'correctedKind', cols: ['corrected'], words: /败诉|撤销(?!(?:了)?(?:行政)?(?:复议|诉讼)?申请|起诉)|确认违法|责令|变更|(?:未予|不予|未|没有|不)维持/g, zh: '结果纠正', subItem: true },
  // "复议机关不予受理0件": among 其他结果, never the total
  { id: 'otherKind', cols: ['other'], words: /撤诉|撤回|撤销(?:了)?(?:行政)?(?:复议|诉讼)?申请|撤销起诉|终止|和解|调解|不予受理|不予立案/g, zh: '其他结果', subItem: true },
];

/** The names of a column group's columns ("-pending" → "-t4.review.pending"). */
function t4Names(group: 'review' | 'suitDirect' | 'suitAfterReview', cols: readonly string[]): string[] {
  return cols.map((c) => (c.startsWith('-') ? `-${t4(group, c.slice(1))}` : t4(group, c)));
}

/** Table 四's columns for a topic: review, suit (two groups), or both (a sentence on 复议 and 诉讼). */
function buildT4Measures(topic: 'review' | 'suit' | 'both'): Measure[] {
  const out: Measure[] = [];
  for (const c of [...T4_COLS, { id: 'total', cols: ['total'], words: /$^/g, zh: '总计', subItem: false }]) {
    const review = r(`表四行政复议“${c.zh}”`, ...t4Names('review', c.cols));
    const direct = r(`表四“未经复议直接起诉”的“${c.zh}”`, ...t4Names('suitDirect', c.cols));
    const after = r(`表四“复议后起诉”的“${c.zh}”`, ...t4Names('suitAfterReview', c.cols));
    const suits = r(`表四两类行政诉讼“${c.zh}”之和`, ...t4Names('suitDirect', c.cols), ...t4Names('suitAfterReview', c.cols));
    const sub = c.subItem ? { subItem: true } : {};
    if (topic === 'review') out.push({ id: c.id, topic, words: c.words, strict: [review], ...sub });
    else if (topic === 'suit') out.push({ id: c.id, topic, words: c.words, strict: [suits], loose: [direct, after], ...sub });
    else out.push({ id: c.id, topic, words: c.words, strict: [r(`表四复议与诉讼“${c.zh}”之和`, ...review.names, ...suits.names)], loose: [review, suits, direct], ...sub });
  }
  // "其中未经复议直接起诉4件、复议后起诉2件": a group of suits, its 总计 (never a 复议)
  if (topic !== 'review') {
    out.push({ id: 'suitDirect', topic, words: SUIT_DIRECT, strict: [r('表四“未经复议直接起诉”的“总计”', t4('suitDirect', 'total'))] });
    out.push({ id: 'suitAfterReview', topic, words: SUIT_AFTER_REVIEW, strict: [r('表四“复议后起诉”的“总计”', t4('suitAfterReview', 'total'))] });
  }
  return out;
}

/**
 * "其中未经复议直接起诉3件，结果维持2件；复议后起诉2件，结果维持1件": after one group of suits is
 * named (and not the other) in the ；-clause, a result is that group's: its reading alone, strict.
 * Null when the clause names both or neither, or the measure has no group readings.
 */
export function ofSuitGroup(m: Measure, clause: string): Measure | null {
  SUIT_DIRECT.lastIndex = 0;
  SUIT_AFTER_REVIEW.lastIndex = 0;
  const direct = SUIT_DIRECT.test(clause);
  const after = SUIT_AFTER_REVIEW.test(clause);
  if (direct === after) return null;
  const group = direct ? 'suitDirect' : 'suitAfterReview';
  const rd = (m.loose ?? []).find((x) => x.names.length > 0 && x.names.every((n) => n.includes(`t4.${group}.`)));
  return rd ? { ...m, strict: [rd], loose: [] } : null;
}

/** Table 四's two groups of suits as the prose names them (its column heads). */
const SUIT_DIRECT = /未经(?:行政)?复议(?:直接)?(?:提起|起诉|诉讼)(?:行政)?(?:诉讼)?|直接(?:被)?(?:提起)?(?:行政)?(?:起诉|诉讼)/g;
const SUIT_AFTER_REVIEW = /(?<!未)经?(?:行政)?复议后(?:提起|起诉|诉讼)(?:行政)?(?:诉讼)?/g;

/** built once: they are constants, and building them (labels and all) for every figure cost more than comparing it */
const T4_MEASURES = { review: buildT4Measures('review'), suit: buildT4Measures('suit'), both: buildT4Measures('both') } as const;

/** Table 四's columns for a topic (the same array every call: do not change it). */
export function t4Measures(topic: 'review' | 'suit' | 'both'): readonly Measure[] {
  return T4_MEASURES[topic];
}

/** The words that set a sentence's topic, longest first so that 复议申请 is about 复议. */
export const TOPIC = /行政复议申请|复议申请|未经(?:行政)?复议(?:直接)?(?:提起|起诉)|(?:经)?复议后(?:提起|起诉|诉讼)|行政诉讼|诉讼|起诉|应诉|行政复议|复议|依申请|公开申请|申请/g;

/** "复议后起诉" and "未经复议直接起诉" name a suit (table 四's two groups of suits), not a 复议. */
const AFTER_REVIEW = /未经(?:行政)?复议(?:直接)?(?:提起|起诉)|(?:经)?复议后(?:提起|起诉|诉讼)/g;

/** A count written in Chinese numerals: "一件", "两起". */
const CN_COUNT = /[〇零一二两三四五六七八九十百]+(?:件|起|宗|个|例)/;

export function topicBefore(text: string, pos: number): Topic | null {
  let topic: Topic | null = null;
  let review = false;
  let suit = false;
  TOPIC.lastIndex = 0;
  for (let m = TOPIC.exec(text); m && m.index < pos; m = TOPIC.exec(text)) {
    const w = m[0];
    if (/复议后|未经/.test(w)) (topic = 'suit'), (suit = true); // 复议后起诉, 未经复议直接起诉: suits
    else if (/复议/.test(w)) (topic = 'review'), (review = true);
    else if (/诉讼|起诉|应诉/.test(w)) (topic = 'suit'), (suit = true);
    else topic = 'apply';
  }
  if (review && suit && (topic === 'review' || topic === 'suit')) {
    // "复议351件，其中…；诉讼46件，其中…纠正5件": the ；-clause names one of them, and its
    // figures are about that one (淮安市 2024)
    const part = text.slice(semicolonClauseStart(text, pos), pos).replace(AFTER_REVIEW, '起诉');
    if (/复议/.test(part) !== /诉讼|起诉|应诉/.test(part)) return topic;
    // "行政复议3件，行政诉讼2件，结果维持4件": a figure after both, its clause naming neither
    const clause = text.slice(lastMark(text, '，；', pos) + 1, pos);
    if (!/复议|诉讼|起诉|应诉/.test(clause)) {
      // "复议和诉讼共5件，其中行政复议3件，已审结3件": a 其中 naming one of them is the subject
      // of the ，-clauses after it
      const q = part.lastIndexOf('其中');
      const sub = q >= 0 ? part.slice(q) : '';
      if (/复议/.test(sub) !== /诉讼|起诉|应诉/.test(sub)) return /复议/.test(sub) ? 'review' : 'suit';
      return 'both';
    }
    // "行政复议和行政诉讼案件5件": the clause names both, joined
    // (not "行政复议一件、行政诉讼": a count in Chinese numerals ends the 复议's words)
    const joined = /复议([^，,；;。\d]{0,4}?)(?:和|与|及|、|或)[^，,；;。\d]{0,4}?(?:诉讼|起诉)/.exec(clause.replace(AFTER_REVIEW, '起诉'));
    if (joined && !CN_COUNT.test(joined[1] ?? '')) return 'both';
  }
  return topic;
}
/** The measure whose words stand nearest before the figure in its clause. */
export function pickMeasure(clause: string, measures: readonly Measure[]): Measure | null {
  return pickMeasureAt(clause, measures)?.measure ?? null;
}

/** pickMeasure, and where its words start and end in the clause. */
export function pickMeasureAt(clause: string, measures: readonly Measure[]): { measure: Measure; start: number; end: number } | null {
  let best: Measure | null = null;
  let bestAt = -1;
  let bestStart = -1;
  for (const m of measures) {
    m.words.lastIndex = 0;
    for (let x = m.words.exec(clause); x; x = m.words.exec(clause)) {
      if (x[0] === '') break;
      const end = x.index + x[0].length;
      if (end > bestAt) (best = m), (bestAt = end), (bestStart = x.index);
    }
  }
  return best ? { measure: best, start: bestStart, end: bestAt } : null;
}

/** Words between a measure and its figure that say nothing of what is counted. */
export const FILLER = /[的了“”"'‘’「」『』\s]|共计|合计|总计|累计|共|计|为|达|数量|总数|件数/g;

/**
 * Is what the words between a measure and its figure count a disclosure application (or
 * nothing: "办结88件")? "受理行政许可申请1200件", "不动产登记申请2563件", "收到申请人补正材料6件",
 * "延期答复告知书3件" count something else; "政府信息公开申请86件", "依申请公开事项86件",
 * "申请公开政府信息86件", "各类申请86件" count applications.
 */
export function countsApplications(between: string): boolean {
  const w = between.replace(FILLER, '');
  // (and the count's own noun, "办结量64件", "上年结转数为4件", "结转下年数为3件" — the table's headers said as prose: txt63)
  if (w === '' || /^(?:量|数)$/.test(w)) return true;
  // (申请件 and 申请数 as 申请: "依申请件35件" is, "挖掘(占用)城市道路申请件77件" is not — 咸安区城乡建设局 2025, hunt50:
  // read as 办理 and compared with 办理结果总计)
  const app = /申请[件数]?$/.exec(w);
  if (app) {
    const q = w.slice(0, app.index);
    // (and "结转上年度未办结的申请4件": those still open when carried in — recall48)
    return q === '' || /公开|信息/.test(q) || /^(?:各类|各种|相关|有关|依|(?:尚|仍)?未(?:办结|答复)|(?:正在|仍在)办理)$/.test(q);
  }
  return /公开|信息|申请/.test(w) && /(?:公开|信息|事项)$/.test(w);
}

/**
 * "受理、办理、答复依申请公开2件" (苏州市机关事务管理局 2024, hunt55), "收到并办理依申请公开24件": one count said of
 * receiving and of answering, the verbs joined by 、/和/及/并 right before it. The nearest verb (办理, 答复) is the
 * measure pickMeasureAt gives; the count is as much the one received, so either's readings fit: on a page where the
 * two differ ("受理、办理、答复…62件，办结63件", 本年新收 62) it was an error against 办理结果总计. A count that fits
 * neither is still one (its twin against 61). Only the verbs joined in one run: "收到62件，办结63件" is two counts.
 */
const RECEIVED_THEN_ANSWERED = /(?:收到|受理|接收|接到)(?:(?:、|和|及|并)(?:办理|答复|办结|处理))*(?:、|和|及|并)$/;
export function withReceivedJoined(clause: string, picked: { measure: Measure; start: number } | null): Measure | null {
  if (!picked) return null;
  const m = picked.measure;
  if ((m.id !== 'processed' && m.id !== 'handled') || !RECEIVED_THEN_ANSWERED.test(clause.slice(0, picked.start))) return m;
  const received = APPLY_MEASURES.find((x) => x.id === 'received');
  return received ? { ...m, strict: [...m.strict, ...received.strict.filter((rd) => !m.strict.some((s) => s.label === rd.label))] } : m;
}
