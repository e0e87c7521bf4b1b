/**
 * Year on year (rule text.change): "行政许可事项342项，较2018年361项，减少19项" and
 * "主动公开政府信息80165条，比2013年增加11935条，增长17.49%". From the figure before 较/比
 * (this year), the figure after it (last year, when given) and the change (增加/减少 Y, 增长/下降
 * Z%), every stated quantity that two others determine is recomputed; last year's figure may also
 * follow the change in a parenthesis ("同比下降13.5%（2023年为136件）"). A lone "同比增长5%" has
 * nothing to check against and records nothing.
 *
 * The base may name its year in a parenthesis ("较上年（2022年）增加6件", "较上年（2022年80件）",
 * "同比增长7.5%（2022年为80件）"): checked against the report's year. A base of another year than
 * the one compared with (上年 is the report's year less one) is a skip that says why, never read as
 * 上年's. A quote ends with the parenthesis its last figure stands in ("（2022年为80件）").
 */
import { countPastShare } from './change-past-share.ts';
import { changesAfterBase } from './bracket-base.ts';
import { absDec, cmpDec, decToNumber, formatDec, percentFits, percentText, subDec, addDec, type Dec } from './decimal.ts';
import { BASE_YEAR_PAREN, closeParen, otherBaseYear, yearOfLabel } from './base-year.ts';
import type { Paragraph } from './extract-prose.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { quoteSpan } from './quote.ts';
import { differenceCanFit, growthCanFit } from './rounded-change.ts';
import { APPLICATION_UNIT } from './item-dimensions.ts';
import { changeAfterCountWords, commaInSameParen, countBeforeCarried, countBeforeSubsetParen, topicClausesBetween } from './change-after-clauses.ts';
import { part, said as say } from './note-words.ts';
import { changeSign, readFromToClaims, type ChangeClaim } from './change-claim.ts';
import { withoutVerbAfter } from './percent-before-verb.ts';

export { changeSign, type ChangeClaim } from './change-claim.ts';

/** 较/比/同比 followed by the base period: "较2018年", "比上年", "较上一年度", "同比". */
export const COMPARE = /(?:较|比|与)(?:上年|上一年|去年|上年度|上一年度|前一年|\d{4}\s*年|同期)|同比|环比/g;

/** The label of last year's figure: "上年同期1100条", "去年为1100条", "2022年为1100条". */
const LAST_YEARS = /^(?:上年|去年|上一年度?|前一年|上年度|\d{4}\s*年(?:度)?)(?:同期)?(?:为|是|有|共|达)?$/;

/** Last year's label before a colon, up to a figure with none ("（2021年：54件）", "（上年：54件）"): the label and its colon. */
const COLON_BASE = /((?:上年|去年|上一年度?|前一年|上年度|\d{4}\s*年度?)(?:同期)?)\s*[：:]\s*$/;

/** One ，-clause of the change's reason between the change and last year's figure: "，主要原因是…，". */
const REASON_BETWEEN = /^[，,]\s*(?:主要(?:原因)?(?:是|为|系|在于)|(?:究其)?原因(?:是|为|系|在于)|(?:主要)?(?:是由于|由于|因为|得益于|受)|系)[^，,；;。：:\d]{1,30}[，,]$/;

/** A change verb with 为: "提高为62件" gives the new value (readChangeClaim). */
const NEW_VALUE = /(?:增加|增长|上升|提高|下降|降低|减少)为\s*$/;

/** 分别: the changes that follow are several figures', one each. */
const RESPECTIVELY = /分别/;

/**
 * A change said in words, no figure: "有所增加", "略有下降", "持平" (an increase, a decrease, the same).
 * "基本持平", "略有持平" and the like are no claim a count can contradict: not read.
 */
const DIRECTION = /^\s*(?:相比|相较|对比)?\s*[，,]?\s*((?:有所|略有|稍有|明显|大幅|显著|小幅)?(?:增加|增长|上升|提高|增多|减少|下降|降低|回落|减少)|持平)(?![\d率幅度])/;

/**
 * "共收到申请62件，同比增长16.8%。2022年为54件。": last year's figure alone in the sentence right
 * after a comparison that ends its sentence and gives none. Read only when it is unambiguous: the
 * sentence makes one comparison, its change is its last figure, and the next sentence (same
 * paragraph) is nothing but last year's label and one count of the comparison's unit.
 */
function baseInNextSentence(s: SentenceFigures, c: ChangeClaim, next: SentenceFigures | null | undefined): TextFigure | null {
  if (!next || next.para !== s.para || c.prev || next.figures.length !== 1) return null;
  const change = [c.amount, c.pct].filter((f): f is TextFigure => f !== null).sort((a, b) => b.end - a.end)[0];
  if (!change || s.figures[s.figures.length - 1] !== change || !/^[\s。；;]*$/.test(s.text.slice(change.end))) return null;
  // (a copy of COMPARE: matching with it would reset the lastIndex checkChanges' loop runs on)
  if ((s.text.match(new RegExp(COMPARE.source, 'g')) ?? []).length !== 1) return null;
  const f = next.figures[0] as TextFigure;
  if (!isCount(f) || f.unit !== c.cur.unit || f.paren !== null) return null;
  if (!LAST_YEARS.test(next.text.slice(0, f.start).trim()) || !/^[\s。；;]*$/.test(next.text.slice(f.end))) return null;
  return f;
}

/**
 * Reads one comparison: this year's figure before the keyword, the rest after it in the same ；-clause
 * (or `given`, this year's figure in the sentence before, when the comparison opens its own: yoy-base-clause.ts).
 */
export function readChangeClaim(s: SentenceFigures, keywordAt: number, keywordEnd: number, given: TextFigure | null = null): ChangeClaim | null {
  const before = given ? [given] : s.figures.filter((f) => f.end <= keywordAt);
  // ("62件，占全市…的8.5%，较2023年增加8件": the count's share between, change-past-share.ts)
  const pastShare = given ? null : countPastShare(s, before, keywordAt);
  let cur = pastShare ?? before[before.length - 1];
  if (!cur || !isCount(cur)) return null;
  // "新收1955件，其中自然人申请1536件，法人…419件；较上年的1818件增加137件": a ；-clause opening
  // with the comparison names no figure of its own; after a 其中 list it is of the list's whole or
  // of its last item, both read as for "，较上年" (checkChanges: listWholeOf), never of nothing (red team 17)
  const opensClause = s.text.slice(semicolonClauseStart(s.text, keywordAt), keywordAt).trim() === '';
  const afterList = !given && opensClause && semicolonClauseStart(s.text, keywordAt) > cur.end && listWholeOf(s, cur) !== null;
  // ("62件，主要涉及…方面，较上年的57件增加5件": figure-free ，-clauses about the count between, change-after-clauses.ts)
  // (or after a 含 parenthesis and such clauses: "66件（含上年结转4件），主要涉及…，较上年…" is the 66's)
  const owned = !given && !afterList ? countBeforeSubsetParen(s, keywordAt) : null;
  if (owned && topicClausesBetween(s.text, owned.after, keywordAt)) cur = owned.f;
  // (or after the applications' noun and a parenthesis about them: "36件政府信息公开申请（均为自然人提交），同比…", left57)
  const apart = !given && !afterList && (cur === owned?.f || ((topicClausesBetween(s.text, cur.end, keywordAt) || changeAfterCountWords(s.text, cur.end, keywordAt)) && listWholeOf(s, cur) === null));
  if (!given && !afterList && !apart && !pastShare && (/[；;]/.test(s.text.slice(cur.end, keywordAt)) || keywordAt - cur.end > 4)) return null;
  let stated: TextFigure | null = null;
  if (!given && LAST_YEARS.test(cur.label)) {
    // "1256条，上年同期1100条，同比增加156条": the figure before 同比 is last year's; this
    // year's is the one before it, in the same ；-clause, or there is none to read
    const now = before[before.length - 2];
    if (!now || !isCount(now) || now.unit !== cur.unit || /[；;]/.test(s.text.slice(now.end, cur.start))) return null;
    stated = cur;
    cur = now;
  }
  // "复议44件、诉讼27件，分别较上年下降12%和增加3件" (or "较上年分别…"): each change is a
  // different figure's, which of them the text does not say in a way read here
  const firstAfter = s.figures.find((f) => f.start >= keywordEnd);
  if (RESPECTIVELY.test(s.text.slice(given ? 0 : cur.end, firstAfter ? firstAfter.start : keywordEnd))) return null;
  const claim: ChangeClaim = { cur, prev: stated, amount: null, pct: null, baseYear: stated ? yearOfLabel(stated.label) : null };
  // "较上年（2022年）增加6件", "较上年（2022年：80件）": the base's year, and its figure after it
  const bracket = BASE_YEAR_PAREN.exec(s.text.slice(keywordEnd));
  if (bracket) claim.baseYear = Number(bracket[1]);
  const baseFrom = bracket ? keywordEnd + bracket[0].length : keywordEnd;
  for (const f of s.figures) {
    if (f.start < keywordEnd) continue;
    if (/[；;]/.test(s.text.slice(keywordEnd, f.start))) break;
    if (f.approx) return null;
    // ("同比增长14.8%（2021年：54件）": the year before a colon, which ends no label of the figure's — txt79)
    const colon = f.change === null && f.label.trim() === '' ? COLON_BASE.exec(s.text.slice(keywordEnd, f.start)) : null;
    const label = colon ? colon[1]! : f.label;
    if (f.change === null && !claim.prev && (claim.amount || claim.pct) && f.unit === cur.unit && LAST_YEARS.test(label.trim())) {
      // "同比下降13.5%（2023年为136件）": last year's figure in a parenthesis right after the change,
      // or in the ，-clause after it ("较上年增长14.8%，上年为54件")
      const last = (claim.pct && claim.amount ? (claim.pct.end > claim.amount.end ? claim.pct : claim.amount) : (claim.pct ?? claim.amount)) as TextFigure;
      const between = withoutVerbAfter(s.text.slice(last.end, colon ? f.start - colon[0].length : f.start).replace(f.label, '').trim(), last.label); // ("实现20%增长（上年为…")
      // or after one ，-clause that gives the change's reason and no figure ("较上年增长14.8%，主要
      // 原因是群众关注度提高，上年同期为54件"): a clause of another subject ("，行政复议有所减少，")
      // may own the 上年 figure after it, and is not read
      // (or after a comma in the change's own parenthesis: "（同比增长8.8%，2021年为57件）", change-after-clauses.ts)
      const inParen = /^[（(]$/.test(between) || commaInSameParen(s.text, last.end, f.start, between);
      if (f.paren !== null ? inParen : /^[，,]$/.test(between) || REASON_BETWEEN.test(between)) {
        claim.prev = f;
        claim.baseYear = yearOfLabel(label);
        continue;
      }
      break;
    }
    if (f.change === null) {
      // last year's figure comes before any change verb and right after the keyword
      if (claim.prev || claim.amount || claim.pct || f.unit !== cur.unit || f.start - baseFrom > 4) break;
      claim.prev = f;
    } else if (f.unit === '%') {
      if (claim.pct) break;
      claim.pct = f;
    } else if (f.unit === cur.unit) {
      // ("62件，较上年的54件提高为62件": after 提高为/增加为/上升为/下降为 this year's figure again, the new value, not the
      // change — fix85: it was read as an increase of 62; the verb is then the direction read below, as "有所增加")
      if (NEW_VALUE.test(f.label) && cmpDec(f.value, cur.value) === 0) continue;
      if (claim.amount) break;
      claim.amount = f;
    } else break;
  }
  // "共收到申请62件，较上年的70件有所增加": both years' figures stated, the change in words only
  if (claim.prev && !claim.amount && !claim.pct) {
    const from = Math.max(claim.prev.end, keywordEnd);
    const d = DIRECTION.exec(s.text.slice(from));
    const next = s.figures.find((f) => f.start >= from);
    if (d && (!next || next.start >= from + d[0].length) && !/[；;。]/.test(s.text.slice(claim.prev.end, from))) {
      const w = d[1] as string;
      claim.direction = { sign: w === '持平' ? 0 : changeSign(w), words: w, end: from + d[0].length };
    }
  }
  if (pastShare && !claim.amount) return null;
  return claim.prev || claim.amount || claim.pct ? claim : null;
}

/**
 * "62件，较上年的70件有所增加": the sign of this year less last year against the words. Wrong way
 * round is an error; 持平 over two figures that differ a warning (a writer may call 62 against 60
 * 持平); over 万/亿 figures, rounded, a skip when they may be equal.
 */
function evaluateDirection(c: ChangeClaim & { prev: TextFigure; direction: NonNullable<ChangeClaim['direction']> }, keyword: string, quote: string, rounded: boolean): ClaimOutcome {
  const delta = subDec(c.cur.value, c.prev.value);
  const actual: 1 | -1 | 0 = delta.n === 0n ? 0 : delta.n > 0n ? 1 : -1;
  const { sign, words } = c.direction;
  const detail = `${c.cur.raw} − ${c.prev.raw} = ${formatDec(delta)}${c.cur.unit}，正文 ${words}`;
  if (actual === sign) return { check: { rule: RULE.change, outcome: 'pass', quote, detail } };
  if (rounded) return { check: saidCheck(RULE.change, 'skip', quote, say('shareRounded', part('yoyDiffCalc', c.cur.raw, c.prev.raw, formatDec(delta), c.cur.unit, words))) };
  const really = actual === 0 ? part('bothEqual') : part('actually', part(delta.n < 0n ? 'fewer' : 'more'), formatDec(absDec(delta)), c.cur.unit);
  const message = say('yoyDirection', c.cur.raw, keyword, c.prev.raw, words, really);
  return {
    check: { rule: RULE.change, outcome: 'fail', quote, detail },
    finding: textFinding(RULE.change, sign === 0 ? 'warning' : 'error', message, quote, decToNumber(delta)),
  };
}

/** What may lead a list whose last item a change follows (其中, and since recall46 具体为, 分别为, 包括, 主要为). */
const LIST_LEADS = /其中|具体(?:为|是|包括|如下)|分别(?:为|是)|包括|主要(?:为|是|有|包括)/g;
/**
 * "…91件，其中本年新收86件，上年结转5件，较上年的102件减少11件": the figure right before 较
 * is an item of a 其中 list, and the comparison may be of the item or of the list's whole (the
 * count before 其中, in the same ；-clause). The whole, or null when cur is no such item.
 */
export function listWholeOf(s: SentenceFigures, cur: TextFigure): TextFigure | null {
  const from = semicolonClauseStart(s.text, cur.start);
  // (or a list led otherwise: "共受理9件，具体为土地征收类6件，土地出让类3件，比上年的7件增加2件" — recall46)
  let q = -1;
  for (const m of s.text.slice(0, cur.start).matchAll(LIST_LEADS)) q = m.index;
  if (q < from) return null;
  // (a whole of applications in 件 over items in 宗 or 份: "受理申请40件，其中当面申请6宗，网上申请34宗，与上年的35宗相比
  // 有所增加", rt39b)
  const sister = (u: string): boolean => u === cur.unit || (APPLICATION_UNIT.test(u) && APPLICATION_UNIT.test(cur.unit));
  const before = s.figures.filter((f) => f.start >= from && f.end <= q && isCount(f) && sister(f.unit));
  return before[before.length - 1] ?? null;
}

export function checkChanges(s: SentenceFigures, paragraphs: readonly Paragraph[], year: number | null = null, next: SentenceFigures | null = null): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  if (s.figures.length < 2) return out; // this year's figure and one after the comparison at least
  // (a 同比 inside "由60件增至80件，同比增长33.3%" is that claim's: read there, not again below)
  const fromTo: [number, number][] = [];
  if (s.text.includes('由') || s.text.includes('从')) {
    for (const c of readFromToClaims(s, year)) {
      fromTo.push([c.cur.end, Math.max(c.amount?.start ?? 0, c.pct?.start ?? 0)]);
      const otherYear = otherBaseYear(c.baseYear, '上年', year);
      if (otherYear) out.push({ check: saidCheck(RULE.change, 'skip', changeQuote(c, s, paragraphs), otherYear) });
      else out.push(...evaluateChange(c, '上年', s, paragraphs));
    }
  }
  COMPARE.lastIndex = 0;
  /** the comparison read last, and where its last figure ends */
  let chain: { cur: TextFigure; end: number } | null = null;
  for (let m = COMPARE.exec(s.text); m; m = COMPARE.exec(s.text)) {
    if (s.text.slice(Math.max(0, m.index - 1), m.index) === '占') continue; // 占比 is a share
    if (fromTo.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
    // ("62件，较2022年（45件）增长37.8%，较2023年（54件）增长14.8%": a second comparison right after the first, of its count — txt79)
    const chained: TextFigure | null = chain && /^\s*[，,]\s*$/.test(s.text.slice(chain.end, m.index)) ? chain.cur : null;
    const c: ChangeClaim | null = readChangeClaim(s, m.index, m.index + m[0].length) ?? (chained ? readChangeClaim(s, m.index, m.index + m[0].length, chained) : null);
    chain = c && (c.prev || c.amount || c.pct) ? { cur: c.cur, end: Math.max(...[c.prev, c.amount, c.pct].map((f) => f?.end ?? 0)) } : null;
    if (!c) continue;
    const later = baseInNextSentence(s, c, next);
    if (later) Object.assign(c, { prev: later, prevIn: next, baseYear: yearOfLabel(next!.text.slice(0, later.start).trim()) });
    const otherYear = otherBaseYear(c.baseYear, m[0], year);
    if (otherYear) {
      out.push({ check: saidCheck(RULE.change, 'skip', changeQuote(c, s, paragraphs), otherYear) });
      continue;
    }
    const found = evaluateChange(c, m[0], s, paragraphs);
    const failed = (os: ClaimOutcome[]): boolean => os.some((o) => o.check.outcome === 'fail');
    // (or the count a 含 parenthesis qualifies: "66件（含上年结转4件），较上年的56件增加10件", change-after-clauses.ts;
    // or the count before a carried one: "新收62件，上年结转4件，较上年增加8件", txt70)
    // (a growth in % of a count whose last year, this year's less the change, would be 0 or less is no growth of it:
    // "62件，上年结转4件，较上年增加8件，增长14.8%" is 新收's, 8 ÷ 54, not the carried count's from −4 — txt74)
    const baseless = baselessGrowth(c);
    const listed = failed(found) || baseless ? (listWholeOf(s, c.cur) ?? countBeforeSubsetParen(s, m.index)?.f ?? null) : null;
    const whole = failed(found) || baseless ? (listed ?? countBeforeCarried(s, c.cur)) : null;
    // (rt77: the count before a carried one takes a baseless growth only when it is the year's intake and last year would
    // be below 0, or when the reading holds — "办结63件，上年结转4件，较上年增加8件，增长14.8%" is no growth of 办结, and in
    // "上年结转4件，同比增加4件，增长100%" the carried count grew from nothing: the skip)
    const guess = baseless && whole !== null && listed === null && !intakeBase(c, whole);
    if (whole) {
      // any reading that holds is the one the text means; only when both fail is it a finding,
      // told of the reading that misses by less: "共受理94件，其中…上年结转5件，较上年的102件减少
      // 11件" is wrong about 94 against 102 (−8, not −11), and a message about 5 against 102
      // (−97) would point the reader at a comparison the text never made
      const alt = evaluateChange({ ...c, cur: whole }, m[0], s, paragraphs);
      if (!failed(alt) || (baseless && !guess) || missBy(alt) < missBy(found)) {
        out.push(...alt);
        continue;
      }
    }
    out.push(...found);
  }
  // "62件（上年57件），增长8.8%": the bracket's base, the change with no comparison word (bracket-base.ts)
  for (const at of changesAfterBase(s)) {
    const c = readChangeClaim(s, at, at);
    if (c?.prev && !otherBaseYear(c.baseYear, '上年', year)) out.push(...evaluateChange(c, '上年', s, paragraphs));
  }
  return out;
}

/** A growth in % whose last year is derived (this year's figure less the change) and comes to 0 or less: no base to grow from. */
function baselessGrowth(c: ChangeClaim): boolean {
  if (c.prev || !c.amount || !c.pct || c.pct.unit !== '%') return false;
  return derivedPrev(c, c.amount).n <= 0n;
}

/** Last year's count as the text implies it: this year's less the change (plus, for a fall). */
function derivedPrev(c: ChangeClaim, amount: NonNullable<ChangeClaim['amount']>) {
  return changeSign(amount.change ?? '') > 0 ? subDec(c.cur.value, amount.value) : addDec(c.cur.value, amount.value);
}

/** Is `whole` (the count before a carried one) what a baseless growth is of: the year's intake, last year below 0 (rt77)? */
function intakeBase(c: ChangeClaim, whole: TextFigure): boolean {
  return c.amount !== null && derivedPrev(c, c.amount).n < 0n && INTAKE.test(whole.label) && !RESULTS.test(whole.label);
}
const INTAKE = /新收|收到|受理|接收|申请/;
const RESULTS = /办结|答复|办理|处理|结转|公开(?!申请)/;

/**
 * How far a reading's failed checks miss, for choosing between two readings that both fail: the
 * failures first, then each one's relative distance between what the text says and what its
 * figures give (|expected − stated| ÷ stated).
 */
function missBy(os: readonly ClaimOutcome[]): number {
  let fails = 0;
  let miss = 0;
  for (const o of os) {
    if (o.check.outcome !== 'fail') continue;
    fails++;
    const { expected, actual } = o.finding ?? {};
    if (expected !== undefined && actual !== undefined) miss += Math.abs(expected - actual) / Math.max(1, Math.abs(actual));
  }
  // fewer failures always weigh more than any distance (a distance is finite, < 1e6 in practice)
  return fails * 1e6 + miss;
}

/**
 * The words of a comparison, from this year's figure to its last: with the parenthesis that
 * figure stands in closed ("同比增长8.5%（2022年为80件）", not "…（2022年为80件").
 */
function changeQuote(c: ChangeClaim, s: SentenceFigures, paragraphs: readonly Paragraph[]): string {
  if (c.prev && c.prevIn) return quoteSpan(paragraphs, { s, f: c.cur }, { s: c.prevIn, f: c.prev });
  const last = [c.prev, c.amount, c.pct].filter((f): f is TextFigure => f !== null).sort((a, b) => b.end - a.end)[0] ?? c.cur;
  if (c.curIn) return quoteSpan(paragraphs, { s: c.curIn, f: c.cur }, { s, f: last });
  const end = c.direction ? c.direction.end : last.paren !== null ? closeParen(s.text, last.end) : last.end;
  // ("由282件增至292件": from last year's figure, which comes first)
  const first = c.prev && c.prev.start < c.cur.start ? c.prev : c.cur;
  return quoteSpan(paragraphs, { s, f: first }, { s, f: { ...last, end } });
}

/** The checks of one comparison. */
export function evaluateChange(c: ChangeClaim, keyword: string, s: SentenceFigures, paragraphs: readonly Paragraph[]): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const quote = changeQuote(c, s, paragraphs);
  const unit = c.cur.unit;
  // "1.2万条，比上年增加1000条": a 万/亿 figure is rounded, the arithmetic on it is not exact
  const rounded = [c.cur, c.prev, c.amount].some((f) => f?.ulp);
  // last year's figure: stated, or this year minus the stated change
  let prev: Dec | null = c.prev?.value ?? null;
  if (c.prev && c.amount) {
    const delta = subDec(c.cur.value, c.prev.value);
    const sign = changeSign(c.amount.change ?? '');
    const ok = cmpDec(absDec(delta), c.amount.value) === 0 && (delta.n === 0n || (delta.n > 0n ? 1 : -1) === sign);
    const detail = `${c.cur.raw} − ${c.prev.raw} = ${formatDec(delta)}${unit}，正文 ${c.amount.change}${c.amount.raw}`;
    const roundedFit = rounded && !ok ? differenceCanFit(c.cur.value, c.cur.ulp, c.prev.value, c.prev.ulp, c.amount.value, c.amount.ulp, sign) : null;
    if (ok) out.push({ check: { rule: RULE.change, outcome: 'pass', quote, detail } });
    else if (roundedFit) out.push({ check: saidCheck(RULE.change, 'skip', quote, say('shareRounded', part('yoyDiffCalc', c.cur.raw, c.prev.raw, formatDec(delta), unit, `${c.amount.change}${c.amount.raw}`))) });
    else {
      // (last year's figure said after the change, in the next sentence: in that order)
      const said = c.prevIn ? `${keyword}${c.amount.change}${c.amount.raw}，${c.prevIn.text.slice(0, c.prev.start).trim()}${c.prev.raw}` : `${keyword}${c.prev.raw}，${c.amount.change}${c.amount.raw}`;
      const dir = part(delta.n < 0n ? 'fewer' : 'more');
      const message = rounded
        ? say('yoyAmountRounded', `${c.cur.label}${c.cur.raw}`, said, dir, formatDec(absDec(delta)), unit, c.amount.raw)
        : say('yoyAmount', `${c.cur.label}${c.cur.raw}`, said, dir, formatDec(absDec(delta)), unit);
      out.push({
        check: { rule: RULE.change, outcome: 'fail', quote, detail },
        finding: textFinding(RULE.change, 'error', message, quote, decToNumber(absDec(delta)), decToNumber(c.amount.value)),
      });
    }
  } else if (!c.prev && c.amount) {
    prev = derivedPrev(c, c.amount);
  }
  if (c.prev && c.direction) out.push(evaluateDirection(c as ChangeClaim & { prev: TextFigure; direction: NonNullable<ChangeClaim['direction']> }, keyword, quote, rounded));
  if (c.pct && prev && c.pct.unit === '%') {
    const delta = subDec(c.cur.value, prev);
    const sign = changeSign(c.pct.change ?? '');
    const fit = percentFits(absDec(delta), prev, c.pct.printed);
    const shown = percentText(delta, prev, Math.max(2, c.pct.printed.d));
    const detail = `(${c.cur.raw} − ${formatDec(prev)}${unit}) ÷ ${formatDec(prev)}${unit} = ${shown}%，正文 ${c.pct.change}${c.pct.raw}`;
    const ok = fit !== 'no' && (delta.n === 0n || (delta.n > 0n ? 1 : -1) === sign);
    // over 万/亿 figures: wrong only when no value the rounded figures allow gives the stated growth;
    // last year's figure must be stated (one derived from a rounded change is too loose to judge)
    const roundedFit = rounded && !ok ? (c.prev && !c.amount ? growthCanFit(c.cur.value, c.cur.ulp, c.prev.value, c.prev.ulp, c.pct.printed, sign) : null) !== false : false;
    if (ok) out.push({ check: { rule: RULE.change, outcome: 'pass', quote, detail } });
    else if (roundedFit) out.push({ check: saidCheck(RULE.change, 'skip', quote, say('shareRounded', part('yoyPctCalc', c.cur.raw, formatDec(prev), unit, shown, `${c.pct.change}${c.pct.raw}`))) });
    else if (prev.n < 0n && c.amount && !c.prev) {
      // (last year's count derived below 0: the change is not this figure's, or the text is wrong; which, not said — txt74)
      out.push({ check: saidCheck(RULE.change, 'skip', quote, say('yoyNegativeBase', `${c.cur.label}${c.cur.raw}`, `${c.amount.change}${c.amount.raw}`, formatDec(prev) + unit)) });
    } else if (prev.n <= 0n) out.push({ check: saidCheck(RULE.change, 'skip', quote, say('prevZeroGrowth')) });
    else {
      const expected = percentText(delta, prev, c.pct.printed.d);
      const baseYear = /(\d{4})(\s*)年/.exec(keyword);
      const baseValue = rounded && c.prev ? c.prev.raw : formatDec(prev) + unit;
      // ("2023 年": a year written with a space is said as written, with no code)
      const base = !baseYear ? part('lastYear', baseValue) : baseYear[2] ? { raw: `${baseYear[0]}${baseValue}` } : part('inYear', baseYear[1]!, baseValue);
      const message = say(rounded ? 'yoyPctRounded' : 'yoyPct', c.cur.raw, `${c.pct.change}`, c.pct.raw, base, part(delta.n < 0n ? 'fall' : 'rise'), expected.replace(/^-/, ''));
      out.push({
        check: { rule: RULE.change, outcome: 'fail', quote, detail },
        finding: textFinding(RULE.change, 'error', message, quote, Math.abs(Number(expected)), decToNumber(c.pct.printed)),
      });
    }
  }
  return out;
}
