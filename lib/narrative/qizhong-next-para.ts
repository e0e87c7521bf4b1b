/**
 * A 其中 opening a paragraph, its whole the last sentence of the paragraph before: a sentence split by
 * a paragraph break ("全年共收到政府信息公开申请62件。" ¶ "其中，当面申请10件、网络申请40件、信函申请12件。",
 * txt73). A page's paragraphs may be its own sections, so such a whole is tentative (parts-qizhong.ts
 * findLeadingReference: a sum that does not fit is a skip); it is sure, and judged as within one paragraph,
 * only where the sentence right before is the one that names it: its one count of the list's unit (no
 * peers, no 其中 of its own, no 含 clause: those are guesses anyway), a count of applications that its
 * ，-clause names (申请, and no 复议/诉讼/建议/提案…), exact, and the list's items all say the same one
 * thing of applications (how they came, who sent them, what became of them: dimensionOf; an 其他 item aside).
 */
import type { At } from './quote.ts';
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { clauseStartOf, closesList, dimensionOf, itemWords } from './parts-sum.ts';
import { OTHER_WHOLE_WORK } from './other-work.ts';

/** Applications named in the whole's clause before its figure. */
const APPLICATIONS = /申请/;

export function wholeSureAcrossParagraph(prev: SentenceFigures, s: SentenceFigures, whole: TextFigure, candidates: readonly TextFigure[], parts: readonly At[]): boolean {
  if (s.para - prev.para !== 1 || candidates.length !== 1 || candidates[0] !== whole || whole.approx) return false;
  const clause = prev.text.slice(clauseStartOf(prev.text, whole.start), whole.start);
  if (!APPLICATIONS.test(clause) || OTHER_WHOLE_WORK.test(clause)) return false;
  // (an 其他 item closing the list may name no dimension: "其他渠道提交12件")
  const dims = parts.filter((p) => !closesList(p.f.label)).map((p) => dimensionOf(itemWords(p)));
  return parts.length >= 2 && dims[0] !== undefined && dims[0] !== null && dims.every((d) => d === dims[0]);
}
