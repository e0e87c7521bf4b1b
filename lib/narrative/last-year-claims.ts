/**
 * Changes the text states against last year with last year's figure unsaid, about the applications
 * table 三 counts: "共收到政府信息公开申请60件，较上年增加5件", "全年受理申请859件，同比下降12.3%". The
 * report alone cannot check them (year-on-year.ts records nothing for a lone change); last year's
 * report can, and the collection holds it: lib/collect/text-change.ts compares each with last
 * year's table 三, and the batch checker's --across-years does the same over the files of a run.
 *
 * Read only where the count is this year's table-三 figure beyond doubt: the figure equals table
 * 三's 本年新收 total, or 新收 + 上年结转 (受理 as many reports count it), its clause names 申请 and it
 * is no part ("其中…"); the change is against 上年 (or the year before the report's, by name), not
 * 分别 of several figures, not rounded (万/亿) nor approximate. Which of the two readings holds is
 * kept: both when 上年结转 is 0.
 *
 * The same for the reviews and lawsuits table 四 counts ("被申请行政复议3件，较上年减少2件", "行政诉讼5件，
 * 同比增长25%"): the count's clause names 复议 and not 诉讼 (or 诉讼 and not 复议), no result (维持, 纠正…)
 * and equals table 四's 行政复议 总计 (or the two 行政诉讼 总计 together); kept as 'review' or 'suits'.
 * And for table 二's decisions ("办理行政许可1452件，同比增长12.3%"): the clause names one of 行政许可,
 * 行政处罚, 行政强制 and nothing of the applications, and the count equals its 处理决定数量.
 */
import type { Paragraph } from './extract-prose.ts';
import { isCount, semicolonClauseStart, type SentenceFigures } from './figures-in-text.ts';
import { COMPARE, readChangeClaim, changeSign } from './year-on-year.ts';
import type { Dec } from './decimal.ts';
import { quoteSpan } from './quote.ts';
import { changeAfterCountWords, countBeforeSubsetParen, countWordsEnd, topicClausesBetween } from './change-after-clauses.ts';
import { closeParen } from './base-year.ts';
import { DECISION_ITEMS, type LastYearReading } from './last-year-readings.ts';
import { OTHER_LAST_YEAR_WORK } from './other-work.ts';

export type { LastYearReading } from './last-year-readings.ts';

export interface LastYearClaim {
  /** what the count is read as: 本年新收, or 本年新收 + 上年结转 (both when 上年结转 is 0); or table 四's reviews or suits, table 二's decisions */
  readings: LastYearReading[];
  /** this year's count as the text says it */
  value: number;
  /** the change in count, signed ("增加5件" 5, "减少3件" −3), when said */
  amount: number | null;
  /** the change in percent as printed, signed ("下降12.3%" "-12.3"), when said */
  pct: string | null;
  /** the text of the claim on the page, from the count to the change */
  quote: string;
}

/** The comparison's base: last year, however said (a named year must be the report's less one). */
const LAST_YEAR_BASE = /^(?:较|比|与)(?:上年|上一年|去年|上年度|上一年度|前一年|同期|(\d{4})\s*年)|^同比$/;

/** A count that is a part of a wider one in its sentence: "…，其中网上申请60件，较上年增加…". */
const PART_BEFORE = /其中|包括|含/;


/** What a decision's clause may name that is not the decisions table 二 counts: "撤销行政许可3件", "行政许可事项". */
const NOT_DECISIONS = /撤销|注销|吊销|变更|延续|听证|事项|清单|申请|复议|诉讼|起诉|信息公开/;

/** A review's or suit's result, not the count of them: "行政复议被纠正1件", "行政诉讼败诉0件". */
const CASE_RESULT = /维持|纠正|撤销|确认违法|败诉|胜诉|驳回|审结|结案|尚未|终止/;

/**
 * A count of the cases the body took in or heard as the review body or the court, not those brought
 * against it ("新受理行政复议案件151件", "全市新收行政复议申请8745件", "新收一审行政诉讼案件3362件"): a
 * 司法局's or a government's own review work, or a court's. Read as table 四's only where the clause
 * says the cases are about the disclosure or brought against the body.
 */
const HANDLED = /受理|新收|收案|需办理|审理|审结|办结|一审|二审/;
const AGAINST_BODY = /信息公开|被申请|被提起|被诉|被告/;

/** Words that name the applications again at the head of the change's clause: "…方面，申请数量比去年…". */
const APPLICATIONS_AGAIN = /申请(?:数)?量|申请数(?:量)?|申请件数/;

/** A number of the figures, when it is one (a blank or a missing cell is none). */
function countOf(figures: Readonly<Record<string, number | null | undefined>>, key: string): number | null {
  const v = figures[key];
  return typeof v === 'number' ? v : null;
}

/**
 * What the count in `clause` may be of this year's figures, by the words of its clause: the
 * applications' (table 三), or table 四's reviews or suits. Empty: none beyond doubt.
 */
function readingsOf(clause: string, value: number, figures: Readonly<Record<string, number | null | undefined>>): LastYearReading[] {
  if (PART_BEFORE.test(clause) || OTHER_LAST_YEAR_WORK.test(clause)) return [];
  const items = DECISION_ITEMS.filter((d) => clause.includes(d.word));
  if (items.length > 0) {
    // "行政许可、行政处罚共…" names two rows; "撤销行政许可", "行政许可事项" another count
    if (items.length > 1 || NOT_DECISIONS.test(clause)) return [];
    const d = items[0]!;
    return value === countOf(figures, `t2.${d.reading}.decisions`) ? [d.reading] : [];
  }
  const review = clause.includes('复议');
  const suits = clause.includes('诉讼') || clause.includes('起诉');
  const readings: LastYearReading[] = [];
  if (review || suits) {
    // "行政复议、行政诉讼各1件" or "复议后起诉": not one count of table 四 beyond doubt
    if (review === suits || CASE_RESULT.test(clause)) return [];
    if (HANDLED.test(clause) && !AGAINST_BODY.test(clause)) return [];
    if (review && value === countOf(figures, 't4.review.total')) readings.push('review');
    const direct = countOf(figures, 't4.suitDirect.total');
    const after = countOf(figures, 't4.suitAfterReview.total');
    if (suits && direct !== null && after !== null && value === direct + after) readings.push('suits');
    return readings;
  }
  if (!clause.includes('申请')) return [];
  const fresh = countOf(figures, 't3.new.total');
  const carried = countOf(figures, 't3.carried.total');
  if (fresh === null) return [];
  if (value === fresh) readings.push('new');
  if (carried !== null && value === fresh + carried) readings.push('newAndCarried');
  return readings;
}

/** A printed number with the decimals it was printed with ("24.0" stays "24.0": its digits set the rounding). */
function printedText(d: Dec): string {
  const digits = (d.n < 0n ? -d.n : d.n).toString().padStart(d.d + 1, '0');
  return d.d === 0 ? digits : `${digits.slice(0, -d.d)}.${digits.slice(-d.d)}`;
}

export function lastYearClaims(
  sentences: readonly SentenceFigures[],
  paragraphs: readonly Paragraph[],
  figures: Readonly<Record<string, number | null | undefined>>,
  year: number | null,
): LastYearClaim[] {
  // what the text says of last year is no finding of this report: a reading that throws keeps nothing
  try {
    return readClaims(sentences, paragraphs, figures, year);
  } catch {
    return [];
  }
}

function readClaims(
  sentences: readonly SentenceFigures[],
  paragraphs: readonly Paragraph[],
  figures: Readonly<Record<string, number | null | undefined>>,
  year: number | null,
): LastYearClaim[] {
  // a report without table 三 has no table 四 read either (a prose-only report)
  if (typeof figures['t3.new.total'] !== 'number') return [];
  const out: LastYearClaim[] = [];
  for (const s of sentences) {
    if (s.figures.length < 2 || !/申请|复议|诉讼|行政许可|行政处罚|行政强制/.test(s.text)) continue;
    COMPARE.lastIndex = 0;
    for (let m = COMPARE.exec(s.text); m; m = COMPARE.exec(s.text)) {
      const base = LAST_YEAR_BASE.exec(m[0]);
      if (!base || (base[1] && (year === null || Number(base[1]) !== year - 1))) continue;
      if (s.text.slice(Math.max(0, m.index - 1), m.index) === '占') continue;
      const at = m.index;
      // (the change of a count a 含 parenthesis qualifies: "2076件(含2022年结转67件),…,申请数量比去年…", change-after-clauses.ts)
      const owned = countBeforeSubsetParen(s, at);
      const c = readChangeClaim(s, at, at + m[0].length, owned?.f ?? null);
      if (!c || c.prev || c.direction || (!c.amount && !c.pct)) continue;
      if (c.baseYear && (year === null || c.baseYear !== year - 1)) continue;
      const cur = c.cur;
      if (!isCount(cur) || cur.ulp || cur.unit !== '件' || cur.value.d !== 0) continue;
      if (c.amount && (c.amount.approx || c.amount.ulp || c.amount.unit !== '件' || c.amount.value.d !== 0)) continue;
      if (c.pct && (c.pct.approx || c.pct.unit !== '%')) continue;
      // the count's own clause names the applications (or reviews, or suits) and is no part of another count
      const clause = s.text.slice(semicolonClauseStart(s.text, cur.start), cur.start);
      // the count is this year's: not in a parenthesis ("与上年（56件）持平") nor after a base of its own
      if (cur.paren !== null || /上年|去年|上一年|同期|同比/.test(clause)) continue;
      // the change is the count's: nothing between them but a comma, or 申请量 after a count received
      // ("答复263件，申请量比上年上升1.52%" changes the applications, not the 263 replied)
      const countEnd = owned ? owned.after : cur.end;
      const between = s.text.slice(countEnd, at).replace(/^[\s，,、]+/u, '');
      const applicationsAfter = /^申请(?:数)?量|^申请数/u.test(between) && /收|受理|接收|申请\S{0,6}$/u.test(cur.label) && !/复议|诉讼|起诉|行政许可|行政处罚|行政强制/.test(clause);
      // or the change in a parenthesis right after the count ("收到申请1182件（同比增长0.4%）"), or after
      // figure-free ，-clauses about it ("62件，主要涉及…方面，较上年增加5件": change-after-clauses.ts)
      const inParen = !owned && /^[（(]$/u.test(between) && c.cur.paren === null;
      const received = /收|受理|接收|申请\S{0,6}$/u.test(cur.label) && !/复议|诉讼|起诉|行政许可|行政处罚|行政强制/.test(clause);
      const apart = topicClausesBetween(s.text, countEnd, at, received ? APPLICATIONS_AGAIN : null) || (!owned && changeAfterCountWords(s.text, countEnd, at));
      if (between !== '' && !applicationsAfter && !inParen && !apart) continue;
      const value = Number(cur.value.n);
      // (a count said to hold those carried in is 新收 + 上年结转 only)
      // (the applications' noun after the count is its clause's too: "共受理36件政府信息公开申请（…），同比…", left57)
      const readings = readingsOf(clause + s.text.slice(cur.end, countWordsEnd(s.text, cur.end)).replace(/[（(].*$/u, ''), value, figures).filter((r) => !owned?.carriedIn || r === 'newAndCarried');
      if (readings.length === 0) continue;
      const amount = c.amount ? changeSign(c.amount.change ?? '') * Number(c.amount.value.n) : null;
      const pct = c.pct ? `${changeSign(c.pct.change ?? '') < 0 ? '-' : ''}${printedText(c.pct.printed)}` : null;
      const last = [c.amount, c.pct].filter((f) => f !== null).sort((a, b) => b!.end - a!.end)[0]!;
      // (a change in a parenthesis is quoted to its close: "1182件（同比增长0.4%）")
      const end = last.paren !== null ? closeParen(s.text, last.end) : last.end;
      out.push({ readings, value, amount, pct, quote: quoteSpan(paragraphs, { s, f: cur }, { s, f: { ...last, end } }) });
    }
  }
  return out;
}
