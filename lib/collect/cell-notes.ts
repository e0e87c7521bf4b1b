/**
 * Notes in a figure's cell across years ("3（含上年度未办结复议1件）", "58（含自然失效29件）"): such a
 * figure is read, but it is no plain count of what the other year's report counted, so a comparison
 * across years that reads it is not made (a `cross.skipped`, naming the note). A stored record saved
 * before the collection kept notes (record v2 without figureNotes, v1) cannot say whether its cells
 * had one: its figureNotes is null, and a comparison with it that disagrees is not made either (the
 * note it may have had could be why), with the advice to open that report again. One that agrees
 * says nothing either way, as a plain one would.
 */
import type { CrossYearSubject } from './neighbour.ts';

/** The report was saved before notes were read: whether a cell carries one is not known. */
export const notesUnknown = (r: CrossYearSubject): boolean => r.figureNotes === null;

/** "本报告" for `now` itself, else "<year>年报告". */
export const whoseReport = (r: CrossYearSubject, now: CrossYearSubject): string => (r === now || r.id === now.id ? '本报告' : `${r.year}年报告`);

/**
 * Why a comparison that disagrees was not made: `now` or `other` (or both) was saved before notes
 * were read. `what` names the comparison ("上年结转", "行政规范性文件现行有效件数").
 */
export function unknownNotesMessage(now: CrossYearSubject, other: CrossYearSubject, what: string): string {
  const old = [now, other].filter(notesUnknown);
  const who = old.length === 2 ? '两份报告' : whoseReport(old[0]!, now);
  return (
    `${other.year}年报告与本报告的${what}不一致，未核对：${who}保存时尚未读取单元格中的注释（如“3（含…）”），` +
    `无法判断不一致是否由注释说明；重新打开${who}的页面后即可核对`
  );
}
