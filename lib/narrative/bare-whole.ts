/**
 * A whole written without its counter, or with its number in a bracket, before a 其中 list in 条
 * (recall36, session 35's hunts): "全年主动公开政府信息64，其中工作动态40条，…其他信息4条", "公开各类信息
 * 1,024，其中…", "主动公开政府信息（1386）条，其中…" (a form's blank filled in). figures-in-text.ts reads
 * no figure there (a number with no counter may be anything), so the list had no whole. A reader takes
 * the number for the list's whole, in the list's counter, when nothing else can be:
 * - it stands right before "，其中", after words naming information published (信息, 公开, 发布) in its
 *   own clause, with no figure of any kind before it in the sentence;
 * - the list after 其中 opens on a count in 条.
 * The list is then judged as any 其中 list (parts-judge.ts): a pass where it adds up, a skip where it
 * is short and open, an error where a closed list (其他 last) does not add up.
 */
import { toDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { clauseEnd, clauseStartOf, closesList, partsIn, type PartsGroup } from './parts-sum.ts';

/** The number, bare ("64，其中") or in a bracket before 条 ("（1386）条，其中"), with 其中 after it. */
const BARE_WHOLE = /(?:(\d{1,3}(?:,\d{3})+|\d+)|[（(]\s*(\d{1,3}(?:,\d{3})+|\d+)\s*[）)]\s*条)\s*[，,：:]?\s*其中/g;
/** Words of information published, in the number's clause before it. */
const PUBLISHED = /信息|公开|发布/;
/** What a number right after them would be if not a count: a year, a date, a rank, a code. */
const NOT_COUNT_BEFORE = /[\d.．第号年月日]$/;

export function findBareWholeGroups(s: SentenceFigures, year: number | null = null): PartsGroup[] {
  if (s.figures.length < 2 || !s.text.includes('其中')) return [];
  const out: PartsGroup[] = [];
  BARE_WHOLE.lastIndex = 0;
  for (let m = BARE_WHOLE.exec(s.text); m; m = BARE_WHOLE.exec(s.text)) {
    const digits = (m[1] ?? m[2])!;
    const start = m.index;
    const q = s.text.indexOf('其中', start + digits.length);
    const numEnd = m[1] !== undefined ? start + digits.length : s.text.lastIndexOf('条', q) + 1;
    const from = clauseStartOf(s.text, start);
    const label = s.text.slice(from, start);
    if (NOT_COUNT_BEFORE.test(label) || !PUBLISHED.test(label) || /[（(]$/.test(label) && m[1] !== undefined) continue;
    if (s.figures.some((f) => f.start < q)) continue;
    const first = s.figures.find((f) => f.start > q);
    if (!first || first.unit !== '条' || !isCount(first)) continue;
    const value = Number(digits.replace(/,/g, ''));
    if (!Number.isSafeInteger(value) || value <= 0) continue;
    const shownNumber = s.text.slice(start, numEnd);
    const whole: TextFigure = {
      raw: m[1] !== undefined ? `${digits}` : shownNumber, value: toDec(value, 0), printed: toDec(value, 0), unit: '条', approx: false, ulp: null,
      start, end: numEnd, label, clause: first.clause, share: false, shareOf: '', change: null, paren: null,
    };
    const parts = partsIn(s, whole, q, clauseEnd(s.text, q), false, year);
    if (parts.length < 2) continue;
    out.push({ shape: 'qizhong', whole: { s, f: whole }, parts, complete: parts.some((p) => closesList(p.f.label)) });
  }
  return out;
}
