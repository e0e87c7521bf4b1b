/**
 * Counts written in Chinese numerals: "共收到政府信息公开申请三件，其中予以公开两件", "行政复议一件",
 * "十二件". Small bodies write their small counts this way.
 *
 * Chinese numerals stand in many words that are no count, so one is read only when all of these hold:
 * - it is a count, 零/〇, 一…九十九 or 两, or 一百…九千九百九十九 written out as the number is
 *   (一百零五, 四百一十二; not 一百二, 十四五, 二〇二三, 一两件, 数十件, nor the tail of 一万二千),
 *   and no ordinal or distributive stands before it (第三, 每一件, 前三件);
 * - a counting unit follows it at once (件, 条, 项, 个, 次, 人, 场, 期, 份…), not 年/月/级/是;
 * - the claim ends there: a clause mark or the end follows ("予以公开两件，", "一件、"), or, after
 *   件, what is counted ("三件政府信息公开申请") or a result and the clause's end ("三件不予处理，"), or 和/与/及 and another count in its unit that
 *   ends so ("分别为三件和五件"). A numeral + unit + noun is a name or a slogan,
 *   not a count: 一件事一次办, 一次性, 四个意识, 三项制度, 三个工作日, 一个月, 两个维护, 十件实事,
 *   一人一档, 二期工程; so is one in quotes (“最多跑一次”), and one right after another numeral
 *   and its unit (三个一批, 一事一议);
 * - "一起" is "together" as often as one case ("与区司法局一起，对复议案件进行研判"): it counts only
 *   right after the cases it counts (复议一起, 诉讼一起, 案件一起).
 */

import { foldWideFigures } from '../text/normalize.ts';
import { findPercentWords } from './percent-words.ts';

const DIGITS = '一二三四五六七八九';

/**
 * A count in Chinese numerals (0–9999), or null: "十二" = 12, "两" = 2, "一百零五" = 105, "四百一十二"
 * = 412, "两千" = 2000 (red team 31: 县级部门 write their hundred-odd applications so). Above 99 only
 * the written form of its value is read (canonicalCount): "一百二" (120 or 102 to a reader), "一百十二",
 * "一千零零五" are no count, nor is a bare "百" or "千" (百件实事).
 */
export function readChineseCount(s: string): number | null {
  if (s === '零' || s === '〇') return 0;
  if (s === '两') return 2;
  const d = (c: string | undefined): number => (c === undefined ? 0 : DIGITS.indexOf(c) + 1);
  if (s.length === 1) return s === '十' ? 10 : d(s) || null;
  if (/[百千]/.test(s)) return readHundreds(s.replace(/两(?=[百千])/g, '二'));
  const m = /^([二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  return (m[1] ? d(m[1]) : 1) * 10 + d(m[2]);
}

const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 100–9999 written out: read loosely, kept only where the value written out gives the same words. */
function readHundreds(s: string): number | null {
  let value = 0;
  let digit = -1;
  for (const c of s) {
    if (c === '零' || c === '〇') { if (digit >= 0) return null; continue; }
    const place = PLACES[c];
    if (place !== undefined) {
      if (digit < 0) return null; // "百", "一百十二": a place with no digit before it
      value += digit * place;
      digit = -1;
      continue;
    }
    const k = DIGITS.indexOf(c);
    if (k < 0 || digit >= 0) return null;
    digit = k + 1;
  }
  if (digit >= 0) value += digit;
  return value >= 100 && canonicalCount(value) === s ? value : null;
}

/** 100–9999 as written out: 105 一百零五, 112 一百一十二, 1050 一千零五十, 2000 二千. */
function canonicalCount(n: number): string {
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((x, i) => {
    const place = ['', '十', '百', '千'][ds.length - 1 - i] as string;
    if (x === 0) { zero = out !== ''; return; }
    if (zero) out += '零';
    zero = false;
    out += (DIGITS[x - 1] as string) + place;
  });
  return out;
}

export interface ChineseCount {
  start: number;
  end: number;
  value: number;
  /** decimals printed (a share in words: "百分之九十五点五" 1); counts 0 */
  decimals?: number;
  unit: string;
  /** "两件以上", "三次左右", "二十三（24）件" (the words and the digits disagree) */
  approx: boolean;
}

/**
 * A run of numeral characters with a unit right after it, or its digits in brackets between
 * ("二十三（23）件"), or a share in words ("百分之七十五", percent-words.ts): the test a sentence gets first.
 */
export const CHINESE_COUNT_LIKE = /[〇零一二两三四五六七八九十百千](?:[（(][0-9０-９]+[）)])?[人件场批户家条项个次期册名份起篇宗]|百分之/;

/**
 * The numeral run, the same count in digits in brackets after it ("二十三（23）件", red team 31: a
 * 县级部门's way of writing its counts twice), the unit, 以上/左右.
 */
const COUNT = /([〇零一二两三四五六七八九十百千○]+)(?:[（(]\s*([0-9０-９]+)\s*[）)])?(人次|件次|场次|批次|户次|家次|条|件|项|个|次|人|场|期|册|家|名|份|起|批|篇|户|宗)(以上|左右)?/g;

/**
 * Before the numeral: another numeral or a 百/千/万 (the tail of a larger number: 一百二十, 二〇二三),
 * an ordinal or distributive (第, 每, 逐, 前, 后, 上, 下, 其, 之, 周, 初), an inexact lead (数, 几, 若,
 * 好), or an opening quote.
 */
const BLOCKED_BEFORE = /[〇零一二两三四五六七八九十○百千万亿几数若好第每逐前后上下其之周初“‘「『"']/;

const UNIT_CHAR = /[个件次项条人场期份名家户篇批起宗册事]/;
const NUMERAL_CHAR = /[〇零一二两三四五六七八九十○]/;

/** After unit (and 以上/左右): a clause mark, the end, or after 件 what is counted. */
const ENDS_CLAUSE = /[，,。；;、：:）)！!？?\s（(]/;
const COUNTED_AFTER_JIAN = /^的?(?:政府信息公开|信息公开|依申请公开|申请|行政复议|行政诉讼|复议|诉讼|案件)/;
/**
 * After 件, a result of table 三 and the clause's end ("其中三件不予处理，一件其他处理", "三十二件予以
 * 公开、七件部分公开": recall38b): the count of that result, written figure first.
 */
const RESULT_AFTER_JIAN = /^(?:均|已|依法)?(?:被|为|作|作出|予以)?(?:予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?:的申请)?(?=[，,。；;、]|$)/;

/**
 * After 件, where the applications were carried, after the verb before the count ("结转两件至2024年办理",
 * "结转三件至下年度继续办理": recall41, as "结转2件至2024年办理" is read, carried-after.ts).
 */
const CARRIED_AFTER_JIAN = /^(?:申请)?(?:至|到|入)\s*(?:下一?年|次年|明年|今年|\d{4}\s*年)/;
/**
 * After 件, carried on in words of their own, the count alone at its clause's head ("，三件顺延至下一年度办理",
 * "，两件结转至下年度": recall42, as "3件顺延至下一年度办理" is read, carried-split.ts carriedAfterFigure).
 */
const CARRIED_WORDS_AFTER_JIAN = /^(?:申请)?(?:结转|顺延|转入)(?:至|到|入)?\s*(?:下一?年|次年|明年|\d{4}\s*年)/;
const CLAUSE_HEAD_BEFORE = /(?:^|[，,；;。])\s*(?:另有|还有|尚有|另)?$/;
const CARRIED_VERB_BEFORE = /(?:结转|顺延)$/;

/**
 * Between two counts of one list ("分别为三件和五件"): a joining word and nothing else. The count
 * before it ends its claim when the count after it does, in the same unit.
 */
/** What "一起" counts when it is a count: "行政复议一起", "行政诉讼案件一起", "被起诉一起". */
const ONE_CASE_BEFORE = /(?:复议|诉讼|起诉|案件)$/;

const LIST_JOINER = /^(?:和|与|及|以及)$/;

/**
 * Last year's count a change is read against, its change's verb right after it ("较上年的九场增加三场",
 * "比2021年五件减少两件": txt72, as "较上年的9场增加3场" is read by year-on-year.ts): a count all the same.
 */
const BASE_BEFORE = /(?:较|比)(?:上年|去年|上一年度?|[0-9０-９]{4}\s*年)(?:同期)?的?$/;
const CHANGE_AFTER = /^(?:相比)?[，,]?\s*(?:增加|减少|增长|下降|多|少)/;

/** The Chinese-numeral counts of a sentence, in order. */
export function findChineseCounts(text: string): ChineseCount[] {
  if (!CHINESE_COUNT_LIKE.test(text)) return [];
  const out: ChineseCount[] = [];
  // counts that would end their claim if a joined count after them is one ("三件" of "三件和五件")
  const pending: ChineseCount[] = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    const unit = m[3] ?? '';
    const run = m[1] ?? '';
    const value = readChineseCount(run);
    if (value === null) continue;
    // "二十三（23）件": one count written twice; where the two disagree it is no figure to compare
    const twice = m[2] === undefined ? null : Number(foldWideFigures(m[2]));
    const mark = m[4];
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && BLOCKED_BEFORE.test(text[start - 1] ?? '')) continue;
    // "三个一批", "一人一档", "一事一议": a numeral after a numeral and its unit is a slogan's
    if (start > 1 && UNIT_CHAR.test(text[start - 1] ?? '') && NUMERAL_CHAR.test(text[start - 2] ?? '')) continue;
    // "一起" is also "together" ("与区司法局一起，对…研判"): a count only right after the cases it counts
    if (run === '一' && unit === '起' && !ONE_CASE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    const next = text[end];
    const ends = next === undefined || ENDS_CLAUSE.test(next);
    const count = { start, end, value, unit, approx: mark !== undefined || (twice !== null && twice !== value) };
    if (!ends && !(BASE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && CHANGE_AFTER.test(text.slice(end, end + 6))) && !(unit === '件' && mark === undefined && (COUNTED_AFTER_JIAN.test(text.slice(end, end + 8)) || RESULT_AFTER_JIAN.test(text.slice(end, end + 12)) || (CARRIED_VERB_BEFORE.test(text.slice(0, start)) && CARRIED_AFTER_JIAN.test(text.slice(end, end + 12))) ||
      (CLAUSE_HEAD_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && CARRIED_WORDS_AFTER_JIAN.test(text.slice(end, end + 14)))))) {
      if (mark === undefined) pending.push(count);
      continue;
    }
    out.push(count);
  }
  const shares = text.includes('百分之') ? findPercentWords(text) : [];
  if (shares.length > 0) {
    out.push(...shares);
    out.sort((a, b) => a.start - b.start);
  }
  if (pending.length === 0) return out;
  // right to left, so that "一件和两件和三件" joins each to the next
  for (let i = pending.length - 1; i >= 0; i--) {
    const p = pending[i] as ChineseCount;
    const after = out.find((c) => c.start > p.start);
    if (!after || after.unit !== p.unit || after.approx || !LIST_JOINER.test(text.slice(p.end, after.start))) continue;
    out.push(p);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
