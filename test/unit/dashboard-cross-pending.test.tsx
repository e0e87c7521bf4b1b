// The list's cross-year counts come a moment after its rows (ux70): the store reads the records of every body with a
// neighbouring year for them (CollectionApi.crossYearCounts). Until they come, a report that may have cross-year
// problems shows its verdict and 问题数 as pending ("…", with a title saying why), never its own alone: the two years of
// 广州市云溪区 (no findings of their own, a carry-over mismatch) painted "无问题, 0" first, then "有问题, n" under the
// reader's cursor. A report with no neighbouring year (东湖市云岭区 2021) is final at once.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/dashboard.tsx';
import { summarize } from '../../lib/collect/record.ts';
import type { CrossCount } from '../../lib/collect/cross-count.ts';
import { FakeCollection, makeRecord } from './dashboard-fake.ts';
import { $, $$, en, root, t, until, y2020 as read2020, y2021 as read2021, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

let r2020: ReturnType<typeof read2020> | undefined;
let r2021: ReturnType<typeof read2021> | undefined;
const y2020 = () => (r2020 ??= read2020());
const y2021 = () => (r2021 ??= read2021());
const ID_2020 = 'http://www.yunxi.gov.cn/2020.html';
const ID_2021 = 'http://www.yunxi.gov.cn/2021.html';
const ID_OTHER = 'http://www.yunling.gov.cn/2021.html';
const other = () =>
  makeRecord({ id: ID_OTHER, body: '东湖市云岭区人民政府', bodyKey: '人民政府@www.yunling.gov.cn', region: '东湖市云岭区', year: 2021,
    verdict: 'problems', problems: 1, findings: [{ rule: 't3.row-total', severity: 'error', message: '自然人一列：一+二=45，三（七）+四=42', cells: [], suspect: null, quote: null }],
    lastSeen: '2026-11-19T08:00:00.000Z' });

/** A store whose cross-year counts come when the test says (or fail). */
class SlowCounts extends FakeCollection {
  release!: () => void;
  fail!: () => void;
  override crossYearCounts(): Promise<Record<string, CrossCount>> {
    const counts = super.crossYearCounts();
    return new Promise((resolve, reject) => {
      this.release = () => resolve(counts);
      this.fail = () => reject(new Error('storage read failed'));
    });
  }
}

/** each row: id, the verdict chip's data-verdict, the 问题数 cell's text */
const rowsShown = () =>
  $$('tr.row').map((tr) => [tr.dataset.id, tr.querySelector('[data-verdict]')!.getAttribute('data-verdict'), tr.querySelectorAll('td.num')[1]!.textContent]);

/** every verdict a row of the two years was ever painted with, from the first paint on */
function watchVerdicts(): string[] {
  const seen: string[] = [];
  const look = () => {
    for (const tr of $$('tr.row')) {
      if (tr.dataset.id === ID_OTHER) continue;
      const v = tr.querySelector('[data-verdict]')?.getAttribute('data-verdict');
      if (v && seen.at(-1) !== `${tr.dataset.id} ${v}`) seen.push(`${tr.dataset.id} ${v}`);
    }
  };
  new MutationObserver(look).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return seen;
}

describe('the cross-year counts pending (ux70)', () => {
  it('paints the two years as pending until their counts come, never "无问题", and the report without a neighbour at once', async () => {
    const api = new SlowCounts([y2020(), y2021(), other()]);
    const seen = watchVerdicts();
    render(<Dashboard t={t} lang="zh-CN" api={api} />, root);
    await until(() => $$('tr.row').length === 3 && api.release, 'the rows');
    expect(rowsShown()).toEqual([
      [ID_2021, 'pending', '…'],
      [ID_2020, 'pending', '…'],
      [ID_OTHER, 'problems', '1'],
    ]);
    const chip = $(`tr.row[data-id="${ID_2020}"] [data-verdict]`)!;
    expect(chip.title).toBe('正在与同一单位前后年度的报告核对：核对完即显示问题数和结论');
    expect(chip.getAttribute('aria-label')).toBe(chip.title);
    // 有问题: one known, two to come
    expect($('.stats div:nth-child(2) dd')!.textContent).toBe('…');
    api.release();
    await until(() => $$('tr.row [data-cross]').length === 2, 'the counts');
    const n = (await new FakeCollection([y2020(), y2021()]).crossYearCounts())[ID_2021]!.problems;
    expect(rowsShown()).toEqual([
      [ID_2021, 'problems', `${n}跨年度 ${n}`],
      [ID_2020, 'problems', `${n}跨年度 ${n}`],
      [ID_OTHER, 'problems', '1'],
    ]);
    expect($('.stats div:nth-child(2) dd')!.textContent).toBe('3');
    await Promise.resolve();
    expect(seen.filter((s) => s.endsWith(' ok'))).toEqual([]);
  });

  it('says in English that the counts could not be read, and shows no verdict it does not know', async () => {
    const api = new SlowCounts([y2020(), y2021(), other()]);
    render(<Dashboard t={en} lang="en" api={api} />, root);
    await until(() => $$('tr.row').length === 3 && api.fail, 'the rows');
    api.fail();
    await until(() => $('tr.row [data-verdict="pending"]')?.textContent === '?', 'the failure');
    expect(rowsShown()).toEqual([
      [ID_2021, 'pending', '?'],
      [ID_2020, 'pending', '?'],
      [ID_OTHER, 'problems', '1'],
    ]);
    expect($('tr.row [data-pending]')!.title).toMatch(/^The check against the reports of the year before and after could not be read/);
  });

  it('the cached first screen holds a year whose neighbour is off it: pending too', async () => {
    const api = new SlowCounts([y2020(), y2021(), other()]);
    let answer!: () => void;
    const listed = new Promise<void>((r) => (answer = r));
    const summaries = api.summaries.bind(api);
    api.summaries = async () => {
      await listed;
      return summaries();
    };
    // the last list's first screen held 2021 alone (its 2020 further down)
    const cache = { readHead: async () => [summarize(y2021())], write: async () => {} };
    render(<Dashboard t={t} lang="zh-CN" api={api} cache={cache} />, root);
    await until(() => $$('tr.row').length === 1, 'the cached row');
    expect(rowsShown()).toEqual([[ID_2021, 'pending', '…']]);
    answer();
    await until(() => $$('tr.row').length === 3 && api.release, 'the collection');
    expect(rowsShown().map((r) => r[1])).toEqual(['pending', 'pending', 'problems']);
    api.release();
    await until(() => $$('tr.row [data-cross]').length === 2, 'the counts');
  });
});

// ux69 left the 结转不符 tag on the totals (上年结转总计 against 结转下年度总计): a column whose carry-over differs while the
// totals agree was counted in "跨年度 n" with no tag beside it, a count the row did not explain. Now both years are tagged
// once the counts come, each tooltip naming the columns from its own side. Here 2021's 上年结转 is 自然人 4、商业企业 0
// (总计 4) against 2020's 结转下年度 自然人 3、商业企业 1 (总计 4).
describe('the 结转不符 tag for columns whose totals agree (ux70)', () => {
  const shifted = () => {
    const r = y2021();
    return { ...r, figures: { ...r.figures, 't3.carried.natural': 4, 't3.carried.commercial': 0, 't3.carried.total': 4 } };
  };
  const tagOf = (id: string) => root.querySelector(`tr.row[data-id="${id}"] [data-carry]`);

  it('tags both years, each tooltip naming the columns from its side, and the tagged are those counted', async () => {
    const api = new FakeCollection([y2020(), shifted(), other()]);
    const counts = await api.crossYearCounts();
    // the totals agree: the summaries' check has nothing
    // one break in two columns: one problem (dash98), its columns both in the tag
    expect(counts[ID_2021]!.rules['cross.carry-over']).toBe(1);
    expect(counts[ID_2021]!.carry).toHaveLength(2);
    render(<Dashboard t={t} lang="zh-CN" api={api} />, root);
    await until(() => $$('tr.row [data-cross]').length === 2, 'the counts');
    expect(tagOf(ID_2021)!.getAttribute('title')).toBe('上年结转 自然人 4、商业企业 0，而 2020 年报告结转下年度为 自然人 3、商业企业 1');
    expect(tagOf(ID_2021)!.getAttribute('data-carry')).toBe(ID_2020);
    expect(tagOf(ID_2020)!.getAttribute('title')).toBe('结转下年度 自然人 3、商业企业 1，而 2021 年报告上年结转为 自然人 4、商业企业 0');
    expect(tagOf(ID_OTHER)).toBeNull();
    const tagged = $$('tr.row').filter((tr) => tr.querySelector('[data-carry]')).map((tr) => tr.dataset.id).sort();
    const carried = Object.entries(counts).filter(([, c]) => (c.rules['cross.carry-over'] ?? 0) > 0).map(([id]) => id).sort();
    expect(tagged).toEqual(carried);
    expect($('#stat-carry')!.textContent).toBe('2');
  });

  it('says the columns in English', async () => {
    render(<Dashboard t={en} lang="en" api={new FakeCollection([y2020(), shifted()])} />, root);
    const tag = await until(() => tagOf(ID_2020), 'the 2020 tag');
    expect(tag.getAttribute('title')).toBe('Carried forward natural persons 3, businesses 1, but the 2021 report carried over natural persons 4, businesses 0');
  });
});
