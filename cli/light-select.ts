/**
 * The light DOM's selectors (cli/light-dom.ts): only the few the core uses, compiled once each to a
 * test on an element. Anything else throws, so that a new use is caught by the tests rather than
 * answered wrong.
 */
import type { LElement } from './light-dom.ts';

// ---------- selectors: tag, *, [a], [a="v"], tag[a="v"], and comma lists of them ----------

type Test = (el: LElement) => boolean;
const compiled = new Map<string, Test>();
const COMPOUND = /^\s*([a-zA-Z][a-zA-Z0-9-]*|\*)?((?:\[\s*[a-zA-Z_:][-a-zA-Z0-9_:.]*\s*(?:=\s*(?:"[^"]*"|'[^']*'|[-a-zA-Z0-9_]+)\s*)?\])*)\s*$/;
const ATTR = /\[\s*([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([-a-zA-Z0-9_]+))\s*)?\]/g;

export function compile(selector: string): Test {
  let test = compiled.get(selector);
  if (test) return test;
  const parts = selector.split(',').map((s) => {
    const m = COMPOUND.exec(s);
    if (!m || (!m[1] && !m[2])) throw new SyntaxError(`light DOM: unsupported selector "${selector}"`);
    const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : null;
    const attrs: [string, string | null][] = [];
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.push([a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? null]);
    // index loops, not every/some with a callback: a test runs on every element of a page, and
    // each callback closed over el was one more object per element for the collector
    return (el: LElement) => {
      if (tag !== null && el.localName !== tag) return false;
      for (let i = 0; i < attrs.length; i++) {
        const [n, v] = attrs[i]!;
        if (v === null ? !el.hasAttribute(n) : el.getAttribute(n) !== v) return false;
      }
      return true;
    };
  });
  test = parts.length === 1 ? parts[0]! : (el) => {
    for (let i = 0; i < parts.length; i++) if (parts[i]!(el)) return true;
    return false;
  };
  compiled.set(selector, test);
  return test;
}
