/**
 * "在主动公开的信息中，A类信息N条，B类信息M条，…" (the 2008–2018 form's words), read where the whole is
 * sure (recall39b, hunt39's misses): the count of information published (its words name 主动公开) right
 * before the words, in the same sentence ("2016年度共主动公开政府信息25条，在主动公开的信息中，工作动态
 * 信息5条，…", a 2016 镇) or as the one such count of the sentence right before, in the same paragraph
 * ("…主动公开政府信息93条，全文电子化达100%。在主动公开的信息中，“财政预算-决算”栏目共发布消息2条，
 * 政府工作动态20条、…其他信息24条", a 2016 乡: its first item's 共 is the item's own, no total).
 * The list is read as a 其中 list is (an 其他 item closes it); its shares are left to the wholes they
 * had (share-nested.ts reads 占总体). Two such counts, a count of the same counter between the whole
 * and the words, or a list nested in an item: no reading.
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { closesList, inSubsetParen, partsIn, type PartsGroup } from './parts-sum.ts';

const AMONG = /(?:^|[，,。；;\s])(?:在|从)?(?:本年度?|全年)?主动公开的(?:政府)?信息中\s*[，,：:]?\s*/;
// (and its place between the two words: "主动在门户网站公开政府信息50条", hunt99: a real 2023 区统计局)
const PUBLISHED = /主动(?:在[^，,；;。\d]{1,10}?)?公开/;

export function findInfoAmongGroups(sentences: readonly SentenceFigures[], i: number, year: number | null): PartsGroup[] {
  const s = sentences[i];
  if (!s || s.figures.length < 2 || !s.text.includes('主动公开的')) return [];
  const m = AMONG.exec(s.text);
  if (!m) return [];
  const from = m.index + m[0].length;
  const first = s.figures.find((f) => f.start >= from && isCount(f) && !inSubsetParen(f));
  if (!first) return [];
  const ofUnit = (x: SentenceFigures, f: TextFigure): boolean => isCount(f) && f.unit === first.unit && !inSubsetParen(f) && !notThisYears(x, f, year);
  let whole: { s: SentenceFigures; f: TextFigure } | undefined;
  const before = s.figures.filter((f) => f.end <= m.index + 1 && ofUnit(s, f));
  if (before.length > 0) {
    // (a count before it that is a part of another, "其中通过网站主动公开60条": not the whole, rt39b)
    const last = before[before.length - 1]!;
    if (PUBLISHED.test(last.label) && !/其中|通过|网站|渠道/.test(last.label)) whole = { s, f: last };
  } else {
    // (past one sentence of the paragraph with no figure: "…主动在门户网站公开政府信息50条。全年政务信息公开工作运行正常。
    // 在主动公开的信息中，…" — hunt99, the same 区统计局; a sentence with a figure between ends the reading)
    const near = sentences[i - 1];
    const prev = near && near.para === s.para && near.figures.length === 0 ? sentences[i - 2] : near;
    if (!prev || prev.para !== s.para || m.index !== 0) return [];
    const counts = prev.figures.filter((f) => ofUnit(prev, f));
    if (counts.length === 1 && PUBLISHED.test(counts[0]!.label)) whole = { s: prev, f: counts[0]! };
  }
  if (!whole) return [];
  const parts = partsIn(s, whole.f, from, s.text.length, false, year);
  if (parts.length < 2) return [];
  return [{ shape: whole.s === s ? 'qizhong' : 'qizhong-next', whole, parts, complete: parts.some((p) => closesList(p.f.label)) }];
}
