/**
 * Figures in sentences: "４２件", "250.4万元", "36.28%", "4.2余万人次" — and what is not a figure:
 * years and dates, phone numbers and postcodes, document numbers (〔2019〕32号), URLs, ordinals
 * (第20条), and any number without a unit (12345热线, 3.15消费者权益日).
 *
 * Each quirk has its own named helper with a table-driven test (STYLE.md, after statcheck).
 * Positions are kept in the sentence as it stands on the page, so that a quote can be cut out of
 * it with the original characters (full-width digits included).
 */
import { toDec, type Dec } from './decimal.ts';
import { verbAfterPercent } from './percent-before-verb.ts';
import { CHINESE_COUNT_LIKE, findChineseCounts, readChineseCount, type ChineseCount } from './chinese-numerals.ts';
import { foldWideFigures } from '../text/normalize.ts';
import { notFigureMask } from './not-figures.ts';
import { shareAfterLastYears } from './share-from-to.ts';
import { lastMark } from '../text/marks.ts';

export { readChineseCount } from './chinese-numerals.ts';
export { NOT_FIGURE_SPANS, notFigureMask } from './not-figures.ts';
export { clauseBefore, isClauseMark } from './clause-marks.ts';

export interface TextFigure {
  /** the figure as on the page, number and unit: "４２件", "250.4万元" */
  raw: string;
  /** exact value in the base unit (万 and 亿 expanded) */
  value: Dec;
  /** the number as printed, without 万/亿 (what a percentage's digits are) */
  printed: Dec;
  /** base unit: 件, 条, 项, 个, 元, %, 百分点, … */
  unit: string;
  /** "60余条", "近百", "90%以上": not a figure to do arithmetic on */
  approx: boolean;
  /**
   * a 万/亿 figure is rounded to its last printed digit: "1.2万条" stands for value ± ulp/2
   * (11500 to 12500), ulp = 10^scale / 10^decimals; null for a count printed in full
   */
  ulp: Dec | null;
  /** offsets in the sentence: [start, end) covers number and unit */
  start: number;
  end: number;
  /** the words before it: since the previous figure or the last clause mark */
  label: string;
  /** index of the ；-clause of the sentence it stands in */
  clause: number;
  /** a percentage introduced by 占/占比 */
  share: boolean;
  /** for a share "占全部申请的82%": the words naming the whole ("全部申请"), else '' */
  shareOf: string;
  /** the change verb right before it (增加, 减少, 增长, 下降, …), or null */
  change: string | null;
  /** inside （…）: the words the parenthesis opens with ("含", "其中", "核准") */
  paren: string | null;
}

export interface SentenceFigures {
  para: number;
  seq: number;
  /** the sentence with full-width digits folded (extract-prose.ts) */
  text: string;
  /** the sentence as the page shows it, where that differs from text: what quotes are cut from */
  shown: string | undefined;
  /** where the sentence starts in its paragraph */
  offset: number;
  figures: TextFigure[];
  /** the paragraph's first sentence, a table between it and the paragraph before (extract-prose.ts) */
  afterTable?: true;
}

/** Full-width digits and marks folded to ASCII one for one (lib/text/normalize.ts foldWideFigures). */
export const foldForFigures = foldWideFigures;

/**
 * A number not glued to letters, codes or other digits ("QZ02101", "0830-…" are not figures).
 * Thousands in groups of three, with "," or the full-width "，" a portal's editor leaves ("共收到申请
 * 1，234件", red team 17); in a list (LIST_BEFORE) "1，234件" is two figures (listTail). A space
 * (an NBSP or thin space, collapsed to one by the prose) between groups of three is one too:
 * "1&nbsp;268件" is 1268, as the reader reads it, where it was read as 268 (red team 18).
 */
const NUMBER = /(?<![\dA-Za-z._\-/])(\d{1,3}(?:[,，]\d{3})+|\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:\.(\d+))?/g;

/** Words before a list of figures: "分别为1，234件" lists 1 and 234, no thousands. */
const LIST_BEFORE = /分别|各(?:为|是|有|达|计)?\s*$|依次/;

/**
 * A number right after another number and a comma ("分别为2，3件", the unit written once): a list's
 * tail, no figure of its own (red team 17: it was read as 3 of 复议 and 诉讼 together); the list is
 * respectively.ts's to read.
 */
function listTail(folded: string, start: number, mask: readonly boolean[]): boolean {
  let j = start - 1;
  while (j >= 0 && folded[j] === ' ') j--;
  if (folded[j] !== '，' && folded[j] !== ',') return false;
  j--;
  while (j >= 0 && folded[j] === ' ') j--;
  const c = folded.charCodeAt(j);
  return c >= 0x30 && c <= 0x39 && !mask[j];
}

/**
 * Is the figure at [start, end) an item of a list whose items each carry their unit: another
 * figure joined to it by 、/和/与/及 right after its unit, or one before it ("1，029件、1，023件")?
 */
function inListOfUnits(folded: string, start: number, end: number): boolean {
  return /^\s*(?:、|和|与|以及|及)\s*\d/.test(folded.slice(end, end + 6)) || /[件条项个次起]\s*(?:、|和|与|以及|及)\s*$/.test(folded.slice(Math.max(0, start - 6), start));
}

/**
 * A number read across one full-width comma whose first group has two or three digits ("受理申请
 * 120，135件"): a thousands separator (120135) or two figures with their unit written once (120 and
 * 135); a careful reader cannot tell, so it is no figure to do arithmetic on (approx), never
 * compared (red team 18: read as 120135, it was flagged against 新收 120). "1，762件" (one digit
 * before the comma) and "12，345，678条" (several groups) are thousands.
 */
function twoFiguresOrOne(digits: string): boolean {
  const wide = digits.indexOf('，');
  return wide >= 2 && digits.indexOf('，', wide + 1) < 0;
}

/**
 * What may follow a number: 余/多, 万/亿, the unit, 以上/左右. The unit is required: a number
 * with none is a code, a name or a label, not a figure. Sticky: tried right where a number ends.
 * A 多/余 after the unit and before another number is that number's: "比上年的55件多5件" says 5
 * more than 55 (red team 10b, page 77), not "55 odd".
 */
const SUFFIX = /\s?(余|多)?(万|亿)?(余|多)?(个百分点|百分点|%|元|人次|家次|批次|场次|件次|户次|条|件|项|个|次|人|场|期|册|家|名|份|起|批|篇|所|户|台|套|宗)(以上|左右|以下|(?:多|余)(?![\d０-９一二三四五六七八九十两]))?/y;

/**
 * NUMBER followed at once by SUFFIX, as one test: every figure findFigures keeps matches it, so a
 * sentence it does not match has none (most sentences with digits hold only dates and years),
 * and the number-by-number walk with its match objects is skipped.
 */
const FIGURE_LIKE = new RegExp(`${NUMBER.source}(?:[（(][〇零一二两三四五六七八九十百千]+[）)])?${SUFFIX.source}`);

/**
 * The same count in words in brackets right after the digits, before the unit: "共计12（十二）件"
 * (red team 31). Sticky: tried where the number ends. The figure is the digits'; where the words
 * disagree ("12（十三）件") a reader cannot tell which was meant, and it is no figure to compare.
 */
const WORDS_ECHO = /[（(]([〇零一二两三四五六七八九十百千]+)[）)]/y;

/** Words before a number that make it approximate. */
const APPROX_BEFORE = /(?:近|约|大约|将近|超过|逾|不足|不到|上万)$/;

/**
 * Clause marks, a label never runs over them: ，,；;：:（()）。！？!? (tested by code unit: a label
 * is found by stepping back one character at a time).
 */
function isLabelBreak(c: number): boolean {
  switch (c) {
    case 0xff0c: case 0x2c: case 0xff1b: case 0x3b: case 0xff1a: case 0x3a: case 0xff08: case 0x28:
    case 0x29: case 0xff09: case 0x3002: case 0xff01: case 0xff1f: case 0x21: case 0x3f:
      return true;
    default:
      return false;
  }
}

/** 占 / 占比 (and "占全部申请的") right before a percentage. */
export function readShareLead(label: string): { share: boolean; shareOf: string } {
  const m = /占(?:比|到)?(?:为|达)?([^占]{0,12}?)的?$/.exec(label) ?? (label.includes('比') ? /(?:比例|比重)(?:为|达|是)?$/.exec(label) : null);
  // "占比较上年提高3.5%" is a change of a share, not a share
  if (!m || /较|同比|环比|提高|增长|增加|下降|降低|减少/.test(m[1] ?? '')) return { share: false, shareOf: '' };
  return { share: true, shareOf: (m[1] ?? '').replace(/^[总全]?$/, '') };
}

/**
 * The change verb right before a figure: "减少2项", "增长17.49%", "比上年增加11935条", "同比增量29条"
 * (hunt39: a real 2017 镇 report, "主动公开信息共137条，同比增量29条。其中…" read the 其中 as of 29),
 * and the rate named as such, "减少1件，下降率为6.25%" (hunt51: 东台市文广旅局 2023, its rate was read as no change).
 */
export function readChangeVerb(label: string): string | null {
  const m = /(增加|减少|增长|下降|降低|提高|上升|减少了|增加了|增长了|下降了|增幅|降幅|减幅|增量|减量|增长率|下降率|增加率|减少率|降低率|上升率)(?:了|为|达|约)?$/.exec(label);
  if (m) return (m[1] ?? '').replace(/了$/, '');
  // "比上年多156条", "同比少12件", "较上年1100条多156条" (its label is only "多"): a difference,
  // never last year's figure. 多 before a number says nothing else ("12多件" puts it after)
  // ("较多"/"比较少" are no comparison)
  const d = /(?:同比|环比|(?:较|比)(?!较)[^，,；;。：:多少]{1,12}?|^)(多|少)(?:了|出)?$/.exec(label);
  return d ? (d[1] as string) : null;
}

/**
 * The change a figure states: its own verb, or, right after a change figure of its unit and a
 * 、 ("分别较上年增加7件、1件"), that figure's verb: a change too, never a count.
 */
export function changeOf(label: string, prev: Pick<TextFigure, 'change' | 'unit'> | undefined, unit: string): string | null {
  const own = readChangeVerb(label);
  if (own !== null || !prev || prev.change === null || prev.unit !== unit) return own;
  return /^[、和及与]$/.test(label) ? prev.change : null;
}

/** The parenthesis a position stands in, and the words it opens with ("含", "其中", "不含"). */
export function enclosingParen(text: string, pos: number): string | null {
  let depth = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x29 || c === 0xff09) depth++; // ) ）
    else if (c === 0x28 || c === 0xff08) { // ( （
      if (depth === 0) return text.slice(i + 1, Math.min(pos, i + 7));
      depth--;
    }
  }
  return null;
}

/**
 * Every figure in digits has a digit, half or full width; a sentence with none may only hold a
 * count in Chinese numerals (CHINESE_COUNT_LIKE).
 */
const ANY_DIGIT = /[0-9\uff10-\uff19]/;

/**
 * A parenthesis that makes its figures a subset of the figure before it: "办结91件（含上年结转5件）",
 * "同意公开53件（包含部分公开11件）". The shares and the table comparison read it alike.
 */
export const SUBSET_PAREN = /^\s*(?:含|不含|包括|包含|其中)/;

/** Where the ；-clause holding text[pos] begins: just after the last ；/; before pos, else 0. */
export const semicolonClauseStart = (text: string, pos: number): number => lastMark(text, '；;', pos - 1) + 1;

/**
 * Builds the figures of one sentence in order, reading their labels, ；-clauses and parentheses
 * as it goes. clauseIndex and enclosingParen are read forward once over the sentence rather than
 * from its start (or back to it) for every figure: figures come in order, and the ；count and
 * the parentheses still open at a figure are those at the previous one plus what lies between.
 * Unmatched parentheses pair up the same way read in either direction, so the innermost open one
 * is the one enclosingParen finds (narrative-reference.test.ts compares the two).
 */
class FigureList {
  readonly out: TextFigure[] = [];
  private readTo = 0;
  private clause = 0;
  private readonly open: number[] = [];
  constructor(private readonly text: string) {}

  /** The counts in Chinese numerals from the k-th on that start before pos; returns the next k. */
  pushCounts(counts: readonly ChineseCount[], k: number, pos: number, mask: readonly boolean[]): number {
    for (; k < counts.length && (counts[k] as ChineseCount).start < pos; k++) {
      const c = counts[k] as ChineseCount;
      if (mask[c.start]) continue; // in a title: 《关于做好三项工作的通知》
      const v = toDec(c.value, c.decimals ?? 0);
      this.push(c.start, c.end, v, v, c.unit, c.approx, null);
    }
    return k;
  }

  push(start: number, end: number, value: Dec, printed: Dec, unit: string, approxMark: boolean, ulp: Dec | null): void {
    const { text, out, open } = this;
    // the label: back to the previous figure or the last clause mark, whichever is nearer
    const prevEnd = out.length > 0 ? (out[out.length - 1]?.end ?? 0) : 0;
    let ls = start;
    while (ls > prevEnd && !isLabelBreak(text.charCodeAt(ls - 1))) ls--;
    const label = text.slice(ls, start).trim();
    const approx = approxMark || APPROX_BEFORE.test(label);
    const moved = shareAfterLastYears(out[out.length - 1], label, unit, unit === '%' ? readShareLead(label) : { share: false, shareOf: '' }); // ("占比由上年的45.3%提高到50.8%")
    const shareLead = moved.lead;
    if (moved.prev !== out[out.length - 1]) out[out.length - 1] = moved.prev as TextFigure;
    for (; this.readTo < start; this.readTo++) {
      const c = text.charCodeAt(this.readTo); // folding keeps these marks: text and folded agree on them
      if (c === 0xff1b || c === 0x3b) this.clause++; // ； ;
      else if (c === 0x28 || c === 0xff08) open.push(this.readTo); // ( （
      else if ((c === 0x29 || c === 0xff09) && open.length > 0) open.pop(); // ) ）
    }
    const paren = open.length > 0 ? (open[open.length - 1] as number) : -1;
    out.push({
      raw: text.slice(start, end).trim(),
      value,
      printed,
      unit,
      approx,
      ulp,
      start,
      end,
      label,
      clause: this.clause,
      share: shareLead.share,
      shareOf: shareLead.shareOf,
      change: changeOf(label, out[out.length - 1], unit) ?? (unit === '%' ? verbAfterPercent(text, end, label) : null),
      paren: paren < 0 ? null : text.slice(paren + 1, Math.min(start, paren + 7)),
    });
  }
}

const NO_COUNTS: readonly ChineseCount[] = [];

/**
 * The figures of a sentence, in order: in digits, and counts in Chinese numerals ("三件").
 * `mayHoldChinese` false says the caller knows the sentence holds no Chinese numeral before a
 * unit (its paragraph does not), and saves the test.
 */
export function findFigures(text: string, mayHoldChinese = true): TextFigure[] {
  const digits = ANY_DIGIT.test(text);
  const counts = mayHoldChinese && CHINESE_COUNT_LIKE.test(text) ? findChineseCounts(text) : NO_COUNTS;
  if (!digits && counts.length === 0) return [];
  const folded = digits ? foldForFigures(text) : text;
  if (counts.length === 0 && !FIGURE_LIKE.test(folded)) return [];
  // most numbers in prose are dates and years with no unit: the spans that are not figures are
  // only worked out once a number with a unit turns up
  let mask: boolean[] | null = counts.length > 0 ? notFigureMask(folded) : null;
  const list = new FigureList(text);
  let k = 0; // the next count in Chinese numerals, pushed once the digits reach past it
  if (digits) {
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(folded); m; m = NUMBER.exec(folded)) {
      const start = m.index;
      SUFFIX.lastIndex = start + m[0].length;
      let s = SUFFIX.exec(folded);
      let echo: number | null = null;
      if (!s && (folded[start + m[0].length] === '（' || folded[start + m[0].length] === '(')) {
        WORDS_ECHO.lastIndex = start + m[0].length;
        const w = WORDS_ECHO.exec(folded);
        echo = w ? readChineseCount(w[1] ?? '') : null;
        if (echo === null) continue;
        SUFFIX.lastIndex = WORDS_ECHO.lastIndex;
        s = SUFFIX.exec(folded);
      }
      if (!s) continue;
      mask ??= notFigureMask(folded);
      if (mask[start]) continue;
      const digitsOf = m[1] ?? '';
      const end = SUFFIX.lastIndex;
      // "分别为1，234件": two figures of a list, not one number; its tail is no figure (listTail).
      // But in a list whose items carry their unit ("分别为1，029件、1，023件"), the comma is inside
      // an item: a thousands separator (red team 18)
      const wide = digitsOf.indexOf('，');
      const unitItem = wide > 0 && inListOfUnits(folded, start, end);
      if (wide > 0 && !unitItem && LIST_BEFORE.test(/[^；;。！？]*$/.exec(folded.slice(0, start))?.[0] ?? '')) {
        NUMBER.lastIndex = start + wide;
        continue;
      }
      if (listTail(folded, start, mask)) continue;
      const intDigits = digitsOf.includes(',') || digitsOf.includes(' ') || wide > 0 ? digitsOf.replace(/[,， ]/g, '') : digitsOf;
      const frac = m[2] ?? '';
      const num = Number(frac ? `${intDigits}.${frac}` : intDigits);
      if (!Number.isFinite(num)) continue;
      const scale = s[2] === '万' ? 4 : s[2] === '亿' ? 8 : 0;
      if (k < counts.length) k = list.pushCounts(counts, k, start, mask);
      list.push(
        start,
        end,
        toDec(num, frac.length, scale),
        toDec(num, frac.length),
        s[4] === '个百分点' ? '百分点' : (s[4] ?? ''),
        Boolean(s[1] || s[3] || s[5]) || (wide > 0 && !unitItem && twoFiguresOrOne(digitsOf)) || (echo !== null && (echo !== num || frac !== '' || scale !== 0)),
        scale === 0 ? null : { n: 10n ** BigInt(scale), d: frac.length },
      );
    }
  }
  if (k < counts.length) list.pushCounts(counts, k, Infinity, mask as boolean[]);
  return list.out;
}

/** A count figure fit for sums: exact, not a percentage, not a change amount. */
export function isCount(f: TextFigure): boolean {
  return !f.approx && f.unit !== '%' && f.unit !== '百分点' && f.change === null;
}

/**
 * The figures of each sentence. Given the paragraphs the sentences were cut from (extractProse),
 * a paragraph with no digit and no Chinese numeral before a unit is dismissed with two tests: its
 * sentences hold no figure, and a test a paragraph costs less than one a sentence. (Searching the paragraph for where a
 * figure may start was tried: that pattern, with no literal to look for, cost more than the
 * tests it saved.)
 */
export function analyseSentences(
  sentences: readonly { para: number; seq: number; text: string; shown?: string | undefined; offset: number; afterTable?: true }[],
  paragraphs?: readonly { text: string }[],
): SentenceFigures[] {
  let para = -1;
  let digits = true;
  let chinese = true;
  // written out rather than spread: V8's object spread cost ~0.4 µs a sentence here
  return sentences.map((s) => {
    if (paragraphs && s.para !== para) {
      para = s.para;
      const p = paragraphs[para];
      digits = p === undefined || ANY_DIGIT.test(p.text);
      // counts in Chinese numerals are rare: tested once a paragraph, not again in its sentences
      chinese = p === undefined || CHINESE_COUNT_LIKE.test(p.text);
    }
    const out: SentenceFigures = { para: s.para, seq: s.seq, text: s.text, shown: s.shown, offset: s.offset, figures: digits || chinese ? findFigures(s.text, chinese) : [] };
    if (s.afterTable) out.afterTable = true;
    return out;
  });
}
