// esbuild plugins that patch linkedom and htmlparser2 as the batch checker bundles them
// (scripts/build-cli.mjs, scripts/result-dump.mjs). Each keeps the parsed document as published
// linkedom builds it: test/unit/cli.test.ts checks the bundle's results against the unpatched
// packages on every fixture page, and test/e2e/parity.e2e.ts against Chromium. If a package
// changes and a patch's text no longer matches, the build warns and bundles it unchanged.
import { readFile } from 'node:fs/promises';

/** Applies [from, to] edits to a file's source, or keeps it as published (with a warning) when any is missing. */
function edited(source, edits, what) {
  let contents = source;
  for (const [from, to] of edits) {
    if (!contents.includes(from)) return { contents: source, loader: 'js', warnings: [{ text: `${what} changed: patch not applied` }] };
    contents = contents.replace(from, to);
  }
  return { contents, loader: 'js' };
}

/**
 * linkedom 0.18 gives every node (elements, text, attributes) its own event-listener Map in a
 * module-level WeakMap from the EventTarget constructor. Ephemeron bookkeeping for ~2,000 nodes a
 * page made half of the parse time garbage collection (measured with --cpu-prof on the shuyang
 * page: parse 18 ms → 10 ms with this change). The map is only needed once a listener is added, so
 * the bundle creates it lazily. Same behaviour: every reader of the map already checks for its
 * absence except add/removeEventListener, which the patch guards.
 */
export const lazyLinkedomListeners = {
  name: 'linkedom-lazy-listeners',
  setup(build) {
    build.onLoad({ filter: /linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const edits = [
        ['constructor() {\n    wm.set(this, new Map);\n  }', 'constructor() {}'],
        [
          'addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
          'addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);\n',
        ],
        [
          'removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type))',
          'removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type))',
        ],
      ];
      return edited(source, edits, 'linkedom event-target.js (lazy listeners)');
    });
  },
};

/**
 * linkedom's parser hands every class attribute to the className setter, which builds the
 * element's DOMTokenList, re-joins its tokens and writes them back through the attribute's value
 * setter: ~10% of parsing a Word-exported page, where most elements carry a class. classList is
 * built lazily from the attribute anyway (its getter creates the list on first use), so the
 * bundle skips that call: className, classList and class selectors give what they gave; the
 * attribute keeps its value as written (as a browser's does) instead of the re-joined tokens.
 * The core reads classes only through patterns that ignore whitespace (lib/dom/attr.ts), and
 */
export const parserClassAsWritten = {
  name: 'linkedom-parser-class-as-written',
  setup(build) {
    build.onLoad({ filter: /linkedom[\\/]esm[\\/]shared[\\/]parse-from-string\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return edited(source, [["  if (attribute.name === 'class')\n    element.className = value;\n", '']], 'linkedom parse-from-string.js (class as written)');
    });
  },
};


/**
 * htmlparser2's tokenizer (under linkedom, which asks it to decode entities) reads text and quoted
 * attribute values one character a turn of its state machine, to catch each `&`. On the pages
 * portals serve, nine characters in ten are inside tags (Word's and WPS's style="…" on every cell
 * and span), and that loop was a quarter of the parse (--cpu-prof over the fixture mix). The patch
 * jumps, as the tokenizer already does when it is not decoding entities, to the next character
 * that ends the section (`<` in text, the quote in a value) or starts an entity (`&`), found with
 * the string's own indexOf; the next `&` is remembered, as most pages have few. It then handles
 * that character exactly as the loop would have on reaching it, so the tokens are the same.
 */
export const tokenizerSkipAhead = {
  name: 'htmlparser2-tokenizer-skip-ahead',
  setup(build) {
    build.onLoad({ filter: /htmlparser2[\\/]dist[\\/]esm[\\/]Tokenizer\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const edits = [
        [
          `    stateText(c) {
        if (c === CharCodes.Lt ||
            (!this.decodeEntities && this.fastForwardTo(CharCodes.Lt))) {`,
          `    stateText(c) {
        if (c === CharCodes.Lt ||
            (!this.decodeEntities && this.fastForwardTo(CharCodes.Lt)) ||
            (c !== CharCodes.Amp && this.skipToEither("<") && (c = this.buffer.charCodeAt(this.index - this.offset)) === CharCodes.Lt)) {`,
        ],
        [
          `    handleInAttributeValue(c, quote) {
        if (c === quote ||
            (!this.decodeEntities && this.fastForwardTo(quote))) {`,
          `    handleInAttributeValue(c, quote) {
        if (c === quote ||
            (!this.decodeEntities && this.fastForwardTo(quote)) ||
            (c !== CharCodes.Amp && this.skipToEither(quote === CharCodes.DoubleQuote ? '"' : "'") && (c = this.buffer.charCodeAt(this.index - this.offset)) === quote)) {`,
        ],
        [
          // a new piece of text may equal the last one (a string compares by content): forget the last "&"
          `    write(chunk) {
        this.offset += this.buffer.length;
        this.buffer = chunk;`,
          `    write(chunk) {
        this.offset += this.buffer.length;
        this.buffer = chunk;
        this.nextAmpIn = null;`,
        ],
        [
          `    fastForwardTo(c) {`,
          `    /**
     * (decoding entities only) Moves to the next \`stop\` or "&" after this character and returns
     * true, or to the buffer's last character and returns false when there is neither.
     */
    skipToEither(stop) {
        if (!this.decodeEntities)
            return false;
        const buffer = this.buffer;
        const from = this.index + 1 - this.offset;
        let amp = this.nextAmp;
        if (this.nextAmpIn !== buffer || amp < from) {
            amp = buffer.indexOf("&", from);
            if (amp < 0)
                amp = buffer.length;
            this.nextAmp = amp;
            this.nextAmpIn = buffer;
        }
        let at = buffer.indexOf(stop, from);
        if (at < 0 || at > amp)
            at = amp;
        if (at >= buffer.length) {
            this.index = buffer.length + this.offset - 1;
            return false;
        }
        this.index = at + this.offset;
        return true;
    }
    fastForwardTo(c) {`,
        ],
      ];
      return edited(source, edits, 'htmlparser2 Tokenizer.js (skip ahead)');
    });
  },
};

/** Every patch, in the order the bundles apply them. */
export const linkedomPatches = [lazyLinkedomListeners, parserClassAsWritten, tokenizerSkipAhead];
