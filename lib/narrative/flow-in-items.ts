/**
 * The year's flow of applications (flow-balance.ts, then flow-words.ts), and the same counted in 项
 * (recall39b, hunt39's misses: a 2021 provincial department's "共收到依申请公开16项，办理15项，结转下年度
 * 继续办理1项"). A sentence whose counts are all in 项, none in 件, about applications (申请, and none of
 * the other things received and answered: 许可, 审批, 咨询…) is read as if they were in 件, and what
 * is said of it is said in 项. Counts in both units: not read (the flow's terms are not one kind).
 * The same for 件次 (recall43: "共收到政府信息公开申请72件次，办结70件次，结转下年度2件次"): every count
 * of the sentence in 件次, none in 件 or 项.
 */
import type { Paragraph } from './extract-prose.ts';
import type { SentenceFigures } from './figures-in-text.ts';
import { checkFlowBalance } from './flow-balance.ts';
import { checkFlowWords } from './flow-words.ts';
import { forwardedFlow } from './forwarded-in.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { part, restated } from './note-words.ts';
import { OTHER_WORK } from './other-work.ts';

function inJian(s: SentenceFigures, paragraphs: readonly Paragraph[], year: number | null): ClaimOutcome[] {
  const read = checkFlowBalance(s, paragraphs, year);
  return read.length > 0 ? read : checkFlowWords(s, paragraphs, year);
}

export function checkFlows(s: SentenceFigures, paragraphs: readonly Paragraph[], year: number | null): ClaimOutcome[] {
  const read = inJian(s, paragraphs, year);
  if (read.length > 0) return read;
  // "其中市政府办公室转办…申请30件，办结28件，结转下年2件": forwarded to the body, what came in (forwarded-in.ts)
  const forwarded = forwardedFlow(s, (t) => inJian(t, paragraphs, year));
  if (forwarded) return forwarded;
  const unit = (['项', '件次'] as const).find((u) => s.figures.some((f) => f.unit === u));
  if (!unit || s.figures.some((f) => f.unit === '件' || (f.unit !== unit && (f.unit === '项' || f.unit === '件次'))) || !/申请/.test(s.text) || OTHER_WORK.test(s.text)) return [];
  const asJian: SentenceFigures = { ...s, figures: s.figures.map((f) => (f.unit === unit ? { ...f, unit: '件' } : f)) };
  // (the figures' own words keep their unit: "72件次" is not written again)
  const toXiang = (t: string): string => t.replace(/件(?!次)/g, unit);
  return inJian(asJian, paragraphs, year).map((o) => ({
    ...o,
    // (a skip's note too, en105: its reason said in the unit as its detail is)
    check: { ...o.check, ...(o.check.detail !== undefined ? { detail: toXiang(o.check.detail) } : {}), ...(o.check.note ? { note: part('inUnit', o.check.note, unit) } : {}) },
    // (the finding's note kept, said in the unit: note-words-more.ts inUnit is toXiang)
    ...(o.finding ? { finding: restated(o.finding, 'inUnit', unit) } : {}),
  }));
}
