/**
 * The number formats of an OFD's page description (GB/T 33190-2016 §7.2 basic types) as the page
 * reader (ofd-pages.ts) needs them: ST_Box "x y w h", ST_Array (numbers apart by spaces), a CTM
 * "a b c d e f", a TextCode's DeltaX/DeltaY with its "g" shorthand ("g 3 2.5": three deltas of 2.5),
 * and a PathObject's AbbreviatedData (§9.3.2 Table 36: M/S move, L line, Q and B curves, A arc,
 * C close), cut to the straight segments a table's borders are drawn with. Every list is bounded:
 * a hostile file's million-number attribute costs no more than the limits below.
 */

/** A transform "a b c d e f": a point (x, y) goes to (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** At most this many numbers are read from one attribute or path (a page's longest path is a few thousand). */
export const MAX_NUMBERS = 100_000;

/** The finite numbers of an ST_Array, at most `max`; a token that is no number is left out. */
export function numbers(s: string | undefined, max = MAX_NUMBERS): number[] {
  const out: number[] = [];
  if (!s) return out;
  for (const m of s.slice(0, max * 24).matchAll(/[^\s,]+/g)) {
    const v = Number(m[0]);
    if (Number.isFinite(v)) out.push(v);
    if (out.length >= max) break;
  }
  return out;
}

/** An ST_Box, or null when it is not four numbers with a positive-or-zero width and height. */
export function box(s: string | undefined): Box | null {
  const v = numbers(s, 4);
  if (v.length < 4 || v[2]! < 0 || v[3]! < 0) return null;
  return { x: v[0]!, y: v[1]!, w: v[2]!, h: v[3]! };
}

/** A CTM, or the identity when there is none or it is not six numbers. */
export function ctm(s: string | undefined): Matrix {
  const v = numbers(s, 6);
  return v.length === 6 ? (v as Matrix) : IDENTITY;
}

export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** How much the matrix scales a length (a glyph's size): the square root of its determinant's magnitude. */
export const scaleOf = (m: Matrix): number => Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));

/**
 * A TextCode's DeltaX or DeltaY (§11.3 Table 46): the offsets from each character to the next,
 * "g N v" standing for N offsets of v (WPS and Suwell's writers use it for evenly spaced text). At
 * most `max` offsets (the text's length less one: more would place no character). A list shorter
 * than the text goes on with its last offset, as ofdrw's reader (DeltaTool.getDelta), the most
 * used open one, reads it; an absent one is the caller's (ofd-pages.ts).
 */
export function deltas(s: string | undefined, max: number): number[] {
  const out: number[] = [];
  if (!s || max <= 0) return out;
  const tokens = s.slice(0, Math.min(s.length, max * 32 + 64)).trim().split(/\s+/);
  for (let i = 0; i < tokens.length && out.length < max; i++) {
    if (tokens[i] === 'g') {
      const n = Number(tokens[i + 1]);
      const v = Number(tokens[i + 2]);
      i += 2;
      if (!Number.isFinite(n) || !Number.isFinite(v) || n < 0) break;
      for (let k = 0; k < n && out.length < max; k++) out.push(v);
    } else {
      const v = Number(tokens[i]);
      if (!Number.isFinite(v)) break;
      out.push(v);
    }
  }
  while (out.length > 0 && out.length < max) out.push(out[out.length - 1]!);
  return out;
}

/** A straight segment of a path, in the path's own space. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * A path's straight segments (its lines, and the closing line C draws back to the subpath's
 * start), in the order drawn; curves and arcs move the pen and draw no border. `closedRect` is set
 * when the path is one axis-aligned rectangle (four sides, closed): a filled thin one is a rule.
 */
export function pathSegments(data: string | undefined): { segments: Segment[]; closedRect: boolean } {
  const segments: Segment[] = [];
  if (!data) return { segments, closedRect: false };
  const tokens = data.slice(0, MAX_NUMBERS * 24).trim().split(/\s+/, MAX_NUMBERS);
  let i = 0;
  let at: [number, number] | null = null;
  let start: [number, number] | null = null;
  let subpaths = 0;
  let closed = false;
  const num = (): number | null => {
    const v = Number(tokens[i]);
    if (i >= tokens.length || !Number.isFinite(v)) return null;
    i++;
    return v;
  };
  const point = (): [number, number] | null => {
    const x = num();
    const y = x === null ? null : num();
    return x === null || y === null ? null : [x, y];
  };
  while (i < tokens.length) {
    const op = tokens[i++];
    if (op === 'M' || op === 'S') {
      const p = point();
      if (!p) break;
      at = start = p;
      subpaths++;
    } else if (op === 'L') {
      const p = point();
      if (!p) break;
      if (at) segments.push({ x1: at[0], y1: at[1], x2: p[0], y2: p[1] });
      at = p;
    } else if (op === 'Q' || op === 'B' || op === 'A') {
      // a curve or an arc: its control values, then the point it ends at
      const skip = op === 'Q' ? 2 : op === 'B' ? 4 : 5;
      for (let k = 0; k < skip; k++) if (num() === null) return { segments, closedRect: false };
      const p = point();
      if (!p) break;
      at = p;
    } else if (op === 'C') {
      if (at && start && (at[0] !== start[0] || at[1] !== start[1])) segments.push({ x1: at[0], y1: at[1], x2: start[0], y2: start[1] });
      at = start;
      closed = true;
    } else break;
  }
  const axisAligned = segments.every((s) => s.x1 === s.x2 || s.y1 === s.y2);
  return { segments, closedRect: subpaths === 1 && closed && segments.length === 4 && axisAligned };
}
