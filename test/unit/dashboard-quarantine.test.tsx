// The quarantine in the reader's language (ux58): why a record was kept aside, and where from (the
// imported file's name, the report's place in it) and when. The English dashboard showed the core's
// Chinese reasons (zod's among them, from lib/collect) after a raw key ("import:2026-…Z:2").
import { describe, expect, it } from 'vitest';
import { RECORD_VERSION } from '../../lib/collect/record.ts';
import { readRecord } from '../../lib/collect/migrate.ts';
import { planImport } from '../../lib/collect/merge.ts';
import { quarantineExported, quarantineSource, quarantineWhyText } from '../../components/dashboard/quarantine-words.ts';
import { FakeCollection } from './dashboard-fake.ts';
import { $, $$, $input, en, mount, t, until, y2020, y2021, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

const HAN = /[\u4e00-\u9fff]/;

async function importFile(name: string, data: unknown): Promise<void> {
  const input = $input('#import-json')!;
  Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(data)], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => $('#data-note'), 'the import note');
}

describe('the quarantine, in the UI language', () => {
  it('says in English why each imported entry was kept aside, from which file and when', async () => {
    mount(new FakeCollection([y2020()]), en);
    await until(() => $$('tr.row').length === 1, 'rows');
    const bad3 = { ...y2021(), v: RECORD_VERSION, figures: 'none' };
    await importFile('county-2024.json', { format: 'nianbao-lens/collection', version: RECORD_VERSION, exportedAt: 'x', reports: [y2020(), 'oops', bad3, { v: 9 }], quarantine: [] });
    await until(() => $$('details.quarantine li').length === 3, 'three entries');
    const lines = $$('details.quarantine li').map((li) => ({ source: li.querySelector('.source')!.textContent, reason: li.querySelector('.reason')!.textContent, text: [...li.childNodes].filter((n) => !(n instanceof HTMLElement && n.matches('pre, button'))).map((n) => n.textContent).join('') }));
    expect(lines.map((l) => l.source).sort()).toEqual([
      'Imported from "county-2024.json", report 2',
      'Imported from "county-2024.json", report 3',
      'Imported from "county-2024.json", report 4',
    ]);
    const by = (n: number) => lines.find((l) => l.source!.endsWith(`report ${n}`))!;
    expect(by(2).reason).toBe('Not a report record (the stored value is the string "oops")');
    expect(by(3).reason).toBe('Record (v3): the field "figures" is not in its form: expected record');
    expect(by(4).reason).toBe(`Record version v9 is newer than the v${RECORD_VERSION} this extension reads (from a newer version of the extension?)`);
    // no Chinese, no raw key in the English lines; the key is kept in the title
    for (const l of lines) {
      expect(l.text).not.toMatch(HAN);
      expect(l.text).not.toContain('import:');
      expect(l.text).toMatch(/kept aside 2026-11-2\d \d\d:\d\d/);
    }
    expect($('details.quarantine li .source')!.getAttribute('title')).toMatch(/^import:2026-11-22T00:00:00\.000Z:\d$/);
  });

  it('keeps the Chinese wording in the Chinese dashboard, the file named', async () => {
    mount(new FakeCollection([y2020()]));
    await until(() => $$('tr.row').length === 1, 'rows');
    await importFile('other.json', { version: 1, reports: [{ x: 1 }] });
    const li = await until(() => $('details.quarantine li'), 'the entry');
    expect(li.querySelector('.source')!.textContent).toBe('导入自“other.json”');
    expect(li.querySelector('.reason')!.textContent).toBe('导入的文件不是年报透镜导出的收藏 JSON（缺少 format 或 reports）');
  });

  it('words every reason lib/collect gives as it does in Chinese, and in English without Chinese', () => {
    const reads = [undefined, null, [], 'x'.repeat(30), 5, {}, { v: 'x' }, { v: 99 }, { v: 2 }, { v: RECORD_VERSION, id: '' }].map((raw) => readRecord(raw));
    for (const r of reads) {
      if (r.ok) throw new Error('read');
      // the code's Chinese words are the core's own reason, to the character: zod's English message is in neither
      // (ux88: the JSON export carried "不符合格式：Invalid input: expected string, received number")
      expect(quarantineWhyText(t, r.why)).toBe(r.reason);
      expect(r.reason).not.toMatch(/Invalid|received|expected/);
      expect(quarantineWhyText(en, r.why)).not.toMatch(HAN);
    }
    // a record with no version is said to have none (ux67: "无法识别的记录版本：空（undefined）", "empty (undefined)")
    const none = readRecord({ id: 'x', url: 'http://www.yunhu.gov.cn/x.html', year: 'twenty' });
    if (none.ok) throw new Error('read');
    expect([none.reason, quarantineWhyText(t, none.why), quarantineWhyText(en, none.why)]).toEqual([
      '记录没有版本号（不是本扩展保存的记录格式）', '记录没有版本号（不是本扩展保存的记录格式）', 'The record has no version number (not a format this extension saves)',
    ]);
    const plan = planImport(new Map(), { not: 'an export' }, '2026-12-06T04:51:42.641Z', 'a.json');
    expect(quarantineWhyText(en, plan.quarantine[0]!.why)).toBe('The file is not a collection exported by Nianbao Lens (it has no format or reports)');
    expect(quarantineWhyText(t, plan.quarantine[0]!.why)).toBe(plan.quarantine[0]!.reason);
    // an entry kept before codes were: the core's reason as it is, its place read from its key
    expect(quarantineWhyText(en, undefined)).toBeNull();
    expect(quarantineSource(en, { key: 'import:2026-12-06T04:51:42.641Z:4' })).toBe('An imported file, report 5');
    expect(quarantineSource(en, { key: 'import:2026-12-06T04:51:42.641Z' })).toBe('An imported file');
    expect(quarantineSource(en, { key: 'report:http://x.gov.cn/a.html' })).toBe('A saved report');
  });

  it('the JSON export says each reason as the dashboard does, zod\'s words kept in its figures (ux86\'s walk)', () => {
    const r = readRecord({ id: 'http://www.broken.gov.cn/x.html', url: 42, v: RECORD_VERSION });
    if (r.ok) throw new Error('read');
    const entry = { key: 'report:http://www.broken.gov.cn/x.html', at: '2026-12-07T12:25:20.920Z', reason: r.reason, why: r.why, raw: { url: 42 } };
    expect(r.reason).toMatch(/^记录（v\d）的字段「url」不符合格式：应为 string，另有\d+处问题$/);
    expect(r.why!.args[5]).toMatch(/expected string, received number/);
    const [zh] = quarantineExported(t, [entry]);
    const [english] = quarantineExported(en, [entry]);
    expect(zh).toEqual(entry);
    expect(english!.reason).toMatch(/^Record \(v\d\): the field "url" is not in its form: expected string/);
    expect(english!.reason).not.toMatch(HAN);
    expect({ ...english, reason: entry.reason }).toEqual(entry);
    // an entry kept before codes were keeps the core's words
    expect(quarantineExported(en, [{ reason: '旧的原因' }])).toEqual([{ reason: '旧的原因' }]);
  });

  for (const [tr, drop, lang] of [[t, '清除此条：', 'zh'], [en, 'Clear this one: ', 'en']] as const) {
    it(`names each 清除此条 by its entry (where from, when), its reason as its description, in the UI language (ux62); ${lang}`, async () => {
      mount(new FakeCollection([y2020()]), tr);
      await until(() => $$('tr.row').length === 1, 'rows');
      await importFile('county-2024.json', { format: 'nianbao-lens/collection', version: RECORD_VERSION, exportedAt: 'x', reports: ['oops', { v: 9 }], quarantine: [] });
      await until(() => $$('details.quarantine li').length === 2, 'two entries');
      const names = $$('details.quarantine li').map((li) => {
        const button = li.querySelector('button')!;
        const why = li.ownerDocument.getElementById(button.getAttribute('aria-describedby') ?? '');
        // the described-by is the entry's own reason, in its own item
        expect(why && li.contains(why) && why.classList.contains('reason')).toBe(true);
        expect(button.textContent).toBe(drop.replace(/[：:] ?$/, ''));
        return button.getAttribute('aria-label')!;
      });
      // every name differs, and says what the entry's line says before its reason
      expect(new Set(names).size).toBe(2);
      for (const [i, name] of names.entries()) {
        const li = $$('details.quarantine li')[i]!;
        expect(name.startsWith(drop + li.querySelector('.source')!.textContent)).toBe(true);
        expect(name).toMatch(lang === 'en' ? / · kept aside 2026-11-2\d \d\d:\d\d$/ : / · 2026-11-2\d \d\d:\d\d 隔离$/);
        if (lang === 'en') expect(name).not.toMatch(HAN);
      }
    });
  }
});
