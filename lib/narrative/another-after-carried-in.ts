/**
 * "上年结转4件，另1件因补正延期至2023年答复" (rt44 left it; recall45): a count carried on into next year, opened by
 * 另, right after the count carried in from last year. 另 sets it beside another count of carried applications:
 * the 4 carried in may be carried on as well, or answered, and the sentence does not say which. The 1 is then
 * no more than one part of 结转下年度: it passes where it is the table's whole, is a skip where it is less, and
 * stays an error where it is more than the whole (read by text-vs-table.ts as a sub-item, vs-table-compare.ts).
 * Not "上年结转4件，办结63件，另1件…" (another count between: the 另 is after 办结), nor "上年结转4件，1件因补正…"
 * (no 另: the count stands alone).
 */
import { CARRIED_FORWARD_AFTER } from './carried-after.ts';
import { CARRIED_SOURCE } from './period.ts';

const COUNT = String.raw`(?:[\d０-９]+|[一二两三四五六七八九十]+)\s*件`;
const AFTER_CARRIED_IN = new RegExp(
  String.raw`(?:${CARRIED_SOURCE}|去年结转)(?:的|了)?(?:政府信息公开|信息公开)?(?:申请)?(?:共|有)?${COUNT}(?:申请)?[，,；;]\s*(?:另外?有?|还有|此外)\s*$`,
);

/** Does the text before a figure end on "上年结转N件，另"? */
export function anotherAfterCarriedIn(before: string): boolean {
  return AFTER_CARRIED_IN.test(before);
}

/**
 * "上年结转的2件因需补正结转至2023年办理" (recall44 left it; recall45): those carried in, named by what became of them,
 * carried on again. They may be some of the carried-in applications (the others answered), or all of them: read as one
 * part of 上年结转 — a pass where it is the table's whole, a skip where less, an error only where more. (Named by a
 * result right after, "上年结转的2件予以公开", they are not read at all: rt39, text-vs-table.ts.)
 */
export function carriedInCarriedOn(after: string): boolean {
  // (its reason may open a clause of its own, "上年结转的2件，因需补正结转至…"; not "上年结转4件，结转下年度3件", the next count)
  if (CARRIED_FORWARD_AFTER.test(after)) return true;
  if (!/^[，,]\s*(?:因|由于)/.test(after)) return false;
  const rest = after.replace(/^[，,]\s*(?:由于)?/, '因').replace(/^因因/, '因');
  const stop = rest.search(/[。；;]/);
  return CARRIED_FORWARD_AFTER.test(rest) && !/(?:[\d０-９]+|[一二两三四五六七八九十]+)\s*件/.test(stop < 0 ? rest : rest.slice(0, stop));
}
