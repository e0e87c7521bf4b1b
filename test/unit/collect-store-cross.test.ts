/**
 * The collection's cross-year findings in extension storage, with WXT's fake browser (reset before
 * every test): carry-over errors in either order of saving, bodies of other sites, 人民政府 and its
 * 办公室, a noted 现行有效, and the user's correction of "the same body". (Split from
 * collect-store.test.ts.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCollectionStore } from '../../components/collection/store.ts';
import { analysed, saveInput, PAGE_URL } from './collect-helpers.ts';
import { recordId } from '../../lib/collect/body.ts';

let clock = 0;
/** Each call a second later: saves have distinct, ordered times. */
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString();

beforeEach(() => {
  fakeBrowser.reset();
  clock = 0;
});

describe('collect store: cross-year findings and the same body', () => {
  it('2021 saved after 2020: carry-over error on 自然人 and 总计 with both figures, the years and last year\'s page', async () => {
    const store = createCollectionStore({ now });
    expect((await store.save(saveInput(2020))).crossYear).toEqual([]);
    const res = await store.save(saveInput(2021));
    const carry = res.crossYear.filter((f) => f.rule === 'cross.carry-over');
    expect(carry.map((f) => [f.figure, f.actual, f.expected])).toEqual([
      ['t3.carried.natural', 5, 3],
      ['t3.carried.total', 6, 4],
    ]);
    expect(carry[0]!.severity).toBe('error');
    expect(carry[0]!.message).toContain('2021年报告');
    expect(carry[0]!.message).toContain('2020年报告');
    expect(carry[0]!.message).toContain('5');
    expect(carry[0]!.message).toContain('3');
    expect(carry[0]!.otherUrl).toBe(PAGE_URL[2020]);
    expect(carry[0]!.otherYear).toBe(2020);
    expect(await store.crossYear(res.record.id)).toEqual(res.crossYear);
    // the earlier year finds next year's report: the same mismatch from its side, linking to 2021
    const older = await store.crossYear(recordId(PAGE_URL[2020]));
    expect(older.map((f) => [f.figure, f.actual, f.expected, f.otherYear])).toEqual([
      ['t3.carriedForward.natural', 3, 5, 2021],
      ['t3.carriedForward.total', 4, 6, 2021],
    ]);
    expect(older[0]!.message).toContain('2021年报告的上年结转（自然人）与本报告结转下年度不符');
    expect(older[0]!.otherUrl).toBe(PAGE_URL[2021]);
  });

  it('keeps the text\'s change against last year in the record and checks it against last year\'s table 三, from both sides', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020));
    const input = saveInput(2021);
    const fresh = input.report.figures['t3.new.total']!;
    const last = analysed(2020).figures['t3.new.total']!;
    // the text says 3 more than the table's difference: last year's count would be 3 fewer than it was
    const quote = `共收到政府信息公开申请${fresh}件，较上年增加${fresh - last + 3}件`;
    input.report.lastYearClaims = [{ readings: ['new'], value: fresh, amount: fresh - last + 3, pct: null, quote }];
    const res = await store.save(input);
    expect(res.record.lastYearClaims).toEqual(input.report.lastYearClaims);
    const text = res.crossYear.filter((f) => f.rule === 'cross.text-change');
    expect(text.map((f) => [f.severity, f.figure, f.expected, f.actual, f.otherYear, f.quote])).toEqual([['warning', null, last, last - 3, 2020, quote]]);
    const older = (await store.crossYear(recordId(PAGE_URL[2020]))).filter((f) => f.rule === 'cross.text-change');
    expect(older.map((f) => [f.figure, f.expected, f.actual, f.otherYear])).toEqual([['t3.new.total', last - 3, last, 2021]]);
    // and an export read back keeps it
    const exported = await store.exportJson();
    fakeBrowser.reset();
    const again = createCollectionStore({ now });
    await again.importJson(exported);
    expect((await again.crossYear(res.record.id)).filter((f) => f.rule === 'cross.text-change')).toHaveLength(1);
  });

  it('2021 saved before 2020: crossYear() finds it once last year arrives', async () => {
    const store = createCollectionStore({ now });
    const r = await store.save(saveInput(2021));
    expect(r.crossYear).toEqual([]);
    await store.save(saveInput(2020));
    expect((await store.crossYear(r.record.id)).map((f) => f.figure)).toEqual(['t3.carried.natural', 't3.carried.total']);
  });

  it('says nothing when last year was published by a body of another site', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020, { url: 'https://www.other.gov.cn/ndbg/2020.html' }));
    expect((await store.save(saveInput(2021))).crossYear).toEqual([]);
  });

  it('matches 人民政府 in one year with 人民政府 the next on one site, keeps the 人民政府办公室\'s own report apart', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020, { agency: '云溪区人民政府办公室', url: 'https://zwgk.yunxi.gov.cn/2020.html' }));
    // the office's own 依申请 figures are not the government's last year
    expect((await store.save(saveInput(2021))).crossYear).toEqual([]);
    await store.save(saveInput(2020, { agency: '云溪区人民政府', url: 'https://zwgk.yunxi.gov.cn/2020-gov.html' }));
    expect((await store.save(saveInput(2021))).crossYear).toHaveLength(2);
  });

  it('keeps a figure\'s note with the record: a noted 现行有效 is not carried across years', async () => {
    const store = createCollectionStore({ now });
    await store.save(saveInput(2020));
    // 2021's stock 27 against 23 + 3 − 2 = 24
    const plain = await store.save(saveInput(2021, { figures: { 't2.normativeDocs.inForce': 27 } }));
    // read for notes, none found: {} (null would be a record that cannot tell)
    expect(plain.record.figureNotes).toEqual({});
    expect(plain.crossYear.filter((f) => f.rule === 'cross.in-force')).toHaveLength(1);
    const noted = saveInput(2021, { figures: { 't2.normativeDocs.inForce': 27 } });
    noted.report.figureNotes = { 't2.normativeDocs.inForce': '含自然失效3件' };
    const r = await store.save(noted);
    expect(r.record.figureNotes).toEqual({ 't2.normativeDocs.inForce': '含自然失效3件' });
    expect((await store.get(r.record.id))!.figureNotes).toEqual({ 't2.normativeDocs.inForce': '含自然失效3件' });
    expect(r.crossYear.filter((f) => f.rule === 'cross.in-force')).toEqual([]);
  });

  it('the user corrects a wrong match: an override joins two bodies, clearing it parts them again', async () => {
    const store = createCollectionStore({ now });
    const old = await store.save(saveInput(2020, { url: 'https://www.other.gov.cn/ndbg/2020.html' }));
    const cur = await store.save(saveInput(2021));
    expect(await store.crossYear(cur.record.id)).toEqual([]);
    await store.setBodyKey(old.record.id, cur.record.bodyKey);
    expect((await store.get(old.record.id))!.bodyKeyOverride).toBe('云溪区@yunxi.gov.cn');
    expect(await store.crossYear(cur.record.id)).toHaveLength(2);
    // the override survives the page being seen again
    await store.save(saveInput(2020, { url: 'https://www.other.gov.cn/ndbg/2020.html' }));
    expect(await store.crossYear(cur.record.id)).toHaveLength(2);
    await store.setBodyKey(old.record.id, null);
    expect(await store.crossYear(cur.record.id)).toEqual([]);
  });
});
