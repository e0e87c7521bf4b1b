/**
 * Every identity of the format, declared as data (STYLE.md, after Arelle's calculation checks:
 * "total = Σ items", one evaluator). A rule names the fields it reads; lib/rules/instances.ts
 * expands it over the columns or rows a page has, lib/rules/evaluate.ts judges each instance.
 * Ids are stable: stored findings and settings refer to them. Never rename one silently.
 */
import type { Severity } from '../types.ts';

export type RuleScope = 't3-column' | 't3-row' | 't3-group-subtotal' | 't3-org-subtotal' | 't3-added-rows' | 't4-group' | 't4-added-total' | 't2-figure' | 't2-block-total' | 'text';

export interface RuleDef {
  id: string;
  /** Chinese title for the panel */
  title: string;
  severity: Severity;
  scope: RuleScope;
  /** which line of spec/report-format.md (and of the 国办 format) the rule encodes */
  source: string;
  /** for sum rules: Σ lhs = Σ rhs, field names in the scope's vocabulary */
  lhs?: readonly string[];
  rhs?: readonly string[];
}

/** The result items of table 三 that （七）总计 sums; the 'other.*' set is whichever form the page has. */
export const T3_RESULT_ITEMS = [
  'granted', 'partial',
  'denied.secret', 'denied.lawForbidden', 'denied.threeSecurity', 'denied.thirdParty', 'denied.internal', 'denied.process', 'denied.enforcement', 'denied.query',
  'unable.noInfo', 'unable.needCreate', 'unable.unclear',
  'notProcessed.petition', 'notProcessed.repeat', 'notProcessed.publication', 'notProcessed.massive', 'notProcessed.confirm',
  'other.*',
] as const;

export const RULES: readonly RuleDef[] = [
  {
    id: 't3.balance', title: '表三收支平衡', severity: 'error', scope: 't3-column',
    source: '表三 identity 1 (stated in the corner cell): 一 + 二 = 三（七） + 四',
    lhs: ['new', 'carried'], rhs: ['processed', 'carriedForward'],
  },
  {
    id: 't3.results-total', title: '表三办理结果合计', severity: 'error', scope: 't3-column',
    source: '表三 identity 2: 三（七） = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+ Σ（六）',
    lhs: ['processed'], rhs: T3_RESULT_ITEMS,
  },
  {
    id: 't3.row-total', title: '表三行合计', severity: 'error', scope: 't3-row',
    source: '表三 identity 3: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
    lhs: ['total'], rhs: ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg'],
  },
  {
    id: 't3.subtotal', title: '表三小计', severity: 'error', scope: 't3-group-subtotal',
    source: '表三 identity 4: a subtotal row a unit added equals the sum of its items',
  },
  {
    id: 't3.subtotal', title: '表三小计', severity: 'error', scope: 't3-org-subtotal',
    source: '表三 identity 4: a 法人或其他组织 小计 column equals its five columns',
    lhs: ['orgSubtotal'], rhs: ['commercial', 'research', 'social', 'legal', 'otherOrg'],
  },
  {
    id: 't3.subtotal', title: '表三小计', severity: 'error', scope: 't3-added-rows',
    source: '表三 identity 4: the channels a unit lists under 一 (其中：当面申请…) add up to 一 per column — never more, and less only where the list may leave channels out (no 其他 in it); a 申请数量合计 row a unit added = 一 + 二 (or 一 alone)',
  },
  {
    id: 't4.group-total', title: '表四分组合计', severity: 'error', scope: 't4-group',
    source: '表四: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group',
    lhs: ['total'], rhs: ['upheld', 'corrected', 'other', 'pending'],
  },
  {
    id: 't4.subtotal', title: '表四合计', severity: 'error', scope: 't4-added-total',
    source: '表四 has no 合计 of the groups; one a unit added (a sixteenth column, or a 合计 column beside 总计 on a table drawn on its side) equals the sum of the 总计s of the groups its place covers; a 合计 row under the group rows of a table on its side, per item column, the sum of that item over the groups it covers',
    lhs: ['added'], rhs: ['total'],
  },
  {
    id: 't2.block-total', title: '表二合计', severity: 'error', scope: 't2-block-total',
    source: '表二 has no totals; a 合计/总计 row a unit added under a block (第二十条第（一）项 规章 + 规范性文件, …) equals, per column, the sum of that block\'s item rows above it, where the column holds one unit',
    lhs: ['total'], rhs: ['items'],
  },
  {
    id: 't2.count', title: '表二数量', severity: 'warning', scope: 't2-figure',
    source: '表二 soft check: counts are non-negative integers (本年增/减 may be negative; money may be decimal)',
  },
  // The narrative stage's rules (issue #3) are code, not sums: lib/narrative/ runs them; they are
  // declared here so that ids stay unique and every rule has its firing and silent fixtures.
  {
    id: 'text.vs-table', title: '正文与表格', severity: 'error', scope: 'text',
    source: 'Narrative figures: 新收/上年结转/办结/结转下年度/复议/诉讼 in the text equal tables 三 and 四 under some accepted reading',
  },
  {
    id: 'text.parts-sum', title: '正文分项之和', severity: 'error', scope: 'text',
    source: 'Narrative figures: "共…N条，其中A…a条、B…b条" — the parts sum to the whole',
  },
  {
    id: 'text.share', title: '正文占比', severity: 'error', scope: 'text',
    source: 'Narrative figures: "占X%" against the named whole, within the rounding its digits allow; "办结率X%" as 办结 ÷ 受理 of its sentence\'s figures or of table 三',
  },
  {
    id: 'text.change', title: '正文同比变化', severity: 'error', scope: 'text',
    source: 'Narrative figures: "较上年X项，增加/减少Y项", "增长Z%" recomputed; "较上年提高Y个百分点" as the difference of the two rates; "是上年的K倍" (× K), "增长K倍" (× (1 + K)), "翻番"',
  },
  {
    id: 'text.product', title: '正文乘积', severity: 'error', scope: 'text',
    source: 'Narrative figures: "每期4200册，全年12期50400册"',
  },
];

/** Ids of findings the stages raise outside the sum rules. */
export const OTHER_FINDING_IDS = ['table.blank-total', 'table.blanks-as-zero', 'map.unmapped', 'map.unread-table', 'map.missing-table', 'map.part-scope', 'grid.truncated', 'page.script-veil', 'core.internal'] as const;

export function ruleIds(): string[] {
  return [...new Set(RULES.map((r) => r.id))];
}
