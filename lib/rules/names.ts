/** Chinese names of table fields, for messages a reader understands without the rule id. */
import { T3_ALL_COLUMNS } from '../map/mapped.ts';

/** The labels of a cell's row and column in the format, as messages name them (instances.ts Term.place). */
export interface CellPlace {
  readonly row: string;
  readonly col: string;
}

export const T3_COLUMN_NAMES: Record<string, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他（法人或其他组织）',
  orgSubtotal: '法人或其他组织小计',
  otherApplicant: '其他申请人',
  total: '总计',
};

const T3_ROW_NAMES: Record<string, string> = {
  new: '一、本年新收',
  carried: '二、上年结转',
  granted: '（一）予以公开',
  partial: '（二）部分公开',
  denied: '（三）不予公开',
  unable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  other: '（六）其他处理',
  processed: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

const T3_ITEM_NAMES: Record<string, string> = {
  secret: '1.属于国家秘密',
  lawForbidden: '2.其他法律行政法规禁止公开',
  threeSecurity: '3.危及“三安全一稳定”',
  thirdParty: '4.保护第三方合法权益',
  internal: '5.属于三类内部事务信息',
  process: '6.属于四类过程性信息',
  enforcement: '7.属于行政执法案卷',
  query: '8.属于行政查询事项',
  noInfo: '1.本机关不掌握相关政府信息',
  needCreate: '2.没有现成信息需要另行制作',
  unclear: '3.补正后申请内容仍不明确',
  petition: '1.信访举报投诉类申请',
  repeat: '2.重复申请',
  publication: '3.要求提供公开出版物',
  massive: '4.无正当理由大量反复申请',
  confirm: '5.要求行政机关确认或重新出具已获取信息',
  overdueCorrection: '1.逾期不补正',
  overdueFee: '2.逾期未缴纳费用',
  otherOther: '3.其他',
};

const rowNameCache = new Map<string, string>();

/**
 * The grand total, 「（七）总计」's 总计 column, is named once: 「（七）总计」 (ux67: 「（七）总计」总计 said the row's word twice).
 * Every other cell is its row in quotes and its column, 「（一）予以公开」自然人.
 */
export const isGrandTotal = (row: string, col: string): boolean => row === 'processed' && col === 'total';

/** A table 三 cell's name from its row's and column's names (t3CellName, note-refs.ts refWords). */
export const t3CellWords = (rowName: string, colName: string, grandTotal: boolean): string => (grandTotal ? `「${rowName}」` : `「${rowName}」${colName}`);
const cellNameCache = new Map<string, Map<string, string>>();

/**
 * A table 三 figure as messages name it, 「（一）予以公开」自然人 (the grand total 「（七）总计」); built once per row and column
 * (~500 terms a report name one).
 */
export function t3CellName(row: string, col: string): string {
  let byCol = cellNameCache.get(row);
  if (!byCol) cellNameCache.set(row, (byCol = new Map()));
  let name = byCol.get(col);
  if (name === undefined) byCol.set(col, (name = t3CellWords(t3RowName(row), T3_COLUMN_NAMES[col] ?? col, isGrandTotal(row, col))));
  return name;
}

/**
 * A row's cell names by column index (T3_ALL_COLUMNS, as MappedRow.cells): the instances resolve a
 * row once and then name each of its terms with an array read. Rows are the mapper's keys
 * (labels.ts), so the cache holds at most a few dozen arrays.
 */
const rowCellNamesCache = new Map<string, readonly string[]>();

export function t3RowCellNames(row: string): readonly string[] {
  let names = rowCellNamesCache.get(row);
  if (names === undefined) rowCellNamesCache.set(row, (names = T3_ALL_COLUMNS.map((col) => t3CellName(row, col))));
  return names;
}

/** A table 三 figure as a finding's note names it (note-refs.ts): its row's and column's keys; built once per row and column. */
const cellRefCache = new Map<string, Map<string, readonly string[]>>();

export function t3CellRef(row: string, col: string): readonly string[] {
  let byCol = cellRefCache.get(row);
  if (!byCol) cellRefCache.set(row, (byCol = new Map()));
  let ref = byCol.get(col);
  if (ref === undefined) byCol.set(col, (ref = ['t3cell', row, col]));
  return ref;
}

/** A table 三 figure's place, its row's and column's labels (instances.ts Term.place); built once per row and column. */
const cellPlaceCache = new Map<string, Map<string, CellPlace>>();

export function t3CellPlace(row: string, col: string): CellPlace {
  let byCol = cellPlaceCache.get(row);
  if (!byCol) cellPlaceCache.set(row, (byCol = new Map()));
  let place = byCol.get(col);
  if (place === undefined) byCol.set(col, (place = { row: t3RowName(row), col: T3_COLUMN_NAMES[col] ?? col }));
  return place;
}

const rowCellPlacesCache = new Map<string, readonly CellPlace[]>();

/** A row's cell places by column index (T3_ALL_COLUMNS), as t3RowCellNames its names. */
export function t3RowCellPlaces(row: string): readonly CellPlace[] {
  let places = rowCellPlacesCache.get(row);
  if (places === undefined) rowCellPlacesCache.set(row, (places = T3_ALL_COLUMNS.map((col) => t3CellPlace(row, col))));
  return places;
}

export function t3RowName(key: string): string {
  let name = rowNameCache.get(key);
  if (name === undefined) rowNameCache.set(key, (name = computeRowName(key)));
  return name;
}

function computeRowName(key: string): string {
  const [group, item] = key.split('.') as [string, string | undefined];
  const g = T3_ROW_NAMES[group] ?? group;
  if (!item) return g;
  return `${g}${T3_ITEM_NAMES[item] ?? item}`;
}

export const T4_GROUP_NAMES: Record<string, string> = {
  review: '行政复议',
  suitDirect: '行政诉讼（未经复议直接起诉）',
  suitAfterReview: '行政诉讼（复议后起诉）',
};

export const T4_ITEM_NAMES: Record<string, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

export const T2_ITEM_NAMES: Record<string, string> = {
  regulations: '规章',
  normativeDocs: '规范性文件',
  license: '行政许可',
  otherServices: '其他对外管理服务事项',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
};

export const T2_COLUMN_NAMES: Record<string, string> = {
  newMade: '本年新制作/制发数量',
  newPublished: '本年新公开数量',
  totalPublic: '对外公开总数量',
  abolished: '本年废止件数',
  inForce: '现行有效件数',
  prevYear: '上一年项目数量',
  change: '本年增/减',
  decisions: '处理决定数量',
  itemCount: '本年项目数量',
  feeAmount: '本年收费金额',
  procurementCount: '采购项目数量',
  procurementAmount: '采购总金额',
};
