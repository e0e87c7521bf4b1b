/**
 * A count of 复议 or 诉讼 cases followed by its outcome in words, with no figure of its own (rule
 * text.vs-table): "被申请行政复议1件，结果为维持", "发生行政复议1件，结果为纠正", "被提起行政诉讼
 * 2件，结果均为维持". The outcome names one of table 四's columns (spec/report-format.md "Table 四"):
 * 维持 → 结果维持; 纠正, 纠错, 撤销, 确认违法 → 结果纠正 (撤销 and 确认违法 are kinds of it).
 *
 * What the words claim of that column: at least one case (the column is not 0); and when they say
 * it of all of several cases (均/都/全部), all of the text's N (the column holds N at least) or of
 * the table's (the column is the group's 总计). The count itself is compared with 总计 elsewhere
 * (text-vs-table.ts); here only the outcome is: "被申请行政复议1件，结果为维持" against a table of
 * 2 cases, 1 upheld, holds (its 1 is the wrong figure, and is flagged as such).
 *
 * Narrow on purpose: the outcome must be the whole ，-clause right after the count ("结果为维持",
 * "均被维持"), the count's own ，-clause nothing but the year, the body and the cases' words (not a
 * result: "维持1件，结果为纠正" is no reading), about disclosure, of the year and the whole body. 驳回 is
 * left out (reports count it under 维持 or under 其他结果), and so are the cases still open (a report
 * written in January may say they have closed since).
 */
import type { CellRef } from '../types.ts';
import { decToNumber } from './decimal.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { RULE, saidCheck, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { labelPart, part, said } from './note-words.ts';
import { COMPARED_WITH, otherPeriod } from './period.ts';
import { clauseStart, shownOf } from './quote.ts';
import { ofSuitGroup, readingValue, t4Measures, topicBefore, type Measure } from './measures.ts';
import { aboutPartOfBody } from './body-part.ts';
import { countsCases } from './correction-rate.ts';
import type { VsTableInput } from './vs-table-compare.ts';

/** The outcome as a whole ，-clause: "结果为维持", "复议结果均为纠正", "均被复议机关维持", "被依法纠错". */
const OUTCOME_CLAUSE =
  /^(?:(?:行政)?(?:复议|诉讼|审理|判决)?结果(均|都|全部)?(?:为|是)?|(均|都|全部)?(?:已)?被(?:行政复议机关|复议机关|人民法院|法院)?(?:依法)?(?:决定|判决)?(?:予以)?)(维持|纠正|纠错|撤销|确认违法)(?:原?(?:行政行为|具体行政行为|答复|答复决定|决定|处理决定))?$/;

/** The columns the outcome words name. */
const COLUMN: Readonly<Record<string, 'upheld' | 'corrected'>> = { 维持: 'upheld', 纠正: 'corrected', 纠错: 'corrected', 撤销: 'corrected', 确认违法: 'corrected' };

/**
 * The only words the count's ，-clause may hold before its figure: the year, the body itself, the
 * cases' own words ("2023年，我局因政府信息公开工作被申请行政复议1件"). Anything else ("某街道",
 * "信访", "全市", "作为复议机关受理", another figure: "复议1件、诉讼1件，结果为维持") is no claim here.
 */
export const HARMLESS_WORDS =
  /\d{4}\s*年度?|全年度?|本年度?|今年|年内|当年|报告期内|统计期内|我(?:局|委|办|厅|署|院|单位|部门|中心|镇|乡|街道|区|县|市|府)|本(?:局|委|办|厅|署|院|机关|单位|部门|中心)|因|由于|涉及|有关|关于|政府信息公开|信息公开|依申请公开|工作|申请答复|答复|引起|引发|导致|的|而|被申请|被提起|被|提起|提出|发生|收到|共|计|累计|合计|总计|行政复议|复议|行政诉讼|诉讼|案件|[，,\s]/g;

/** The measure of table 四's column for the cases named before `pos`, and of their 总计. */
function columnsFor(text: string, pos: number, column: 'upheld' | 'corrected'): { col: Measure; total: Measure } | null {
  const topic = topicBefore(text, pos);
  if (topic !== 'review' && topic !== 'suit') return null; // both named: whose outcome is not said
  const pick = (id: string): Measure | null => {
    const m = t4Measures(topic).find((x) => x.id === id);
    if (!m) return null;
    return topic === 'suit' ? ofSuitGroup(m, text.slice(semicolonClauseStart(text, pos), pos)) ?? m : m;
  };
  const col = pick(column);
  const total = pick('total');
  return col && total ? { col, total } : null;
}

export function checkCaseOutcomeWords(sentences: readonly SentenceFigures[], input: VsTableInput): ClaimOutcome[] {
  const out: ClaimOutcome[] = [];
  for (const s of sentences) {
    const text = s.text;
    if (s.figures.length === 0 || !/复议|诉讼/.test(text) || !/维持|纠正|纠错|撤销|确认违法/.test(text)) continue;
    for (const f of s.figures) {
      const o = outcomeAfter(s, f, input);
      if (o) out.push(o);
    }
  }
  return out;
}

/** The claim made by the ，-clause right after a count of cases, if it names an outcome. */
function outcomeAfter(s: SentenceFigures, f: TextFigure, input: VsTableInput): ClaimOutcome | null {
  const text = s.text;
  if (!isCount(f) || f.unit !== '件' || f.paren !== null || f.approx || f.change) return null;
  const sep = text.charAt(f.end);
  if (sep !== '，' && sep !== ',') return null;
  const rest = text.slice(f.end + 1);
  const stop = rest.search(/[，,；;。：:]/);
  const words = (stop < 0 ? rest : rest.slice(0, stop)).trim();
  const m = OUTCOME_CLAUSE.exec(words);
  if (!m) return null;
  // the count counts cases of disclosure, named in its own words ("被申请行政复议1件"), of the year and the whole body
  const upTo = text.slice(semicolonClauseStart(text, f.start), f.start);
  const own = text.slice(clauseStart(text, f.start), f.start);
  if (!countsCases(f.label) || own.replace(HARMLESS_WORDS, '') !== '' || /不涉及|非政府信息公开/.test(text)) return null;
  if (aboutPartOfBody(text, f.start, input.body ?? null)) return null;
  if (otherPeriod(text, own, f.start, input.year ?? null) || COMPARED_WITH.test(upTo)) return null;
  const cols = columnsFor(text, f.start, COLUMN[m[3] ?? ''] ?? 'upheld');
  if (!cols) return null;
  const end = f.end + 1 + rest.indexOf(words) + words.length;
  const quote = shownOf(s).slice(clauseStart(text, f.start), end).trim();
  const n = decToNumber(f.value);
  const all = n > 1 && Boolean(m[1] ?? m[2]);
  return judge(cols, quote, all, n, input);
}

function judge(cols: { col: Measure; total: Measure }, quote: string, all: boolean, n: number, input: VsTableInput): ClaimOutcome {
  const colRd = cols.col.strict[0];
  const totalRd = cols.total.strict[0];
  const v = colRd ? readingValue(colRd, input.figures) : null;
  const total = totalRd ? readingValue(totalRd, input.figures) : null;
  const label = colRd?.label ?? '表四';
  if (v === null) return { check: saidCheck(RULE.vsTable, 'skip', quote, said('noTable', labelPart(label))) };
  // all of them: the text's N cases (the column holds them), or the table's (the column is its 总计;
  // the text's N is then compared with 总计 elsewhere)
  const holds = (col: number, tot: number | null): boolean => col > 0 && (!all || col >= n || col === tot);
  if (holds(v, total)) {
    return { check: { rule: RULE.vsTable, outcome: 'pass', quote, detail: all ? `${label} ${v}，正文所说的全部${n}件或总计${total ?? '—'}件` : `${label} ${v} ≥ 1` } };
  }
  // the table rules doubt table 四's cells, and their corrected figures fit the words: the table is wrong
  const fixed = input.corrected?.of === input.figures ? input.corrected.figures : null;
  if (fixed && colRd && holds(readingValue(colRd, fixed) ?? 0, totalRd ? readingValue(totalRd, fixed) : null)) {
    return { check: { rule: RULE.vsTable, outcome: 'skip', quote, detail: `${label}按表格核对更正后与正文相合，表格本身有误` } };
  }
  const cells: CellRef[] = colRd ? colRd.names.flatMap((x) => input.figureRefs[x] ? [input.figureRefs[x] as CellRef] : [...(input.figureParts?.[x] ?? [])]) : [];
  // "1件，结果为纠正" (or all of them) against a column of 0, or short of the group's 总计
  const want = all ? n : 1;
  const message = v === 0
    ? said('vsTable', quote, labelPart(label), 0, '')
    : said('caseAll', quote, String(n), labelPart(label), v, total !== null ? part('totalOf', total) : '');
  return {
    check: { rule: RULE.vsTable, outcome: 'fail', quote, detail: v === 0 ? `${label} 0，正文所说结果至少1件` : `${label} ${v} < 正文所说的全部${n}件，亦不等于总计${total ?? '—'}件` },
    finding: textFinding(RULE.vsTable, 'error', message, quote, v, want, cells),
  };
}
