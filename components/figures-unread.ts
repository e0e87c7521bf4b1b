/**
 * The key figures of a table that was not read: said once, with why, rather than as four (or two)
 * bare "—" that read as zeros or blanks on the page. A table 三 that is a picture, not found, or in
 * an attached file leaves 新收, 办结, 予以公开 and 结转 with nothing to show; table 四 the reviews and suits.
 */
import type { Translate } from './i18n.ts';
import type { ReportView } from './findings-view.ts';
import type { KeyFigure } from './key-figures.ts';
import { TABLES_ARE_PICTURES, tableIsPicture } from '../lib/map/notes.ts';
import { reasonText, TABLE_NAME } from './results-text.ts';

export const FIGURE_TABLE: Record<KeyFigure['key'], 't3' | 't4'> = {
  new: 't3', processed: 't3', granted: 't3', carriedForward: 't3', review: 't4', suit: 't4',
};

export interface UnreadFigures {
  table: 't3' | 't4';
  /** "表三在页面上是图片，其中的主要数字无法读取" */
  text: string;
}

/** Each of tables 三 and 四 the core did not read whose key figures are all blank, with why; [] when none. */
export function unreadFigureTables(t: Translate, view: Pick<ReportView, 'unread'>, figures: readonly KeyFigure[]): UnreadFigures[] {
  const why = view.unread.missingReason?.split('；') ?? [];
  return (['t3', 't4'] as const)
    .filter((k) => view.unread.missingTables.includes(k))
    .filter((k) => figures.some((f) => FIGURE_TABLE[f.key] === k) && figures.every((f) => FIGURE_TABLE[f.key] !== k || f.value === null))
    .map((k) => {
      const name = t(TABLE_NAME[k]);
      if (why.includes(tableIsPicture(k))) return { table: k, text: t('figsTablePicture', name) };
      // one reason for every table (its tables are pictures, the report is in a file): the core's, worded
      const whole = why.find((w) => w === TABLES_ARE_PICTURES || w.startsWith('报告'));
      return { table: k, text: whole ? t('figsTableOther', name, reasonText(t, whole)) : t('figsTableMissing', name) };
    });
}
