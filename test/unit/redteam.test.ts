// @vitest-environment node
/**
 * The red teams' portal pages (sessions 8, 10 and 11), written by gen.mjs and by hand, what is true
 * of each in EXPECT.md, and what the checker must say of each in expected.json: detection, year and
 * template, and the exact multiset of errors and warnings with their suspect cells.
 * - test/fixtures/redteam10: 61 pages (3 more are in test/fixtures/pages); 42 consistent (nothing
 *   may be raised), 16 with one documented mistake, 3 not reports.
 * - test/fixtures/redteam10b: 81 pages; prose-heavy reports, pre-2019 reports, nine look-alikes
 *   that are not reports, table variants; 10 with documented mistakes, all flagged but one (see
 *   EXPECT.md: a pre-2019 list short of its whole; page 33's wrong share is flagged, its list not).
 *   Table 三 on its side (17), table 四 as three small tables (20) and table 三 as a
 *   <div role=table> grid (29) are read; a wrong 个百分点 or 倍 is flagged since session 11.
 * - test/fixtures/redteam8: 42 pages of the session-8 red team (13 more are in test/fixtures/pages)
 *   (2019 template, Chongqing portals); its EXPECT.md says how their results were confirmed.
 * - test/fixtures/redteam11: 101 pages from nine other provinces' portals, 2024/2025 reports and big
 *   bodies (gen.mjs, EXPECT.md); expected.json is the truth. The pages in KNOWN_WRONG are not yet
 *   read right: each runs as a test that must fail, so that fixing one turns it red until it is
 *   taken off the list.
 * - test/fixtures/redteam12: 132 pages aimed at recall and the suspect cell: 70 with one planted
 *   mistake, 14 with two, 48 consistent (gen.mjs computes the truth and finds each planted cell;
 *   EXPECT.md gives recall and suspect accuracy).
 * Kept apart from test/fixtures/pages so that the property tests over every fixture (perturb,
 * invariance) do not multiply by 417 more pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import type { CellRef } from '../../lib/types.ts';

interface Want {
  isReport: boolean;
  year?: number | null;
  template?: string | null;
  findings: { rule: string; severity: string; suspect?: CellRef }[];
}

const key = (f: { rule: string; severity: string; suspect?: CellRef | null }): string =>
  `${f.rule}/${f.severity}${f.suspect ? `@${f.suspect.table},${f.suspect.row},${f.suspect.col}` : ''}`;

/** Pages whose result is known to differ from the truth, and why (see the team's EXPECT.md). */
const KNOWN_WRONG: Readonly<Record<string, string>> = {
  '06-ha-zz-2025-jyh-city.html': 'a figure of the wider region compared with the body\'s table 三',
  '15-gd-gz-ghzy-2024-renda-zhengxie.html': '建议58件、提案73件，其中主办41件、协办90件 read as a whole of 73',
  '40-hn-hy-2025-city-benji.html': '全市各级行政机关 compared with the body\'s table 三',
  '65-bj-sjs-2024-quanqu-benji.html': '全区各级行政机关 compared with 本级\'s table 三',
  '66-js-xz-gl-2024-gejiedao-bumen.html': '全区各街道、各部门 compared with the body\'s table 三',
  '67-sc-zg-2025-quanshi-fuyi-benji.html': '全市 复议 compared with the body\'s table 四',
  '71-ha-py-2024-t3-footnote.html': 'a note\'s 含…3件 read as the whole',
  '77-ha-ay-2024-qizhong-pingtai.html': '其中 opening its own sentence: a channel read as the whole',
  '78-zj-qz-2024-qizhong-dafu-days.html': '10个工作日内答复的 read as all answered',
  '79-js-lyg-2024-zuiduo-lvshi.html': '最多的一人提出, 律师代理 read as all received',
  '82-gd-hz-sthj-2024-quanxitong.html': '全系统 compared with the body\'s table 三',
  '83-js-sq-zjj-2024-xiashu-jiguan.html': '本局及下属单位 compared with the body\'s table 三',
  '84-ha-nj-bgs-2024-dai-shizhengfu.html': '本办代市政府办理 read as the body\'s',
  '86-sc-ya-2024-zhengwu-gongkai-title.html': 'a 政务公开工作年度报告 with the tables is not detected',
  '91-bj-cp-2024-topic-subset.html': '涉及房屋征收的申请 read as all received',
  '92-sd-ta-2024-channel-single.html': '通过邮寄方式收到 read as all received',
  '93-fj-zz-2024-waishengshi.html': '来自外省市的, 重复提出 read as all received',
  '99-zj-hz-xh-2024-two-t3-benji-quanqu.html': 'two tables 三: the prose (本级) checked against the 全区 one',
  '101-ha-xc-2024-dafu-subsets.html': '征求第三方意见后答复的, 补正后答复的 read as all answered',
};

for (const team of ['redteam8', 'redteam10', 'redteam10b', 'redteam11', 'redteam12']) {
  const dir = new URL(`../fixtures/${team}/`, import.meta.url);
  const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, Want>;
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

  describe(`${team}: every page says what is true of it`, () => {
    it('every page has its expectation, and every expectation a page', () => {
      expect(Object.keys(expected).sort()).toEqual(pages);
    });
    const check = (name: string): void => {
      const want = expected[name]!;
      const doc = parsePage(decodeHtml(readFileSync(new URL(name, dir))).text);
      const a = analyzeDocument(doc, { url: `https://www.example.gov.cn/${name}` });
      expect(a.isReport).toBe(want.isReport);
      if (!want.isReport) return;
      if (want.year !== undefined) expect(a.year).toBe(want.year);
      if (want.template !== undefined) expect(a.template).toBe(want.template);
      const got = a.findings
        .filter((f) => f.severity !== 'info')
        .map((f) => key({ ...f, suspect: want.findings.some((w) => w.rule === f.rule && w.suspect) ? f.suspect : null }));
      expect(got.sort()).toEqual(want.findings.map(key).sort());
    };
    it.each(pages.filter((p) => !(p in KNOWN_WRONG)))('%s', check);
    const known = pages.filter((p) => p in KNOWN_WRONG);
    if (known.length > 0) it.fails.each(known)('%s (known wrong: fixing it turns this red; take it off KNOWN_WRONG)', check);
  });
}
