/**
 * A 其中 after one result of table 三 followed by that result's peers (red team rt39): "予以公开32件，
 * 其中属于主动公开范围10件，部分公开7件，不予公开5件…，共计办结63件". The 其中 names a part of 予以公开
 * (属于公开范围 is itself read as a result since recall39: item-dimensions.ts), then the list goes on
 * with the other results, which are no parts of it: summed under the 32 it was a false error, 41
 * against 32. A list under a result that names another result is a skip.
 */
import { itemWords, type PartsGroup } from './parts-sum.ts';

const ROWS = /部分同意公开|同意公开|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理/g;
const SAME: Readonly<Record<string, string>> = { 同意公开: '予以公开', 部分同意公开: '部分公开' };

function rowsIn(words: string): Set<string> {
  return new Set([...words.matchAll(ROWS)].map((m) => SAME[m[0]] ?? m[0]));
}

/** Why the list is no division of its whole, when its whole is a result and a part another. */
export function peerResults(g: PartsGroup): string | null {
  const whole = rowsIn(g.whole.f.label.replace(/^[、，,；;\s]+/, ''));
  if (whole.size === 0) return null;
  const other = g.parts.map((p) => [...rowsIn(itemWords(p))]).flat().find((r) => !whole.has(r));
  return other ? `总数${g.whole.f.raw}是“${[...whole].join('、')}”一项，所列含与它并列的“${other}”，所列可能是全部办理结果，不作判断` : null;
}
