/**
 * Red team 60, import in the dashboard on the real store: the collection's own CSV export picked
 * for import (by a researcher who exported it for Excel and wants it back) says that only the JSON
 * export reads back, in the reader's language, whatever the file is named; a broken JSON file says
 * why; neither changes what was kept.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCollectionStore } from '../../components/collection/store.ts';
import { Dashboard } from '../../components/dashboard/dashboard.tsx';
import { csvWords, isCsvFile } from '../../components/dashboard/data-tools.tsx';
import { CSV_BOM, reportsToCsv } from '../../lib/collect/csv.ts';
import { corpus } from './collect-red60-corpus.ts';
import { $, $$, $input, en, root, t, until, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

let clock = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();
beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

async function pick(name: string, text: string): Promise<string> {
  const input = $input('#import-json')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return (await until(() => $('#data-note'), 'the import note')).textContent!;
}

async function opened(tr = en) {
  const store = createCollectionStore({ now });
  for (const p of corpus().planned.slice(0, 6)) await store.save(p.input);
  const before = await store.list();
  render(<Dashboard t={tr} lang={tr === en ? 'en' : 'zh-CN'} api={store} />, root);
  await until(() => $$('tr.row').length === 6, 'six rows');
  return { store, before };
}

describe('red team 60: importing the wrong file in the dashboard', () => {
  it('the CSV export, in either language and under any name, is said to be for spreadsheets; nothing changes', async () => {
    const { store, before } = await opened();
    const csvEn = reportsToCsv(before, csvWords(en));
    const csvZh = reportsToCsv(before, csvWords(t));
    // a browser's File.text() drops the BOM: the header tells it all the same
    for (const [name, text] of [['nianbao-lens-20260101.csv', csvEn], ['collection.txt', csvZh.slice(CSV_BOM.length)], ['backup.json', csvEn.slice(CSV_BOM.length)]] as const) {
      const note = await pick(name, text);
      expect(note).toBe(`"${name}" is a CSV file: the CSV export is for spreadsheets and cannot be read back (it has no findings, notes or history). Import the JSON export instead; nothing was imported`);
      render(null, root);
      render(<Dashboard t={en} lang="en" api={store} />, root);
      await until(() => $$('tr.row').length === 6, 'six rows');
    }
    expect(await store.list()).toEqual(before);
    expect(await store.quarantine()).toEqual([]);
  }, 60_000);

  it('in Chinese too; a JSON file cut off mid-way says it is not JSON; the reports stay', async () => {
    const { store, before } = await opened(t);
    expect(await pick('收藏.csv', reportsToCsv(before, csvWords(t)))).toBe(
      '“收藏.csv”是 CSV 文件：CSV 导出供电子表格使用，不能导回（其中没有问题明细、单元格注释和修订记录）。请导入 JSON 导出文件；没有导入任何报告',
    );
    render(null, root);
    render(<Dashboard t={t} lang="zh-CN" api={store} />, root);
    await until(() => $$('tr.row').length === 6, 'six rows');
    const exported = JSON.stringify(await store.exportJson());
    // cut off mid-way, as a download that stopped
    expect(await pick('nianbao-lens-20260101.json', exported.slice(0, exported.length / 2))).toBe('nianbao-lens-20260101.json 不是有效的 JSON 文件，没有导入任何报告');
    expect(await store.list()).toEqual(before);
  }, 60_000);

  it('isCsvFile: a CSV by name, BOM or a header of the export\'s columns; JSON and short text are not', () => {
    expect(isCsvFile('a.CSV', '')).toBe(true);
    expect(isCsvFile('a.json', `${CSV_BOM}{}`)).toBe(true);
    expect(isCsvFile('a.json', 'id,url,title,body,bodyKey,region,site,year,template,verdict,problems,findings,revisions,firstSeen,lastSeen\r\n')).toBe(true);
    expect(isCsvFile('a.json', '{"format":"nianbao-lens/collection","a":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]}')).toBe(false);
    expect(isCsvFile('a.json', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]')).toBe(false);
    expect(isCsvFile('a.json', 'not json, at all')).toBe(false);
  });
});
