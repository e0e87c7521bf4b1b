/**
 * ux60: English sentences quote with plain quotes and use English punctuation. The English locale quoted the page's
 * labels and the UI's own names with curly quotes (“…”, set full-width beside Chinese text in a CJK font), and the
 * dashboard joined English sentences with "；". A label quoted from the page stays as the page wrote it (its own
 * "（一）" and all), as text, never markup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapNoteText } from '../../components/map-note-words.ts';
import { mapNote } from '../../lib/map/note-words.ts';
import { en, zh } from './panel-helpers.ts';
import { FakeCollection, makeRecord } from './dashboard-fake.ts';
import { $, $$, broken, en as dashEn, mount, root, until, y2020, y2021, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

const messages = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
/** curly and corner quotes, and the Chinese full-width punctuation */
const NOT_ENGLISH = /[“”「」『』，。：；（）【】、！？]/u;

describe('the English locale', () => {
  it('has no curly or corner quote and no Chinese punctuation in any message', () => {
    const bad = Object.entries(messages('en')).filter(([, v]) => NOT_ENGLISH.test(v.message)).map(([k, v]) => `${k}: ${v.message}`);
    expect(bad).toEqual([]);
  });
  it('quotes a page label with plain quotes, the label as the page wrote it; the Chinese words unchanged', () => {
    const n = mapNote('t3RowUnknown', '（一）予以公开');
    const f = { message: n.message, note: { code: n.code, args: n.args } };
    expect(mapNoteText(en, f)).toBe('Table 3: row "（一）予以公开" not recognised; not checked');
    expect(mapNoteText(zh, f)).toBe('表三未能识别的行「（一）予以公开」，未参与校验');
  });
  it('joins sentences with the language\'s own semicolon', () => {
    expect(en('listSemicolon')).toBe('; ');
    expect(zh('listSemicolon')).toBe('；');
  });
});

describe('the English dashboard', () => {
  it('describes its charts for a screen reader in English punctuation', async () => {
    const health = makeRecord({ id: 'http://wjj.yunxi.gov.cn/2021.html', body: '广州市云溪区卫生健康局', bodyKey: '卫生健康局@wjj.yunxi.gov.cn', year: 2021,
      figures: { 't3.new.total': 80, 't3.processed.total': 80, 't3.granted.total': 20 }, lastSeen: '2026-11-18T08:00:00.000Z' });
    mount(new FakeCollection([y2020(), y2021(), health, broken()]), dashEn);
    await until(() => $$('tr.row').length === 4, 'rows');
    // the mismatches of 2020 and 2021 with each other counted too (ux68), the one break once (dash98: 4, one a column a side)
    await until(() => $$('tr.row [data-cross]').length === 2, 'the cross-year counts');
    const rules = $('svg[data-chart="chart-rules"] desc')!.textContent!;
    expect(rules).toBe('Carry-over across years findings: 1 (reports: 2); Table 3 row total findings: 1 (reports: 1)');
    const year = root.querySelector<HTMLSelectElement>('#filter-year')!;
    year.value = '2021';
    year.dispatchEvent(new Event('change', { bubbles: true }));
    const desc = await until(() => $('svg[data-chart="chart-bodies"] desc'), 'the comparison');
    expect(desc.textContent).toBe('广州市云溪区卫生健康局 80; 广州市云溪区人民政府 56');
  });
  it('quotes a finding\'s text in plain quotes, as the page wrote it', async () => {
    const r = y2021();
    r.findings = [{ rule: 't3.row-total', severity: 'error', message: '自然人一列：总计为57', cells: [], suspect: null, quote: '共收到申请57件', note: undefined } as never];
    mount(new FakeCollection([r]), dashEn);
    const row = await until(() => $('tr.row td.body button'), 'the row');
    row.click();
    const sub = await until(() => $('ul.findings .finding .sub'), 'the finding');
    expect(sub.textContent).toContain(' · "共收到申请57件"');
  });
});
