/**
 * The completion rate (rule text.share): "全年受理申请12件（含上年结转0件），办结12件，办结率83.3%"
 * (red team 10, page 30: 12 ÷ 12 is 100%). A rate is a share of a whole: 办结 ÷ 受理.
 *
 * Every reading a careful reader accepts is tried, and only a rate none fits is flagged:
 * - the sentence's own figures: each 办结 (or 答复) count before the rate against each count
 *   before it that can be its base (受理, 收到, 应办结, 工单…), and that count plus a 上年结转
 *   stated beside it ("收到45件，上年结转1件"): a rate wrong against the figures its own sentence
 *   names is an error (red team 10, page 02: "工单3,456件，办结3,449件，办结率99.8%" holds);
 * - table 三, for a sentence about disclosure applications of the body itself, this year:
 *   办结 (三（七）总计) ÷ (新收 + 上年结转), ÷ 新收, ÷ (办结 + 结转下年度). A rate that fits none is a
 *   warning: the text did not name its base. "办结率100%" where what is left was carried into next
 *   year (办结 + 结转下年度 = 新收 + 上年结转) may mean that nothing fell due unanswered: not judged.
 * 按时/按期/及时 办结率, 满意率, 公开率 are other rates and are not read; 答复率 is read as 办结率
 * only in a sentence about applications ("依申请公开答复率达100%") and not beside the sentence's own
 * 办结率 ("办结84件，办结率97.7%，答复率100%" gives both, so they differ); 办复率 (建议、提案) never.
 */
import type { CellRef } from '../types.ts';
import { addDec, subDec, cmpDec, decToNumber, percentFits, percentText, toDec, withDecimals, type Dec } from './decimal.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, semicolonClauseStart, SUBSET_PAREN, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { withTable3 } from '../report/figures.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { aboutPartOfBody, namesWholeBefore, widerScopeBefore, type Body } from './body-part.ts';
import { CARRIED_SOURCE, LAST_YEAR, otherPeriod, withoutChangeClauses } from './period.ts';
import { paragraphAboutApplications } from './paragraph-topic.ts';
import { clauseStart, shownOf } from './quote.ts';
import { NOT_APPLICATION } from './text-vs-table.ts';
import { part, renderTextNote, said } from './note-words.ts';
import type { NotePart } from '../types.ts';
import { IN_TIME_RATE, loneClosedBefore } from './rate-after-closed.ts';
import { OTHER_RATE_WORK } from './other-work.ts';

/** 办结率 or 答复率 ending a percentage's label: "办结率", "依申请公开答复率达". */
const RATE = /(办结率|答复率)(?:为|达|达到|是)?$/;
/**
 * Other rates of the same words: on time, in time, early (提前办结率, red team 27), satisfied, and of
 * those fallen due (到期办结率: "受理408件，办结391件，到期办结率100%" — hunt35, a 2024 provincial
 * commission's report; the 17 not yet due are no base of it).
 */
const OTHER_RATE = /(?:按时|按期|及时|限时|如期|准时|提前|当日|当场|即时|现场|逾期|超期|规范|满意|期限内|时限内|期内|时间内|按规定时限|一次性|到期)(?:的)?(?:办结|答复)率/;
/** A count of what was done: "办结12件", "答复45件", "办理完毕20件" (not "应办结18件", its base). */
const DONE = { 办结率: /(?<!应|未|待)办结|办理完毕/, 答复率: /(?<!应|未|待)(?:答复|办结)|办理完毕/ } as const;
/** Words of a count that is no base: what is still open or carried on. */
const NOT_BASE = /结转下|下一?年度?|未办结|在办|正在|尚未|逾期|延期/;
const CARRIED = new RegExp(CARRIED_SOURCE);
const CARRIED_ALL = new RegExp(CARRIED_SOURCE, 'g');
/** Words that say some applications are still open (上年结转 taken out first: it is this year's row). */
const STILL_OPEN = /结转|转入|在办|正在|尚未|未办结|未到期|继续办理/;

export interface RateTables {
  figures: Readonly<Record<string, number | null>>;
  figureRefs: Readonly<Record<string, CellRef>>;
  year: number | null;
  body: Body | null;
  /** the prose says the tables are 本级's ("以下表格数据为区政府本级情况": body-part.ts saysTablesArePart) */
  partTables?: boolean;
  /** the figures (t3.*) of the page's other tables 三 (a 本级 one beside the 全区 one) */
  others?: readonly Readonly<Record<string, number | null>>[] | null;
}

interface Reading {
  done: Dec;
  base: Dec;
  /** "办结12件 ÷ 受理12件" */
  text: string;
  /** the same as a note's part (note-words.ts) */
  note: NotePart;
  cells?: CellRef[];
}

/** A reading's formula, in words and as a note's part. */
const formula = (note: NotePart): Pick<Reading, 'text' | 'note'> => ({ text: renderTextNote(note), note });

/** A figure with the last words of its label: "办结12件", "全年受理申请12件". */
function named(f: TextFigure): string {
  const words = f.label.replace(/[（(]/g, '');
  return `${words.length > 8 ? `…${words.slice(-6)}` : words}${f.raw}`;
}

/** The figures named in the sentence before the rate: each done count against each possible base. */
function sentenceReadings(s: SentenceFigures, rate: TextFigure, kind: keyof typeof DONE, asCarried: (t: string) => string = (t) => t): { done: TextFigure[]; readings: Reading[] } {
  const carriedLabel = (f: TextFigure): boolean => CARRIED.test(asCarried(f.label));
  const before = s.figures.filter((f) => f.end <= rate.start && isCount(f) && f.unit !== '%' && f.unit !== '百分点');
  const done = before.filter((f) => DONE[kind].test(f.label) && f.start >= semicolonClauseStart(s.text, rate.start));
  const readings: Reading[] = [];
  for (const d of done) {
    // (not a base of another year than the one the 办结's own words name: "全年新收申请62件，较2023年增加8件，2023年办结50件，
    // 办结率92.6%" — 2023's rate, its base unsaid; was 50 ÷ 62, an error — rt82)
    const year = yearOwn(s.text, d);
    const bases = before.filter(
      (f) => f !== d && f.unit === d.unit && !NOT_BASE.test(f.label) && !carriedLabel(f) && !DONE[kind].test(f.label) && cmpDec(f.value, d.value) >= 0 && f.value.n > 0n && (year === null || yearOwn(s.text, f) === year),
    );
    for (const b of bases) readings.push({ done: d.value, base: b.value, ...formula(part('div', named(d), named(b))) });
    // "本年收到45件，上年结转1件，办结45件": the base may be the two together
    const carried = before.filter((f) => f !== d && f.unit === d.unit && carriedLabel(f) && !(f.paren !== null && SUBSET_PAREN.test(f.paren)));
    for (const c of carried) {
      for (const b of before) {
        if (b === c || b === d || b.unit !== d.unit || carriedLabel(b) || NOT_BASE.test(b.label) || DONE[kind].test(b.label)) continue;
        const base = addDec(b.value, c.value);
        if (base.n > 0n) readings.push({ done: d.value, base, ...formula(part('divSum', named(d), named(b), named(c))) });
      }
    }
  }
  return { done, readings };
}

/** The whole year a count's own ，-clause names before it ("2023年办结50件": '2023'; not a date, "2024年12月"), or null. */
function yearOwn(text: string, f: TextFigure): string | null {
  const years = [...text.slice(clauseStart(text, f.start), f.start).matchAll(/(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g)];
  return years.length > 0 ? (years[years.length - 1]?.[1] ?? null) : null;
}

/** Words of a count, before or right after it, that say it is still open: "结转下年度3件", "3件结转下年度". */
const OPEN_AFTER = /^(?:申请)?(?:结转下|结转至|转入下|未办结|正在|尚未|在办|继续办理)/;

/**
 * "收到申请90件，结转下年度3件，办结率96.7%": no 办结 count, but a base and what is still open
 * make one: (90 − 3) ÷ 90, and with a 上年结转 beside them (90 + 4 − 3) ÷ (90 + 4). A reading of
 * the writer's arithmetic, not a figure the text names: held as table 三's readings are (claims12).
 */
function openReadings(s: SentenceFigures, rate: TextFigure, kind: keyof typeof DONE, bases: readonly TextFigure[]): Reading[] {
  const from = semicolonClauseStart(s.text, rate.start);
  const before = s.figures.filter((f) => f.start >= from && f.end <= rate.start && isCount(f));
  if (before.some((f) => DONE[kind].test(f.label))) return [];
  const open = before.filter((f) => NOT_BASE.test(f.label) || OPEN_AFTER.test(s.text.slice(f.end)));
  const carried = before.filter((f) => CARRIED.test(f.label) && !(f.paren !== null && SUBSET_PAREN.test(f.paren)));
  const out: Reading[] = [];
  for (const x of open) {
    for (const b of bases) {
      if (b === x || b.unit !== x.unit || cmpDec(b.value, x.value) <= 0) continue;
      out.push({ done: subDec(b.value, x.value), base: b.value, ...formula(part('openDiv', named(b), named(x))) });
      for (const c of carried) {
        if (c.unit !== b.unit) continue;
        const whole = addDec(b.value, c.value);
        out.push({ done: subDec(whole, x.value), base: whole, ...formula(part('openDivSum', named(b), named(c), named(x))) });
      }
    }
  }
  return out;
}

/**
 * "受理20件，办结19件，1件申请人撤回，办结率100%": another count of the sentence makes up the rest
 * of a base (办结 + it = 受理); a 100% may leave it out, as done some other way.
 */
function restMakesBase(s: SentenceFigures, rate: TextFigure, done: readonly TextFigure[]): boolean {
  const counts = s.figures.filter((f) => f.end <= rate.start && isCount(f));
  return done.some((d) => counts.some((x) => x !== d && x.unit === d.unit && counts.some((b) => b !== x && b !== d && cmpDec(addDec(d.value, x.value), b.value) === 0)));
}

/**
 * May the rate be table 三's? Its sentence names the applications up to it ("依申请公开答复率"),
 * or the rate opens its sentence ("办结率100%，按时办结率100%。") in a paragraph about them. A rate
 * after other words ("互动交流栏目办结率99.2%", "政务服务事项网上可办率达98.6%，办结率99.9%") is
 * of something else, which the paragraph's topic does not make the applications (claims12).
 */
function ratesTables(sentences: readonly SentenceFigures[], i: number, rate: TextFigure): boolean {
  const s = sentences[i] as SentenceFigures;
  const upTo = s.text.slice(0, rate.start);
  if (!aboutApplications(sentences, i, rate)) return false;
  if (upTo.includes('申请')) return true;
  return /^[\s，,]*(?:全年|本年度?|今年|当年|总体|整体|综合)?(?:政府信息公开|信息公开)?(?:工作)?(?:办结率|答复率)(?:为|达|达到|是)?\s*$/.test(upTo);
}

/** Is the sentence, up to the rate, about disclosure applications (its own words, or its paragraph's)? */
function aboutApplications(sentences: readonly SentenceFigures[], i: number, rate: TextFigure): boolean {
  const s = sentences[i] as SentenceFigures;
  const upTo = s.text.slice(0, rate.start);
  if (NOT_APPLICATION.test(upTo) || OTHER_RATE_WORK.test(upTo)) return false;
  return upTo.includes('申请') || paragraphAboutApplications(sentences, i, NOT_APPLICATION);
}

interface TableReadings {
  readings: Reading[];
  /** 办结 + 结转下年度 = 新收 + 上年结转, and some carried into next year */
  allCarriedOn: boolean;
  /** 办结 + 结转下年度 ≠ 新收 + 上年结转: the table disagrees with itself (t3.balance says so) */
  unbalanced: boolean;
}

function tableReadings(t: RateTables, done: readonly TextFigure[], bases: readonly TextFigure[], carried: readonly TextFigure[]): TableReadings {
  const v = (k: string): number | null => t.figures[k] ?? null;
  const P = v('t3.processed.total');
  const N = v('t3.new.total');
  const C = v('t3.carried.total');
  const F = v('t3.carriedForward.total');
  const none = { readings: [], allCarriedOn: false, unbalanced: false };
  if (P === null || N === null || !Number.isInteger(P) || !Number.isInteger(N)) return none;
  // the sentence's own 办结 is another count than the table's: its rate is not the table's
  if (done.length > 0 && !done.some((d) => cmpDec(d.value, toDec(P, 0)) === 0)) return none;
  // so too a count it names as the base ("全县各乡镇收到申请30件，办结率90.0%"), alone or with a
  // 上年结转 beside it, that is none of table 三's
  const tableBases = [N, N + (C ?? 0), ...(F !== null ? [P + F] : [])].map((x) => toDec(x, 0));
  const isTables = (x: Dec): boolean => tableBases.some((y) => cmpDec(x, y) === 0);
  if (bases.length > 0 && !bases.some((b) => isTables(b.value) || carried.some((c) => isTables(addDec(b.value, c.value))))) return none;
  const ref = (k: string): CellRef[] => (t.figureRefs[k] ? [t.figureRefs[k]] : []);
  const cells = [...ref('t3.processed.total'), ...ref('t3.new.total'), ...ref('t3.carried.total')];
  const readings: Reading[] = [];
  if (C !== null) readings.push({ done: toDec(P, 0), base: toDec(N + C, 0), ...formula(part('t3DivSum', P, N, C)), cells });
  readings.push({ done: toDec(P, 0), base: toDec(N, 0), ...formula(part('t3Div', P, N)), cells });
  if (F !== null) readings.push({ done: toDec(P, 0), base: toDec(P + F, 0), ...formula(part('t3DivDone', P, F)), cells });
  const allCarriedOn = F !== null && F > 0 && P + F === N + (C ?? 0);
  const unbalanced = F !== null && P + F !== N + (C ?? 0);
  return { readings, allCarriedOn, unbalanced };
}

/**
 * The 办结率 claims of sentence i. `tables` is given when the sentence is the report's own prose
 * and the report has table 三; without it only the sentence's own figures are read.
 */
export function checkCompletionRates(sentences: readonly SentenceFigures[], i: number, paragraphs: readonly Paragraph[], tables: RateTables | null): ClaimOutcome[] {
  const s = sentences[i] as SentenceFigures;
  const out: ClaimOutcome[] = [];
  for (const rate of s.figures) {
    if (rate.unit !== '%' || rate.approx || rate.change !== null) continue;
    const m = RATE.exec(rate.label);
    if (!m) continue;
    // "办结63件，按时办结率100%": the answers on time, which table 三 does not count (rate-after-closed.ts)
    if (IN_TIME_RATE.test(rate.label) && tables) {
      const closed = loneClosedBefore(s, rate);
      if (closed && aboutApplications(sentences, i, rate) && tables.figures['t3.processed.total'] === decToNumber(closed.value)) {
        const quote = shownOf(s).slice(clauseStart(s.text, closed.start), rate.end).trim();
        out.push({ check: saidCheck(RULE.share, 'skip', quote, said('rateOnTime', rate.label.replace(/(?:为|达|达到|是)$/, ''), rate.raw, closed.raw, part('cell', part('t3'), '办理结果总计'))) });
      }
    }
    if (OTHER_RATE.test(rate.label) || /分别/.test(rate.label)) continue;
    const kind = m[1] as keyof typeof DONE;
    if (kind === '答复率' && !aboutApplications(sentences, i, rate)) continue;
    const quote = shownOf(s).slice(clauseStart(s.text, (s.figures.find((f) => f.end <= rate.start && isCount(f) && f.start >= semicolonClauseStart(s.text, rate.start)) ?? rate).start), rate.end).trim();
    const printed = rate.printed;
    // "办结84件，办结率97.7%，答复率100%": a 答复率 beside the sentence's own 办结率 is another rate
    // (answered in time, or of those due), or the writer would not give both; not read as 办结 ÷ 收到
    if (kind === '答复率' && s.figures.some((f) => f !== rate && f.unit === '%' && /办结率(?:为|达|达到|是)?$/.test(f.label))) {
      out.push({ check: saidCheck(RULE.share, 'skip', quote, said('rateBesideDone', rate.raw)) });
      continue;
    }
    // "已办结63件（含2023年结转4件），办结率95.5%" in the 2024 report: last year's carried-in named by its year (txt75)
    const prevYear = tables?.year != null ? new RegExp(`${tables.year - 1}\\s*年度?(?=结转|转结)`, 'g') : null;
    const asCarried = (t: string): string => (prevYear ? t.replace(prevYear, (y) => `${' '.repeat(y.length - 2)}上年`) : t);
    const own = sentenceReadings(s, rate, kind, asCarried);
    const clause = asCarried(s.text.slice(clauseStart(s.text, rate.start), rate.start));
    // "…办结率96.8%，上年办结率为95.5%": a rate its own words give to last year, or to another
    // year, is not of the figures of this year beside it (claims12: was an error)
    const named = clause.replace(CARRIED_ALL, '');
    const yearsIn = [...named.matchAll(/(\d{4})\s*年/g)].map((y) => Number(y[1]));
    if (LAST_YEAR.test(named) || yearsIn.some((y) => tables?.year == null || y !== tables.year)) continue;
    // "全年办结63件，办结率95.5%": a lone 办结, its whole unnamed (rate-after-closed.ts) — a pass or a skip, never a flag
    const lone = tables !== null && !ratesTables(sentences, i, rate) && aboutApplications(sentences, i, rate) && loneClosedBefore(s, rate) !== null;
    const ofTables =
      tables !== null &&
      (lone || ratesTables(sentences, i, rate)) &&
      !aboutPartOfBody(s.text, rate.start, tables.body) &&
      // (a change against another year before it is no period of the rate: "收到申请62件，环比2023年增长14.8%，已办结63件…，办结率95.5%", rt78's 77)
      !otherPeriod(withoutChangeClauses(asCarried(s.text)), clause, rate.start, tables.year) &&
      !/其中|本级|代表/.test(s.text.slice(semicolonClauseStart(s.text, rate.start), rate.start));
    const from = semicolonClauseStart(s.text, rate.start);
    const counts = s.figures.filter((f) => f.start >= from && f.end <= rate.start && isCount(f));
    const bases = counts.filter((f) => /收到|受理|新收|申请/.test(f.label) && !CARRIED.test(asCarried(f.label)) && !NOT_BASE.test(f.label) && !DONE[kind].test(f.label) && !OPEN_AFTER.test(s.text.slice(f.end)));
    const carriedIn = counts.filter((f) => CARRIED.test(asCarried(f.label)) && !(f.paren !== null && SUBSET_PAREN.test(f.paren)));
    const fromTables: TableReadings = ofTables ? tableReadings(tables, own.done, bases, carriedIn) : { readings: [], allCarriedOn: false, unbalanced: false };
    const all = [...own.readings, ...fromTables.readings, ...openReadings(s, rate, kind, bases)];
    if (all.length === 0) continue;
    const fit = all.find((r) => percentFits(r.done, r.base, printed) !== 'no');
    const detailOf = (r: Reading): string => `${r.text} = ${percentText(r.done, r.base, Math.max(printed.d, 1))}%，正文${kind}${rate.raw}`;
    if (fit) {
      out.push({ check: { rule: RULE.share, outcome: 'pass', quote, detail: detailOf(fit) } });
      continue;
    }
    const first = all[0] as Reading;
    const detail = detailOf(first);
    const calc = part('rateCalc', first.note, percentText(first.done, first.base, Math.max(printed.d, 1)), kind, rate.raw);
    // one decimal at least: "办结率100%" against 96.7%, not 97%
    const shown = Math.max(printed.d, 1);
    const expectedText = percentText(first.done, first.base, shown);
    const message = said('completion', kind, rate.raw, first.note, withDecimals(expectedText, shown));
    const hundred = printed.n === 100n * 10n ** BigInt(printed.d);
    // "办结18件，2件正在办理，办结率100%": of what fell due, perhaps; not judged
    if (hundred && (STILL_OPEN.test(s.text.replace(CARRIED_ALL, '')) || restMakesBase(s, rate, own.done))) {
      out.push({ check: saidCheck(RULE.share, 'skip', quote, said('rateStillOpen', calc, kind)) });
      continue;
    }
    if (own.readings.length > 0) {
      // "受理91件，办结88件，办结率100%" where table 三 carries the other 3 into next year: of what
      // fell due, perhaps, a loose reading; the sentence's own figures still do not make it
      const loose = hundred && fromTables.allCarriedOn;
      out.push({
        check: { rule: RULE.share, outcome: 'fail', quote, detail },
        finding: textFinding(RULE.share, loose ? 'warning' : 'error', message, quote, Number(expectedText), decToNumber(printed)),
      });
      continue;
    }
    if (fromTables.unbalanced) {
      out.push({ check: saidCheck(RULE.share, 'skip', quote, said('rateUnbalanced', calc)) });
      continue;
    }
    if (hundred && fromTables.allCarriedOn) {
      out.push({ check: saidCheck(RULE.share, 'skip', quote, said('rateCarriedOn', first.note, percentText(first.done, first.base, Math.max(printed.d, 1)), kind, rate.raw)) });
      continue;
    }
    // "全区办结率97.3%" where the tables are 本级's, "全系统办结率…", a 本级 rate beside the 全区
    // table: the rate of another scope than the table's (text-vs-table.ts notThisTable)
    const scope = tables ? otherScope(s, rate, own.done, bases, carriedIn, tables, printed) : null;
    if (scope) {
      out.push({ check: saidCheck(RULE.share, 'skip', quote, said('rateScope', calc, scope)) });
      continue;
    }
    if (lone) {
      out.push({ check: saidCheck(RULE.share, 'skip', quote, said('rateBaseUnsaid', calc)) });
      continue;
    }
    // the base is the table's, which the text did not name: a warning at most
    out.push({
      check: { rule: RULE.share, outcome: 'fail', quote, detail },
      finding: textFinding(RULE.share, 'warning', message, quote, Number(expectedText), decToNumber(printed), first.cells ?? []),
    });
  }
  return out;
}

/** Why a rate that fits no reading of the report's table 三 may be of another scope, or null. */
function otherScope(s: SentenceFigures, rate: TextFigure, done: readonly TextFigure[], bases: readonly TextFigure[], carried: readonly TextFigure[], t: RateTables, printed: Dec): NotePart | null {
  const wider = widerScopeBefore(s.text, rate.start);
  if (wider) return part('scopeWider', wider, rate.raw);
  const whole = t.partTables ? namesWholeBefore(s.text, rate.start) : null;
  if (whole) return part('scopeWholeRate', whole, rate.raw);
  const fits = (t.others ?? []).some((o) => tableReadings({ ...t, figures: withTable3(t.figures, o) }, done, bases, carried).readings.some((r) => percentFits(r.done, r.base, printed) !== 'no'));
  return fits ? part('otherTable3Rate', rate.raw) : null;
}
