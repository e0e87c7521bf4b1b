/**
 * Group labels of a table rebuilt without borders (stream-tables.ts): put back where the HTML of
 * the same table has them.
 */

/** A label's number in its list ("1.属于国家秘密" → 1), or null. */
const ITEM_NUMBER = /^([0-9０-９]{1,2})[.．、]/;
export const itemNumber = (label: string): number | null => {
  const m = ITEM_NUMBER.exec(label);
  return m ? Number(m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : null;
};

/** A group's own words start its label: "（三）", "三、" (a vertical label's first character too). */
export const GROUP_START = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])/;

/** A group label rebuilt: label column k, rows top..bottom, its text; `starts`: the text begins with the group's own words. */
export interface GroupLabel {
  k: number;
  top: number;
  bottom: number;
  text: string;
  starts: boolean;
}

/**
 * Group labels (（三）不予公开, 三、本年度办理结果) put back where the HTML of the same table has
 * them. A PDF centres a group's label on its items, often broken over lines ("（三）不" / "予公开")
 * or set one character a line (a vertical 三、本年度办理结果): each piece went to the row nearest
 * it, beside an item that has its own label further right. Per label column, left to right: a
 * **segment** is a run of rows that have a label further right and none of their own at this
 * column or left of it (a row's own label: one with nothing further right, 一、本年新收…,
 * （一）予以公开); the pieces of this column within a segment are its groups' labels. A segment
 * is cut where the items beside this column are numbered from 1 again (8. then 1.). Each group's pieces, joined top to bottom, become one cell at its first row
 * with a rowspan over its rows, as the mapper reads 1.属于国家秘密 under （三）不予公开.
 * Returns each row's rowspan per label column (0: covered) and the groups; changes `labels`.
 */
export function groupSpans(labels: string[][]): { spans: number[][]; groups: GroupLabel[] } {
  const n = labels.length;
  const width = labels[0]?.length ?? 0;
  const spans = labels.map((r) => r.map(() => 1));
  const groups: GroupLabel[] = [];
  const deeperAt = (i: number, k: number): number => labels[i]!.findIndex((t, c) => c > k && t !== '');
  // a row's own label at column c (nothing further right), where it is not a group's already
  const ownAt = (i: number, c: number): boolean => labels[i]![c] !== '' && spans[i]![c] !== 0 && deeperAt(i, c) < 0;
  for (let k = 0; k < width - 1; k++) {
    let i = 0;
    while (i < n) {
      const inSegment = (j: number): boolean => deeperAt(j, k) >= 0 && !labels[j]!.slice(0, k + 1).some((_, c) => ownAt(j, c));
      if (!inSegment(i)) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < n && inSegment(end + 1)) end++;
      // cut where the numbering starts again, when two groups open in the segment
      // cut where the items just right of this column are numbered from 1 again (8. then 1.): the
      // next group (a vertical label two columns left of its items spans them all)
      const cuts: number[] = [i];
      for (let j = i + 1; j <= end; j++) {
        const a = labels[j - 1]![k + 1] ? itemNumber(labels[j - 1]![k + 1]!) : null;
        const b = labels[j]![k + 1] ? itemNumber(labels[j]![k + 1]!) : null;
        if (a !== null && b !== null && b <= a) cuts.push(j);
      }
      cuts.push(end + 1);
      for (let g = 0; g + 1 < cuts.length; g++) {
        const top = cuts[g]!;
        const bottom = cuts[g + 1]! - 1;
        let text = '';
        for (let j = top; j <= bottom; j++) {
          text += labels[j]![k];
          labels[j]![k] = '';
        }
        if (text === '') continue;
        labels[top]![k] = text;
        spans[top]![k] = bottom - top + 1;
        for (let j = top + 1; j <= bottom; j++) spans[j]![k] = 0;
        groups.push({ k, top, bottom, text, starts: GROUP_START.test(text) });
      }
      i = end + 1;
    }
  }
  return { spans, groups };
}

