/**
 * en63: a failed comparison made a skip for a reason ("…可能只是其中一部分（70 ≠ 表三“本年新收” 62）"): the reason
 * read back into a code (note-words-skips.ts) where its shape is one known, and the skip's note the reason's with the
 * comparison's, so the panel words both in the UI's language. A reason of a shape not known, or a comparison with no
 * note, gives a skip with no note (its Chinese shown, as before); check-narrative.ts keeps a note only where it says
 * the detail to the character.
 */
import type { NotePart } from '../types.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { part, renderTextNote } from './note-words.ts';

const Q = '“([^”]+)”';
/** The reasons' shapes (other-scope.ts scopeReason, qualified-count.ts's callers, text-vs-table.ts). */
const REASONS: readonly [RegExp, (m: RegExpExecArray) => NotePart | null][] = [
  [new RegExp(`^${Q}的(.+)可能是多个机关的合计，表格只统计本级/本机关$`), (m) => part('scopeWider', m[1]!, m[2]!)],
  [new RegExp(`^正文说明表格只统计本级，${Q}的(.+)是全部的合计$`), (m) => part('scopeWhole', m[1]!, m[2]!)],
  [/^(.+)；其中“([^”]+)”另与表格比较$/, (m) => {
    const scope = reasonPart(m[1]!);
    return scope ? part('scopeAndPart', scope, m[2]!) : null;
  }],
  [/^所计的申请有限定（(.+)），可能只是其中一部分$/, (m) => part('qualifiedApps', m[1]!)],
  [/^所计的案件有限定（(.+)），可能只是其中一部分$/, (m) => part('qualifiedCases', m[1]!)],
  [/^正文所说仍在审理的(.+)可能只是其中一部分$/, (m) => part('stillTrying', m[1]!)],
  [/^前文所计的只是部分申请，此数可能是那部分的$/, () => part('partOfBefore')],
  [/^句首所说的只是部分申请，此数可能是其中的$/, () => part('partOfHead')],
  [/^已办结（答复）申请所含的上年结转申请不一定是上年结转的全部$/, () => part('carriedAnswered')],
  [/^审结的案件可能含上年结转的案件$/, () => part('closedCarried')],
];

/** A reason of a skip as a code, or null where its shape is none known (or it names no figure of the page's: "数字"). */
export function reasonPart(why: string): NotePart | null {
  for (const [re, make] of REASONS) {
    const m = re.exec(why);
    if (!m || m.slice(1).includes('数字')) continue;
    const p = make(m);
    if (p && renderTextNote(p) === why) return p;
  }
  return null;
}

/** A failing outcome made a skip for the reason given, its note the reason's with the comparison's where both have one. */
export function skipFor(o: ClaimOutcome, why: string): ClaimOutcome {
  if (o.check.outcome !== 'fail') return o;
  const { note: cmp, ...check } = o.check;
  const reason = cmp ? reasonPart(why) : null;
  const detail = `${why}（${check.detail}）`;
  return { check: reason && cmp ? { ...check, outcome: 'skip', detail, note: part('whyCmp', reason, cmp) } : { ...check, outcome: 'skip', detail } };
}
