/**
 * The applicants the text names against table 三's columns (rule text.vs-table): "全年共收到政府
 * 信息公开申请62件，其中自然人申请56件，法人或其他组织申请6件" says what row 一、本年新收 holds
 * column by column; a report whose text gives 57 and 5 there, or 自然人 57 against a table of 56,
 * is wrong in one place or the other, and nothing else compared it.
 *
 * Read narrowly, anchored on the year's whole:
 * - the whole is a count of applications received (its words are 新收/收到/受理…, measures.ts), in
 *   its own sentence or the one just before an opening "从申请人看", "其中" (same paragraph), and the
 *   table confirms it: it equals 本年新收, or 本年新收 + 上年结转 (a careful reader's two readings);
 * - the parts are the counts right after it, each naming one kind of applicant and nothing else:
 *   自然人/公民/个人, 法人或其他组织 (the table's 总计 less 自然人, or its 法人 subtotal column),
 *   商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他组织. The run stops at the first count that
 *   is not an applicant's (a channel, a result, a change), so "其中网上申请50件，自然人45件" (of the
 *   50, perhaps) is not read; a part in another parenthesis than a 其中 one, of another year, or
 *   approximate is not a claim.
 * - each part is compared with its column in 本年新收 and in 本年新收 + 上年结转 (whichever the whole
 *   fitted, both when either could be meant): a figure neither fits is an error naming the cell.
 * Red team 20 (test/fixtures/redteam20/EXPECT.md): a whole of another year anchors nothing; a list
 * opened by "其中：" runs over its ；s; a last part named loosely (企业, 其他组织) may be the rest of
 * the orgs; a part fitting a cell the table rules correct is an info, not dropped.
 */
import { decToNumber } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { APPLY_MEASURES, pickMeasureAt, readingValue, topicBefore, type Reading } from './measures.ts';
import { quoteClause } from './quote.ts';
import { compare, type VsTableInput } from './vs-table-compare.ts';
import { CARRIED_FROM, clauseStartOf, wordsAfter } from './parts-sum.ts';
import { changeOrZero } from './parts-by.ts';
import { otherPeriod } from './period.ts';
import { dividedSentence, FROM_VIEW } from './qizhong-readings.ts';
import { NOT_APPLICATION } from './text-vs-table.ts';
import { notThisYears } from './other-year.ts';
import { applicantHeadFit } from './applicant-head.ts';

export type Kind = 'natural' | 'orgs' | 'commercial' | 'research' | 'social' | 'legal' | 'otherOrg';

/** The applicant a part's words name, first match wins (法人或其他组织 before 其他组织). */
const KINDS: readonly [Kind, RegExp][] = [
  // 企业法人 is a 企业; 非自然人 every org
  ['orgs', /法人(?:或者?|和|及|与|、)?(?:其他|非法人)组织|^法人$|(?<!企业)法人(?:申请|提出|单位)|非自然人/],
  ['natural', /(?<!非)自然人|公民|个人(?!隐私|信息|秘密|财产)|群众/],
  ['commercial', /商业企业|企业/],
  ['research', /科研机构/],
  ['social', /社会公益组织|公益组织|社会组织/],
  ['legal', /法律服务机构|律师事务所|律所/],
  ['otherOrg', /其他组织|其它组织/],
];

/**
 * Words of another thing than the applicant in a part's words: such a part is not read. 分别: the
 * kinds named together and their figures after ("自然人和法人或其他组织分别为56件和6件"), not one a figure.
 */
const NOT_APPLICANT_ONLY = /分别|网上|网络|在线|互联网|信函|当面|现场|传真|邮件|来信|予以公开|部分公开|不予|无法提供|办结|答复|结转|较|比|同比|增|减|上年|去年|占|涉及|关于|重复|本级|部门|街道|乡镇/;

/** A sentence that opens by turning to the applicants of the count before it. */
const OPENS_ON_APPLICANTS = /^[\s，,]*(?:其中[，,：:]?|(?:从|按|就)(?:申请人|申请主体)(?:类型|类别|身份|构成|情况)?(?:看|来看|分|划分|分类|统计|分析)?[，,：:]?|申请人中[，,：:]?|(?:在)?(?:这些|上述)申请(?:人)?中[，,：:]?)/;

/** Right after a whole, its applications as the head of the clauses after it: "本年新收的62件中，", "收到的66件申请当中：". */
const HEADED = /^(?:件|份)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?\s*(?:中|当中)\s*[，,：:]/;

/** A sentence that opens on the applicants by name ("按申请主体分", "从申请人类型看"), not on a bare 其中. */
const BY_APPLICANTS = /^[\s，,]*(?:(?:从|按|就)(?:申请人|申请主体)(?:类型|类别|身份|构成|情况)?(?:看|来看|分|划分|分类|统计|分析)[，,：:]?|申请人中[，,：:]?)/;

/** The words of a count of the year's flow or results: what a 依申请 paragraph may end on before its applicants' split. */
const RESULT_OR_FLOW = /予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|办结|结转/;
/** The words of a part of the applications (a channel, an applicant): the split after it may be of that part. */
const A_PART_OF_APPLICATIONS = /网上|网络|在线|互联网|信函|当面|现场|传真|邮件|来信|渠道|方式|自然人|公民|个人|法人|企业|组织|机构|其中/;

const ORG_COLUMNS = ['commercial', 'research', 'social', 'legal', 'otherOrg'] as const;

const COL_ZH: Record<Exclude<Kind, 'orgs'>, string> = {
  natural: '自然人', commercial: '商业企业', research: '科研机构', social: '社会公益组织', legal: '法律服务机构', otherOrg: '其他组织',
};

export function kindOf(words: string): Kind | null {
  const w = words.replace(/^[\s，,、：:]*(?:其中|另有|分别为|包括|含)?[\s，,、：:]*/, '');
  if (NOT_APPLICANT_ONLY.test(w)) return null;
  let found: Kind | null = null;
  for (const [k, re] of KINDS) {
    if (!re.test(w)) continue;
    // "公民、法人或其他组织": all of them, no one column
    if (found) return null;
    found = k;
    if (k === 'orgs') break;
  }
  return found;
}

/** Which rows the whole is: 本年新收, 本年新收 + 上年结转, or either (nothing carried over). */
export type Fit = { new: boolean; withCarried: boolean };

/** The readings of one kind's column: in 本年新收, and in 本年新收 + 上年结转, as the whole fitted. */
export function readingsOf(kind: Kind, figures: VsTableInput['figures'], fit: Fit): Reading[] {
  return allReadingsOf(kind, figures).filter((rd) => (rd.names.some((n) => n.includes('.carried.')) ? fit.withCarried : fit.new));
}

/** Every reading of one kind's column: in 本年新收, and in 本年新收 + 上年结转 (share-of-applicant.ts reads them too). */
export function allReadingsOf(kind: Kind, figures: VsTableInput['figures']): Reading[] {
  if (kind === 'orgs') {
    const orgs = (row: string): string[] => ORG_COLUMNS.map((c) => `t3.${row}.${c}`);
    // the five columns' cells are what a finding points at; with some left blank, 总计 less 自然人
    const out: Reading[] = [
      { names: orgs('new'), label: '表三“本年新收”的法人或其他组织（五列之和）' },
      { names: ['t3.new.total', '-t3.new.natural'], label: '表三“本年新收”的法人或其他组织（总计减自然人）' },
      { names: [...orgs('new'), ...orgs('carried')], label: '表三“本年新收”与“上年结转”的法人或其他组织（五列之和）' },
      { names: ['t3.new.total', '-t3.new.natural', 't3.carried.total', '-t3.carried.natural'], label: '表三“本年新收”与“上年结转”的法人或其他组织（总计减自然人）' },
    ];
    if (figures['t3.new.orgSubtotal'] !== undefined) out.push({ names: ['t3.new.orgSubtotal'], label: '表三“本年新收”的“法人或其他组织”小计' });
    return out;
  }
  const zh = COL_ZH[kind];
  return [
    { names: [`t3.new.${kind}`], label: `表三“本年新收”的“${zh}”` },
    { names: [`t3.new.${kind}`, `t3.carried.${kind}`], label: `表三“本年新收”与“上年结转”的“${zh}”` },
  ];
}

/**
 * Is this figure the year's applications, by its words and by the table? Which rows it fits: a part
 * is compared with those only ("收到申请62件" with 4 carried over is 本年新收: a 自然人 part equal to
 * 新收 + 结转's 自然人 is no fit of it).
 */
function anchors(s: SentenceFigures, w: TextFigure, figures: VsTableInput['figures'], corrected: VsTableInput['figures'] | null, year: number | null): Fit | null {
  if (!isCount(w) || w.unit !== '件' || w.approx || w.ulp || w.paren !== null) return null;
  // (or 新收, table 三's own row, heading its parts: "本年新收的62件中，自然人…" — txt66)
  if (!(/申请/.test(s.text.slice(0, w.end + 6)) || (/新收/.test(w.label) && HEADED.test(s.text.slice(w.end)))) || NOT_APPLICATION.test(s.text)) return null;
  // another year's whole ("2023年共收到申请62件，其中自然人…"): its parts are that year's
  // (and "2022年，本机关共收到…申请54件" in a 2023 report: the year in a ，-clause of its own)
  if (notThisYears(s, w, year) || otherPeriod(s.text, s.text.slice(clauseStartOf(s.text, w.start), w.start), w.start, year)) return null;
  const picked = pickMeasureAt(w.label, APPLY_MEASURES);
  if (!picked || (picked.measure.id !== 'new' && picked.measure.id !== 'received')) return null;
  const v = decToNumber(w.value);
  // as printed, and as the table rules would correct a cell they doubt (a typo in 本年新收's 总计
  // must not turn "受理52件" from 新收 into 新收 + 结转)
  const fit: Fit = { new: false, withCarried: false };
  for (const fs of corrected ? [figures, corrected] : [figures]) {
    fit.new ||= v === readingValue({ names: ['t3.new.total'], label: '' }, fs);
    fit.withCarried ||= v === readingValue({ names: ['t3.new.total', 't3.carried.total'], label: '' }, fs);
  }
  return fit.new || fit.withCarried ? fit : null;
}

/** The applicant counts right after `from` (a figure index) in `s`, until a count of anything else. */
function applicantRun(s: SentenceFigures, from: number, year: number | null): { f: TextFigure; kind: Kind }[] {
  const out: { f: TextFigure; kind: Kind }[] = [];
  for (let k = from; k < s.figures.length; k++) {
    const f = s.figures[k] as TextFigure;
    if (f.unit === '%') continue; // "自然人申请56件，占90.3%"
    if (!isCount(f) || f.unit !== '件') break;
    // "受理66件（含上年结转4件），其中自然人…": the whole's own parenthesis, before the run
    if (f.paren !== null && out.length === 0 && k === from && /^\s*(?:含|包括|包含)/.test(f.paren)) continue;
    if (f.paren !== null && !/^\s*其中/.test(f.paren)) break;
    if (year !== null && new RegExp(`${year - 1}|${year + 1}`).test(f.label)) break;
    const kind = kindOf(f.label + wordsAfter(s, f));
    if (!kind || f.approx || f.ulp) break;
    out.push({ f, kind });
  }
  return out;
}

/**
 * The last part read as what is left of the orgs: "自然人申请56件，企业申请3件，其他组织申请3件"
 * (其他组织: every org but the 企业, not the 其他 column), "个人申请56件，企业申请6件" (企业: every
 * org). Only when the parts name 自然人 or 法人或其他组织 and the last says 企业 or 其他组织 loosely
 * (not 商业企业): the table's 总计 less 自然人 and less the org columns named before it is then a fit
 * of it too (red team 20, c28, c29, c32, c33), whether or not another part is wrong (m28: 自然人
 * wrong, 其他组织 still the rest).
 */
export function remainderReadings(run: readonly { f: Pick<TextFigure, 'label'>; kind: Kind }[], fit: Fit): Reading[] {
  const last = run[run.length - 1];
  if (!last || run.length < 2 || !run.some((p) => p.kind === 'natural' || p.kind === 'orgs')) return [];
  if (last.kind !== 'otherOrg' && !(last.kind === 'commercial' && !/商业企业/.test(last.f.label))) return [];
  // "…法人或其他组织申请6件，其中企业申请3件，其他组织申请3件": the orgs' own split, the same rest
  const named = run.slice(0, -1).filter((p) => p.kind !== 'natural' && p.kind !== 'orgs').map((p) => p.kind);
  const of = (row: string) => [`t3.${row}.total`, `-t3.${row}.natural`, ...named.map((c) => `-t3.${row}.${c}`)];
  const out: Reading[] = [];
  if (fit.new) out.push({ names: of('new'), label: '表三“本年新收”的法人或其他组织（除已列各类）' });
  if (fit.withCarried) out.push({ names: [...of('new'), ...of('carried')], label: '表三“本年新收”与“上年结转”的法人或其他组织（除已列各类）' });
  return out;
}

export function checkApplicantColumns(sentences: readonly SentenceFigures[], input: VsTableInput): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  const figures = input.figures;
  if (figures['t3.new.total'] === undefined || figures['t3.new.total'] === null) return out;
  const year = input.year ?? null;
  const corrected = input.corrected && input.corrected.of === figures ? input.corrected.figures : null;
  sentences.forEach((s, i) => {
    if (s.figures.length === 0 || !/自然人|公民|个人|法人|企业|组织|机构|群众/.test(s.text)) return;
    let run: { f: TextFigure; kind: Kind }[] = [];
    let fit: Fit | null = null;
    let whole: TextFigure | null = null;
    const w = s.figures.findIndex((f) => (fit = anchors(s, f, figures, corrected, year)) !== null);
    if (w >= 0) {
      whole = s.figures[w] as TextFigure;
      // the ；-clause of the whole only: "…62件，其中自然人56件；办结63件，其中…"; a list opened by
      // "其中：" runs over its ；s ("62件，其中：①自然人申请56件；②法人或其他组织申请6件")
      const listed = /^件?[\s，,]*其中\s*[：:]/.test(s.text.slice(whole.end));
      run = applicantRun(s, w + 1, year).filter(({ f }) => listed || f.clause === whole!.clause);
    } else if ((fit = applicantHeadFit(s, year)) !== null) {
      // "全年新收申请中，商业企业3件，…": the whole named with no count (applicant-head.ts)
      run = applicantRun(s, 0, year);
      whole = run[0]?.f ?? null;
    } else {
      // the sentence before, or over a run of "从…看" sentences the one they all divide ("…共收到申请
      // 36件，较上年…；上年结转0件。从申请渠道看，…。从申请主体看，自然人…": red team 22, m05); its
      // last count that is no change, no change's base, no zero and not 上年结转
      const prev = (FROM_VIEW.test(s.text) ? dividedSentence(sentences, i) : null) ?? sentences[i - 1];
      // "按申请主体分，自然人41件，法人或其他组织16件。" opening a paragraph of its own, right after one
      // whose last sentence is about the applications ("…新收政府信息公开申请55件，上年结转2件。":
      // 盐城市人民政府 2022, red team 23, m14): the applicants of that one's count, as parts-by.ts reads them
      const opensParagraph = prev === sentences[i - 1] && prev !== undefined && prev.para === s.para - 1 && BY_APPLICANTS.test(s.text) && topicBefore(prev.text, prev.text.length) === 'apply';
      const last = prev && (prev.para === s.para || opensParagraph) ? prev.figures.filter((f) => isCount(f) && !changeOrZero(prev, f) && !CARRIED_FROM.test(f.label)).pop() : undefined;
      if (prev && last && OPENS_ON_APPLICANTS.test(s.text) && s.figures[0] && s.figures[0].clause === 0 && (fit = anchors(prev, last, figures, corrected, year)) !== null) {
        run = applicantRun(s, 0, year);
        whole = last;
      } else if (sentences[i - 1]?.para === s.para - 1 && BY_APPLICANTS.test(s.text) && s.figures[0] && s.figures[0].clause === 0) {
        // …and where that paragraph ends on its results ("…从办理结果看，予以公开2,307件，…其他处理115件。"), the
        // count of its own sentences the table confirms as the year's applications ("我部共新收…5,316件": red team 32,
        // m02, a 国务院部门's "从申请主体看" paragraph after its 依申请 one)
        // (only where every count after it is of the flow or the results: "…62件，其中网上申请50件。" ends on a part,
        // whose applicants the split may be — narrative-gaps28's m14)
        const para = sentences.slice(0, i).filter((p) => p.para === s.para - 1);
        const lastCount = para.flatMap((p) => p.figures.filter(isCount)).pop();
        if (lastCount && RESULT_OR_FLOW.test(lastCount.label)) {
          for (let j = para.length - 1; j >= 0 && !whole; j--) {
            const p = para[j]!;
            const k = p.figures.findIndex((f) => (fit = anchors(p, f, figures, corrected, year)) !== null);
            const later = [...p.figures.slice(k + 1), ...para.slice(j + 1).flatMap((q) => q.figures)].filter(isCount);
            if (k >= 0 && later.every((f) => !A_PART_OF_APPLICATIONS.test(f.label))) [whole, run] = [p.figures[k]!, applicantRun(s, 0, year)];
          }
        }
      }
    }
    const rest = whole ? remainderReadings(run, fit!) : [];
    for (const [k, { f, kind }] of run.entries()) {
      // one reading a value: with nothing carried over, the two readings are one
      const seen = new Set<number | null>();
      // a bare 企业 may name every org (txt64: "全年收到的申请中，企业申请6件" against 商业企业 3 was an error)
      const loose = kind === 'commercial' && !/商业企业/.test(f.label + wordsAfter(s, f)) ? readingsOf('orgs', figures, fit!) : [];
      const strict = [...readingsOf(kind, figures, fit!), ...(k === run.length - 1 ? rest : []), ...loose].filter((rd) => {
        const v = readingValue(rd, figures);
        if (seen.has(v)) return false;
        seen.add(v);
        return true;
      });
      const outcome = compare({ strict }, f, quoteClause({ s, f }), input);
      // a column the table leaves blank says nothing either way; a cell the table rules doubt, whose
      // corrected value the part fits, is said (an info: the table is wrong, not the text)
      if (outcome.check.outcome === 'skip' && !outcome.finding) continue;
      out.push(outcome);
    }
  });
  return out;
}
