/**
 * Text the page itself hides: shared by the prose walk (narrative), the page walk's cell text
 * (detect/page-text.ts) and the grid's fallback read of a cell (grid/parse-grid.ts), so that a
 * hidden span never adds a digit to a figure ("0" beside a Word span styled display:none holding
 * "7" reads 0, as the reader sees it).
 */
import { tagOf } from './attr.ts';
import { following } from './tree-walk.ts';
import { textReader } from '../text/traditional.ts';

/**
 * "display:none" or "visibility:hidden" in an inline style, in any case and with whitespace
 * anywhere, even inside the words: what the style says once its whitespace is removed and it is
 * lower-cased, read in one pass instead of a copy of every Word span's long style. The two
 * readings agree: /i without the u flag folds only ASCII letters onto these words, and
 * toLowerCase gives their letters only from ASCII capitals (its other ASCII results, from İ and
 * the Kelvin sign, are an i followed by a combining dot and a k, neither part of a match).
 * Tested against the definition on random styles (test/unit/page-text.test.ts).
 */
const HIDDEN_STYLE = /d\s*i\s*s\s*p\s*l\s*a\s*y\s*:\s*n\s*o\s*n\s*e|v\s*i\s*s\s*i\s*b\s*i\s*l\s*i\s*t\s*y\s*:\s*h\s*i\s*d\s*d\s*e\s*n/i;

/**
 * Out of sight by the screen-reader recipe (red team 25): a 无障碍 toolbar's or a theme's copy of
 * the text for screen readers, kept on the page but never seen: absolutely positioned and clipped
 * to nothing (`clip: rect(0 0 0 0)` or `rect(1px, 1px, 1px, 1px)`, `clip-path: inset(50%)`) or
 * moved a thousand pixels or more off screen (`left: -9999px`). Read, every figure beside its copy
 * doubles ("62" and its copy "62" read 6262). Tested on the style with its whitespace removed and
 * lower-cased, as HIDDEN_STYLE reads it.
 */
const ABSOLUTE = /(?:^|;)position:(?:absolute|fixed)/;
const CLIPPED_AWAY = /(?:^|;)(?:clip:rect\((?:0(?:px)?,?){4}\)|clip:rect\((?:1px,?){4}\)|clip-path:inset\((?:50|100)%\)|(?:left|top|right):-\d{4,}(?:\.\d+)?(?:px|em)?)(?:!important)?(?:;|$)/;
function isClippedAway(style: string): boolean {
  if (!/position/i.test(style)) return false;
  const s = style.replace(/\s+/g, '').toLowerCase();
  return ABSOLUTE.test(s) && CLIPPED_AWAY.test(s);
}
/** HIDDEN_STYLE or the screen-reader recipe: the style hides what it styles. */
const hidesByStyle = (style: string): boolean => HIDDEN_STYLE.test(style) || isClippedAway(style);

/**
 * The class names that mean "for screen readers only" wherever they are written (Bootstrap's
 * sr-only and visually-hidden, HTML5 Boilerplate's visuallyhidden, WordPress's
 * screen-reader-text, Drupal's element-invisible): their style sits in a sheet the checker does
 * not read (often a linked framework's), the name says what it does.
 */
const SCREEN_READER_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|element-invisible)(?=\s|$)/i;
const isScreenReaderOnly = (el: Element): boolean => {
  const cls = el.getAttribute('class');
  // (no guard before it: perf63's toLowerCase + four includes on every element's class cost fengze-2019's warm detection
  // +0.31M instructions an analysis, 4.61M → 4.92M, more than the regex's one compilation saves a cold run)
  return cls !== null && SCREEN_READER_CLASS.test(cls);
};

/**
 * A veil the page's own script lifts (red team 25): a 微信公众号 article is served as
 * `<div id="js_content" class="rich_media_content" style="visibility: hidden;">`, and WeChat's
 * script shows it once the page has loaded; a save of the page's HTML ("网页，仅HTML") keeps the
 * veil. Unlike a hidden duplicate or Word's hidden text, what it hides is the article itself, which
 * every reader of the article sees: it is read as shown, and the analysis says so
 * (page.script-veil). By the id and class the platform writes; display:none stays hidden.
 */
const SCRIPT_VEILS: readonly { id: string; className: string }[] = [{ id: 'js_content', className: 'rich_media_content' }];
const DISPLAY_NONE = /d\s*i\s*s\s*p\s*l\s*a\s*y\s*:\s*n\s*o\s*n\s*e/i;

/** Is the element a script's veil (SCRIPT_VEILS), hidden only by visibility:hidden? */
export function isScriptVeil(el: Element): boolean {
  const id = el.getAttribute('id');
  if (id === null || !SCRIPT_VEILS.some((v) => v.id === id)) return false;
  const cls = ` ${(el.getAttribute('class') ?? '').trim().replace(/\s+/g, ' ')} `;
  const style = el.getAttribute('style') ?? '';
  return SCRIPT_VEILS.some((v) => v.id === id && cls.includes(` ${v.className} `)) && !DISPLAY_NONE.test(style) && !el.hasAttribute('hidden');
}

/** The page's script veil (isScriptVeil) if its inline style still hides it: the saved page shows nothing until the script runs. */
export function veiledArticle(doc: Document): Element | null {
  for (const v of SCRIPT_VEILS) {
    const el = doc.getElementById(v.id);
    if (el && isScriptVeil(el) && HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return el;
  }
  return null;
}

/**
 * Hidden by the page itself (an attribute or an inline style; no computed style in linkedom):
 * the prose walk's test, which also leaves out what is hidden from screen readers. `styles`
 * (one walk's StyleMemo) saves running the pattern again on a style met before.
 */
export function isHiddenElement(el: Element, styles?: StyleMemo): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  return isVisuallyHidden(el, styles);
}

/**
 * Hidden from sight: the hidden attribute, or display:none / visibility:hidden inline. Not
 * aria-hidden, which hides from screen readers only: a figure so marked is still on the screen.
 */
export function isVisuallyHidden(el: Element, styles?: StyleMemo): boolean {
  const style = el.getAttribute('style');
  if (style !== null && (styles ? styles.hides(style) : hidesByStyle(style)) && !isScriptVeil(el)) return true;
  return el.hasAttribute('hidden') || isScreenReaderOnly(el);
}

/** visibilityOf's answers: hidden from sight, or struck out (a revision mark) by its inline style. */
export const SHOWN = 0;
export const HIDDEN = 1;
export const STRUCK = 2;

/**
 * What HIDDEN_STYLE and STRUCK_STYLE say of each style string met in one walk. A Word page repeats
 * a handful of long styles, span after span, often the same one twice in a row: the last answer is
 * checked first (one string comparison), then a Map (its hash, then a comparison).
 */
export class StyleMemo {
  private last = '';
  private lastKind = SHOWN;
  private readonly seen = new Map<string, number>();

  /** HIDDEN, STRUCK or SHOWN for an inline style string (hidden wins). */
  kind(style: string): number {
    if (style === this.last) return this.lastKind;
    let k = this.seen.get(style);
    if (k === undefined) this.seen.set(style, (k = hidesByStyle(style) ? HIDDEN : STRUCK_STYLE.test(style) ? STRUCK : SHOWN));
    this.last = style;
    this.lastKind = k;
    return k;
  }

  /** Is the element struck out by its inline style (isStruckByStyle), memoised by style string? */
  strikes(el: Element): boolean {
    const style = el.getAttribute('style');
    return style !== null && this.kind(style) === STRUCK;
  }

  hides(style: string): boolean {
    return this.kind(style) === HIDDEN;
  }
}

/**
 * HIDDEN (isVisuallyHidden, or aria-hidden too with `aria`), STRUCK (a span struck out by its
 * style, not hidden) or SHOWN, reading the element's style once: the walks ask both of every
 * element with attributes inside a cell or a paragraph.
 */
export function visibilityOf(el: Element, styles: StyleMemo, aria = false): number {
  if (aria && el.getAttribute('aria-hidden') === 'true') return HIDDEN;
  const style = el.getAttribute('style');
  const k = style === null ? SHOWN : styles.kind(style);
  if (el.hasAttribute('hidden') || isScreenReaderOnly(el)) return HIDDEN;
  if (k === HIDDEN) return isScriptVeil(el) ? SHOWN : HIDDEN;
  return k;
}

/**
 * Marks written beside a figure, not part of it: a footnote's superscript ("20<sup>1</sup>",
 * "20<sup>①</sup>") and a struck-out figure left beside its correction ("<s>3</s> 2"). Joined
 * with the figure they would make another number (201, 32): the red team's page 56 was flagged
 * as a wrong cell for it. Only in table cells; the prose keeps them (a footnote there is no count).
 */
export const CELL_MARK_TAGS: ReadonlySet<string> = new Set(['sup', 'sub', 's', 'strike', 'del']);

/**
 * A mark beside a figure in the prose (red team 18): a footnote's superscript or subscript
 * ("申请127<sup>1</sup>件" is 127) and a figure struck out beside its correction ("<del>111</del>
 * <ins>107</ins>件", <s>, <strike>, a span styled line-through). Unlike a cell, a sentence never
 * holds a figure set wholly in one: the prose and the panel's quote finder leave them all out.
 */
export function isProseMark(el: Element, styles?: StyleMemo): boolean {
  if (CELL_MARK_TAGS.has(tagOf(el))) return true;
  return el.hasAttributes() && (styles ? styles.strikes(el) : isStruckByStyle(el));
}

/**
 * What a cell holds that is no text the reader sees: a script's code, a style sheet, a <noscript>'s
 * fallback and a template's content (red team 18: a WPS paste's "<noscript>5</noscript>7" read 57).
 * textContent holds the first three on a browser and on the light DOM alike, so the rule is the
 * tag, never layout.
 */
export const CELL_UNSEEN_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/**
 * "text-decoration: line-through" (or text-decoration-line) in an inline style, as Word's and the
 * editors' revision marks strike a figure out: a mark like <s> (red team 18: "<span
 * style='text-decoration:line-through'>3130</span>3127" read 31303127). And "vertical-align:
 * super" (or sub), Word's 上标 as a styled span: a footnote's number, a mark like <sup> (red team 33
 * c20: "96<span style='vertical-align:super'>1</span>" read 961).
 */
const STRUCK_STYLE = /line-through|vertical-align\s*:\s*(?:super|sub)\b/i;

/** An element marking its text as struck out by its inline style (STRUCK_STYLE). */
export function isStruckByStyle(el: Element): boolean {
  const style = el.getAttribute('style');
  return style !== null && STRUCK_STYLE.test(style);
}

/**
 * A cell's text as the reader sees it, by the definition the page walk follows: its Text and
 * CDATA descendants in order (textContent's), leaving out what an element hidden from sight
 * holds (isVisuallyHidden) and what a script, style, noscript or template holds (CELL_UNSEEN_TAGS).
 * What a mark (CELL_MARK_TAGS, or a span struck out by its style) holds is left out too, unless
 * the cell has no other text: a figure set wholly in superscript is still the cell's figure.
 * A text field's value and a drop-down's chosen option (fieldValue) are text they show — when the
 * cell's own text holds no digit: a figure written as text beside a field holding it again is an
 * editor's copy the page's stylesheet or script hides (red team 36 c15), and read, every figure
 * would double ("58" and "58" read 5858).
 */
export function visibleText(el: Element, styles?: StyleMemo): string {
  // the page in traditional characters: read simplified (text/traditional.ts)
  const reader = textReader();
  let out = '';
  let marks = '';
  // out and marks with the fields' values in place (null: no field yet)
  let outF: string | null = null;
  let marksF: string | null = null;
  // the mark element being read, if any (marks inside it are part of it)
  let inMark: Node | null = null;
  // a loop, not recursion: a page may nest spans deeper than the call stack goes
  let n: Node | null = el.firstChild;
  while (n) {
    const type = n.nodeType;
    let descend = false;
    if (type === 3 || type === 4) {
      const raw = n.nodeValue ?? '';
      const text = reader ? reader(raw) : raw;
      if (inMark) {
        marks += text;
        if (marksF !== null) marksF += text;
      } else {
        out += text;
        if (outF !== null) outF += text;
      }
    } else if (type === 1) {
      const child = n as Element;
      const tag = tagOf(child);
      const attrs = child.hasAttributes();
      descend = !CELL_UNSEEN_TAGS.has(tag) && !(attrs && isVisuallyHidden(child, styles));
      if (descend && (tag === 'input' || tag === 'select')) {
        // a drop-down's options are not its text: only the chosen one shows
        if (tag === 'select') descend = false;
        const v = fieldValue(child);
        if (v) {
          const text = reader ? reader(v) : v;
          if (inMark) marksF = (marksF ?? marks) + text;
          else outF = (outF ?? out) + text;
        }
      }
      if (descend && !inMark && n.firstChild && (CELL_MARK_TAGS.has(tag) || (attrs && (styles ? styles.strikes(child) : isStruckByStyle(child))))) inMark = n;
    }
    if (descend && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) {
      n = n.parentNode;
      if (n === inMark) inMark = null;
    }
    n = n && n !== el ? n.nextSibling : null;
  }
  if ((outF !== null || marksF !== null) && !DIGIT.test(out) && !DIGIT.test(marks)) {
    out = outF ?? out;
    marks = marksF ?? marks;
  }
  return marks === '' || /\S/.test(out) ? out : out + marks;
}

/**
 * What a text field shows: its value, which no text node holds. A form-built page (a CMS rendering
 * its statistics as read-only <input>s, red team 35 c06) shows each figure so; read from the
 * attribute, as the markup gives it (the light DOM has no live value). Text-like types only: a
 * checkbox, a button or a hidden field shows no figure (null).
 */
export function fieldValue(el: Element): string | null {
  const tag = tagOf(el);
  if (tag === 'select') return chosenOption(el);
  if (tag !== 'input') return null;
  const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
  return FIELD_TYPES.has(type) ? (el.getAttribute('value') ?? '') : null;
}
const FIELD_TYPES: ReadonlySet<string> = new Set(['', 'text', 'number', 'tel', 'search']);

/**
 * The option a drop-down shows (red team 36 c11: a form-built page's figures as <select disabled>
 * after a 请选择 prompt): the last one marked selected, else the first; a list box (multiple, or
 * size > 1) shows several, none of them the cell's figure (null).
 */
function chosenOption(el: Element): string | null {
  if (el.hasAttribute('multiple') || Number(el.getAttribute('size') ?? '1') > 1) return null;
  let chosen: Element | null = null;
  let first: Element | null = null;
  for (const o of Array.from(el.getElementsByTagName('option'))) {
    first ??= o;
    if (o.hasAttribute('selected')) chosen = o;
  }
  const o = chosen ?? first;
  return o ? (o.textContent ?? '').trim() : '';
}

/** Elements that draw what they show: the reader sees a picture, the text holds nothing of it. */
const DRAWN_TAGS: ReadonlySet<string> = new Set(['img', 'svg', 'canvas', 'object', 'embed', 'picture', 'input']);
const DIGIT = /[0-9\uff10-\uff19]/;

/**
 * Does a cell with no text show a figure the text does not hold (red team 18)? A figure drawn as
 * an image (`<img alt="32">`: a scan pasted into the cell) or given only in a title attribute (the
 * tooltip of an editor's cell): the reader sees a figure or a hint of one, never a blank, and the
 * checker cannot read which. Such a cell is no blank (a blank counts as 0 in a sum): it cannot be
 * read, and every check that needs it is said to be unchecked. By markup only (tags and
 * attributes), the same on a browser and the light DOM; a hidden element shows nothing.
 */
export function showsUnreadFigure(cell: Element, styles?: StyleMemo): boolean {
  if (titleHoldsDigit(cell)) return true;
  let n: Node | null = cell.firstChild;
  while (n) {
    let descend = false;
    if (n.nodeType === 1) {
      const el = n as Element;
      const tag = tagOf(el);
      const attrs = el.hasAttributes();
      if (!(attrs && isVisuallyHidden(el, styles)) && !CELL_UNSEEN_TAGS.has(tag)) {
        if ((DRAWN_TAGS.has(tag) && fieldValue(el) === null) || (attrs && titleHoldsDigit(el))) return true;
        descend = true;
      }
    }
    n = descend && n.firstChild ? n.firstChild : following(n, cell);
  }
  return false;
}

function titleHoldsDigit(el: Element): boolean {
  const t = el.getAttribute('title');
  return t !== null && DIGIT.test(t);
}
