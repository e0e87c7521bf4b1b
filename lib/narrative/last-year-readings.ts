/**
 * What a change the text states against last year is a change of (lib/narrative/last-year-claims.ts
 * reads it, lib/collect/text-change.ts checks it with last year's report). Apart, with no imports,
 * so that the collection's checks do not pull the narrative's readings into their bundles.
 */

/**
 * Which of this year's figures the text's count is: table 三's 本年新收 (+ 上年结转), table 四's 复议 or
 * 诉讼 总计, table 二's 处理决定数量 of 行政许可, 行政处罚 or 行政强制.
 */
export type LastYearReading = 'new' | 'newAndCarried' | 'review' | 'suits' | 'license' | 'penalty' | 'enforcement';

/** Table 二's decisions the text may restate with a change ("办理行政许可1452件，同比增长12.3%"), by their words. */
export const DECISION_ITEMS: readonly { reading: 'license' | 'penalty' | 'enforcement'; word: string }[] = [
  { reading: 'license', word: '行政许可' },
  { reading: 'penalty', word: '行政处罚' },
  { reading: 'enforcement', word: '行政强制' },
];

