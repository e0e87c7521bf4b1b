/**
 * A list that names every kind of its whole, so that a total written right after it is theirs and no
 * more (recall54; hunt51 left "…行政强制5件，合计1360件" a skip, the list taken as maybe incomplete):
 * - table 二's decisions of the 2021 format's items (五) and (六): 行政许可, 行政处罚, 行政强制, each once
 *   and nothing else ("…行政确认20件，合计…" is another list: maybe incomplete, as before);
 * - table 三's six results: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理, each once.
 * A total over or under such a list is an error (rule text.parts-sum), as after "分别为…，合计…".
 */

const DECISIONS: readonly RegExp[] = [/行政许可/, /行政处罚/, /行政强制/];
/** (部分公开 before 予以公开 and 不予公开: "部分同意公开" names 公开 too) */
const RESULTS: readonly RegExp[] = [/部分(?:同意|予以)?公开/, /不予公开/, /(?<!部分|不)(?:予以|同意)公开/, /无法提供/, /不予处理/, /其他处理/];

/** Does each item's words name one kind of `kinds`, no item two, and every kind once? */
function everyOnce(words: readonly string[], kinds: readonly RegExp[]): boolean {
  if (words.length !== kinds.length) return false;
  const seen = new Set<number>();
  for (const w of words) {
    const hit = kinds.map((re, k) => (re.test(w) ? k : -1)).filter((k) => k >= 0);
    if (hit.length !== 1 || seen.has(hit[0]!)) return false;
    seen.add(hit[0]!);
  }
  return seen.size === kinds.length;
}

/** The items' own words (label and words after each figure): do they name every kind of table 二's decisions or table 三's results? */
export function namesEveryKind(words: readonly string[]): boolean {
  return everyOnce(words, DECISIONS) || everyOnce(words, RESULTS);
}
