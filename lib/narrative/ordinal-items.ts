/**
 * Items numbered "一是…；二是…；三是…" after a whole (rule text.parts-sum; recall38, session 37's
 * hunts): "全年主动公开政府信息120条：一是工作动态80条；二是通知公告30条；三是人事信息10条" (or each
 * item a sentence of its own after "…120条。"). Reports number their measures so more often than a
 * whole's parts, so a list is read only where every numbered clause holds one count of the whole's
 * counter and nothing else counted, the numbers running from 一 with none missing, right after the
 * whole (nothing but a mark between), two items at least. Such numbering does not say the items are
 * all of the whole, nor that none overlaps (channels: one item may go out on two): only a list closed
 * by an 其他 item and naming no channel can be wrong; else a pass where it adds up, a skip where not.
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { closesList, inRespectivelyList, type PartsGroup } from './parts-sum.ts';
import type { At } from './quote.ts';
import { part } from './note-words.ts';

const NUMERALS = '一二三四五六七八九十';
/** Where information goes out: items so named may overlap (one item on two of them). */
const CHANNEL = /网站|网页|门户|微博|微信|公众号|新媒体|客户端|平台|渠道|媒体|公开栏|公告栏|报刊|报纸|电视|广播/;

/** Where "N是" opens a clause of `text` at or after `from` (the sentence's start, or after a mark), or −1. */
function ordinalAt(text: string, n: number, from: number): number {
  const word = `${NUMERALS[n]}是`;
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || /[，,；;。：:\s]/.test(text[at - 1] ?? '')) return at;
  }
  return -1;
}

export function findOrdinalItemGroups(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup[] {
  const s = sentences[i];
  if (!s || s.figures.length === 0) return [];
  // (every list below opens on "一是", in this sentence or the next: most sentences hold it in neither)
  if (!s.text.includes('一是') && !sentences[i + 1]?.text.includes('一是')) return [];
  // the whole: the last count before "：一是" in the sentence, or its last when the next sentence opens on 一是
  const first = ordinalAt(s.text, 0, 0);
  const whole = (first >= 0 ? s.figures.filter((f) => f.end <= first).pop() : s.figures[s.figures.length - 1]) as TextFigure | undefined;
  if (!whole || !isCount(whole) || whole.paren !== null || whole.value.n <= 0n || notThisYears(s, whole, year) || inRespectivelyList(s, whole)) return [];
  // right after the whole: "…120条：一是…" in its sentence, or "…120条。" and the next sentence opening on 一是
  const rest = s.text.slice(whole.end);
  let at: { k: number; pos: number };
  if (/^\s*[：:]\s*一是/.test(rest)) at = { k: i, pos: ordinalAt(s.text, 0, whole.end) };
  else if (/^\s*[。：:]?\s*$/.test(rest) && sentences[i + 1]?.para === s.para && /^\s*一是/.test(sentences[i + 1]!.text)) at = { k: i + 1, pos: ordinalAt(sentences[i + 1]!.text, 0, 0) };
  else return [];
  const parts: At[] = [];
  for (let n = 0; n < NUMERALS.length && at.pos >= 0; n++) {
    const t = sentences[at.k] as SentenceFigures;
    // the clause runs to the next number, in this sentence or opening the next of the paragraph
    const nextHere = ordinalAt(t.text, n + 1, at.pos + 2);
    const nextSentence = sentences[at.k + 1];
    const end = nextHere >= 0 ? nextHere : t.text.length;
    const inClause = t.figures.filter((f) => f.start >= at.pos && f.end <= end);
    if (inClause.length !== 1) return [];
    const f = inClause[0] as TextFigure;
    if (!isCount(f) || f.unit !== whole.unit || f.paren !== null || f.share || notThisYears(t, f, year)) return [];
    parts.push({ s: t, f });
    if (nextHere >= 0) at = { k: at.k, pos: nextHere };
    else if (nextSentence && nextSentence.para === t.para && new RegExp(`^\\s*${NUMERALS[n + 1]}是`).test(nextSentence.text)) at = { k: at.k + 1, pos: ordinalAt(nextSentence.text, n + 1, 0) };
    else break;
  }
  if (parts.length < 2) return [];
  const complete = parts.some((p) => closesList(p.f.label));
  const channels = parts.some((p) => CHANNEL.test(p.f.label));
  const unsure = !complete ? part('ordinalShort') : channels ? part('channelsRepeat') : undefined;
  return [{ shape: parts.every((p) => p.s === s) ? 'qizhong' : 'qizhong-next', whole: { s, f: whole }, parts, complete, ...(unsure ? { unsure } : {}) }];
}
