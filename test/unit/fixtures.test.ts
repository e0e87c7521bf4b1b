// @vitest-environment node
/**
 * Every fixture page with its expected result (test/fixtures/README.md): the page is parsed
 * and decoded as the batch checker does, analysed, and compared. Every page is a negative case
 * for every rule it does not list.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { IMPLEMENTED_FINDING_IDS } from '../../lib/rules/implemented.ts';
import { missingTable, NO_TABLES_ON_PAGE, reportInAttachment, saysReportInAttachment, tableIsPicture, TABLES_ARE_PICTURES, tablesInAttachment } from '../../lib/map/notes.ts';
import { ruleIds } from '../../lib/rules/registry.ts';
import type { CellRef, Finding } from '../../lib/types.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import { verdictOf, type Verdict } from '../../lib/report/verdict.ts';

interface ExpectedFinding {
  rule: string;
  severity: string;
  suspect?: CellRef | null;
  expected?: number;
  actual?: number;
  quote?: string;
  /** a substring of the finding's message */
  message?: string;
}

interface Expected {
  description?: string;
  isReport: boolean;
  template?: string | null;
  year?: number | null;
  agency?: string | null;
  tables?: { t2?: number[]; t3?: number[]; t4?: number[] };
  figures?: Record<string, number | null>;
  findings?: ExpectedFinding[];
  info?: string[];
  narrative?: { checked?: number; passed?: number; failed?: number; skipped?: number };
  /** the verdict the panel, badge and dashboard show (lib/report/verdict.ts) */
  verdict?: Verdict;
  /** the report is this file the page offers (lib/detect/attachment.ts): each table said missing for it */
  attachment?: { kind: string; name: string };
  /** the report's tables are this file the page attaches (attachment.ts tablesAttachment): each table said missing for it */
  tablesFile?: { kind: string; name: string };
  /** tables missing where a picture stands in their section, said so (lib/detect/picture-tables.ts picturedSections) */
  picturedTables?: ('t2' | 't3' | 't4')[];
}

const dir = new URL('../fixtures/pages/', import.meta.url);
const TABLE_KEYS = ['t2', 't3', 't4'] as const;
const pages = existsSync(dir) ? readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort() : [];

export function analyzeFixture(name: string): ReportAnalysis {
  const bytes = readFileSync(new URL(name, dir));
  const doc = parsePage(decodeHtml(bytes).text);
  return analyzeDocument(doc, { url: `https://example.gov.cn/${name}` });
}

function expectedOf(name: string): Expected | null {
  const p = new URL(name.replace(/\.html?$/, '.expected.json'), dir);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Expected) : null;
}

function matches(actual: Finding, want: ExpectedFinding): boolean {
  if (actual.rule !== want.rule || actual.severity !== want.severity) return false;
  if (want.suspect !== undefined && JSON.stringify(actual.suspect) !== JSON.stringify(want.suspect)) return false;
  if (want.expected !== undefined && actual.expected !== want.expected) return false;
  if (want.actual !== undefined && actual.actual !== want.actual) return false;
  if (want.quote !== undefined && !(actual.quote ?? '').includes(want.quote)) return false;
  if (want.message !== undefined && !actual.message.includes(want.message)) return false;
  return true;
}

const results = new Map<string, { expected: Expected; analysis: ReportAnalysis }>();

describe.each(pages)('fixture %s', (name) => {
  const expected = expectedOf(name);
  it('has an expected.json', () => {
    expect(expected, `${name} needs ${name.replace(/\.html?$/, '.expected.json')}`).not.toBeNull();
  });
  if (!expected) return;
  const analysis = analyzeFixture(name);
  results.set(name, { expected, analysis });

  it('is detected as expected', () => {
    expect(analysis.isReport).toBe(expected.isReport);
    if (expected.template !== undefined) expect(analysis.template).toBe(expected.template);
    if (expected.year !== undefined) expect(analysis.year).toBe(expected.year);
    if (expected.agency !== undefined) expect(analysis.agency).toBe(expected.agency);
  });

  if (expected.tables) {
    it('finds tables 二/三/四 where they are', () => {
      for (const k of ['t2', 't3', 't4'] as const) {
        if (expected.tables![k]) expect(analysis.tables[k], k).toEqual(expected.tables![k]);
      }
    });
  }

  if (expected.figures) {
    it('maps the figures', () => {
      for (const [k, v] of Object.entries(expected.figures!)) expect(analysis.figures[k], k).toBe(v);
    });
  }

  const wanted = (expected.findings ?? []).filter((f) => IMPLEMENTED_FINDING_IDS.has(f.rule));
  const pending = (expected.findings ?? []).filter((f) => !IMPLEMENTED_FINDING_IDS.has(f.rule));
  for (const p of pending) it.todo(`${p.rule} (${p.severity}) — rule not implemented yet`);

  if (expected.findings) {
    it('raises exactly the expected errors and warnings', () => {
      const actual = analysis.findings.filter((f) => f.severity !== 'info');
      const left = [...actual];
      const missing: ExpectedFinding[] = [];
      for (const w of wanted) {
        const i = left.findIndex((a) => matches(a, w));
        if (i < 0) missing.push(w);
        else left.splice(i, 1);
      }
      const show = (f: Finding) => `${f.severity} ${f.rule} ${f.message} suspect=${JSON.stringify(f.suspect)} quote=${f.quote}`;
      expect({ missing, unexpected: left.map(show) }).toEqual({ missing: [], unexpected: [] });
    });
  }

  if (expected.narrative) {
    it('checks the text as expected', () => {
      const { summary: _, ...counts } = analysis.narrative;
      expect(counts).toMatchObject(expected.narrative!);
    });
  }

  if (expected.isReport) {
    it("names each table of its template it did not find, and no other", () => {
      const templated = analysis.template === '2019' || analysis.template === '2021';
      const said = analysis.findings.filter((f) => f.rule === 'map.missing-table').map((f) => f.message);
      // a report whose tables are pictures has no template to tell, and says why for each
      const pictures = said.length > 0 && said.every((m) => m.endsWith(`（${TABLES_ARE_PICTURES}）`));
      // a report on 2019 or later with no template told and no table at all: all three, and why
      const none = (['t2', 't3', 't4'] as const).every((k) => analysis.tables[k].length === 0);
      const tableless = !templated && !pictures && none && analysis.template === 'unknown' && (analysis.year ?? 0) >= 2019;
      const notFound = (['t2', 't3', 't4'] as const).filter((k) => (templated || pictures || tableless) && analysis.tables[k].length === 0);
      const why = pictures ? TABLES_ARE_PICTURES : tableless ? (expected.tablesFile ? tablesInAttachment(expected.tablesFile) : NO_TABLES_ON_PAGE) : undefined;
      // a report that is the page's attached file: all three, for that file
      const attached = expected.attachment ? reportInAttachment(expected.attachment) : null;
      const whyOf = (k: 't2' | 't3' | 't4') => (why === undefined && expected.picturedTables?.includes(k) ? tableIsPicture(k) : why);
      expect(said).toEqual(attached ? TABLE_KEYS.map((k) => missingTable(k, attached).message) : notFound.map((k) => missingTable(k, whyOf(k)).message));
      expect(saysReportInAttachment(analysis.findings)).toBe(attached !== null);
      expect(analysis.tablesFile === undefined ? null : { kind: analysis.tablesFile.kind, name: analysis.tablesFile.name }).toEqual(expected.tablesFile ?? null);
    });
  }

  if (expected.verdict) {
    it('has the expected verdict', () => {
      expect(verdictOf(analysis)).toBe(expected.verdict);
    });
  }

  if (expected.info) {
    it('raises the expected infos', () => {
      const infos = new Set(analysis.findings.filter((f) => f.severity === 'info').map((f) => f.rule));
      for (const id of expected.info!) if (IMPLEMENTED_FINDING_IDS.has(id)) expect(infos, id).toContain(id);
    });
  }
});

describe('the rule registry', () => {
  const all = pages.map((p) => ({ name: p, expected: expectedOf(p) })).filter((x) => x.expected);
  it.each(ruleIds())('%s fires in some fixture and stays silent in another report fixture', (id) => {
    const fires = all.filter((x) => x.expected!.findings?.some((f) => f.rule === id));
    const silent = all.filter((x) => x.expected!.isReport && x.expected!.findings && !x.expected!.findings.some((f) => f.rule === id));
    expect(fires.map((x) => x.name), `${id} fires nowhere`).not.toEqual([]);
    expect(silent.map((x) => x.name), `${id} is never silent`).not.toEqual([]);
  });
});

const real = new URL('../../../shared/corpus/real/shuyang-fagaiju-2023.html', import.meta.url);
describe.skipIf(!existsSync(real))('the real 沭阳县发改局 2023 page (../shared)', () => {
  it('is a 2023 report on the 2021 template whose identities all hold', () => {
    const doc = parsePage(decodeHtml(readFileSync(real)).text);
    const r = analyzeDocument(doc, { url: 'http://www.shuyang.gov.cn/sygfj/gknb/202401/2ecfb31a335f4d689220a3a23e24a986.shtml' });
    expect(r.isReport).toBe(true);
    expect(r.figures['t3.new.total']).toBe(26);
    expect(r.figures['t3.new.commercial']).toBeNull();
    expect(r.figures['t4.review.pending']).toBe(1);
    expect(r.figures['t4.review.total']).toBe(1);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.checks.failed).toBe(0);
    expect(r.checks.passed).toBeGreaterThan(40);
  });
});
