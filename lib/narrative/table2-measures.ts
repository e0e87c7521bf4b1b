/**
 * What the prose's figures about table 二 (主动公开政府信息情况; spec/report-format.md "Table 二")
 * can claim, and the words that say which: the item (规章, 规范性文件, 行政许可, 行政处罚, 行政强制,
 * 行政事业性收费), the column (制发, 废止, 现行有效, 对外公开总数, 处理决定, 收费金额), the units
 * each takes, and the words that make a figure no claim on the table at all. Read by
 * text-vs-table2.ts. Deliberately narrow: a figure whose words are not all understood is no claim.
 */

export type T2Item = 'regulations' | 'normativeDocs' | 'license' | 'penalty' | 'enforcement' | 'fees';
export type T2Column = 'newMade' | 'abolished' | 'inForce' | 'totalPublic' | 'decisions' | 'feeAmount';

/**
 * The items as the prose names them (mapped like the table's rows, labels.ts T2_ITEM_PATTERNS).
 * 规章制度 is a body's internal rules, not 规章; 其他对外管理服务事项 is an item of its own, named
 * so that "行政许可和其他对外管理服务事项" joins two items (no one row).
 */
export const T2_ITEM_WORDS: readonly { item: T2Item | 'other'; re: RegExp }[] = [
  { item: 'regulations', re: /规章(?!制度)/g },
  { item: 'normativeDocs', re: /规范性文件/g },
  { item: 'license', re: /行政许可/g },
  { item: 'penalty', re: /行政处罚/g },
  { item: 'enforcement', re: /行政强制/g },
  { item: 'fees', re: /行政事业性收费/g },
  { item: 'other', re: /其他对外管理服务|政府集中采购/g },
];

/** A sentence that names none of these holds no claim on table 二 (most sentences): one test. */
export const T2_ANY_ITEM = /规章|规范性文件|行政许可|行政处罚|行政强制|行政事业性收费/;

/** Counts of documents are 件/份/个/篇; decisions 件/起/宗/次 (项 and 个 count kinds: 事项清单). */
export const T2_UNITS: Record<T2Item, ReadonlySet<string>> = {
  regulations: new Set(['件', '份', '个', '篇']),
  normativeDocs: new Set(['件', '份', '个', '篇']),
  license: new Set(['件', '起', '宗', '次']),
  penalty: new Set(['件', '起', '宗', '次']),
  enforcement: new Set(['件', '起', '宗', '次']),
  fees: new Set(['元']),
};

/**
 * The column words, by column. 公开 is not 制发 ("公开规范性文件20件" may count another set), and
 * 对外公开总数 is the 2019 column's own name. 决定/办理/办结/作出/实施 are the 处理决定.
 */
export const T2_COLUMN_WORDS: readonly { column: T2Column; re: RegExp }[] = [
  { column: 'totalPublic', re: /对外公开总数/ },
  { column: 'newMade', re: /制发|制定|出台|印发|制作|新制/ },
  { column: 'abolished', re: /废止/ },
  { column: 'inForce', re: /现行有效|有效/ },
  { column: 'decisions', re: /作出|做出|办理|办结|实施|采取|决定/ },
  { column: 'feeAmount', re: /收取|征收|收费金额|收入|金额/ },
];

/** Which columns an item has (2019 and 2021 forms together). */
export const T2_ITEM_COLUMNS: Record<T2Item, ReadonlySet<T2Column>> = {
  regulations: new Set(['newMade', 'abolished', 'inForce', 'totalPublic']),
  normativeDocs: new Set(['newMade', 'abolished', 'inForce', 'totalPublic']),
  license: new Set(['decisions']),
  penalty: new Set(['decisions']),
  enforcement: new Set(['decisions']),
  fees: new Set(['feeAmount']),
};

/** Items whose figure needs no column word ("行政强制7件" is its 处理决定; "规范性文件20件" is nothing). */
export const T2_BARE_COLUMN: Partial<Record<T2Item, T2Column>> = {
  license: 'decisions',
  penalty: 'decisions',
  enforcement: 'decisions',
  fees: 'feeAmount',
};

/**
 * Words that make the figure after them no claim on table 二, from the previous figure (or the
 * ，-clause's start) up to it: other work on documents (清理, 审查, 备案, 审核, 解读, 征求意见, 起草,
 * 修订), publication (公开, 公示, 公布, 发布: another count), lists of kinds (清单, 目录, 权责,
 * 新增/取消/下放事项), applications and their 受理 (not decisions), 立案 and 程序 (part of the
 * cases), 复议/诉讼, what is planned (拟, 建议, 计划), another name (名义), 减免/免征 (not collected),
 * 罚没款 (money, not decisions), 有效期/失效/届满 (not 现行有效), 法规 (法律法规规章: a list),
 * a kind or channel of decision (不予/准予/免予/当场/从轻, 网上, 窗口, 即办: a part of them), and work
 * for another body (协助/配合/指导/代 市政府…: its documents, not this body's).
 * "对外公开总数" is removed before this is tried.
 */
export const T2_VETO = /公开|公示|公布|发布|解读|审查|审核|备案|涉及|评估|征求|听证|起草|报送|梳理|清单|目录|转发|宣传|培训|检查|录入|上传|报备|监督|抽查|申请|受理|复议|诉讼|起诉|撤销|纠正|清理|拟|建议|计划|名义|联合|会同|牵头|代拟|减免|免收|免征|免除|退还|返还|权责|权力|职权|合法性|备查|归档|汇编|编制|立案|移送|程序|简易|罚没|罚款|信息|法规|修订|修改|调整|新增|取消|下放|承接|保留|压缩|届满|有效期|失效|到期|宣布|继续|信用|率|项目|执法检查|双随机|不予|准予|免予|当场|从轻|减轻|从重|撤回|变更|延续|注销|涉|网上|线上|线下|现场|窗口|即办|承诺|协助|配合|指导|督促|帮助|代/;

/**
 * Words anywhere in the ；-clause before a figure that make it no claim: a sub-part (其中, 分别,
 * 本级, 代表), 清理 (its 废止 and 有效 are the review's results), a rate, and a count for a part
 * of the body or for the whole region (全市, 各级各部门: table 二 may hold the government's own
 * documents only), or an office named as part of it (部门, 单位, 大队, 乡镇, 政务服务中心…). Closed
 * parentheses are removed first: "市政府（含市政府办公室）" is the body. The Party's documents are not
 * the government's (党内规范性文件, 区委办印发…, 党组, 纪委): table 二 counts 行政规范性文件 only;
 * 发改委, 卫健委 and 委托 are not a Party committee.
 */
export const T2_SCOPE_VETO = /清理|其中|分别|本级|代表|名义|平均|[日月周年]均|每(?:个)?(?:月|周|天|日|年|季)|全(?:市|县|区|镇|乡|旗|州|省|盟|国)|各级|各(?:部门|单位|乡镇|街道|县|区|镇|乡)|部门|单位|机构|科室|大队|支队|中队|分局|乡镇|街道|镇街|中心|窗口|大厅|党内|党委|党组|党工委|纪委|[区市县省州旗盟]委(?![托员])/;

/**
 * The body naming itself: "本街道", "我乡镇", "本单位", "本部门", "本中心" — the 街道's, 乡镇's or 县级部门's
 * own report (red team 31: "本街道现行有效行政规范性文件3件" was no claim, 街道 taken for a part of the
 * body). Not where a part or a wider scope follows: "本街道各社区", "本部门所属单位", "本单位及下属…".
 */
const SELF_NAMED = /[本我](?:街道|乡镇|部门|单位|机构|中心)(?!各|所属|下属|辖|内|范围|及|和|与|、|以外)/g;

/** T2_SCOPE_VETO on a clause's words, the body's naming of itself left out. */
export function t2ScopeVetoed(scope: string): boolean {
  return T2_SCOPE_VETO.test(scope.includes('本') || scope.includes('我') ? scope.replace(SELF_NAMED, '') : scope);
}

/**
 * The words that may stand between an item and its figure ("行政许可事项1234件", "行政处罚决定
 * 56件", "行政强制措施7件", "规范性文件对外公开总数85件"): anything else ("即办件", "罚没款")
 * makes it no claim.
 */
export const T2_BETWEEN_OK = /^(?:事项|决定书?|案件|措施|处理决定|数量|件数|总数|数|共计|合计|总计|累计|共|计|为|达|的|了|已|本年|本年度|全年|年内|对外公开总数量?|对外公开总数|制发|新制发|制定|出台|印发|新制作|废止|现行有效|有效|作出|做出|办结|办理|实施|收取|征收|收费金额|收入|金额|总额|[\s“”"'‘’])*$/;

/**
 * Filler a segment may hold with no item and only a column word ("废止3件", "本年新制发12件"), and
 * the year's end the count stands at ("废止2件，截至2024年底现行有效31件": red team 22, m14; a
 * year not the report's makes it no claim in isTableClaim, period.ts otherPeriod).
 */
export const T2_FILLER = /[的了“”"'‘’\s]|截至(?:\d{4}年|本年|今年)?(?:年?底|年?末|12月31日)|共计|合计|总计|累计|共|计|为|达|已|本年度|本年|全年|年内|新|另|同时|并|和|及|、/g;

/** The items and columns as the 2021 and 2019 forms name them, for messages. */
export const T2_ITEM_ZH: Record<T2Item, string> = {
  regulations: '规章',
  normativeDocs: '规范性文件',
  license: '行政许可',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
};

export const T2_COLUMN_ZH: Record<'2019' | '2021', Record<T2Column | 'newPublished', string>> = {
  '2021': {
    newMade: '本年制发件数', newPublished: '本年新公开数量', abolished: '本年废止件数', inForce: '现行有效件数',
    totalPublic: '对外公开总数量', decisions: '本年处理决定数量', feeAmount: '本年收费金额（单位：万元）',
  },
  '2019': {
    newMade: '本年新制作数量', newPublished: '本年新公开数量', abolished: '本年废止件数', inForce: '现行有效件数',
    totalPublic: '对外公开总数量', decisions: '处理决定数量', feeAmount: '本年收费金额',
  },
};

/** The figure names of table 二 the check reads ('t2.<item>.<column>', report/figures.ts). */
export function t2Name(item: T2Item, column: T2Column | 'newPublished'): string {
  return `t2.${item}.${column}`;
}

/** Every name the check may read: a page none of them is on has no table 二 to compare with. */
export const T2_NAMES: readonly string[] = (Object.keys(T2_ITEM_COLUMNS) as T2Item[]).flatMap((item) => [
  ...[...T2_ITEM_COLUMNS[item]].map((c) => t2Name(item, c)),
  ...(item === 'regulations' || item === 'normativeDocs' ? [t2Name(item, 'newPublished')] : []),
]);

/** 2019 form: its own columns are on the page (本年新公开数量, 对外公开总数量, 上一年项目数量). */
export function isTable2Of2019(figures: Readonly<Record<string, number | null>>): boolean {
  for (const item of ['regulations', 'normativeDocs'] as const) {
    if (figures[t2Name(item, 'newPublished')] !== undefined || figures[t2Name(item, 'totalPublic')] !== undefined) return true;
  }
  return figures['t2.license.prevYear'] !== undefined || figures['t2.penalty.prevYear'] !== undefined;
}
