// @vitest-environment node
/**
 * Where a copy of a report comes from (lib/collect/copy-address.ts, red team 25): an archive's copy
 * stands on the original's site, a 公众号's or a news platform's page on none, so that two bodies
 * of one name published there are never taken for one; a portal's page stays on its own host.
 */
import { describe, expect, it } from 'vitest';
import { bodyKeyOf } from '../../lib/collect/body.ts';
import { namesNoSite, publisherHostOf } from '../../lib/collect/copy-address.ts';
import { reportPageOf } from '../../lib/collect/report-page.ts';

describe('publisherHostOf', () => {
  it.each([
    ['https://www.yunxi.gov.cn/zwgk/ndbg/2023.html', 'www.yunxi.gov.cn'],
    ['https://web.archive.org/web/20240301051203/https://www.yunxi.gov.cn/zwgk/ndbg/2023.html', 'www.yunxi.gov.cn'],
    ['https://web.archive.org/web/20240301051203id_/http://zwgk.yunxi.gov.cn/a.html?id=3', 'zwgk.yunxi.gov.cn'],
    ['https://web.archive.org/web/20240301051203/https:/www.yunxi.gov.cn/a.html', 'www.yunxi.gov.cn'],
    ['https://archive.ph/2025.03.01-051203/https://www.luoyang.gov.cn/a.html', 'www.luoyang.gov.cn'],
    // a platform many bodies publish on, an archive's short address, a search engine's cache: no site
    ['https://mp.weixin.qq.com/s?__biz=MzA5NzQ3MTQ4Mg==&mid=2651&idx=1', null],
    ['https://mp.weixin.qq.com/s/Xk2pQ7aB3cD4eF5gH6iJ7k', null],
    ['https://www.toutiao.com/article/7318000000000000000/', null],
    ['https://www.thepaper.cn/newsDetail_forward_26000000', null],
    ['https://www.163.com/dy/article/IP0000000000.html', null],
    ['https://archive.ph/Xk2pQ', null],
    ['http://www.360doc.com/content/25/0211/10/123456_1234567890.shtml', null],
    ['https://web.archive.org/web/2024*/yunxi.gov.cn', null],
    ['https://cache.baiducontent.com/c?m=abc&p=def', null],
    // no web host
    ['about:internet', null],
    ['file:///C:/Users/me/Desktop/y.htm', null],
    ['not an address', null],
  ])('%s', (address, host) => {
    expect(publisherHostOf(address)).toBe(host);
  });
  it('a portal on a host that only looks like a platform\'s keeps its host', () => {
    expect(publisherHostOf('https://weixin.yunxi.gov.cn/a.html')).toBe('weixin.yunxi.gov.cn');
    expect(publisherHostOf('https://archive.yunxi.gov.cn/web/2024/https://x.gov.cn/')).toBe('archive.yunxi.gov.cn');
    expect(namesNoSite('www.yunxi.gov.cn')).toBe(false);
  });
});

describe('the same body, on a copy', () => {
  it('has no automatic key on a platform\'s or an archive\'s host', () => {
    expect(bodyKeyOf('城关镇人民政府', 'mp.weixin.qq.com')).toBeNull();
    expect(bodyKeyOf('城关镇人民政府', 'web.archive.org')).toBeNull();
    expect(bodyKeyOf('城关镇人民政府', 'www.toutiao.com')).toBeNull();
    expect(bodyKeyOf('城关镇人民政府', 'www.yunxi.gov.cn')).toBe(bodyKeyOf('城关镇人民政府', 'zwgk.yunxi.gov.cn'));
    expect(bodyKeyOf('城关镇人民政府', 'www.yunxi.gov.cn')).not.toBeNull();
  });
  it('is collected under an archive\'s copy with the original\'s site, a 公众号 article with its own host', () => {
    const seen = (url: string) => ({ url, title: '' });
    const wayback = 'https://web.archive.org/web/20240301051203/https://www.yunxi.gov.cn/zwgk/ndbg/2023.html';
    expect(reportPageOf(seen(wayback), seen(wayback))).toEqual({ url: wayback, title: null, site: 'www.yunxi.gov.cn' });
    const wx = 'https://mp.weixin.qq.com/s/Xk2pQ7aB3cD4eF5gH6iJ7k';
    expect(reportPageOf(seen(wx), seen(wx)).site).toBe('mp.weixin.qq.com');
  });
});
