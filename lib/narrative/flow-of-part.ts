/**
 * The year's flow of applications said of a part of the body, on a page with tables (left59; the real reports' sample
 * left "其中，区政府本级收到政府信息公开申请66件，上年结转6件，办结69件，结转下年度继续办理3件" unread): its figures are
 * no figures of table 三 (text-vs-table.ts leaves a part's figures uncompared, body-part.ts), so its own identity,
 * 新收 + 上年结转 = 办结 + 结转下年度, is the only check of it. Read as the flow of a page with no table is
 * (flow-in-items.ts checkFlows), only where every count of the sentence is about a part of the body or another body
 * (aboutPartOfBody): a flow of the body's own has each figure compared with the table instead, as has 本级's where the
 * page has a table 三 of 本级 (text-vs-table.ts, red team 24's m39).
 */
import type { Paragraph } from './extract-prose.ts';
import { isCount, type SentenceFigures } from './figures-in-text.ts';
import { checkFlows } from './flow-in-items.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { aboutOwnLevel, aboutPartOfBody, type Body } from './body-part.ts';

export function checkPartFlow(s: SentenceFigures, paragraphs: readonly Paragraph[], year: number | null, body: Body | null, levelTable: boolean): ClaimOutcome[] {
  const counts = s.figures.filter(isCount);
  if (counts.length < 3 || !counts.every((f) => aboutPartOfBody(s.text, f.start, body))) return [];
  // (本级's, where the page has a table 三 of 本级 the text is compared with, figure by figure: red team 24's m39)
  if (levelTable && counts.some((f) => aboutOwnLevel(s.text, f.start, body))) return [];
  return checkFlows(s, paragraphs, year);
}
