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

/** A sentence with no figure that names another place of publication, or a year, or last year: the reading does not go past it. */
const OTHER_PLACE_OR_YEAR = /网站|网页|门户|微信|微博|公众号|新媒体|政务号|客户端|APP|App|抖音|头条|视频号|平台|公开栏|公告栏|公示栏|(?:19|20)\d{2}\s*年|去年|上年|上一年|前一年/;

/**
 * The whole's sentence opening on another year than the report's: "2022年，我局主动公开政府信息45条。在主动公开的信息中，…" in the
 * 2023 report (rt101: read as 2023's whole on main, a 50:45 false error) — last year's count, said to compare.
 */
function otherYearOpens(text: string, year: number | null): boolean {
  const y = /^\s*((?:19|20)\d{2})\s*年(?!\d)/.exec(text);
  return y !== null && year !== null && Number(y[1]) !== year;
}

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
    // (rt101: not past one that turns to another place or period — "另在政务微信公众号发布信息若干。", "同时在政务新媒体同步推送。",
    // "2023年工作运行正常。" after 2022's count: the list may count more than the count before it, 60:50 and 80:50 false errors)
    const near = sentences[i - 1];
    const prev = near && near.para === s.para && near.figures.length === 0 && !OTHER_PLACE_OR_YEAR.test(near.text) ? sentences[i - 2] : near;
    if (!prev || prev.para !== s.para || m.index !== 0 || otherYearOpens(prev.text, year)) return [];
    const counts = prev.figures.filter((f) => ofUnit(prev, f));
    if (counts.length === 1 && PUBLISHED.test(counts[0]!.label)) whole = { s: prev, f: counts[0]! };
  }
  if (!whole) return [];
  const parts = partsIn(s, whole.f, from, s.text.length, false, year);
  if (parts.length < 2) return [];
  return [{ shape: whole.s === s ? 'qizhong' : 'qizhong-next', whole, parts, complete: parts.some((p) => closesList(p.f.label)) }];
}
