/**
 * Dotted names ("denied.secret", "t3.new.natural", "review.total"), each built once per pair of
 * parts. A report keeps ~200 figures under such names, in objects and Maps; a name made afresh on
 * every run is a new string that V8 hashes and looks up in its string table each time it becomes a
 * key (~80 ns), a name it has seen before is not. The parts are the label patterns' keys, so
 * the cache stays small; it is bounded all the same.
 */
const cache = new Map<string, Map<string, string>>();
let size = 0;
const MAX_NAMES = 5000;

export function dottedName(head: string, tail: string): string {
  let byTail = cache.get(head);
  let name = byTail?.get(tail);
  if (name !== undefined) return name;
  name = `${head}.${tail}`;
  if (size < MAX_NAMES) {
    if (!byTail) cache.set(head, (byTail = new Map()));
    byTail.set(tail, name);
    size++;
  }
  return name;
}
