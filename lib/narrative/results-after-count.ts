/**
 * Results opening a sentence after a count that is none of table 三's wholes (rt41). "区疾控中心收到申请12件，
 * 已全部答复。予以公开8件，不予公开4件。", "网上申请40件，办结40件。予以公开20件…", "涉及疫情防控的申请18件。
 * 予以公开11件…" in a 区卫生健康局's report: results with no subject of their own, right after a sentence
 * whose every count of applications fits none of the wholes the tables hold (本年新收, its sum with 上年结转,
 * 办理结果总计, and that less 上年结转), are that count's results, or may be: not compared with table 三's
 * rows (a skip, as leadsWithPartsOf does for a part it can name). After a sentence with one count that fits
 * a whole ("我局共收到申请62件，办结63件。予以公开30件") they are the whole's and still compared.
 */
import { decToNumber } from './decimal.ts';
import type { SentenceFigures } from './figures-in-text.ts';
import type { Body } from './body-part.ts';
import { clauseStart } from './quote.ts';
import { leadsWithPartsOf, SUBSET } from './qizhong-readings.ts';

/** A result of table 三 opening the clause, with no subject ("予以公开8件", "办理结果为：“予以公开”3件"); not 其中. */
const OPENS_ON_RESULT = /^[\s，,]*(?:办理结果(?:为|如下|是)?[：:，,]?\s*)?[“"]?(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)/;

type Figures = Readonly<Record<string, number | null>>;
/** A table's figures, and those with its blank totals filled where the page leaves some blank. */
interface TableFigures { figures: Figures; filled?: { of: Figures; figures: Figures } | null }

const WHOLES = ['t3.new.total', 't3.carried.total', 't3.processed.total'] as const;

/** The values a count of all applications may have on tables with these figures. */
function wholesOf(figures: Figures): number[] {
  const [n, c, p] = WHOLES.map((k) => figures[k] ?? null) as [number | null, number | null, number | null];
  // (a table with 新收 or 办理结果总计 unknown tells no part from the whole: none; not 上年结转 alone:
  // "区妇幼保健院受理申请5件" beside 5 carried in is no whole)
  if (n === null || p === null) return [];
  return [n, p, ...(c !== null ? [n + c, p - c] : [])];
}

/**
 * Does `clause` (a sentence, or a later ；-clause of it, from where it opens) open with a result of
 * table 三 right after `prev` (of its paragraph), whose counts of applications (件) fit none of the
 * wholes of any of `tables`? False when prev counts no 件 at all (nothing to tell the part by).
 */
export function resultsOfAnotherCount(clause: string, prev: SentenceFigures | null, tables: readonly (TableFigures | null)[]): boolean {
  if (!prev || !OPENS_ON_RESULT.test(clause)) return false;
  const counts = prev.figures.filter((f) => f.unit === '件' && !f.approx && f.paren === null);
  if (counts.length === 0) return false;
  // (each table with the 总计 it leaves blank filled, as vs-table-compare.ts reads it)
  const all = tables.flatMap((x) => (x ? [x.filled && x.filled.of === x.figures ? x.filled.figures : x.figures] : []));
  const wholes = all.flatMap(wholesOf);
  if (all.length === 0 || all.some((f) => wholesOf(f).length === 0)) return false;
  return counts.every((f) => !wholes.includes(decToNumber(f.value)));
}

/** Do prev's counts of applications (件, outside brackets) hold one that fits a whole of the tables? */
function fitsAWhole(prev: SentenceFigures, tables: readonly (TableFigures | null)[]): boolean {
  const all = tables.flatMap((x) => (x ? [x.filled && x.filled.of === x.figures ? x.filled.figures : x.figures] : []));
  const wholes = all.flatMap(wholesOf);
  return prev.figures.some((f) => f.unit === '件' && !f.approx && f.paren === null && wholes.includes(decToNumber(f.value)));
}

/**
 * Are the results opening `s` (or its ；-clause) a part's, as leadsWithPartsOf or resultsOfAnotherCount
 * read them? Not where `s` opens on a result and prev's subject alone made it a part while prev's
 * counts fit the tables' wholes ("市政府办公室全年新收…436件，答复…403件（…）。予以公开及部分公开165件" in
 * the 市政府办公室's own report, hunt33b's shape: the tables are what its subject counts). A last clause
 * naming a part ("…86件，其中网上申请60件。予以公开…") still makes them the part's, or may.
 */
export function resultsOfPart(s: SentenceFigures, prev: SentenceFigures | null, body: Body | null, tables: readonly (TableFigures | null)[]): boolean {
  if (resultsOfAnotherCount(s.text, prev, tables)) return true;
  if (!leadsWithPartsOf(s, prev, body)) return false;
  if (!prev || !OPENS_ON_RESULT.test(s.text) || !fitsAWhole(prev, tables)) return true;
  const p = prev.text.replace(/[。！？\s]+$/, '');
  return SUBSET.test(p.slice(clauseStart(p, p.length)));
}
