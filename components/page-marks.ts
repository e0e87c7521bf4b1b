/**
 * The marks the lens leaves in the page, and nothing else: flagged cells carry
 * data-nianbao-lens="flagged", the suspect cell data-nianbao-lens="suspect", a flagged sentence is
 * wrapped in <nianbao-quote data-nianbao-lens="quote">, plus one <style> for their look, in the
 * document marked (a report shown in a frame gets its own: the top document's style would not reach
 * it). Outlines and backgrounds only, so the page's layout never moves; clear() restores every
 * text node and attribute as it was.
 *
 * Not printed (the style is for screens only): a printed report is passed on and filed as the
 * body's own document, where a red outline with no panel beside it to say what it means would
 * read as the report's own marking, or as a verdict nobody can check on paper. The reader who
 * wants the findings on paper copies them from the panel ("复制核对结果").
 */
import { parseGrid, type Grid } from '../lib/grid/parse-grid.ts';
import { tableResolver } from '../lib/grid/aria-tables.ts';
import type { CellRef } from '../lib/types.ts';
import type { FindingOut } from '../lib/report/schema.ts';
import { isProblem } from './findings-view.ts';
import { findQuotes, wrapRanges, type TextRange, type Unwrap } from './quote-ranges.ts';
import { isVisuallyHidden } from '../lib/dom/hidden.ts';

export const ATTR = 'data-nianbao-lens';
export const FLASH_ATTR = 'data-nianbao-lens-flash';
export const QUOTE_TAG = 'nianbao-quote';
/**
 * FLASH_ATTR's value on what a jump scrolled to (the others flashed with it carry ''): the cell, or every piece of the
 * quote, the first of them the one scrolled to; the panel looks where it landed (panel-dodge.ts jumpOf)
 */
export const JUMP = 'jump';

/** the marks' look, in the document marked (and in the shadow root of a file's tables shown: file-tables-shown.ts) */
export const PAGE_CSS = `@media not print{
[${ATTR}="flagged"]{outline:2px solid rgba(239,108,0,.85)!important;outline-offset:-2px!important;background-color:rgba(255,183,77,.22)!important}
[${ATTR}="suspect"]{outline:3px solid #d32f2f!important;outline-offset:-3px!important;background-color:rgba(229,57,53,.2)!important}
${QUOTE_TAG}[${ATTR}="quote"]{display:inline!important;margin:0!important;padding:0!important;border:0!important;font:inherit!important;color:inherit!important;letter-spacing:inherit!important;background-color:rgba(255,213,79,.55)!important;text-decoration:underline wavy #d32f2f!important;text-decoration-skip-ink:none!important}
${QUOTE_TAG}[${ATTR}="sentence"]{display:inline!important;margin:0!important;padding:0!important;border:0!important;font:inherit!important;color:inherit!important;letter-spacing:inherit!important;background-color:rgba(21,101,192,.18)!important}
[${FLASH_ATTR}]{animation:nianbao-lens-flash .5s ease-in-out 3!important}
@keyframes nianbao-lens-flash{50%{outline-color:#1565c0;background-color:rgba(21,101,192,.35)}}
@media (prefers-reduced-motion:reduce){[${FLASH_ATTR}]{animation:none!important;outline:3px solid #1565c0!important}}
}`;

export interface PageMarks {
  /** the elements a finding points at: its suspect cell first, then its other cells, or its quote */
  targets(f: FindingOut): Element[];
  /** the findings that marked this element (for the hover tooltip) */
  findingsAt(el: Element): FindingOut[];
  /** the marked element under a page event's target, if any */
  markedFrom(target: EventTarget | null): Element | null;
  /** whether a text finding's quote was found on the page */
  quoteFound(f: FindingOut): boolean;
  scrollTo(f: FindingOut): Element | null;
  /** whether a sentence of the text the checks could not judge (markPage's `sentences`) stands on the page, shown */
  sentenceFound(quote: string): boolean;
  /**
   * Scrolls to such a sentence and flashes it, wrapped for the flash only (1.8 s; a second jump ends the first): it
   * carries no mark, nothing was found wrong in it. The wrappers, when any.
   */
  scrollToSentence(quote: string): Element[];
  /**
   * the finding's marks are all out of sight (tabs59): in a tab or a block the page hides, as the report's
   * own table 三 is where the page shows last year's tab: there is nothing to scroll to
   */
  hidden(f: FindingOut): boolean;
  clear(): void;
}

/**
 * Out of sight: hidden by the page (the hidden attribute, display:none or visibility:hidden inline, on
 * it or a parent), or, where the browser can tell (checkVisibility), by the page's style sheets (a
 * tab hidden by its class).
 */
export function outOfSight(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isVisuallyHidden(e)) return true;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' && el.isConnected && !check.call(el);
}

/**
 * A CellRef to its element, through the same span expansion the core used. `tableAt`: the
 * document's tables as the core indexed them (by default, as they stand now).
 */
export function cellResolver(doc: Document, tableAt: TableAt = tableResolver(doc)): (ref: CellRef) => Element | null {
  // a <table>, or past them all a <div role=table> grid (lib/grid/aria-tables.ts)
  const grids = new Map<number, Grid>();
  return (ref) => {
    const table = tableAt(ref.table);
    if (!table) return null;
    let grid = grids.get(ref.table);
    if (!grid) {
      grid = parseGrid(table, ref.table);
      grids.set(ref.table, grid);
    }
    return grid.slots[ref.row]?.[ref.col]?.el ?? null;
  };
}

/** A table of the document by its CellRef.table index (lib/grid/aria-tables.ts tableResolver). */
export type TableAt = (index: number) => Element | undefined;

/**
 * Marks the findings' cells and quotes. `tableAt`: the document's tables as they stood when the
 * report was analysed (ReportPlace.tableAt). The marks come a frame after the analysis, and a
 * page script may have put a table before the report's in between (a calendar widget): indexed
 * afresh, every cell would then be looked for one table too early, and another table's cells
 * marked (red team 17: the suspect mark went to a cell of the wrong table). `quoteRoot`: where the
 * quotes are looked for (the page's body; a whole report file's box, file-tables-shown.ts).
 */
export function markPage(
  doc: Document, findings: readonly FindingOut[], dataTables: readonly number[], tableAt: TableAt = tableResolver(doc), quoteRoot: Element | null = doc.body,
  sentences: readonly string[] = [],
): PageMarks {
  const resolve = cellResolver(doc, tableAt);
  const byElement = new Map<Element, FindingOut[]>();
  const byFinding = new Map<FindingOut, Element[]>();
  const touched = new Set<Element>();
  const unwraps: Unwrap[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const flashing = new Set<Element>();
  /**
   * the jump that last flashed each element (ux94: a finding of a cell an earlier jump flashed too, clicked within
   * 1.8 s, went dark when the earlier jump's flash ended; narrow.e2e's walk failed 3 of 16 runs on it)
   */
  const flashedBy = new Map<Element, number>();
  let jumps = 0;
  /**
   * The last jump's element only is the jump (panel-dodge.ts reads where it landed): a finding clicked while the one
   * before still flashed (1.8 s) left that one's mark "jump" too, earlier in the page, and the panel stood aside, or
   * not, for it (ux88's walk: docked left, a quote under the panel stayed covered; the next click dodged).
   */
  const unjump = (): void => doc.querySelectorAll(`[${FLASH_ATTR}="${JUMP}"]`).forEach((e) => e.setAttribute(FLASH_ATTR, ''));

  const style = doc.createElement('style');
  style.setAttribute(ATTR, 'style');
  style.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);

  /** where each marked cell stands, to find it again after the page re-rendered it (relocate) */
  const refOf = new Map<Element, CellRef>();

  const link = (el: Element, f: FindingOut): void => {
    const list = byElement.get(el) ?? [];
    if (!list.includes(f)) list.push(f);
    byElement.set(el, list);
  };

  const problems = findings.filter(isProblem);
  for (const f of problems) {
    const els: Element[] = [];
    const suspect = f.suspect ? resolve(f.suspect) : null;
    if (suspect) {
      suspect.setAttribute(ATTR, 'suspect');
      refOf.set(suspect, f.suspect!);
      touched.add(suspect);
      els.push(suspect);
      link(suspect, f);
    }
    for (const ref of f.cells) {
      const el = resolve(ref);
      if (!el || els.includes(el)) continue;
      if (el.getAttribute(ATTR) !== 'suspect') el.setAttribute(ATTR, 'flagged');
      refOf.set(el, ref);
      touched.add(el);
      els.push(el);
      link(el, f);
    }
    byFinding.set(f, els);
  }

  const exclude = dataTables.map((i) => tableAt(i)).filter((t): t is Element => !!t);
  // text findings: find each quote in the page's prose (outside the data tables) and wrap it
  const quoted = problems.filter((f) => f.quote);
  if (quoted.length > 0 && quoteRoot) {
    const ranges: { f: FindingOut; range: TextRange[] }[] = [];
    findQuotes(quoteRoot, quoted.map((f) => f.quote!), exclude).forEach((range, i) => {
      if (range) ranges.push({ f: quoted[i]!, range });
    });
    const wrapped = wrapRanges(doc, ranges.map((r) => r.range), (el) => el.setAttribute(ATTR, 'quote'));
    unwraps.push(wrapped.unwrap);
    ranges.forEach((r, i) => {
      const els = wrapped.elements[i] ?? [];
      for (const el of els) link(el, r.f);
      byFinding.set(r.f, [...(byFinding.get(r.f) ?? []), ...els]);
    });
  }

  /**
   * A marked cell the page took out of the document: the copy that stands at its place now, if the
   * page re-rendered it (a 适老化 toolbar's 指读 rewrites the article's markup, `innerHTML` and all;
   * the copies carry our mark, the elements we marked are gone). Found by the cell's place in a
   * fresh reading of the tables, and taken only when it carries the same mark and the same text:
   * anything else is not known to be the cell, and is dropped (no scroll rather than a wrong one).
   * A quote's wrapper that is gone is dropped.
   */
  let fresh: ((ref: CellRef) => Element | null) | null = null;
  const relocate = (gone: Element): Element | null => {
    const ref = refOf.get(gone);
    if (!ref) return null;
    fresh ??= cellResolver(doc);
    const el = fresh(ref);
    if (!el || el.getAttribute(ATTR) !== gone.getAttribute(ATTR) || el.textContent !== gone.textContent) return null;
    refOf.set(el, ref);
    byElement.set(el, byElement.get(gone) ?? []);
    touched.add(el);
    return el;
  };
  /** The marks of a finding as they stand in the document now (relocate). */
  const live = (f: FindingOut): Element[] => {
    const els = byFinding.get(f) ?? [];
    if (els.every((el) => el.isConnected)) return els;
    fresh = null; // the tables were re-rendered since the last reading
    const now = els.map((el) => (el.isConnected ? el : relocate(el))).filter((el): el is Element => el !== null);
    byFinding.set(f, now);
    return now;
  };

  /**
   * The sentences the text's checks could not judge, looked for when first asked (all in one reading of the page: the
   * panel asks once its list is open), and again when one's text is gone (the page re-rendered it).
   */
  let sentenceAt: Map<string, TextRange[] | null> | null = null;
  const sentencesNow = (): Map<string, TextRange[] | null> => {
    if (sentenceAt && [...sentenceAt.values()].every((r) => !r || r.every((p) => p.node.isConnected))) return sentenceAt;
    const found = quoteRoot ? findQuotes(quoteRoot, sentences, exclude) : [];
    sentenceAt = new Map(sentences.map((q, i) => [q, found[i] ?? null]));
    return sentenceAt;
  };
  /** the sentence flashing now: its wrappers taken off when the flash ends, or at the next jump */
  let flashed: { unwrap: Unwrap; timer: ReturnType<typeof setTimeout> } | null = null;
  const endFlash = (): void => {
    if (!flashed) return;
    clearTimeout(flashed.timer);
    flashed.unwrap();
    flashed = null;
  };

  const marks: PageMarks = {
    targets: live,
    findingsAt: (el) => byElement.get(el) ?? [],
    markedFrom(target) {
      // nodeType, not instanceof: a frame's elements come from another realm than this script's Element
      // (a sentence flashed by its jump is no mark: the mark around it, if any, is)
      const el = (target as Node | null)?.nodeType === 1 ? (target as Element).closest(`[${ATTR}]:not([${ATTR}="sentence"])`) : null;
      if (!el) return null;
      // a mark we did not make: the page's copy of one (relocate); every finding's marks looked up again
      if (!byElement.has(el)) for (const f of byFinding.keys()) live(f);
      return byElement.has(el) ? el : null;
    },
    quoteFound: (f) => (byFinding.get(f) ?? []).some((el) => el.tagName.toLowerCase() === QUOTE_TAG),
    hidden: (f) => {
      const els = marks.targets(f);
      return els.length > 0 && els.every(outOfSight);
    },
    scrollTo(f) {
      const el = marks.targets(f).find((e) => !outOfSight(e));
      if (!el) return null;
      const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      unjump();
      // a quote is its every piece (a piece for each text node of it): the panel judges the whole quote's lines
      const quote = el.tagName.toLowerCase() === QUOTE_TAG;
      const jump = ++jumps;
      for (const t of marks.targets(f)) {
        t.removeAttribute(FLASH_ATTR);
        // restart the animation on a second click
        void (t as HTMLElement).offsetWidth;
        t.setAttribute(FLASH_ATTR, t === el || (quote && t.tagName.toLowerCase() === QUOTE_TAG) ? JUMP : '');
        flashing.add(t);
        flashedBy.set(t, jump);
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        for (const t of marks.targets(f)) {
          // flashed again since, by a later jump: that one's end takes it off
          if ((flashedBy.get(t) ?? jump) !== jump) continue;
          flashedBy.delete(t);
          t.removeAttribute(FLASH_ATTR);
          flashing.delete(t);
        }
      }, 1800);
      timers.add(timer);
      return el;
    },
    sentenceFound(quote) {
      if (flashed) return true; // its text is in the flash's wrappers now, and was found to put them there
      return (sentencesNow().get(quote) ?? null) !== null;
    },
    scrollToSentence(quote) {
      endFlash();
      const ranges = sentencesNow().get(quote);
      if (!ranges) return [];
      const wrapped = wrapRanges(doc, [ranges], (el) => el.setAttribute(ATTR, 'sentence'));
      const els = wrapped.elements[0] ?? [];
      const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      els[0]?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
      unjump();
      for (const el of els) el.setAttribute(FLASH_ATTR, JUMP);
      // unwrapped, the text nodes are as they were: the ranges found still hold
      flashed = { unwrap: wrapped.unwrap, timer: setTimeout(endFlash, 1800) };
      return els;
    },
    clear() {
      endFlash();
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const el of flashing) el.removeAttribute(FLASH_ATTR);
      flashedBy.clear();
      for (const el of touched) el.removeAttribute(ATTR);
      for (const u of unwraps) u();
      sweepCopies(doc);
      style.remove();
      byElement.clear();
      byFinding.clear();
      refOf.clear();
      touched.clear();
    },
  };
  return marks;
}

/**
 * The copies of our marks the page made (a script that re-rendered marked markup copies our
 * attributes and <nianbao-quote> wrappers with it): marks taken off, wrappers replaced by their
 * text. Only our own attribute and element name are touched; the panel's host ('panel') is not a mark.
 */
function sweepCopies(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${FLASH_ATTR}]`))) el.removeAttribute(FLASH_ATTR);
  for (const el of Array.from(doc.querySelectorAll(`[${ATTR}]`))) {
    const kind = el.getAttribute(ATTR);
    if (kind === 'panel' || kind === 'style') continue;
    if (el.localName === QUOTE_TAG) el.replaceWith(...Array.from(el.childNodes));
    else el.removeAttribute(ATTR);
  }
}
