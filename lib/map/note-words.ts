/**
 * The mapping stage's notes as codes with their figures (tabs59), and their Chinese words: the
 * batch checker and the Chinese panel say them as the core always has (note.message); the panel in
 * another language words them from the code through its locale files (components/map-note-words.ts),
 * as lib/collect's quarantine codes are. A label quoted from the page ("「…」") is an argument, shown
 * as the page wrote it.
 */

type Kind = 't2' | 't3' | 't4';
const KIND: Record<Kind, string> = { t2: '表二', t3: '表三', t4: '表四' };

/** Each code's Chinese words from its arguments. */
const WORDS = {
  // analyze-tables.ts: [table number, kind, the text's figures fitting it kept from errors (1/0)]
  hiddenCopy: (n: number, k: Kind, t3: number) => `第${n}个表格（${KIND[k]}）在页面上是隐藏的，与页面显示的${KIND[k]}不同，未读取${t3 ? '；正文中与它相合的数字不作为错误' : ''}`,
  // [table number, its year, the report's year, shown (1) or hidden (0)]
  otherYear: (n: number, y: number, report: number, shown: number) => `第${n}个表格（表三）${shown ? '' : '在页面上是隐藏的，'}是${y}年的表，不是本报告年度（${report}年）的，未读取；已读取标明${report}年的表三；正文中与它相合的数字不作为错误`,
  // year-tables.ts: a table 二 or 四 of another year [table number, kind, its year, the report's year, shown (1) or hidden (0)]
  otherYearTable: (n: number, k: 't2' | 't4', y: number, report: number, shown: number) => `第${n}个表格（${KIND[k]}）${shown ? '' : '在页面上是隐藏的，'}是${y}年的表，不是本报告年度（${report}年）的，未读取；已读取标明${report}年的${KIND[k]}`,
  // [table number, rows, rows read]
  gridTruncated: (n: number, rows: number, read: number) => `第${n}个表格有${rows}行，过大，只读取了前${read}行`,
  scriptVeil: () => '文章正文在保存的网页中是隐藏的（微信公众号文章由页面脚本显示正文，仅保存HTML时未显示），已按文章正文检查',
  partScope: (heading: string) => `表三的标题“${heading}”表明它只含本级的数字，正文中的申请数字未与之比较`,
  // map-table2.ts
  t2RowSumUnknown: (label: string) => `表二的「${label}」一行无法确定是哪些行的合计，未校验`,
  t2RowUnknown: (label: string) => `表二未能识别的行「${label}」`,
  t2NoFigures: () => '表二没有读到任何数字，未参与校验',
  // [the item's label, the figure as written]
  t2RoundFigure: (label: string, figure: string) => `表二「${label}」一行的「${figure}」是约数，不作为确切数字，未参与校验`,
  t2HeaderUnknown: (label: string, col: number, header: string) => `表二「${label}」一行第${col}列的表头${header ? `「${header}」` : ''}无法识别`,
  // map-table3.ts, t3-columns.ts
  t3RowRatio: (label: string) => `表三「${label}」一行是比率，不是件数，未参与校验`,
  t3PartRowCells: (label: string) => `表三续表「${label}」一行的单元格数与其他行不一致，无法对齐各列，未参与校验`,
  t3RowUnknown: (label: string) => `表三未能识别的行「${label}」，未参与校验`,
  t3RowAddedSum: (label: string) => `表三「${label}」一行是单位加的合计（新收与上年结转之和），不是“（七）总计”，未参与校验`,
  t3RowRepeated: (label: string) => `表三重复的行「${label}」，未参与校验`,
  t3HeaderUnknown: (col: number) => `表三第${col}列表头无法识别，未参与校验`,
  // [the 其中 column's label, the column it is part of]
  t3ColumnOfWhich: (label: string, whole: string) => `表三「${label}」一列是前一列「${whole}」中的一部分，不计入各行总计，未单独核对`,
  t3ColumnOfWhichToo: (label: string, whole: string) => `表三「${label}」一列也是「${whole}」中的一部分，不计入各行总计，未单独核对`,
  t3NoTotalColumn: () => '表三没有“总计”列：各行的总计（各类申请人之和）无法核对，只核对了各列的勾稽关系',
  t3ColumnsUnread: () => '表三的列无法按表头识别，表三未参与校验',
  t3NoNaturalColumn: () => '表三没有“自然人”列：总计是否含自然人的申请表中未说明，各行的总计（各类申请人之和）未核对，只核对了各列的勾稽关系',
  t3ColumnNoFigures: (label: string) => `表三「${label}」一列的单元格大多不是数字，该列未参与校验`,
  // map-table3-transposed.ts
  t3tRowUnknown: (label: string) => `表三（申请人在行）未能识别的行「${label}」，未参与校验`,
  t3tRowsUnread: () => '表三（申请人在行）的行无法按申请人识别，表三未参与校验',
  t3tPartRowsDiffer: () => '表三续表（申请人在行）的行与前表不一致，表三未参与校验',
  t3ColUnknown: (label: string) => `表三未能识别的列「${label}」，未参与校验`,
  t3ColAddedSum: (label: string) => `表三「${label}」一列是单位加的合计（新收与上年结转之和），不是“（七）总计”，未参与校验`,
  t3ColRepeated: (label: string) => `表三重复的列「${label}」，未参与校验`,
  // map-table4.ts
  t4NoDataRows: () => '表四没有找到数据行，未参与校验',
  t4ColNotTemplate: (col: number, path: string) => `表四第${col}列（${path}）不是模板的列，未参与校验`,
  t4ColumnsUnread: (count: number) => `表四的列无法按表头识别（${count}列），未参与校验`,
  t4RowSumUnknown: (label: string) => `表四「${label}」一行无法确定是哪些组的合计，未参与校验`,
  t4ColSumUnknown: (col: number, label: string) => `表四第${col}列（${label}）无法确定是哪些组的合计，未参与校验`,
} as const;

export type MapNoteCode = keyof typeof WORDS;
export type MapNoteArgs<C extends MapNoteCode> = Parameters<(typeof WORDS)[C]>;
export const MAP_NOTE_CODES = Object.keys(WORDS) as MapNoteCode[];

/** A note as its code and figures, with the core's Chinese words for it. */
export interface MapNote {
  code: MapNoteCode;
  args: (string | number)[];
  message: string;
}

export function mapNote<C extends MapNoteCode>(code: C, ...args: MapNoteArgs<C>): MapNote {
  const words = WORDS[code] as (...a: unknown[]) => string;
  return { code, args: [...args], message: words(...args) };
}
