/**
 * "予以公开和部分公开的共40件" (rule text.vs-table): two or more of table 三's results named
 * together, and one figure, their sum. The words of each result are those of measures.ts
 * (APPLY_MEASURES); the sum is read only when the clause is nothing but the names, joined by
 * 和/与/及/以及/、/或, and words that say nothing of what is counted ("的共", "合计", "两类") before
 * the figure. Anything else ("予以公开和部分公开分别为…", "予以公开和部分公开的申请中，…", a name
 * twice) is not read as a sum, as before (text-vs-table.ts skips the figure).
 */
import type { Measure } from './measures.ts';

/**
 * Two of table 三's results named together, quoted or not ("予以公开和部分公开", "“予以公开”、“部分
 * 公开”"): no one row of the table (text-vs-table.ts reads their sum, or skips the figure).
 */
export const JOINED_RESULTS = /(?:予以公开|同意公开|全部公开|部分公开|不予公开|无法提供|不予处理|其他处理)[”"'」』]?[的件]?(?:和|与|及|以及|、|或)[“"'「『]?(?:予以公开|同意公开|全部公开|部分公开|同意部分公开|部分同意公开|部分予以公开|不予公开|无法提供|不予处理|其他处理)/;

/** Table 三's results (spec/report-format.md, 三、本年度办理结果) by their words. */
const RESULTS: readonly { words: RegExp; figure: string; zh: string }[] = [
  { words: /^(?:予以公开|同意公开|全部公开)$/, figure: 't3.granted.total', zh: '予以公开' },
  { words: /^(?:部分公开|同意部分公开|部分同意公开|部分予以公开)$/, figure: 't3.partial.total', zh: '部分公开' },
  { words: /^不予公开$/, figure: 't3.denied.total', zh: '不予公开' },
  { words: /^无法提供$/, figure: 't3.unable.total', zh: '无法提供' },
  { words: /^不予处理$/, figure: 't3.notProcessed.total', zh: '不予处理' },
  { words: /^其他处理$/, figure: 't3.other.total', zh: '其他处理' },
];

/**
 * The pre-2019 reports' words for 部分公开 too: "同意公开和同意部分公开的共39件" (hunt53: read as 部分公开 alone, its
 * last words, an error against 7). Longest first, so that "同意部分公开" is not read as "同意" and a stray "部分公开".
 */
const NAME = '(?:同意部分公开|部分同意公开|部分予以公开|予以公开|同意公开|全部公开|部分公开|不予公开|无法提供|不予处理|其他处理)';

/**
 * The whole clause before the figure: what may open it ("全年", "对申请人"), the names with
 * their joining words, and the words before the figure.
 */
const SUM_CLAUSE = new RegExp(
  `^(?:全年|本年度?|年内)?(?:共|共计)?(?:对|向)?(?:申请人)?[“"'「『]?(${NAME}(?:[”"'」』]?[的件]?(?:和|与|及|以及|、|或)[“"'「『]?${NAME})+)[”"'」』]?` +
    `(?:的|情形|申请|事项|两类|两项|三类|三项|这两类|共|共计|合计|总计|累计|计|为|达|是|有|\\s)*$`,
);

/**
 * The sum the clause (from its start to the figure) names: a measure whose one reading adds the
 * named results' rows; undefined when the clause names results together in some other way (no
 * reading); null when it names no two results together.
 */
export function joinedResults(clause: string): Measure | null | undefined {
  if (!JOINED_RESULTS.test(clause)) return null;
  const m = SUM_CLAUSE.exec(clause.trim());
  if (!m?.[1]) return undefined;
  const names = m[1].match(new RegExp(NAME, 'g')) ?? [];
  const picked = names.map((n) => RESULTS.find((r) => r.words.test(n)));
  if (picked.some((p) => !p)) return undefined;
  const rows = picked as { figure: string; zh: string }[];
  if (new Set(rows.map((p) => p.figure)).size !== rows.length) return undefined;
  const quoted = rows.map((p) => `“${p.zh}”`);
  const label = `表三${quoted.slice(0, -1).join('')}与${quoted[quoted.length - 1]}之和`;
  return { id: 'joinedResults', topic: 'apply', words: /(?!)/g, strict: [{ names: rows.map((p) => p.figure), label }] };
}
