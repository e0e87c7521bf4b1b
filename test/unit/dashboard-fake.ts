/**
 * An in-memory CollectionApi for the dashboard's tests, built from the collection's own pure parts
 * (buildRecord, crossYearFindings, planImport) so that it answers as the real store does, and
 * realistic records: the core's analysis of real fixture pages, saved as the store would.
 */
import { revisionCross } from '../../lib/collect/revision-cross.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../lib/analyze.ts';
import { buildRecord } from '../../lib/collect/build.ts';
import { crossYearFindings, crossYearSkips } from '../../lib/collect/cross-year.ts';
import { planImport } from '../../lib/collect/merge.ts';
import { crossCounts, crossYearOfAll } from '../../lib/collect/cross-count.ts';
import { RECORD_VERSION, summarize } from '../../lib/collect/record.ts';
import type {
  CollectionApi, CollectionExport, ImportResult, QuarantineEntry, SaveInput, SaveResult, StoredReport,
} from '../../lib/collect/record.ts';

const ROOT = join(import.meta.dirname, '../..');

/** The core's result for a page of test/fixtures/pages or test/e2e/pages, parsed by the test DOM. */
export function analyzePage(path: string) {
  const html = readFileSync(join(ROOT, path), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return analyzeDocument(doc as unknown as Document);
}

/** A page saved as the store saves it: url, title, site, the core's report. */
export function recordOf(path: string, url: string, at = '2026-11-20T08:00:00.000Z'): StoredReport {
  const report = analyzePage(path);
  return buildRecord({ url, title: report.title, site: new URL(url).hostname, report, at }, null).record;
}

/** A hand-made record for the list's tests: only what the list reads, the rest empty. */
export function makeRecord(p: Partial<StoredReport> & { id: string }): StoredReport {
  return {
    v: RECORD_VERSION,
    url: p.id,
    title: null,
    body: null,
    bodyKey: null,
    bodyKeyOverride: null,
    region: null,
    site: 'example.gov.cn',
    year: null,
    template: '2021',
    figures: {},
    figureNotes: {},
    findings: [],
    checks: { passed: 10, failed: 0, skipped: 0, passedWithBlanks: 0 },
    verdict: 'ok',
    problems: 0,
    fingerprint: `fp-${p.id}`,
    firstSeen: '2026-01-01T00:00:00.000Z',
    lastSeen: '2026-01-01T00:00:00.000Z',
    revisions: [],
    ...p,
  };
}

export class FakeCollection implements CollectionApi {
  readonly records = new Map<string, StoredReport>();
  quarantined: QuarantineEntry[] = [];
  calls: string[] = [];
  /** the cross-year reads, by method and id: what a real store would read the neighbours for */
  crossReads: string[] = [];
  /** the list's reads of every report's cross-year counts */
  countReads = 0;

  constructor(records: StoredReport[] = []) {
    for (const r of records) this.records.set(r.id, r);
  }

  async save(input: SaveInput): Promise<SaveResult> {
    this.calls.push('save');
    const at = input.at ?? new Date().toISOString();
    const existing = [...this.records.values()].find((r) => r.url === input.url) ?? null;
    const built = buildRecord({ url: input.url, title: input.title, site: input.site, report: input.report, at }, existing);
    this.records.set(built.record.id, built.record);
    const all = [...this.records.values()];
    return { ...built, crossYear: crossYearFindings(built.record, all), crossYearSkips: crossYearSkips(built.record, all) };
  }
  async list(): Promise<StoredReport[]> {
    this.calls.push('list');
    return [...this.records.values()].sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0));
  }
  async summaries() {
    this.calls.push('summaries');
    return (await this.list()).map(summarize);
  }
  async get(id: string): Promise<StoredReport | null> {
    return this.records.get(id) ?? null;
  }
  async remove(id: string): Promise<void> {
    this.calls.push(`remove:${id}`);
    this.records.delete(id);
  }
  async forget(id: string): Promise<void> {
    this.calls.push(`forget:${id}`);
    this.records.delete(id);
  }
  async setBodyKey(id: string, bodyKey: string | null): Promise<void> {
    this.calls.push(`setBodyKey:${id}:${bodyKey}`);
    const r = this.records.get(id);
    if (r) this.records.set(id, { ...r, bodyKeyOverride: bodyKey });
  }
  async quarantine(): Promise<QuarantineEntry[]> {
    return [...this.quarantined];
  }
  async clearQuarantine(key?: string): Promise<void> {
    this.calls.push(`clearQuarantine:${key ?? '*'}`);
    this.quarantined = key === undefined ? [] : this.quarantined.filter((q) => q.key !== key);
  }
  async crossYear(id: string) {
    this.crossReads.push(`crossYear:${id}`);
    const r = this.records.get(id);
    return r ? crossYearFindings(r, [...this.records.values()]) : [];
  }
  async crossYearSkips(id: string) {
    this.crossReads.push(`crossYearSkips:${id}`);
    const r = this.records.get(id);
    return r ? crossYearSkips(r, [...this.records.values()]) : [];
  }
  async lookup(id: string) {
    this.crossReads.push(`lookup:${id}`);
    const record = this.records.get(id);
    if (!record) return null;
    const all = [...this.records.values()];
    return { record, crossYear: crossYearFindings(record, all), crossYearSkips: crossYearSkips(record, all), revisionCross: revisionCross(record, all.filter((o) => o.id !== id)) };
  }
  async crossYearCounts() {
    this.countReads++;
    return crossCounts([...this.records.values()]);
  }
  async exportJson(): Promise<CollectionExport> {
    const reports = await this.list();
    return {
      format: 'nianbao-lens/collection', version: RECORD_VERSION, exportedAt: '2026-11-22T00:00:00.000Z', reports, quarantine: this.quarantined,
      crossYear: Object.fromEntries(crossYearOfAll(reports)),
    };
  }
  async importJson(data: unknown, file?: string): Promise<ImportResult> {
    this.calls.push('importJson');
    const plan = planImport(this.records, data, '2026-11-22T00:00:00.000Z', file);
    for (const r of plan.write) this.records.set(r.id, r);
    this.quarantined.push(...plan.quarantine);
    return plan.result;
  }
  async bytesInUse(): Promise<number> {
    return new TextEncoder().encode(JSON.stringify([...this.records.values()])).length;
  }
}
