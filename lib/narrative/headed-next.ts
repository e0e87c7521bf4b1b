/**
 * A list headed by what it covers, opening the sentence after its whole (recall39b, hunt39's misses:
 * a 2018 乡's "…累计主动公开政府信息348条。主要类别包括：工作动态类信息144条，通知通告5条，…其他方式15条",
 * read in the same sentence only, list-marks.ts HEADED_LIST). The whole is the one count of the items'
 * counter in the sentence right before, in the same paragraph (two or more: which one the list divides
 * is not sure, no reading). As in one sentence, such a head claims no closed sum: a pass where the
 * items add up, an error only where an 其他 item closes the list, else a skip.
 */
import { isCount, type SentenceFigures } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { closesList, inSubsetParen, partsIn, type PartsGroup } from './parts-sum.ts';
import { part } from './note-words.ts';

const HEAD = /^[\s，,]*(?:其|本年|全年)?(?:(?:主要)?(?:类别|类型|种类|内容)(?:主要)?(?:包括|包含|涵盖)|主要(?:包括|包含|涵盖)|涵盖)\s*[：:]?\s*(?=[^，,；;。\d])/;

export function findHeadedListNext(sentences: readonly SentenceFigures[], i: number, year: number | null): PartsGroup[] {
  const s = sentences[i];
  const prev = sentences[i - 1];
  if (!s || !prev || s.figures.length < 2 || prev.para !== s.para) return [];
  // (every head ends 包括, 包含 or 涵盖, looked for first: where none is said HEAD is never compiled, perf63)
  const m = s.text.includes('包括') || s.text.includes('包含') || s.text.includes('涵盖') ? HEAD.exec(s.text) : null;
  if (!m) return [];
  const first = s.figures.find((f) => isCount(f) && !inSubsetParen(f));
  if (!first) return [];
  const candidates = prev.figures.filter((f) => isCount(f) && f.unit === first.unit && !inSubsetParen(f) && !notThisYears(prev, f, year));
  if (candidates.length !== 1) return [];
  const whole = candidates[0]!;
  const parts = partsIn(s, whole, m[0].length, s.text.length, false, year);
  if (parts.length < 2) return [];
  const complete = parts.some((p) => closesList(p.f.label));
  return [{
    shape: 'qizhong-next', whole: { s: prev, f: whole }, parts, complete,
    ...(complete ? {} : { unsure: part('headedList') }),
  }];
}
