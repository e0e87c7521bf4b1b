/**
 * Exact decimal arithmetic for figures read from prose (STYLE.md: "integer or exact decimal
 * arithmetic, never float sums compared with ==="). A figure printed "250.4万元" is kept as the
 * scaled integer 2504 × 10^-1 × 10^4, so that 50.9 + 199.5 compares equal to 250.4 exactly.
 */

/** value = n / 10^d */
export interface Dec {
  n: bigint;
  d: number;
}

/** A printed figure: its value as a JS number, the decimals shown, and a power-of-ten multiplier (万 = 4). */
export function toDec(value: number, decimals: number, scale = 0): Dec {
  // value was parsed from at most ~15 significant digits, so rounding the scaled value is exact.
  const n = BigInt(Math.round(value * 10 ** decimals));
  // most figures have no 万/亿: no BigInt power and product for them
  return { n: scale === 0 ? n : n * 10n ** BigInt(scale), d: decimals };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  // most figures compared have the same decimals (counts, both 0): no BigInt power or product
  if (a.d === b.d) return [a.n, b.n, a.d];
  const d = Math.max(a.d, b.d);
  return [a.n * 10n ** BigInt(d - a.d), b.n * 10n ** BigInt(d - b.d), d];
}

export function addDec(a: Dec, b: Dec): Dec {
  const [x, y, d] = align(a, b);
  return { n: x + y, d };
}

export function subDec(a: Dec, b: Dec): Dec {
  const [x, y, d] = align(a, b);
  return { n: x - y, d };
}

export function mulDec(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, d: a.d + b.d };
}

export function sumDec(values: readonly Dec[]): Dec {
  return values.reduce<Dec>((acc, v) => addDec(acc, v), { n: 0n, d: 0 });
}

export function cmpDec(a: Dec, b: Dec): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function absDec(a: Dec): Dec {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

/**
 * Can a and b be the same quantity, given the rounding of the figures involved? Each ulp is one
 * unit of a rounded figure's last printed digit (TextFigure.ulp), so it may be off by half of it:
 * 2·|a − b| ≤ Σ ulp. With no rounded figure (every ulp null) only a = b.
 */
export function equalWithinRounding(a: Dec, b: Dec, ulps: readonly (Dec | null)[]): boolean {
  // no rounded figure (the usual case: counts printed in full): a tolerance of 0, a = b
  let rounded = false;
  for (const u of ulps) if (u !== null) rounded = true;
  if (!rounded) return cmpDec(a, b) === 0;
  const diff = absDec(subDec(a, b));
  const tol = sumDec(ulps.filter((u): u is Dec => u !== null));
  return cmpDec(addDec(diff, diff), tol) <= 0;
}

/** Back to a JS number, for messages and Finding.expected/actual only (never for comparisons). */
export function decToNumber(a: Dec): number {
  return Number(a.n) / 10 ** a.d;
}

/** "12.50" style text with the decimals kept, trailing zeros trimmed. */
export function formatDec(a: Dec): string {
  const neg = a.n < 0n;
  const s = (neg ? -a.n : a.n).toString().padStart(a.d + 1, '0');
  let out = a.d > 0 ? `${s.slice(0, s.length - a.d)}.${s.slice(s.length - a.d)}` : s;
  if (a.d > 0) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return (neg ? '-' : '') + out;
}

/** A number's text with `decimals` digits after the point, as a report prints it ("83" → "83.0"). */
export function withDecimals(text: string, decimals: number): string {
  if (decimals <= 0 || !/^-?\d+(?:\.\d*)?$/.test(text)) return text;
  const [int, frac = ''] = text.split('.');
  return `${int}.${frac.padEnd(decimals, '0')}`;
}

/**
 * Does 100 × part / whole read as the printed percentage? Rounded to the digits shown
 * (36.28% stands for [36.275, 36.285)), or cut off at them (some offices truncate:
 * [36.28, 36.29)); either reading is one a careful reader accepts.
 */
export function percentFits(part: Dec, whole: Dec, printed: Dec): 'rounded' | 'truncated' | 'no' {
  const [a, w] = align(part, whole);
  if (w <= 0n) return 'no';
  const unit = 10n ** BigInt(printed.d);
  const p = printed.n;
  // (2p − 1)/(2·unit) ≤ 100a/w < (2p + 1)/(2·unit)  ⇔  (2p − 1)·w ≤ 200·unit·a < (2p + 1)·w
  const x2 = 200n * unit * a;
  if ((2n * p - 1n) * w <= x2 && x2 < (2n * p + 1n) * w) return 'rounded';
  // p/unit ≤ 100a/w < (p + 1)/unit
  const x1 = 100n * unit * a;
  if (p * w <= x1 && x1 < (p + 1n) * w) return 'truncated';
  return 'no';
}

/** Is `printed` 100 × part / whole rounded up (ceiling) at its digits: (p − 1)/unit < 100a/w ≤ p/unit? */
export function percentRoundedUp(part: Dec, whole: Dec, printed: Dec): boolean {
  const [a, w] = align(part, whole);
  if (w <= 0n) return false;
  const x = 100n * 10n ** BigInt(printed.d) * a;
  return (printed.n - 1n) * w < x && x <= printed.n * w;
}

/** 100 × part / whole shown with `decimals` digits, for messages. */
export function percentText(part: Dec, whole: Dec, decimals: number): string {
  const [a, w] = align(part, whole);
  if (w === 0n) return '—';
  const unit = 10n ** BigInt(decimals);
  // round half up on the absolute value
  const num = 100n * unit * (a < 0n ? -a : a);
  const q = (2n * num + w) / (2n * w);
  return (a < 0n ? '-' : '') + formatDec({ n: q, d: decimals });
}

/** Do the printed percentages, as intervals, admit a total of 100%? (shares that claim a complete list) */
/** Do printed shares total more than 100% even at the low end of each one's rounding ("65%" + "45%"; "50.8%" + "49.3%" may not)? */
export function sharesOver100(printed: readonly Dec[]): boolean {
  const d = printed.reduce((m, p) => Math.max(m, p.d), 0);
  let lo = 0n;
  for (const p of printed) lo += 2n * p.n * 10n ** BigInt(d - p.d) - 10n ** BigInt(d - p.d);
  return printed.length > 1 && lo > 2n * 100n * 10n ** BigInt(d);
}

export function sharesCanTotal100(printed: readonly Dec[]): boolean {
  if (printed.length === 0) return false;
  const d = printed.reduce((m, p) => Math.max(m, p.d), 0);
  let lo = 0n;
  let hi = 0n;
  for (const p of printed) {
    const n = p.n * 10n ** BigInt(d - p.d);
    const half = 10n ** BigInt(d - p.d); // one unit of the printed digit, in 2×scale below
    lo += 2n * n - half;
    hi += 2n * n + half;
  }
  const hundred = 2n * 100n * 10n ** BigInt(d);
  return lo <= hundred && hundred <= hi;
}
