/**
 * A report's content fingerprint, and what changed between two sightings of one page.
 *
 * The fingerprint hashes what the page says: year, body, every mapped figure, and the text of the
 * claims the core quoted from the prose. It leaves out our own wording (findings' messages, rule
 * ids, check counts, timings): an extension update that rewords a message or adds a rule must not
 * mark every collected report as edited.
 *
 * The hash is hand-written (cyrb53-style, two 32-bit lanes with Math.imul): synchronous, the same in
 * Node and every browser, no dependency, and far from the cost of the analysis. crypto.subtle would
 * be async and is absent from some contexts; a collision only matters between two sightings of one
 * URL, where 64 bits leave nothing to chance.
 */
import type { FindingOut } from '../report/schema.ts';

export interface FingerprintInput {
  year: number | null;
  body: string | null;
  figures: Record<string, number | null>;
  findings: readonly Pick<FindingOut, 'quote'>[];
}

/** 16 hex digits over the report's content. */
export function fingerprint(input: FingerprintInput): string {
  const figures = Object.keys(input.figures)
    .sort()
    .map((k) => `${k}=${input.figures[k] === null ? '' : String(input.figures[k])}`)
    .join(';');
  const quotes = [...new Set(input.findings.map((f) => f.quote).filter((q): q is string => !!q))].sort().join('\u0001');
  return hash64(`y=${input.year ?? ''}\u0002b=${input.body ?? ''}\u0002${figures}\u0002${quotes}`);
}

/** Two 32-bit multiply-xorshift lanes over the UTF-16 code units (cyrb53's mixing, full 64 bits out). */
export function hash64(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

export interface FigureChange {
  name: string;
  before: number | null;
  after: number | null;
}

/**
 * The figures that differ between two sightings, in name order. A figure present on one side only
 * counts as changed (a row that became readable, or one that was removed); before/after is null there.
 */
export function diffFigures(before: Record<string, number | null>, after: Record<string, number | null>): FigureChange[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FigureChange[] = [];
  for (const name of [...names].sort()) {
    const b = name in before ? before[name]! : null;
    const a = name in after ? after[name]! : null;
    const presence = name in before !== name in after;
    if (b !== a || presence) out.push({ name, before: b, after: a });
  }
  return out;
}
