// @vitest-environment node
/**
 * Red team 16: one body's reports across the years (test/fixtures/redteam16, gen.mjs + EXPECT.md +
 * expected.json). The folder is checked as the batch checker checks it with --across-years
 * (cli/main.ts: every file checked, then acrossYears over all of them), and each page's findings are
 * compared with its truth: its own findings (none: every table holds) and its cross-year findings,
 * by rule, severity, the figure the finding names (read back from its cell) and both figures, and
 * what could not be compared (cross.skipped, info) by the year it is about.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBytes, type CheckedFile } from '../../cli/load-page.ts';
import { acrossYears } from '../../cli/across-years.ts';
import type { FindingJson } from '../../cli/to-json.ts';

interface CrossWant {
  rule: string;
  severity: string;
  figure: string | null;
  expected?: number;
  actual?: number;
  otherYear: number;
}
interface Want {
  isReport: boolean;
  year: number;
  template: string;
  findings: { rule: string; severity: string }[];
  cross: CrossWant[];
}

const DIR = fileURLToPath(new URL('../fixtures/redteam16/', import.meta.url));
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Want>;

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? walk(p) : /\.html?$/.test(p) ? [p] : [];
  });
}
const files = walk(DIR);
const names = files.map((f) => relative(DIR, f));

/** Pages whose result is known to differ from the truth, and why (see EXPECT.md). */
const KNOWN_WRONG: Readonly<Record<string, string>> = {
  // none since session 16's fixes; every page says what is true of it
};

let checked: CheckedFile[] = [];
let cross: FindingJson[][] = [];
beforeAll(() => {
  checked = files.map((f) => checkBytes(f, readFileSync(f)));
  cross = acrossYears(checked);
});

/** The figure a cross finding names, read back from the cell it points at. */
function figureOf(c: CheckedFile, f: FindingJson): string | null {
  const cell = f.cells[0];
  if (!cell) return null;
  const refs = c.analysis?.figureRefs ?? {};
  return Object.keys(refs).find((k) => refs[k]!.table === cell.table && refs[k]!.row === cell.row && refs[k]!.col === cell.col) ?? '?';
}
/** The year a finding is about: the other report's, named last; a skip's, in its words. */
const otherYear = (f: FindingJson): number | null => {
  const m = f.rule === 'cross.skipped' ? /未与(\d{4})年报告核对|^(\d{4})年报告与本报告/.exec(f.message) : /（(\d{4})年报告：[^（）]*）$/.exec(f.message);
  return Number(m?.[1] ?? m?.[2] ?? NaN) || null;
};
const crossKey = (f: { rule: string; severity: string; figure: string | null; expected?: number; actual?: number; otherYear: number | null }): string =>
  `${f.rule}/${f.severity}/${f.figure ?? '-'}/${f.expected ?? '-'}/${f.actual ?? '-'}/vs${f.otherYear}`;

describe('redteam16: one body across the years, as --across-years checks a folder', () => {
  it('every page has its expectation, and every expectation a page', () => {
    expect(Object.keys(expected).sort()).toEqual([...names].sort());
  });
  const check = (name: string): void => {
    const i = names.indexOf(name);
    const want = expected[name]!;
    const c = checked[i]!;
    const a = c.analysis!;
    expect(a.isReport).toBe(want.isReport);
    expect(a.year).toBe(want.year);
    expect(a.template).toBe(want.template);
    const own = a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}/${f.severity}`);
    expect(own.sort()).toEqual(want.findings.map((f) => `${f.rule}/${f.severity}`).sort());
    const got = cross[i]!.map((f) => crossKey({ ...f, figure: f.rule === 'cross.identical-figures' || f.rule === 'cross.skipped' ? null : figureOf(c, f), otherYear: otherYear(f) }));
    expect(got.sort()).toEqual(want.cross.map(crossKey).sort());
  };
  it('reads a figure\'s note as the note of that figure, and no note where a cell has none', () => {
    const noted = checked[names.indexOf('liandu/2022/index.html')]!.analysis!;
    expect(noted.figureNotes).toEqual({ 't2.normativeDocs.inForce': '含自然失效29件' });
    expect(noted.figures['t2.normativeDocs.inForce']).toBe(58);
    expect(checked[names.indexOf('liandu/2021/index.html')]!.analysis!.figureNotes).toBeUndefined();
  });
  it.each(names.filter((p) => !(p in KNOWN_WRONG)))('%s', check);
  const known = names.filter((p) => p in KNOWN_WRONG);
  if (known.length > 0) it.fails.each(known)('%s (known wrong: fixing it turns this red; take it off KNOWN_WRONG)', check);
});
