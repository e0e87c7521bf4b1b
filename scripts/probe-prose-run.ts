/**
 * The body of `npm run probe` (scripts/probe-prose.mjs bundles it): each sentence of a list put into
 * one copy of a consistent report page, after the paragraph holding `after`, as a Word paragraph, and
 * the whole analysis run on each copy. Printed per sentence: how many claims of the text it added
 * (passed, skipped) and every error or warning the page then raises — on a consistent page, each is
 * a false flag unless the sentence itself is wrong. With `why`, every check on the sentence with its reason
 * that did not pass (the narrative stage run again on the copy without the table rules' corrections, so
 * a reason may differ where a table cell is in doubt).
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../lib/analyze.ts';
import { analyzeTables } from '../lib/analyze-tables.ts';
import { decodeHtml, parsePage } from '../cli/load-page.ts';
import { checkNarrative } from '../lib/narrative/check-narrative.ts';

export interface ProbeOptions {
  page: string;
  after: string;
  sentences: readonly string[];
  why: boolean;
}

/** A paragraph as Word pastes it: every run of digits in its own span, an <o:p> at the end. */
function wordParagraph(text: string): string {
  const body = text.replace(/[0-9０-９][0-9０-９.,，]*/g, (d) => `</span><span lang=EN-US style='font-size:16.0pt'>${d}</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>`);
  return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${body}</span><span lang=EN-US><o:p></o:p></span></p>`;
}

/** Where the sentence goes: after the element closing the paragraph whose text holds `after`. */
function insertionPoint(html: string, after: string): number {
  // the words may be split over spans: search the text with its tags, one character at a time
  const plain: number[] = [];
  let text = '';
  let inTag = false;
  for (let i = 0; i < html.length; i++) {
    const c = html[i]!;
    if (c === '<') inTag = true;
    else if (c === '>') inTag = false;
    else if (!inTag) {
      text += c;
      plain.push(i);
    }
  }
  const at = text.indexOf(after);
  if (at < 0) return -1;
  const end = html.indexOf('</p>', plain[at]!);
  return end < 0 ? -1 : end + 4;
}

export function probe(o: ProbeOptions): string[] {
  const html = decodeHtml(readFileSync(o.page)).text;
  const at = insertionPoint(html, o.after);
  if (at < 0) throw new Error(`probe: "${o.after}" is not in the text of ${o.page}`);
  const url = 'https://www.example.gov.cn/art/2024/1/31/art_1_1.html';
  const run = (extra: string) => analyzeDocument(parsePage(html.slice(0, at) + extra + html.slice(at)) as unknown as Document, { url });
  const base = run('');
  const out = [`page ${o.page}: ${base.narrative.summary}; ${base.findings.filter((f) => f.severity !== 'info').length} errors and warnings before any sentence`];
  for (const [k, sentence] of o.sentences.entries()) {
    const r = run(wordParagraph(sentence));
    const n = r.narrative;
    const flags = r.findings.filter((f) => f.severity !== 'info');
    out.push(`${flags.length ? '!!' : 'ok'} ${String(k + 1).padStart(3)}  +${n.checked - base.narrative.checked} checked (+${n.passed - base.narrative.passed} pass, +${n.skipped - base.narrative.skipped} skip)  ${sentence}`);
    for (const f of flags) out.push(`        ${f.severity} ${f.rule}: ${f.message}`);
    if (o.why) {
      // the reasons: the narrative stage again on the copy's body, its checks that did not pass
      const doc = parsePage(html.slice(0, at) + wordParagraph(sentence) + html.slice(at)) as unknown as Document;
      // (with the whole input the page gives the narrative — its other tables 三, those of other years — where it has one: txt62)
      const input = analyzeTables(doc, { url }).prose?.input;
      const prose = checkNarrative(input ?? { container: doc.body!, exclude: Array.from(doc.querySelectorAll('table')), figures: r.figures, figureRefs: r.figureRefs, year: r.year });
      for (const c of prose.checks) if (c.quote && sentence.includes(c.quote.slice(0, 8))) out.push(`        [${c.outcome}] ${c.rule}: ${c.detail ?? ''}`);
    }
  }
  return out;
}
