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
    return (el: LElement) => (tag === null || el.localName === tag) && attrs.every(([n, v]) => (v === null ? el.hasAttribute(n) : el.getAttribute(n) === v));
  });
  test = parts.length === 1 ? parts[0]! : (el) => parts.some((p) => p(el));
  compiled.set(selector, test);
  return test;
}
