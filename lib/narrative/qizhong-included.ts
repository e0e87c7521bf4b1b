/**
 * A count and the counts a "，含/包括…" clause after it names: the one it is a subset of (includedIn),
 * a 包括 list of its items (includesListOf), and why a 其中 list under it may divide an item or the rest
 * rather than the whole (sumsToIncludedItem, restOfIncluded). Read by parts-qizhong.ts.
 */
import { cmpDec, subDec, sumDec } from './decimal.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { dimensionOf, LIST_JOIN, LIST_LEAD, WORDS_THEN_JOIN } from './parts-sum.ts';
import { part } from './note-words.ts';
import type { NotePart } from '../types.ts';

/** A count that is a subset of the one before it, in a clause of its own: "，含上年结转5件". */
export const INCLUDED = /^(?:含|包括|包含|内含)/;

/**
 * The count a "，含…N件" clause is a subset of: the count of its unit right before it, joined by
 * nothing but the clause's comma ("受理申请41件，包括上年结转5件" → 41), or undefined.
 */
export function includedIn(s: SentenceFigures, f: TextFigure, counts: readonly TextFigure[]): TextFigure | undefined {
  if (!INCLUDED.test(f.label)) return undefined;
  const o = counts[counts.indexOf(f) - 1];
  return o && o.unit === f.unit && /^\s*[，,]\s*$/.test(s.text.slice(o.end, f.start - f.label.length)) ? o : undefined;
}

/**
 * The items of a 包括 list that the count `f` ends, with the count the list is of: "全年共收到申请21件，
 * 包括信函申请2件、网络申请19件" → 21 and [2, 19]; undefined when `f` ends no such list of two items or
 * more. The items are joined by 、/和/及/与 (with their words between), or by a comma when both name the
 * same kind (dimensionOf: "包括信函申请2件，网络申请19件"); the first opens on 包括/含 right after the
 * outer count's comma (includedIn).
 */
export function includesListOf(s: SentenceFigures, f: TextFigure, counts: readonly TextFigure[]): { outer: TextFigure; items: TextFigure[] } | undefined {
  const items = [f];
  for (let k = counts.indexOf(f) - 1; k >= 0; k--) {
    const outer = includedIn(s, items[0] as TextFigure, counts);
    if (outer) return items.length >= 2 ? { outer, items } : undefined;
    const prev = counts[k] as TextFigure;
    const next = items[0] as TextFigure;
    if (prev.unit !== f.unit) return undefined;
    const between = s.text.slice(prev.end, next.start);
    const kind = (x: TextFigure): string | null => dimensionOf(x.label.replace(/^[、，,\s]+/, '').replace(LIST_LEAD, ''));
    const joined = (LIST_JOIN.test(between) && !/[\d，,；;。：:（）()]/.test(between)) || WORDS_THEN_JOIN.test(between)
      || (/^[，,][^\d，,；;。：:（）()]*$/.test(between) && kind(prev) !== null && kind(prev) === kind(next));
    if (!joined) return undefined;
    items.unshift(prev);
  }
  return undefined;
}

/**
 * Why a list under the whole of a 包括 list may not divide that whole, in Chinese: it adds up to one of
 * the 包括 items instead ("21件，包括信函申请2件、网络申请19件。其中…" with parts adding up to 19: the
 * 其中 may name the 19 alone, the item it follows). Undefined when it adds up to the whole or to no item.
 */
export function sumsToIncludedItem(list: { outer: TextFigure; items: readonly TextFigure[] }, parts: readonly { f: TextFigure }[]): NotePart | undefined {
  const sum = sumDec(parts.map((p) => p.f.value));
  if (cmpDec(sum, list.outer.value) === 0) return undefined;
  const hit = list.items.find((i) => cmpDec(sum, i.value) === 0);
  return hit ? part('includedItem', hit.raw) : undefined;
}

/**
 * A list under the count a 含 clause is a subset of, adding up to that count less the subset
 * ("受理申请41件，包括上年结转5件。其中自然人申请30件，法人或其他组织申请6件": 36 = 41 − 5): the
 * list may divide the rest (this year's own), not the whole; why, in Chinese, or undefined.
 */
export function restOfIncluded(outer: TextFigure, included: TextFigure, parts: readonly { f: TextFigure }[]): NotePart | undefined {
  const sum = sumDec(parts.map((p) => p.f.value));
  if (cmpDec(sum, subDec(outer.value, included.value)) !== 0) return undefined;
  return part('includedRest', outer.raw, included.raw);
}
