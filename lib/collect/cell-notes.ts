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
import { crossNote, whoOf, type CrossNoted } from './cross-note-words.ts';

/** The report was saved before notes were read: whether a cell carries one is not known. */
export const notesUnknown = (r: CrossYearSubject): boolean => r.figureNotes === null;


/**
 * Why a comparison that disagrees was not made: `now` or `other` (or both) was saved before notes
 * were read. `of` names the comparison: the carry-over's direction ("上年结转", "结转下年度") or a
 * stock's row ("行政规范性文件现行有效件数").
 */
export function unknownNotesMessage(now: CrossYearSubject, other: CrossYearSubject, of: string): CrossNoted {
  const old = [now, other].filter(notesUnknown);
  return crossNote('notesUnknown', other.year!, of, old.length === 2 ? 'both' : whoOf(old[0]!, now));
}
