/**
 * Label patterns, as data: how a row or column label of the national format
 * (国办公开办函〔2019〕60号 and 〔2021〕30号; spec/report-format.md) is recognised, whatever its
 * position. Patterns run on labelKey() text: half-width, no spaces, so "（三）" is "(三)".
 * Where a label is matched by keyword rather than in full, it is because real pages carry typos
 * ("2.其他法律行政止公开", 淮安市洪泽区 2023) and abbreviations.
 */

export interface LabelPattern<K extends string> {
  key: K;
  re: RegExp;
}

/** Top-level rows of table 三, tried in order (a result group before 予以公开: 不予公开 ⊄ 予以公开). */
export const T3_ROW_PATTERNS: LabelPattern<string>[] = [
  { key: 'carriedForward', re: /结转下年度|转下一?年度?办理/ },
  { key: 'new', re: /本年新收|本年度?新收|新收.*申请/ },
  { key: 'carried', re: /上年结转|上年度结转|上年转结/ },
  { key: 'partial', re: /部分公开/ },
  { key: 'denied', re: /不予公开/ },
  { key: 'unable', re: /无法提供/ },
  { key: 'notProcessed', re: /不予处理/ },
  { key: 'other', re: /其他处理/ },
  { key: 'granted', re: /予以公开/ },
  { key: 'processed', re: /\(七\)|总计|合计/ },
];

/** The items of each result group, in the template's order (the number is the fallback). */
export const T3_GROUP_ITEMS: Record<string, LabelPattern<string>[]> = {
  denied: [
    { key: 'secret', re: /国家秘密/ },
    { key: 'lawForbidden', re: /法律|法规|禁止/ },
    { key: 'threeSecurity', re: /三安全|一稳定/ },
    { key: 'thirdParty', re: /第三方/ },
    { key: 'internal', re: /内部事务/ },
    { key: 'process', re: /过程性/ },
    { key: 'enforcement', re: /执法案卷/ },
    { key: 'query', re: /查询/ },
  ],
  unable: [
    { key: 'noInfo', re: /不掌握/ },
    { key: 'needCreate', re: /另行制作|现成/ },
    { key: 'unclear', re: /不明确/ },
  ],
  notProcessed: [
    { key: 'petition', re: /信访|举报|投诉/ },
    { key: 'repeat', re: /重复申请/ },
    { key: 'publication', re: /出版物/ },
    { key: 'massive', re: /大量|反复/ },
    { key: 'confirm', re: /确认|重新出具/ },
  ],
  other: [
    { key: 'overdueCorrection', re: /补正/ },
    { key: 'overdueFee', re: /收费|缴纳|费用/ },
    { key: 'otherOther', re: /^\d*[.、]?其他$/ },
  ],
};

/** 'denied.secret' → 'denied': the group of each item row the mapper can name. */
const T3_ITEM_GROUPS = new Map<string, string>(
  Object.entries(T3_GROUP_ITEMS).flatMap(([group, items]) => items.map((p): [string, string] => [`${group}.${p.key}`, group])),
);

/** The result group of a table 三 row key ('denied.secret' → 'denied'), or null for a top-level row. */
export function t3GroupOf(key: string): string | null {
  const group = T3_ITEM_GROUPS.get(key);
  if (group !== undefined) return group;
  const dot = key.indexOf('.');
  return dot > 0 ? key.slice(0, dot) : null;
}

/** Order matters where one keyword hides in another (3.危及"三安全一稳定" vs 2.其他法律…). */
export const T3_ITEM_MATCH_ORDER: Record<string, string[]> = {
  denied: ['secret', 'thirdParty', 'internal', 'process', 'enforcement', 'query', 'threeSecurity', 'lawForbidden'],
};

/** Table 三 columns by their lowest header label. */
export const T3_COLUMN_PATTERNS: LabelPattern<string>[] = [
  { key: 'natural', re: /自然人/ },
  { key: 'commercial', re: /商业企业/ },
  { key: 'research', re: /科研机构/ },
  { key: 'social', re: /社会公益/ },
  { key: 'legal', re: /法律服务/ },
  { key: 'orgSubtotal', re: /小计|合计/ },
  { key: 'total', re: /总计/ },
  { key: 'otherOrg', re: /^其他$|其他组织$|^其他/ },
];

/** Table 四: the group a column falls under, from its whole header path. */
export const T4_GROUP_PATTERNS: LabelPattern<string>[] = [
  { key: 'suitAfterReview', re: /复议后起诉/ },
  { key: 'suitDirect', re: /未经复议|直接起诉/ },
  { key: 'review', re: /行政复议/ },
];

export const T4_ITEM_PATTERNS: LabelPattern<string>[] = [
  { key: 'upheld', re: /维持/ },
  { key: 'corrected', re: /纠正/ },
  { key: 'other', re: /其他/ },
  { key: 'pending', re: /尚未审结|未审结|未结/ },
  { key: 'total', re: /总计|合计|小计/ },
];

/** Table 二's items (rows) and columns, 2019 and 2021 forms and the local variants seen. */
export const T2_ITEM_PATTERNS: LabelPattern<string>[] = [
  { key: 'regulations', re: /^规章$|^规章[^制]/ },
  { key: 'normativeDocs', re: /规范性文件/ },
  { key: 'license', re: /行政许可/ },
  { key: 'otherServices', re: /其他对外管理服务/ },
  { key: 'penalty', re: /行政处罚/ },
  { key: 'enforcement', re: /行政强制/ },
  { key: 'fees', re: /行政事业性收费/ },
  { key: 'procurement', re: /政府集中采购/ },
];

export const T2_COLUMN_PATTERNS: LabelPattern<string>[] = [
  { key: 'newMade', re: /本年新制作|本年制发/ },
  { key: 'newPublished', re: /本年新公开/ },
  { key: 'totalPublic', re: /对外公开总/ },
  { key: 'abolished', re: /废止/ },
  { key: 'inForce', re: /现行有效/ },
  { key: 'prevYear', re: /上一年/ },
  // also "本年增(+)/减(-)" with its signs and "本年增(减)" (red team 33 c11: the column went unread, said)
  // "本年增/" with 减 lost (沅陵县二酉苗族乡 2020 as stored, tb102): the 2019 form's only column so begun
  { key: 'change', re: /增(?:\(\+\))?[/(]?减|增减|^本年增\/?$/ },
  { key: 'decisions', re: /处理决定/ },
  { key: 'procurementCount', re: /采购项目数量/ },
  { key: 'itemCount', re: /本年项目数量/ },
  { key: 'feeAmount', re: /收费金额/ },
  { key: 'procurementAmount', re: /采购总金额/ },
];

/** Table 二 columns that hold money, not counts (may be decimal). */
export const T2_MONEY_COLUMNS = new Set(['feeAmount', 'procurementAmount']);
/** Table 二 columns that may be negative (本年增/减). */
export const T2_SIGNED_COLUMNS = new Set(['change']);

export function matchLabel<K extends string>(patterns: readonly LabelPattern<K>[], key: string): K | null {
  for (const p of patterns) if (p.re.test(key)) return p.key;
  return null;
}

/** matchLabel, with where the pattern matched (the patterns have no g flag: exec is test). */
export function matchLabelAt<K extends string>(patterns: readonly LabelPattern<K>[], key: string): { key: K; match: RegExpExecArray } | null {
  for (const p of patterns) {
    const match = p.re.exec(key);
    if (match) return { key: p.key, match };
  }
  return null;
}
