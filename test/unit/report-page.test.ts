// @vitest-environment node
/**
 * lib/collect/report-page.ts: the page a collected report is kept under. A portal's frame that
 * holds the report gives its own address and title; a frame without an address of its own (written
 * by script, srcdoc, blob:) leaves the top page's.
 */
import { describe, expect, it } from 'vitest';
import { reportPageOf } from '../../lib/collect/report-page.ts';

const portal = { url: 'https://www.yunxi.gov.cn/xxgk/index.html?channel=ndbg', title: '云溪区人民政府信息公开平台' };

describe('reportPageOf', () => {
  it.each([
    ['a frame of the portal\'s site', 'https://www.yunxi.gov.cn/xxgk/2024/content_123.html', '云溪区2023年政府信息公开工作年度报告',
      { url: 'https://www.yunxi.gov.cn/xxgk/2024/content_123.html', title: '云溪区2023年政府信息公开工作年度报告', site: 'www.yunxi.gov.cn' }],
    ['a frame with no title', 'http://xxgk.yunxi.gov.cn/nb/2023.html', '',
      { url: 'http://xxgk.yunxi.gov.cn/nb/2023.html', title: null, site: 'xxgk.yunxi.gov.cn' }],
    ['the top document itself', portal.url, portal.title, { url: portal.url, title: portal.title, site: 'www.yunxi.gov.cn' }],
  ])('%s: its own address, title and site', (_, url, title, want) => {
    expect(reportPageOf({ url, title }, portal)).toEqual(want);
  });

  it.each([['about:blank'], ['about:srcdoc'], ['blob:https://www.yunxi.gov.cn/6f1c0e2a-0c1d-4a57-9d0e-1b2c3d4e5f60'], ['javascript:void(0)'], ['']])(
    'a frame at %j has no address to reopen: the top page\'s',
    (url) => {
      expect(reportPageOf({ url, title: '年度报告' }, portal)).toEqual({ url: portal.url, title: portal.title, site: 'www.yunxi.gov.cn' });
    },
  );

  it('a top page without a host (a local file) keeps its address, with no site', () => {
    expect(reportPageOf({ url: 'about:blank', title: '' }, { url: 'file:///tmp/nb.html', title: 'nb' })).toEqual({ url: 'file:///tmp/nb.html', title: 'nb', site: '' });
  });
});
