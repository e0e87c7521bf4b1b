/**
 * Red team 60, export → import: the JSON export of a researcher's collection read back into an
 * empty store gives the same collection (figures, blanks apart from 0, notes, names with commas,
 * quotes and newlines, full-width digits, corrections, revisions, the quarantine, the findings'
 * counts and the cross-year findings); the CSV reads back as a spreadsheet reads it (BOM, CRLF,
 * quoted fields); an older version's export imports; a broken file loses nothing already kept.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createCollectionStore, reportKey } from '../../components/collection/store.ts';
import { CSV_BOM, CSV_FIXED_COLUMNS, figureColumns, reportsToCsv } from '../../lib/collect/csv.ts';
import type { StoredReport } from '../../lib/collect/record.ts';
import { buildRecord } from '../../lib/collect/build.ts';
import { corpus, report } from './collect-red60-corpus.ts';

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

const NASTY_BODY = '某某县"阳光",政务\n服务中心';
const NASTY_TITLE = '=某某县“阳光”政务服务中心２０２３年度政府信息公开工作年度报告, 附：说明';

/** The corpus's first 30 reports, and the hard cases: names that need quoting, blanks beside 0, a note, a revision, a correction, a bad stored value. */
async function researcherCollection() {
  const store = createCollectionStore({ now });
  for (const p of corpus().planned.slice(0, 30)) await store.save(p.input);
  const nasty = report({ truth: 'n', seed: 50, body: NASTY_BODY, year: 2023, url: 'https://www.nasty.gov.cn/a?id=1&spm=x', title: NASTY_TITLE, over: { 't3.new.commercial': null, 't3.new.research': 0 } });
  nasty.input.report.figureNotes = { 't3.carried.total': '含上年度未办结复议1件' };
  nasty.input.report.readFromFile = true;
  nasty.input.report.attachment = { kind: 'pdf', name: '附件：２０２３年报,终稿.pdf', url: 'https://www.nasty.gov.cn/a.pdf' } as never;
  await store.save(nasty.input);
  // seen again with a figure corrected: one revision
  const again = report({ truth: 'n', seed: 50, body: NASTY_BODY, year: 2023, url: 'https://www.nasty.gov.cn/a?id=1', title: NASTY_TITLE, over: { 't3.new.commercial': null, 't3.new.research': 3 } });
  again.input.report.figureNotes = { 't3.carried.total': '含上年度未办结复议1件' };
  again.input.report.readFromFile = true;
  again.input.report.attachment = nasty.input.report.attachment;
  await store.save(again.input);
  const first = (await store.list()).find((r) => r.body === '岳池县人民政府')!;
  await store.setBodyKey(first.id, '岳池县@手工');
  corrected = first.id;
  // a value that fails validation: kept aside by the next read
  await browser.storage.local.set({ [reportKey('https://www.broken.gov.cn/1.html')]: '{"v":3,"id":"x","figures":"none"}' });
  return store;
}

/** the record whose body key the user corrected */
let corrected = '';
const byId = (a: readonly StoredReport[]) => [...a].sort((x, y) => (x.id < y.id ? -1 : 1));

/** RFC 4180 as a spreadsheet reads it: a BOM, CRLF rows, quoted fields holding commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && body[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

describe('red team 60: export and import of a researcher\'s collection', () => {
  it('the JSON export read into an empty store gives the same records, quarantine and cross-year findings', async () => {
    const store = await researcherCollection();
    const before = byId(await store.list());
    const quarantine = await store.quarantine();
    expect(before).toHaveLength(31);
    expect(quarantine).toHaveLength(1);
    const cross = new Map<string, number>();
    for (const r of before) cross.set(r.id, (await store.crossYear(r.id)).length);
    // the file a browser writes: JSON text with every character as it was
    const file = JSON.stringify(await store.exportJson(), null, 1);
    fakeBrowser.reset();
    const empty = createCollectionStore({ now });
    expect(await empty.importJson(JSON.parse(file), 'nianbao-lens-20260101.json')).toEqual({ added: 31, updated: 0, duplicates: 0, quarantined: 0 });
    const after = byId(await empty.list());
    expect(after).toEqual(before);
    expect(await empty.quarantine()).toEqual(quarantine);
    for (const r of after) expect((await empty.crossYear(r.id)).length).toBe(cross.get(r.id));
    const nasty = after.find((r) => r.body === NASTY_BODY)!;
    expect(nasty.title).toBe(NASTY_TITLE);
    expect([nasty.figures['t3.new.commercial'], nasty.figures['t3.new.research']]).toEqual([null, 3]);
    expect(nasty.figureNotes).toEqual({ 't3.carried.total': '含上年度未办结复议1件' });
    expect(nasty.fromFile).toEqual({ holds: 'report', kind: 'pdf', name: '附件：２０２３年报,终稿.pdf' });
    expect(nasty.revisions.map((r) => r.figures)).toEqual([[{ name: 't3.new.research', before: 0, after: 3 }]]);
    expect(after.find((r) => r.id === corrected)!.bodyKeyOverride).toBe('岳池县@手工');
    // imported twice: nothing new, nothing lost
    expect(await empty.importJson(JSON.parse(file))).toEqual({ added: 0, updated: 0, duplicates: 31, quarantined: 0 });
    expect(byId(await empty.list())).toEqual(before);
  }, 60_000);

  it('the CSV reads back as Excel reads it: BOM, CRLF, one row per report, names and figures as kept, blanks empty and 0 as 0', async () => {
    const store = await researcherCollection();
    const records = await store.list();
    const csv = reportsToCsv(records);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    // every line end outside quotes is CRLF: no bare LF but the one inside the quoted body
    expect(csv.replace(/\r\n/g, '').split('\n')).toHaveLength(2);
    const rows = parseCsv(csv);
    const header = rows[0]!;
    expect(header).toEqual([...CSV_FIXED_COLUMNS, ...figureColumns(records)]);
    expect(rows).toHaveLength(records.length + 1);
    const col = (name: string) => header.indexOf(name);
    records.forEach((r, i) => {
      const row = rows[i + 1]!;
      expect(row).toHaveLength(header.length);
      expect(row[col('id')]).toBe(r.id);
      expect(row[col('body')]).toBe(r.body);
      // a title that a spreadsheet would run as a formula gets an apostrophe, and nothing else changes
      expect(row[col('title')]).toBe(r.title!.startsWith('=') ? `'${r.title}` : r.title);
      expect(row[col('bodyKey')]).toBe(r.bodyKeyOverride ?? r.bodyKey ?? '');
      expect(row[col('findings')]).toBe(String(r.findings.length));
      for (const name of figureColumns(records)) {
        const v = r.figures[name];
        expect(row[col(name)], `${r.id} ${name}`).toBe(v === undefined || v === null ? '' : String(v));
      }
    });
    const nasty = rows.find((row) => row[col('body')] === NASTY_BODY)!;
    expect([nasty[col('t3.new.commercial')], nasty[col('t3.new.research')]]).toEqual(['', '3']);
  }, 60_000);

  it('an older version\'s export imports: v1 and v2 records migrated, notes unknown where they were not kept', async () => {
    const store = await researcherCollection();
    const [a, b] = byId(await store.list());
    const v2 = { ...a!, v: 2 } as Record<string, unknown>;
    delete v2.figureNotes;
    const v1 = {
      v: 1, id: b!.id, url: b!.url, title: b!.title, agency: b!.body, site: b!.site, year: b!.year, template: b!.template, figures: b!.figures,
      findings: b!.findings, verdict: b!.verdict, problems: b!.problems, fingerprint: b!.fingerprint, firstSeen: b!.firstSeen, lastSeen: b!.lastSeen, changedAt: null,
    };
    fakeBrowser.reset();
    const empty = createCollectionStore({ now });
    const res = await empty.importJson({ format: 'nianbao-lens/collection', version: 2, exportedAt: '2025-01-01T00:00:00Z', reports: [v2, v1], quarantine: [] }, 'old.json');
    expect(res).toEqual({ added: 2, updated: 0, duplicates: 0, quarantined: 0 });
    const got = byId(await empty.list());
    expect(got.map((r) => [r.id, r.v, r.figureNotes, r.bodyKey])).toEqual([
      [a!.id, 3, null, a!.bodyKey],
      [b!.id, 3, null, b!.bodyKey],
    ]);
    expect(got.map((r) => r.figures)).toEqual([a!.figures, b!.figures]);
  }, 60_000);

  it('a broken file loses nothing already kept: its bad entries go to quarantine with why, its good ones are added', async () => {
    const store = await researcherCollection();
    const before = byId(await store.list());
    const kept = before[0]!;
    const fresh = report({ truth: 'x', seed: 60, body: '新都区人民政府', year: 2024, url: 'https://www.xindu.gov.cn/2024.html' });
    // a record built as the store builds it, never stored here
    const good = buildRecord({ ...fresh.input, at: now() }, null).record;
    // the same id as a kept record but damaged, a truncated entry, and one good record
    const file = { format: 'nianbao-lens/collection', version: 3, exportedAt: 'x', reports: [{ ...kept, figures: 'lost' }, { v: 3, id: 'half' }, good], quarantine: ['junk'] };
    const res = await store.importJson(file, 'broken.json');
    expect(res).toEqual({ added: 1, updated: 0, duplicates: 0, quarantined: 2 });
    const after = byId(await store.list());
    expect(after.filter((r) => r.id !== good.id)).toEqual(before);
    const q = await store.quarantine();
    // the two bad reports by their place in the file, and the file's own quarantine entry of no known form
    expect(q.filter((e) => e.file === 'broken.json').map((e) => [e.entry ?? 0, e.why?.code]).sort()).toEqual([
      [0, 'badImportedEntry'],
      [1, 'field'],
      [2, 'field'],
    ]);
    // not JSON at all, or no export: nothing changes but the quarantine
    expect(await store.importJson('not json')).toEqual({ added: 0, updated: 0, duplicates: 0, quarantined: 1 });
    expect(byId(await store.list()).filter((r) => r.id !== good.id)).toEqual(before);
  }, 60_000);
});
