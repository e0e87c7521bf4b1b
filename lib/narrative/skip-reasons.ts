/**
 * A failed comparison made a skip for a reason ("所计的申请有限定（…），可能只是其中一部分（70 ≠ 表三“本年新收” 62）").
 * en64: the reason comes coded from where it is made (said(): other-scope.ts scopeReason and notThisTable,
 * text-vs-table.ts, respectively.ts, the qualified-count callers), and the skip's note is the reason's with the
 * comparison's (whyCmp), so the panel words both in the UI's language. en63 read the Chinese reason back into its code
 * here; nothing is read back now. A reason given in words alone (a string: a shape no code says yet), or a comparison
 * with no note, gives a skip with no note (its Chinese shown, as before); check-narrative.ts keeps a note only where
 * it says the detail to the character.
 */
import type { ClaimOutcome } from './narrative-types.ts';
import { part, type Said } from './note-words.ts';

/** Why a claim is not judged: said with its code (said()), or the core's words alone where none is coded. */
export type Reason = Said | string;

/** A failing outcome made a skip for the reason given, its note the reason's with the comparison's where both have one. */
export function skipFor(o: ClaimOutcome, why: Reason): ClaimOutcome {
  if (o.check.outcome !== 'fail') return o;
  const { note: cmp, ...check } = o.check;
  const reason = typeof why === 'string' ? { message: why } : why;
  const detail = `${reason.message}（${check.detail}）`;
  return { check: reason.note && cmp ? { ...check, outcome: 'skip', detail, note: part('whyCmp', reason.note, cmp) } : { ...check, outcome: 'skip', detail } };
}
