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

/** A result of table 三 opening the clause, with no subject ("予以公开8件", "办理结果为：“予以公开”3件"); not 其中. */
export const OPENS_ON_RESULT = /^[\s，,]*(?:办理结果(?:为|如下|是)?[：:，,]?\s*)?[“"「『]?(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)/;

const WHOLES = ['t3.new.total', 't3.carried.total', 't3.processed.total'] as const;

/** The values a count of all applications may have on tables with these figures. */
function wholesOf(figures: Readonly<Record<string, number | null>>): number[] {
  const [n, c, p] = WHOLES.map((k) => figures[k] ?? null) as [number | null, number | null, number | null];
  // (not 上年结转 alone: "区妇幼保健院受理申请5件" beside 5 carried in is no whole)
  return [n, p, n !== null && c !== null ? n + c : null, p !== null && c !== null ? p - c : null].filter((v): v is number => v !== null);
}

/**
 * Does `clause` (a sentence, or a later ；-clause of it, from where it opens) open with a result of
 * table 三 right after `prev` (of its paragraph), whose counts of applications (件) fit none of the
 * wholes of any of `tables`? False when prev counts no 件 at all (nothing to tell the part by).
 */
export function resultsOfAnotherCount(clause: string, prev: SentenceFigures | null, tables: readonly Readonly<Record<string, number | null>>[]): boolean {
  if (!prev || !OPENS_ON_RESULT.test(clause)) return false;
  const counts = prev.figures.filter((f) => f.unit === '件' && !f.approx && f.paren === null);
  if (counts.length === 0) return false;
  const wholes = tables.flatMap(wholesOf);
  if (wholes.length === 0) return false;
  return counts.every((f) => !wholes.includes(decToNumber(f.value)));
}

/**
 * The same for a later ；-clause at `at` of `s` (rt42): "区疾控中心收到申请12件，办结12件；予以公开8件，无法提供4件" — the
 * results are the counts' before them in the sentence, when the clauses before hold no results and no list of
 * their own (else the sentence before is what they follow, as at its start).
 */
export function resultsOfAnotherCountAt(s: SentenceFigures, at: number, prev: SentenceFigures | null, tables: readonly Readonly<Record<string, number | null>>[]): boolean {
  // (nor where the clauses before hold results or a 其中 list of their own: "其中，予以公开51件，占56.0%；部分公开7件…")
  if (at === 0 || OPENS_ON_RESULT.test(s.text) || /其中|包括|结果|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理/.test(s.text.slice(0, at))) return resultsOfAnotherCount(s.text, prev, tables);
  return resultsOfAnotherCount(s.text.slice(at), { ...s, figures: s.figures.filter((f) => f.end <= at) }, tables);
}
