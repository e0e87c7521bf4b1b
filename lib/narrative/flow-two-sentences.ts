/**
 * The year's flow split over two sentences (hunt47 left it; session 46's hunt48): what came in, in one, and what
 * went out, opening the next — 江苏省公安厅 2023 "共接到社会公众依申请公开184件，上年结转办理1件，均依照…规范答复
 * 办理。年内共办结182件，结转下年度继续办理3件。", a 2024 州政府's "共收到…政府信息公开申请42件，申请公开政府信息
 * 内容主要集中在…方面。依法办结35件，结转下年度办理7件。" Read as one sentence (flow-balance.ts), only where:
 * - the two are one after the other in a paragraph, the first about applications, neither about other work;
 * - the first names what came in (新收/收到, 受理; 上年结转 or not) and nothing that went out;
 * - the second opens on its closed count with no subject of its own ("年内共办结182件", "依法办结35件": not
 *   "区政府办公室办结20件", a part's), names 结转下年度 too, and nothing that came in.
 */
import type { Paragraph } from './extract-prose.ts';
import type { SentenceFigures } from './figures-in-text.ts';
import { checkFlowBalance, readTerms } from './flow-balance.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { OTHER_WORK } from './other-work.ts';

/** The second sentence's opening: its closed count, with words of time and manner only before it. */
const OPENS_ON_CLOSED = /^[\s，,]*(?:\d{4}\s*年度?[，,]?\s*)?(?:全年|年内|本年度?|当年|截至年底|截至\d{4}年\d{1,2}月\d{1,2}日[，,]?)?(?:共|共计|累计|依法|已|均|全部|依法依规)*(?:办结|答复完毕|办理完毕|完成答复|予以答复|答复)(?:了)?(?:申请|政府信息公开申请)?\s*$/;

export function checkFlowOverTwo(sentences: readonly SentenceFigures[], i: number, paragraphs: readonly Paragraph[], year: number | null): ClaimOutcome[] {
  const a = sentences[i];
  const b = sentences[i + 1];
  if (!a || !b || a.para !== b.para || a.figures.length === 0 || b.figures.length < 2 || !/申请/.test(a.text) || OTHER_WORK.test(a.text) || OTHER_WORK.test(b.text)) return [];
  const first = b.figures[0]!;
  if (!OPENS_ON_CLOSED.test(b.text.slice(0, first.start))) return [];
  const ta = readTerms(a, year);
  const tb = readTerms(b, year);
  if (!ta || !tb || ta.closed || ta.carriedOut || ta.closedInTime || !(ta.inNew || ta.accepted)) return [];
  if (tb.closed !== first || !tb.carriedOut || tb.inNew || tb.accepted || tb.carriedIn) return [];
  // the two as one sentence, the second's figures at their places in it (the words between kept as the page has them)
  const para = paragraphs[a.para];
  const gap = b.offset - a.offset - a.text.length;
  if (!para || gap < 0) return [];
  const between = (para.text ?? '').slice(a.offset + a.text.length, b.offset);
  const shift = b.offset - a.offset;
  const joined: SentenceFigures = {
    ...a,
    text: a.text + between + b.text,
    shown: (a.shown ?? a.text) + (para.shown ?? para.text ?? '').slice(a.offset + a.text.length, b.offset) + (b.shown ?? b.text),
    figures: [...a.figures, ...b.figures.map((f) => ({ ...f, start: f.start + shift, end: f.end + shift }))],
  };
  return checkFlowBalance(joined, paragraphs, year);
}
