/**
 * The year's flow whose intake has one more intake of applications in the sentence beside it (txt90, rt86's LEFT 36): "全年经
 * 12345热线收到申请10件。新收政府信息公开申请52件，上年结转4件，办结63件，结转下年度3件。" — 52 + 4 against 63 + 3 was an error;
 * read as text-vs-table reads the 新收 against table 三 (intakes-beside.ts intakeAcross: the 10 may be beside the 52), the flow
 * balances with it: a warning that says the sum (rt92: a pass before). In one sentence the flow is not read (two intakes); with no sum that balances
 * ("…新收政府信息公开申请50件…": 10 + 50 + 4 ≠ 66), the error stands.
 */
import { addDec, cmpDec, formatDec, type Dec } from './decimal.ts';
import { splitSentences, type Paragraph } from './extract-prose.ts';
import { findFigures, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { intakeAcross } from './intakes-beside.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { part, restated } from './note-words.ts';

/** The sentences right before and after `s` in its paragraph, with their figures (the flow's reader sees one sentence). */
function neighbours(s: SentenceFigures, paragraphs: readonly Paragraph[]): [SentenceFigures | null, SentenceFigures | null] {
  const p = paragraphs[s.para];
  if (!p) return [null, null];
  const all = splitSentences(p.text);
  const k = all.findIndex((x) => x.offset === s.offset);
  if (k < 0) return [null, null];
  const at = (x: { text: string; offset: number } | undefined, para = s.para): SentenceFigures | null => {
    if (!x) return null;
    const t: SentenceFigures = { para, seq: -1, text: x.text, shown: undefined, offset: x.offset, figures: findFigures(x.text) };
    if (x.offset === 0 && paragraphs[para]?.afterTable) t.afterTable = true;
    return t;
  };
  // (the paragraph before's last sentence, when it ends on a ，: one sentence wrapped over two <p>s, rt91; or on a 。, and the
  // paragraph after's first: the very block beside, intakes-beside.ts intakeAcross, txt93)
  const before = k > 0 ? at(all[k - 1]) : s.para > 0 && paragraphs[s.para - 1] ? at(splitSentences(paragraphs[s.para - 1]!.text).at(-1), s.para - 1) : null;
  const after = k + 1 < all.length ? at(all[k + 1]) : paragraphs[s.para + 1] ? at(splitSentences(paragraphs[s.para + 1]!.text)[0], s.para + 1) : null;
  return [before, after];
}

/**
 * The flow's readings of what came in (`shown` as written), the intake among them, and its error (`failed`): with a neighbour's
 * intake added, a warning that says the sum (rt92: a sum across the 。 is a loose fit — the lead's issue #3, never a pass), or null.
 */
export function flowWithIntakeAcross(s: SentenceFigures, paragraphs: readonly Paragraph[], intake: TextFigure, readings: readonly { value: Dec; shown: string }[], outflow: Dec, out: string, failed: ClaimOutcome, year: number | null = null): ClaimOutcome | null {
  const [prev, next] = neighbours(s, paragraphs);
  for (const { g, before, words } of intakeAcross(prev, s, intake, next, year)) {
    const fit = readings.find((r) => cmpDec(addDec(r.value, g.value), outflow) === 0);
    if (!fit || !failed.finding) continue;
    const shown = before ? `${g.raw}+${fit.shown}` : `${fit.shown}+${g.raw}`;
    return {
      check: { ...failed.check, detail: `${failed.check.detail}；${shown} = ${out} = ${formatDec(outflow)}件（${g.raw}是${before ? '前' : '后'}一句另写的申请，跨句相加，只作提示）` },
      finding: { ...restated(failed.finding, 'flowAcross', part(before ? 'sentBefore' : 'sentAfter'), words, part('plus', ...shown.split('+')), formatDec(outflow)), severity: 'warning' },
    };
  }
  return null;
}
