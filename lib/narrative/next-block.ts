/**
 * The very next block read as the sentence beside (txt93). extract-prose.ts ends a paragraph at every block (<p>, <div>, a
 * cell) and at a <br> after a 。, so "…不予处理3件。</p><p>其他处理1件。" (a Word <p class=MsoNormal> each, or a <br> between) is
 * two paragraphs, and the readings of the sentence after in its paragraph (a list's rest, rt92; an intake beside the 新收,
 * txt90) never saw the second: a consistent list flagged 62:63, an intake that fits an error where the same in one paragraph
 * is a warning. A block is the sentence after only where it follows at once: the first sentence of the paragraph right after,
 * with no table between (Paragraph.afterTable), and not opening on a heading's or an item's number ("三、…", "（三）", "1.").
 */
import type { SentenceFigures } from './figures-in-text.ts';

/** A heading's or an item's number at a block's start ("三、", "（三）", "3.", "①", "第三部分"). */
const HEADING = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[.、．](?!\d)|[\u2460-\u2473]|第[一二三四五六七八九十]+(?:章|节|部分))/;
/** A block opening on a new subject: the year or the report's period, or a topic lead ("本年度…", "全年…", "2024年…", "复议方面，"). */
const NEW_SUBJECT = /^\s*(?:本年度?|全年|今年|年内|本机关|本单位|我[局委办厅院部]|(?:19|20)\d{2}\s*年|[^，,。；;]{0,8}(?:方面|情况)[，,：:])/;
/** At most this many characters, a block is short: a list's rest said on its own, not a paragraph of its own subject. */
const SHORT = 60;

/** Is `later` the first sentence of the block right after `earlier`'s, nothing between them but the block's end? */
export function nextBlock(earlier: SentenceFigures, later: SentenceFigures): boolean {
  return later.para === earlier.para + 1 && later.offset === 0 && !later.afterTable && !HEADING.test(later.text);
}

/**
 * Is `next` the sentence after `s` for a list of results going on: in its paragraph, or the very next block where that block
 * is short prose on no new subject (`paragraphs`: the page's, for the block's length)?
 */
export function listNext(s: SentenceFigures, next: SentenceFigures | undefined, paragraphs: readonly { text: string }[] | undefined): SentenceFigures | undefined {
  if (!next) return undefined;
  if (next.para === s.para) return next;
  const block = paragraphs?.[next.para]?.text;
  return block !== undefined && block.length <= SHORT && nextBlock(s, next) && !NEW_SUBJECT.test(next.text) ? next : undefined;
}
