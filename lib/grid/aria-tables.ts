/**
 * Grids drawn with ARIA roles instead of a <table>: `<div role=table>` with `role=row` and
 * `role=cell`/`columnheader`/`rowheader` children (a CMS template that lays table 三 out in divs;
 * red team 10b, pages 28 and 29). parseGrid reads them as it reads a <table> (table-rows.ts).
 *
 * CellRef.table indexes the document's <table>s first; such a grid comes after them all: the
 * number of <table>s plus its index among ariaTables(document) (lib/types.ts). The core looks for
 * them only when no <table> of a report on the national template is table 三 (analyze.ts), so a
 * page read the usual way pays nothing for them.
 */
import { isHtmlTable } from './table-rows.ts';

/** The document's role=table elements that are no <table>, in document order. */
export function ariaTables(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('[role="table"]')).filter((el) => !isHtmlTable(el));
}

/** The element CellRef.table names: a <table>, or past them a grid drawn with ARIA roles. */
export function tableResolver(doc: Document): (index: number) => Element | undefined {
  const tables = doc.querySelectorAll('table');
  let aria: Element[] | null = null;
  return (index) => (index < tables.length ? tables[index] : (aria ??= ariaTables(doc))[index - tables.length]);
}
