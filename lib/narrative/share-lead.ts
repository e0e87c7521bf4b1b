/**
 * The whole a list's lead gives the shares of its items, each item its own paragraph (hunt44: a
 * real 2021 镇 report's "主动公开的8条信息中，主要类别如下：" then "1.机构设置…：…本年度新增信息3条，
 * 占37.5%。", "2.…2条，占25%。", "3.…3条，占37.5%。"; the first share was read against the 历年累计
 * 535条 of the sentence before the lead, a guess, and the others against nothing). Read only when
 * the share's paragraph and every paragraph between it and the lead open with a list mark (1. /
 * （一） / 一、), the lead is the last sentence of the paragraph right before the first of them and
 * ends in 如下：, and it frames exactly one count of the share's unit with 中 ("…的8条信息中"), no
 * smaller than the part.
 */
import { cmpDec } from './decimal.ts';
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import type { At } from './quote.ts';

const MARK = /^\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、)/;
const LEAD = /如下\s*[：:]\s*$/;
/** the words between the lead's count and its 中: "信息", "条信息" is the count's own */
const FRAMED = /^\s*[^\d，,；;。：:]{0,8}?中\s*[，,]/;
/** items between the lead and the share, at most */
const MAX_ITEMS = 12;

export function leadWholeBefore(sentences: readonly SentenceFigures[], i: number, part: TextFigure): At | null {
  const s = sentences[i];
  if (!s) return null;
  const opens = (para: number): boolean => {
    const first = sentences.find((x) => x.para === para);
    return !!first && first.offset === 0 && MARK.test(first.text);
  };
  if (!opens(s.para)) return null;
  let para = s.para;
  while (para > 0 && s.para - para < MAX_ITEMS && opens(para - 1)) para--;
  const before = sentences.filter((x) => x.para === para - 1);
  const lead = before[before.length - 1];
  if (!lead || !LEAD.test(lead.text)) return null;
  const counts = lead.figures.filter((f) => isCount(f) && f.unit === part.unit);
  const w = counts[0];
  if (!w || counts.length !== 1 || !FRAMED.test(lead.text.slice(w.end)) || cmpDec(w.value, part.value) < 0) return null;
  return { s: lead, f: w };
}
