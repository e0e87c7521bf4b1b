// @vitest-environment node
/**
 * det65: what det64 left of detection (test/fixtures/det65/, written by gen.mjs; EXPECT.json says what each page
 * gives, its `url` the address it is read at as well as without one, and `main` what main gave where it differs):
 *  a*: a place name's own reading in the address (pinyin.ts PLACE_WORDS, CHARS): 乐清 "yueqing", 单县 "shanxian",
 *      丰都 "fengdu", 大埔 "dabu", 番禺 "panyu", 莘县 "sx" break a tie of two counties. Near-misses: the characters'
 *      first readings spelt ("/leqing/", "/fengdou/": still the place), initials two named counties share (neither),
 *      朝阳 read right already.
 *  b*: a news item attaching the report's file, named as the report with its body, is that file's page
 *      (announcement.ts noticeFile). Near-misses: the report's page linked, last year's file, its 图解, a press
 *      release and photographs, two bodies' files, a file naming no body.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectReport } from '../../lib/detect/detect-report.ts';
import { firstLook } from '../../lib/detect/first-look.ts';
import { pinyinOf } from '../../lib/detect/pinyin.ts';
import { initialsOf, placeInUrl } from '../../lib/detect/url-place.ts';
import { fileAgency } from '../../lib/detect/announcement.ts';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';

const dir = new URL('../fixtures/det65/', import.meta.url);
interface Expected {
  isReport: boolean;
  year?: number;
  agency?: string;
  /** the county told at `url` (without it: none) */
  agencyRegion?: string | null;
  url?: string;
  /** the report is the page's attached file */
  attachment?: true;
  reason?: string;
  main?: Record<string, unknown>;
}
const EXPECT = JSON.parse(readFileSync(new URL('EXPECT.json', dir), 'utf8')) as Record<string, Expected>;
const text = (name: string) => decodeHtml(readFileSync(new URL(`${name}.html`, dir))).text;

describe('det65: pages and what the detector gives', () => {
  it('holds pages that change and near-misses that give what they gave on main, of both kinds', () => {
    for (const kind of ['a', 'b']) {
      const names = Object.keys(EXPECT).filter((n) => n.startsWith(kind));
      expect(names.filter((n) => 'main' in EXPECT[n]!).length).toBeGreaterThanOrEqual(3);
      expect(names.filter((n) => !('main' in EXPECT[n]!)).length).toBeGreaterThanOrEqual(4);
    }
  });

  for (const [name, e] of Object.entries(EXPECT)) {
    it(name, () => {
      for (const url of e.url ? [undefined, e.url] : [undefined]) {
        // the CLI's light DOM for both readings, linkedom (the extension's tests) for the last
        const docs = [parsePage(text(name)), ...(url === e.url ? [parseHTML(text(name)).document as unknown as Document] : [])];
        for (const doc of docs) {
          const d = detectReport(doc, url);
          expect({ url, isReport: d.isReport }).toEqual({ url, isReport: e.isReport });
          if (!e.isReport) {
            expect(d.reason).toBe(e.reason);
            continue;
          }
          expect({ year: d.year, agency: d.agency, attachment: d.attachment ? true : undefined })
            .toEqual({ year: e.year, agency: e.agency, attachment: e.attachment });
          if ('agencyRegion' in e) expect({ url, region: d.agencyRegion ?? null }).toEqual({ url, region: url ? e.agencyRegion : null });
          expect(firstLook(doc).maybe).toBe(true);
        }
      }
    });
  }

  it('reads a news item\'s file as the report\'s: each table said to be in the file', () => {
    const b = analyzeDocument(parsePage(text('b02-news-docx-gbk')));
    expect(b).toMatchObject({ isReport: true, year: 2025, agency: '青溪市东湖区人民政府', attachment: { kind: 'Word', name: '青溪市东湖区2025年政府信息公开工作年度报告.docx' } });
    expect(b.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('names a file without its list number, and a file naming no body no body', () => {
    const pdf = (name: string) => ({ kind: 'PDF', name, href: '/a.pdf' });
    expect(fileAgency(pdf('2025年政府信息公开工作年度报告.pdf'))).toBeNull();
    expect(fileAgency(pdf('1.青溪市教育局2025年政府信息公开工作年度报告.pdf'))).toBe('青溪市教育局');
    expect(detectReport(parsePage(text('b03-news-chulu-numbered'))).attachment?.name).toBe('青溪市教育局2025年政府信息公开工作年度报告.pdf');
  });
});

describe('det65: a place name\'s own reading (pinyin.ts)', () => {
  it('reads the names whose characters GB2312 places under another reading', () => {
    expect(pinyinOf('重庆')).toBe('chongqing');
    expect(initialsOf('重庆')).toBe('cq');
    expect(pinyinOf('乐清市')).toBe('yueqingshi');
    expect(pinyinOf('乐亭县')).toBe('laotingxian');
    expect(pinyinOf('单县')).toBe('shanxian');
    expect(pinyinOf('六安')).toBe('luan');
    expect(pinyinOf('蚌埠')).toBe('bengbu');
    expect(pinyinOf('丰都县')).toBe('fengduxian');
    expect(pinyinOf('西藏')).toBe('xizang');
    expect(pinyinOf('中牟县')).toBe('zhongmuxian');
    // a rarer character read in a listed name, not alone
    expect(pinyinOf('番禺区')).toBe('panyuqu');
    expect(pinyinOf('莘县')).toBe('shenxian');
    expect(pinyinOf('禺')).toBeNull();
    // first readings that are the names' own already
    expect([pinyinOf('长沙县'), pinyinOf('长春'), pinyinOf('厦门'), pinyinOf('朝阳区'), pinyinOf('乐山')]).toEqual(['changshaxian', 'changchun', 'xiamen', 'chaoyangqu', 'leshan']);
  });

  it('takes a name\'s reading and its characters\' first, never a spelling two named places share', () => {
    const two = ['永嘉县', '乐清市'];
    expect(placeInUrl(two, 'https://www.wenzhou.gov.cn/xxgk/yueqing/t1.html')).toBe('乐清市');
    expect(placeInUrl(two, 'https://yqs.wenzhou.gov.cn/t1.html')).toBe('乐清市');
    // the characters' first readings (a CMS's pinyin tool) spell it still
    expect(placeInUrl(two, 'https://www.wenzhou.gov.cn/xxgk/leqing/t1.html')).toBe('乐清市');
    expect(placeInUrl(two, 'https://lqs.wenzhou.gov.cn/t1.html')).toBe('乐清市');
    // …and where one spelling is two named places', neither: 六合区 read liuhe beside a 柳河县 (liuhe)
    expect(placeInUrl(['六合区', '柳河县'], 'https://www.example.gov.cn/liuhe/t1.html')).toBeNull();
    expect(placeInUrl(['六合区', '柳河县'], 'https://www.example.gov.cn/luhe/t1.html')).toBe('六合区');
    expect(placeInUrl(['单县', '莘县'], 'https://www.shandong.gov.cn/sx/t1.html')).toBeNull();
    expect(placeInUrl(['单县', '莘县'], 'https://shanxian.heze.gov.cn/t1.html')).toBe('单县');
  });
});
