// dash97: a report whose carry-over holds with the year before and after said "没有跨年度问题（或尚未收集同一单位上一
// 年度的报告）", the hedge of a report with nothing to compare with, though 2021 and 2023 were collected and compared
// (the walk: 31 consistent pairs of 11 bodies, every middle year worded so). It now names the years it was checked
// against; a same-key report the store does not compare (another county's 城关镇: regions disagree) is never named.
import { describe, expect, it } from 'vitest';
import { FakeCollection, makeRecord } from './dashboard-fake.ts';
import { $, en, mount, until, freshRootEachTest } from './dashboard-dom.tsx';
import type { StoredReport } from '../../lib/collect/record.ts';

freshRootEachTest();

/** A body's report of `y`: 上年结转 `carried`, 结转下年度 `forward` (总计 and 自然人). */
function year(y: number, carried: number, forward: number, p: Partial<StoredReport> = {}): StoredReport {
  const id = `http://www.yunxi.gov.cn/${y}.html`;
  return makeRecord({
    id, year: y, body: '广州市云溪区人民政府', bodyKey: '云溪区@yunxi.gov.cn', region: '广州市云溪区', site: 'www.yunxi.gov.cn',
    figures: {
      't3.new.total': 40 + y - 2020, 't3.new.natural': 40 + y - 2020,
      't3.carried.total': carried, 't3.carried.natural': carried, 't3.carriedForward.total': forward, 't3.carriedForward.natural': forward,
    },
    ...p,
  });
}

const none = () => until(() => $('[data-state="cross-none"]'), 'the cross-year line');

describe('no cross-year finding: the years it was checked against', () => {
  it('names both neighbours of a middle year, and the one of the first', async () => {
    const api = new FakeCollection([year(2021, 3, 5), year(2022, 5, 7), year(2023, 7, 2)]);
    location.hash = `#report=${encodeURIComponent('http://www.yunxi.gov.cn/2022.html')}`;
    mount(api);
    expect((await none()).textContent).toBe('与 2021、2023 年度报告核对，没有跨年度问题');
    location.hash = `#report=${encodeURIComponent('http://www.yunxi.gov.cn/2021.html')}`;
    await until(() => $('[data-state="cross-none"]')?.textContent?.startsWith('与 2022 年度'), 'the 2021 report');
    expect($('[data-state="cross-none"]')!.textContent).toBe('与 2022 年度报告核对，没有跨年度问题');
  });

  it('in English', async () => {
    const api = new FakeCollection([year(2021, 3, 5), year(2022, 5, 7), year(2023, 7, 2)]);
    location.hash = `#report=${encodeURIComponent('http://www.yunxi.gov.cn/2022.html')}`;
    mount(api, en);
    expect((await none()).textContent).toBe('Checked against 2021 and 2023: no cross-year finding');
  });

  it('a same-key report of another region is not named: the store did not compare it', async () => {
    const other = year(2021, 3, 99, { id: 'http://www.yuexi.gov.cn/2021.html', url: 'http://www.yuexi.gov.cn/2021.html', region: '安庆市岳西县', site: 'www.yuexi.gov.cn' });
    const api = new FakeCollection([other, year(2022, 5, 7)]);
    location.hash = `#report=${encodeURIComponent('http://www.yunxi.gov.cn/2022.html')}`;
    mount(api);
    // its 结转下年度 99 against 上年结转 5 would be an error, were it compared: it is not, and not named
    const line = (await none()).textContent!;
    expect(line).not.toContain('2021');
    expect(line).toBe('没有跨年度问题（或尚未收集同一单位上一年度的报告）');
  });

  it('the user\'s key joins a report of another region: then it is compared, and named', async () => {
    const other = year(2021, 3, 5, { id: 'http://www.yuexi.gov.cn/2021.html', url: 'http://www.yuexi.gov.cn/2021.html', region: '安庆市岳西县', site: 'www.yuexi.gov.cn' });
    const mine = year(2022, 5, 7, { bodyKeyOverride: '云溪区@yunxi.gov.cn' });
    const api = new FakeCollection([other, mine]);
    location.hash = `#report=${encodeURIComponent(mine.id)}`;
    mount(api);
    expect((await none()).textContent).toBe('与 2021 年度报告核对，没有跨年度问题');
  });
});
