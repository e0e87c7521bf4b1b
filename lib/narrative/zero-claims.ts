/**
 * Zero claims (rule text.vs-table): "本年度未收到政府信息公开申请", "2023年，我局未发生因政府信息
 * 公开引起的行政复议、行政诉讼", "无政府信息公开行政复议和诉讼案件". Small bodies (乡镇, 部门)
 * write their nothing-to-report this way; each claims a 0 for table 三's 本年新收 or table 四's
 * 总计 (复议; 诉讼 = 未经复议直接起诉 + 复议后起诉), and is compared as a figure of 0 would be
 * (text-vs-table.ts, the same readings and findings, the quote the claim's words).
 *
 * A zero claim says nothing of a table's total when it is about less than the whole: a subset
 * ("未收到以信函方式提出的申请", "区政府本级", "各村"), a result ("未被纠错"), another kind
 * (12345 工单, 行政许可, 投诉), another period ("上年未…", "暂未…", "近三年来"), or a subject that
 * is not the body ("申请人未申请行政复议"). So the words between the negation and the noun are
 * a whitelist, the words after the noun end the claim, and anything else is no claim: a missed
 * claim costs nothing, a false one costs the user's trust.
 */
import { toDec } from './decimal.ts';
import type { SentenceFigures } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { COMPARED_WITH, otherPeriod } from './period.ts';
import { clauseStart, shownOf } from './quote.ts';
import { compare, type VsTableInput } from './vs-table-compare.ts';
import { APPLY_MEASURES, t4Measures, type Measure } from './measures.ts';
import { aboutPartOfBody } from './body-part.ts';

/**
 * The negation, not after 暂/尚/仍/还 ("暂未收到": so far, not the year), a condition (如/若,
 * "对未…的"), 有 ("有无"), 并非 or 毫.
 */
const NEG = '(?<![暂尚仍还若如有对非毫])(?:未|没有|无|不存在)';

/** Before the application noun: "未收到(过)(任何)公民、法人或其他组织提出的政府信息公开申请". */
const APPLY_VERB = '(收到|接到|受理|接收)?';
const APPLY_WORDS = '((?:过|任何|一件|公民、法人(?:或者?|和)其他组织(?:提出|提交)?的|政府信息公开的?|依申请公开的?|信息公开的?)*)';
/** 申请 not followed by 人/书/表…; 依申请公开(事项). */
const APPLY_NOUN = '(申请(?:事项)?|依申请公开(?:政府信息)?(?:事项|情况))';

/** Before the 复议/诉讼 noun: "未发生(一起)因政府信息公开(工作)(申请)引起的", "未因…被申请". */
const CASE_VERB = '(?:发生|出现|产生|收到|接到|涉及)?';
const CASE_WORDS =
  '(?:过|任何|一起|一件|一例|因|由于|涉及|关于|有关|政府信息公开|信息公开|依申请公开|工作|申请答复|答复|(?<=公开)申请|引起|引发|导致|而|的|被申请|被提起|被)*';
const REVIEW = '(?:行政)?复议';
const SUIT = '(?:行政)?诉讼';
const JOIN = '(?:和|与|及|以及|或|、)(?:被)?(?:提起)?';
/** Both named, or one; its noun: 案件, 申请 (复议申请). */
const CASE_NOUN = `(${REVIEW}(?:案件)?${JOIN}${SUIT}|${SUIT}(?:案件)?${JOIN}${REVIEW}|${REVIEW}|${SUIT})(?:案件|申请|事项)?`;

/**
 * What may follow the noun: the claim ends there ("，", "。", "的情况", "等情况"). Anything else
 * makes it about something else: "申请人", "申请费用", "复议纠错", "复议机关", "诉讼败诉",
 * "申请逾期答复", "申请的乡镇".
 */
const TAIL = '(?=$|[，,。；;：:！!？?（(）)\\s]|的?(?:情况|情形|现象)|等(?:情况|情形)?[，,。；;]|等$)';

const APPLY_ZERO = new RegExp(`${NEG}${APPLY_VERB}${APPLY_WORDS}${APPLY_NOUN}${TAIL}`, 'g');
const CASE_ZERO = new RegExp(`${NEG}${CASE_VERB}${CASE_WORDS}${CASE_NOUN}${TAIL}`, 'g');

/**
 * One test a paragraph, then one a sentence of those that pass: a zero claim holds 未, 无, 没有
 * or 不存在 (most paragraphs hold none of these characters).
 */
const MAY_HOLD = /[未无没存]/;

/**
 * Words before the negation, in its clause, that make the claim about part of the body or
 * another subject ("其中区政府本级", "各村（社区）均", "所属二级单位", "申请人", "当事人"), or
 * another kind of matter (12345, 行政许可, 执法, 投诉): no claim about the tables' totals.
 */
const NOT_THE_WHOLE =
  /本级|其中|代表|所属|下属|直属|二级|各|村|社区|办公室|政府办|[市县区]直|部分|个别|其余|有的|多数|少数|申请人|当事人|群众|热线|问政|信访|12345|工单|行政许可|许可|处罚|执法|投诉|举报|除|以外|之外|方面/;

/**
 * The body as the 复议机关 ("市政府作为复议机关，未收到…行政复议申请"): the reviews it decides
 * on, not those against it that table 四 counts.
 */
const AS_REVIEWER = /复议机关|复议机构/;

/** 复议 and 诉讼 named together: both are 0, and one being 0 is no reading of the claim. */
const BOTH_TOTAL: Measure = (() => {
  const m = t4Measures('both').find((x) => x.id === 'total') as Measure;
  return { id: m.id, topic: m.topic, words: m.words, strict: m.strict };
})();

const ZERO = { raw: '0件', value: toDec(0, 0), ulp: null };

function caseMeasure(noun: string): Measure | null {
  const review = noun.includes('复议');
  const suit = noun.includes('诉讼');
  if (review && suit) return BOTH_TOTAL;
  const measures = t4Measures(review ? 'review' : 'suit');
  return measures.find((m) => m.id === 'total') ?? null;
}

/**
 * A row that says none throughout ("无", "—" in every cell, or 0): its blank figures are the
 * report's 0 for a claim of none. Each name is a row's (t3.new.total, t4.review.total); its row is
 * every figure named t3.new.*, t4.review.*. A cell left empty is not none: that row stays unknown.
 */
function rowSaysNone(name: string, input: VsTableInput): boolean {
  const marked = input.noneMarked;
  if (!marked?.has(name)) return false;
  const row = name.slice(0, name.lastIndexOf('.') + 1);
  for (const k in input.figures) {
    if (!k.startsWith(row) || k.indexOf('.', row.length) >= 0) continue;
    const v = input.figures[k];
    if (v === null ? !marked.has(k) : v !== 0) return false;
  }
  return true;
}

/** The figures with the measure's none-rows read as 0, or null when it reads none of them. */
function noneAsZero(m: Measure, input: VsTableInput): Record<string, number | null> | null {
  let out: Record<string, number | null> | null = null;
  for (const rd of m.strict) {
    for (const n of rd.names) {
      const name = n.startsWith('-') ? n.slice(1) : n;
      if (input.figures[name] !== null || !rowSaysNone(name, input)) continue;
      out ??= { ...input.figures };
      out[name] = 0;
    }
  }
  return out;
}

/** The zero claims of the prose against tables 三 and 四. */
export function checkZeroClaims(
  sentences: readonly SentenceFigures[],
  input: VsTableInput,
  paragraphs?: readonly { text: string }[],
): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const received = APPLY_MEASURES.find((m) => m.id === 'received') as Measure;
  let para = -1;
  let may = true;
  for (const s of sentences) {
    if (paragraphs && s.para !== para) {
      para = s.para;
      const p = paragraphs[para];
      may = p === undefined || MAY_HOLD.test(p.text);
    }
    const text = s.text;
    if (!may || !MAY_HOLD.test(text)) continue;
    const claims: { at: number; end: number; measure: Measure }[] = [];
    // each pattern only where its noun stands: a scan for a word costs less than a pattern run
    APPLY_ZERO.lastIndex = text.includes('申请') ? 0 : text.length + 1;
    for (let m = APPLY_ZERO.exec(text); m; m = APPLY_ZERO.exec(text)) {
      // "无申请" alone names no kind: a verb or a word of disclosure is needed
      if (!m[1] && !/公开/.test(`${m[2] ?? ''}${m[3] ?? ''}`)) continue;
      claims.push({ at: m.index, end: m.index + m[0].length, measure: received });
    }
    CASE_ZERO.lastIndex = text.includes('复议') || text.includes('诉讼') ? 0 : text.length + 1;
    for (let m = CASE_ZERO.exec(text); m; m = CASE_ZERO.exec(text)) {
      const measure = caseMeasure(m[1] ?? '');
      if (AS_REVIEWER.test(text.slice(0, m.index))) continue;
      if (measure) claims.push({ at: m.index, end: m.index + m[0].length, measure });
    }
    claims.sort((a, b) => a.at - b.at);
    for (const c of claims) {
      const from = clauseStart(text, c.at);
      const clause = text.slice(from, c.end);
      if (NOT_THE_WHOLE.test(text.slice(from, c.at))) continue;
      // "全市未发生…行政复议" in a 部门's report: the region's, not its tables'; and so is "全市共收到
      // 申请3512件，未发生…行政诉讼" (the subject holds for its later clauses: body-part.ts)
      if (aboutPartOfBody(text, c.at, input.body ?? null)) continue;
      if (otherPeriod(text, clause, c.at, input.year ?? null)) continue;
      if (COMPARED_WITH.test(clause)) continue;
      const none = noneAsZero(c.measure, input);
      // quoted as the page shows it (the fold keeps offsets)
      const o = compare(c.measure, ZERO, shownOf(s).slice(from, c.end).trim(), none ? { ...input, figures: none } : input);
      if (none && o.check.outcome === 'pass') o.check.detail += '（表中该行填“无”或“—”，读作0）';
      out.push(o);
    }
  }
  return out;
}
