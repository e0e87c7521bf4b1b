/**
 * A claim that no 行政事业性收费 was collected (rule text.vs-table): "全年未收取行政事业性收费",
 * "2023年，我局无行政事业性收费", against table 二's 本年收费金额 (spec/report-format.md "Table 二",
 * the row 行政事业性收费). A cell above 0 makes it an error; a 0 a pass; a blank cell, or a page
 * with no such row, no claim at all (most bodies collect none and leave the row blank).
 *
 * Read narrowly, as the zero claims of tables 三 and 四 are (zero-claims.ts): only 行政事业性收费
 * by that name ("未收取任何费用" is most often said of the applicants, whose 信息处理费 no table
 * gives), only after a whitelist of words in its clause (the year, the body itself), never in a
 * sentence or paragraph about applications ("未向申请人收取…", "依申请公开…未收取…"), never of
 * part of the body, another body or another year.
 */
import type { CellRef } from '../types.ts';
import type { SentenceFigures } from './figures-in-text.ts';
import { RULE, textFinding, type ClaimOutcome } from './narrative-types.ts';
import { labelPart, said } from './note-words.ts';
import { otherPeriod } from './period.ts';
import { clauseStart, shownOf } from './quote.ts';
import { aboutPartOfBody } from './body-part.ts';
import { paragraphAboutApplications } from './paragraph-topic.ts';
import { isTable2Of2019, T2_COLUMN_ZH, T2_ITEM_ZH, t2Name } from './table2-measures.ts';
import type { VsTableInput } from './vs-table-compare.ts';

/**
 * The claim: a negation (not 暂未, 尚未; not 如未), a verb of collecting, and the row's own name,
 * ending there ("未收取行政事业性收费以外的费用" is about other fees).
 */
const FEE_ZERO =
  /(?<![暂尚仍还若如有对非毫])(?:未|没有|无|不存在)(?:收取|征收|收缴|产生|发生)?(?:过|任何)*行政事业性收费(?:项目|费用|收入)?(?=$|[，,。；;！!）)\s]|的?(?:情况|情形|事项)|等(?:情况|情形)?[，,。；;]|等$)/g;

/**
 * The only words the claim's clause may hold before its negation: the year, the body itself,
 * an adverb ("全年均未收取", "我局依法未收取"). Anything else ("对小微企业", "向申请人", "其中",
 * "区政府本级", "某街道") makes it about less than the table's row.
 */
const HARMLESS_BEFORE =
  /^(?:\d{4}\s*年度?|全年度?|本年度?|今年|年内|当年|报告期内|统计期内|我(?:局|委|办|厅|署|院|单位|部门|中心|镇|乡|街道|区|县|市|府)|本(?:局|委|办|厅|署|院|机关|单位|部门|中心)|共|均|都|全部|依法|严格|始终|[，,、\s])*$/;

/** Words that make the sentence about applications or applicants, whose fee is another (信息处理费). */
const OF_APPLICATIONS = /申请|信息处理费|检索|复制|邮寄/;

export function checkFeeZeroClaims(sentences: readonly SentenceFigures[], input: VsTableInput, notApplication: RegExp): ClaimOutcome[] {
  const name = t2Name('fees', 'feeAmount');
  const cell = input.figures[name];
  // a blank cell or no such row: no claim (the text may well be right)
  // (a cell below 0 is the table's own error, rule t2.count)
  if (cell === undefined || cell === null || cell < 0) return [];
  const out: ClaimOutcome[] = [];
  sentences.forEach((s, i) => {
    const text = s.text;
    if (!text.includes('行政事业性收费') || OF_APPLICATIONS.test(text)) return;
    FEE_ZERO.lastIndex = 0;
    for (let m = FEE_ZERO.exec(text); m; m = FEE_ZERO.exec(text)) {
      const from = clauseStart(text, m.index);
      const end = m.index + m[0].length;
      if (!HARMLESS_BEFORE.test(text.slice(from, m.index))) continue;
      if (aboutPartOfBody(text, m.index, input.body ?? null)) continue;
      if (otherPeriod(text, text.slice(from, end), m.index, input.year ?? null)) continue;
      if (paragraphAboutApplications(sentences, i, notApplication)) continue;
      out.push(judge(shownOf(s).slice(from, end).trim(), cell, input));
    }
  });
  return out;
}

function judge(quote: string, cell: number, input: VsTableInput): ClaimOutcome {
  const label = `表二“${T2_ITEM_ZH.fees}”的“${T2_COLUMN_ZH[isTable2Of2019(input.figures) ? '2019' : '2021'].feeAmount}”`;
  if (cell === 0) return { check: { rule: RULE.vsTable, outcome: 'pass', quote, detail: `未收取 = ${label} 0` } };
  const name = t2Name('fees', 'feeAmount');
  const cells: CellRef[] = input.figureRefs[name] ? [input.figureRefs[name] as CellRef] : [];
  const message = said('vsCell', quote, labelPart(label.replace(/[（(]单位[：:]万元[)）]/, '')), cell);
  return {
    check: { rule: RULE.vsTable, outcome: 'fail', quote, detail: `未收取（0） ≠ ${label} ${cell}` },
    finding: textFinding(RULE.vsTable, 'error', message, quote, cell, 0, cells),
  };
}
