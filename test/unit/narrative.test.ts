/**
 * Narrative checks (issue #3): one table-driven test per text quirk, and each pattern firing and
 * staying silent, traps included.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative, narrativeSummary } from '../../lib/narrative/check-narrative.ts';
import { percentFits, sharesCanTotal100, toDec, sumDec, cmpDec } from '../../lib/narrative/decimal.ts';
import { extractParagraphs, splitSentences } from '../../lib/narrative/extract-prose.ts';
import {
  enclosingParen,
  findFigures,
  foldForFigures,
  readChangeVerb,
  readShareLead,
} from '../../lib/narrative/figures-in-text.ts';
import { readZhongHead } from '../../lib/narrative/parts-qizhong.ts';
import { APPLY_MEASURES, pickMeasure, topicBefore } from '../../lib/narrative/measures.ts';

function body(html: string): Element {
  const { document } = parseHTML(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`);
  return document.body;
}

function run(html: string, figures: Record<string, number | null> = {}) {
  const container = body(html);
  const exclude = [...container.querySelectorAll('table.data')];
  return checkNarrative({ container, exclude, figures, figureRefs: { 't3.new.total': { table: 1, row: 3, col: 9 } } });
}

const errorsAndWarnings = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.severity !== 'info');

describe('figures in text', () => {
  it.each([
    ['１２件', 12, '件'],
    ['共计4,389,675件', 4389675, '件'],
    ['专项经费有250.4万元', 2504000, '元'],
    ['占比36.28%', 36.28, '%'],
    ['占9.28％', 9.28, '%'],
    ['维持93件', 93, '件'],
    ['新闻发布会50场次', 50, '场次'],
    ['提高2个百分点', 2, '百分点'],
  ])('%s reads %d %s', (text, value, unit) => {
    const [f] = findFigures(text);
    expect(f).toBeDefined();
    expect(Number(f!.value.n) / 10 ** f!.value.d).toBe(value);
    expect(f!.unit).toBe(unit);
    expect(f!.approx).toBe(false);
  });

  it.each([
    ['a date', '统计期为2019年1月1日至2019年12月31日'],
    ['a phone number', '联系电话：0830—3115719'],
    ['a phone with a hyphen', '（0830-8283207）'],
    ['a postcode', '邮编：646000；'],
    ['a document number', '（川办发〔2019〕32号）'],
    ['an ordinal', '第二十条第（一）项、第20条第1项'],
    ['a URL', '（http://lzs.sczwfw.gov.cn/app/index?flag=2&areaCode=510500000000）'],
    ['a domain', '（czj.luzhou.gov.cn）'],
    ['a year range', '（2019—2020年）、2013-2017年'],
    ['a number with no unit', '12345政务服务热线、3.15消费者权益日'],
    ['an index code', '索引号：QZ02101-9000-2020-00001'],
    ['days and times', '20日内、09:41、当月28日报送'],
  ])('%s is not a figure', (_why, text) => {
    expect(findFigures(text)).toEqual([]);
  });

  it.each([
    ['60余条'],
    ['35000多条'],
    ['4.2余万人次'],
    ['近1.1万人次'],
    ['90%以上'],
  ])('%s is approximate', (text) => {
    expect(findFigures(text)[0]?.approx).toBe(true);
  });

  it('folds full-width digits one character for one', () => {
    const s = '受理４５件，占１２．５％';
    expect(foldForFigures(s)).toBe('受理45件，占12.5%');
    expect(foldForFigures(s).length).toBe(s.length);
    const [f] = findFigures(s);
    expect(f!.raw).toBe('４５件');
  });

  it.each([
    ['占', true, ''],
    ['、占比', true, ''],
    ['占全部申请的', true, '全部申请'],
    ['解读率达到', false, ''],
  ])('share lead %s', (label, share, of) => {
    expect(readShareLead(label)).toEqual({ share, shareOf: of });
  });

  it.each([
    ['减少', '减少'],
    ['比上年增加', '增加'],
    ['，增长', '增长'],
    ['下降了', '下降'],
    ['较2018年', null],
    ['比上年多', '多'],
    ['同比少', '少'],
    ['较上年多出', '多'],
    ['多', '多'],
    ['涉及征地拆迁的较多', null],
    ['问题比较多', null],
  ])('change verb %s', (label, verb) => {
    expect(readChangeVerb(label)).toBe(verb);
  });

  it('knows the parenthesis a figure stands in', () => {
    const t = '办结1191件（含上年结转189件）';
    expect(enclosingParen(t, t.indexOf('189'))).toBe('含上年结转');
    expect(enclosingParen(t, t.indexOf('1191'))).toBeNull();
  });
});

describe('prose extraction', () => {
  it('skips excluded tables, scripts and hidden boxes, and breaks paragraphs at blocks and <br>', () => {
    const c = body(`<div>一、总体情况<p>第一段。</p>第二<br>第三<script>var x = "共5件";</script>
      <span style="display: none">隐藏100件</span><table class="data"><tr><td>42</td></tr></table><li>第四</li></div>`);
    const ex = [...c.querySelectorAll('table.data')];
    expect(extractParagraphs(c, ex).map((p) => p.text)).toEqual(['一、总体情况', '第一段。', '第二', '第三', '第四']);
  });

  it('keeps layout tables (their cells are paragraphs)', () => {
    const c = body('<table><tr><td><p>全年共收到申请5件。</p></td></tr></table>');
    expect(extractParagraphs(c, []).map((p) => p.text)).toEqual(['全年共收到申请5件。']);
  });

  it('splits sentences at 。！？ but not at ；', () => {
    expect(splitSentences('共10条，其中A 4条；B 6条。其中，C 1条！ 完')).toEqual([
      { text: '共10条，其中A 4条；B 6条。', offset: 0 },
      { text: '其中，C 1条！', offset: 17 },
      { text: '完', offset: 26 },
    ]);
  });
});

describe('exact decimals and printed tolerance', () => {
  it('50.9 + 199.5 = 250.4 exactly', () => {
    expect(cmpDec(sumDec([toDec(50.9, 1), toDec(199.5, 1)]), toDec(250.4, 1))).toBe(0);
  });
  it.each([
    [349, 962, 36.28, 2, 'rounded'],
    [607, 962, 63.1, 1, 'rounded'],
    [6, 962, 0.62, 2, 'rounded'],
    [433, 528, 82, 0, 'rounded'],
    [52544, 80165, 65.54, 2, 'rounded'],
    [2, 3, 66.66, 2, 'truncated'],
    [349, 962, 36.3, 2, 'no'],
  ])('%d / %d reads %d%%', (a, b, p, d, out) => {
    expect(percentFits(toDec(a, 0), toDec(b, 0), toDec(p, d))).toBe(out);
  });
  it('shares that can make 100%', () => {
    expect(sharesCanTotal100([toDec(36.28, 2), toDec(63.1, 1), toDec(0.62, 2)])).toBe(true);
    expect(sharesCanTotal100([toDec(36.28, 2), toDec(60.1, 1)])).toBe(false);
  });
});

describe('named helpers for claims', () => {
  it.each([
    ['其中，市级机关70人', ''],
    ['其中市级机关70人', ''],
    ['已办理答复件中，同意公开433件', '办理答复'],
    ['不予公开中，涉及国家秘密0件', '不予公开'],
    ['全市共有10个', null],
  ])('a sentence opening %s refers back to %s', (s, head) => {
    expect(readZhongHead(s)?.head ?? null).toBe(head);
  });

  it.each([
    ['全市收到政府信息公开行政复议申请174件', 'review'],
    ['收到行政诉讼18件，维持具体行政行为或者驳回原告诉讼请求7件', 'suit'],
    ['共收到政府信息公开申请45件', 'apply'],
    ['被申请行政复议3件', 'review'],
    ['全年受理网络问政182件', null],
    ['发生行政复议3件，行政诉讼2件，结果维持4件', 'both'],
    ['行政复议351件，其中结果维持72件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件', 'suit'],
    ['行政诉讼1件；行政复议3件，行政诉讼2件，结果维持4件', 'both'],
  ])('topic of %s', (s, topic) => {
    expect(topicBefore(s, s.length - 1)).toBe(topic);
  });

  it.each([
    ['新受理政府信息公开申请', 'new'],
    ['上年转结政府信息公开申请', 'carried'],
    ['转下一年办理', 'carriedForward'],
    ['结转下年度继续办理的', 'carriedForward'],
    ['顺延到下年度答复的', 'carriedForward'],
    ['全年办结', 'processed'],
    ['全年受理并办结', 'processed'],
    ['“同意部分公开”的', 'partial'],
    ['“不予公开”的', 'denied'],
    ['共收到', 'received'],
  ])('measure of %s', (clause, id) => {
    expect(pickMeasure(clause, APPLY_MEASURES)?.id).toBe(id);
  });
});

describe('text.parts-sum', () => {
  it('fires when the parts exceed the whole (seed 004)', () => {
    const r = run('<p>2019年度，区政府各级各部门共收到政府信息公开申请45件，其中区政府本级17件，各街道办事处、区直各单位共38件。</p>');
    expect(errorsAndWarnings(r)).toMatchObject([{ rule: 'text.parts-sum', severity: 'error', expected: 55, actual: 45 }]);
    expect(r.findings[0]?.quote).toContain('45件，其中区政府本级17件');
  });
  it('is silent when they add up, over ；and over a sentence break', () => {
    const r = run('<p>全年共审核发布各类公开政府信息249条，其中：发布行政公文9条；重点工作55条；政府网站信息185条。</p><p>工作人员为493人。其中市级70人；区县423人。</p>');
    expect(r.findings).toEqual([]);
    expect(r.checks.map((c) => c.outcome)).toEqual(['pass', 'pass']);
  });
  it('a single 其中 part claims nothing', () => {
    const r = run('<p>累计主动公开政府信息143262条，其中规范性文件有314条。</p><p>召开新闻发布会69场。其中，市政府新闻办组织召开31场。</p>');
    expect(r.checks).toEqual([]);
  });
  it('parts short of the whole are a skip, not a finding, unless the list names 其他', () => {
    const r = run('<p>共收到申请50件，其中网上申请20件、信函申请10件。</p>');
    expect(r.findings).toEqual([]);
    expect(r.checks).toMatchObject([{ rule: 'text.parts-sum', outcome: 'skip' }]);
    const closed = run('<p>共收到申请50件，其中网上申请20件、其他方式10件。</p>');
    expect(errorsAndWarnings(closed)).toMatchObject([{ rule: 'text.parts-sum', expected: 30, actual: 50 }]);
  });
  it('takes the reading of 其中 that fits: to the ；(seed 002) or to the sentence end', () => {
    const r = run('<p>政务新媒体公开信息607条、占比63.1%，其中政务微信1个、公开信息406条，政务微博1个、公开信息201条；传统载体公开信息6条。</p>');
    expect(r.findings).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.parts-sum')).toMatchObject([{ outcome: 'pass', detail: '406条+201条 = 607条' }]);
  });
  it('outcomes after a received count, and a parenthesised list', () => {
    const ok = run('<p>全市收到行政复议申请174件，维持具体行政行为93件，被依法纠错3件，其他情形78件。73个项目（核准6件、备案67件）全部办结。</p>');
    expect(ok.findings).toEqual([]);
    expect(ok.checks.map((c) => c.outcome)).toEqual(['pass', 'pass']);
    const bad = run('<p>全市收到行政复议申请17件，维持具体行政行为13件，其他情形8件。</p>');
    expect(errorsAndWarnings(bad)).toMatchObject([{ rule: 'text.parts-sum', severity: 'error', expected: 21, actual: 17 }]);
  });
  it('a remainder that does not hold is a warning (seed 000)', () => {
    const r = run('<p>全市有一级预算单位222个，认定涉密部门2个，应公开部门219个。</p>');
    expect(errorsAndWarnings(r)).toMatchObject([{ rule: 'text.parts-sum', severity: 'warning', expected: 220, actual: 219 }]);
    expect(run('<p>全市有一级预算单位222个，认定涉密部门2个，应公开部门220个。</p>').findings).toEqual([]);
  });
  it('exact decimals: 50.9万元 + 199.5万元 = 250.4万元', () => {
    const r = run('<p>专项经费有250.4万元。其中，市级机关50.9万元，区县199.5万元。</p>');
    expect(r.findings).toEqual([]);
    expect(r.checks).toMatchObject([{ outcome: 'pass' }]);
  });
});

describe('text.share', () => {
  it('is silent when shares hold, with the whole from the paragraph before (seed 002)', () => {
    const r = run('<p>2020年，累计公开政府信息962条。</p><p>从公开渠道来看，政府网站公开信息349条，占比36.28%；政务新媒体公开信息607条、占比63.1%；传统载体公开信息6条，占比0.62%。</p>');
    expect(r.findings).toEqual([]);
    expect(r.checks.filter((c) => c.rule === 'text.share' && c.outcome === 'pass')).toHaveLength(3);
    expect(r.checks).toContainEqual(expect.objectContaining({ rule: 'text.parts-sum', outcome: 'pass', detail: '349条+607条+6条 = 962条' }));
  });
  it('fires on a share of a whole the sentence names', () => {
    const r = run('<p>全市共受理申请528件，其中同意公开433件，占92%；部分公开95件，占18%。</p>');
    expect(errorsAndWarnings(r).map((f) => [f.rule, f.expected, f.actual])).toEqual([['text.share', 82, 92]]);
  });
  it('a share of a guessed whole that does not fit is a skip', () => {
    const r = run('<p>全年共公开信息100条。</p><p>网站公开信息50条，占比20%。</p>');
    expect(r.findings).toEqual([]);
    expect(r.checks).toMatchObject([{ rule: 'text.share', outcome: 'skip' }]);
  });
});

describe('text.change', () => {
  it('fires on 减少2项 (seed 000)', () => {
    const r = run('<p>2019年市级行政强制事项178项，较2018年182项，减少2项，全年共实施行政强制24347件。</p>');
    expect(errorsAndWarnings(r)).toMatchObject([{ rule: 'text.change', severity: 'error', expected: 4, actual: 2 }]);
    expect(r.findings[0]?.quote).toContain('减少2项');
  });
  it('is silent on a right change and a right growth rate (seed 003)', () => {
    const r = run('<p>全市主动公开政府信息80165条，比2013年增加11935条，增长17.49%。行政许可事项342项，较2018年361项，减少19项。</p>');
    expect(r.findings).toEqual([]);
    expect(r.checks.map((c) => c.outcome)).toEqual(['pass', 'pass']);
  });
  it('fires on a wrong direction and a wrong rate', () => {
    const r = run('<p>共有事项1092项，较上年1081项，减少11项。公开信息120条，比上年增加20条，增长25%。</p>');
    expect(errorsAndWarnings(r).map((f) => f.rule)).toEqual(['text.change', 'text.change']);
  });
  it('a lone growth rate records nothing', () => {
    expect(run('<p>公开信息120条，同比增长5%。</p>').checks).toEqual([]);
  });
  it('分别 pairs several figures with several changes: no one figure owns them (redteam8)', () => {
    // 44 fell 12% and 27 grew by 3: read as one comparison of 27, "下降12%" contradicts "增加3件"
    const r = run('<p>全年因政府信息公开引发行政复议44件、行政诉讼27件，分别较上年下降12%和增加3件。</p>');
    expect(errorsAndWarnings(r)).toEqual([]);
    expect(run('<p>行政复议44件、行政诉讼27件，较上年分别下降12%和增加3件。</p>').findings).toEqual([]);
  });
});

describe('text.product', () => {
  it('is silent when the product holds and fires when not', () => {
    expect(run('<p>每月发行1期，每期发放4200册，全年共发放12期50400册。</p>').checks).toMatchObject([{ rule: 'text.product', outcome: 'pass' }]);
    const bad = run('<p>每期发放4200册，全年共发放12期54000册。</p>');
    expect(errorsAndWarnings(bad)).toMatchObject([{ rule: 'text.product', expected: 50400, actual: 54000 }]);
  });
  it('a rate with nothing to multiply records nothing', () => {
    expect(run('<p>为老年人购买每月不高于20元的居家养老服务。</p>').checks).toEqual([]);
  });
});

describe('text.vs-table', () => {
  const fengze = { 't3.new.total': 42, 't3.carried.total': 0, 't3.processed.total': 42, 't3.granted.total': 11, 't3.carriedForward.total': 0 };
  it('fires on 45 vs 42 and on 3 carried forward vs 0 (seed 004), naming the cell', () => {
    const r = run('<p>区政府各级各部门共收到政府信息公开申请45件。从办理结果来看，“予以公开”的11件；结转下年度继续办理的3件。</p>', fengze);
    const f = errorsAndWarnings(r);
    expect(f).toMatchObject([
      { rule: 'text.vs-table', severity: 'error', expected: 42, actual: 45, cells: [{ table: 1, row: 3, col: 9 }] },
      { rule: 'text.vs-table', severity: 'error', expected: 0, actual: 3 },
    ]);
    expect(r.checks.filter((c) => c.outcome === 'pass')).toHaveLength(1);
  });
  it('accepts 受理 = 新收 + 上年结转, and 办结 with 含上年结转', () => {
    const r = run('<p>全年共受理政府信息公开申请749件，办结1191件（含上年结转189件）。</p>', {
      't3.new.total': 713, 't3.carried.total': 36, 't3.processed.total': 1191,
    });
    expect(r.findings).toEqual([]);
    // 189 is read as 上年结转 but the table says 36: inside （含…） a mismatch is a skip, never a
    // finding (some of last year's applications may still be open)
    expect(r.checks.map((c) => c.outcome)).toEqual(['pass', 'pass', 'skip']);
  });
  // 淮安市 2024 (shared/corpus/pdf/huaian-shi-2024.pdf), its tables as published
  const huaian = {
    't3.new.total': 3119, 't3.carried.total': 34, 't3.processed.total': 3050, 't3.carriedForward.total': 103,
    't4.review.upheld': 72, 't4.review.corrected': 64, 't4.review.other': 178, 't4.review.pending': 37, 't4.review.total': 351,
    't4.suitDirect.upheld': 13, 't4.suitDirect.corrected': 4, 't4.suitDirect.other': 8, 't4.suitDirect.pending': 1, 't4.suitDirect.total': 26,
    't4.suitAfterReview.upheld': 12, 't4.suitAfterReview.corrected': 1, 't4.suitAfterReview.other': 1, 't4.suitAfterReview.pending': 6, 't4.suitAfterReview.total': 20,
  };
  const huaianText = (x: { carried?: number; forward?: number; upheld?: number; corrected?: number } = {}) =>
    `<p>2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请${x.carried ?? 34}件，另有${x.forward ?? 103}件顺延到下年度答复），均在法定期限内予以答复。` +
    `政府信息公开行政复议351件，其中结果维持${x.upheld ?? 72}件，结果纠正64件，其他结果178件，尚未审结37件；` +
    `政府信息公开行政诉讼46件，其中结果维持25件，结果纠正${x.corrected ?? 5}件，其他结果9件，尚未审结7件。</p>`;
  it('淮安市 2024: every figure of the text checked against tables 三 and 四, and holding', () => {
    const r = run(huaianText(), huaian);
    expect(r.findings).toEqual([]);
    const vs = r.checks.filter((c) => c.rule === 'text.vs-table');
    expect(vs.map((c) => c.outcome)).toEqual(Array(14).fill('pass'));
    expect(vs.map((c) => c.detail)).toEqual(expect.arrayContaining([
      '34件 = 表三“上年结转” 34',
      '103件 = 表三“结转下年度继续办理” 103',
      '72件 = 表四行政复议“结果维持” 72',
      '5件 = 表四两类行政诉讼“结果纠正”之和 5',
    ]));
  });
  it('the ；-clause after 复议 is about 诉讼: its 纠正 is the two suit groups, not 复议 + 诉讼', () => {
    // 6 fits no reading (诉讼 4+1, 复议 64): an error naming the suit groups' sum
    const r = run(huaianText({ corrected: 6 }), huaian);
    expect(errorsAndWarnings(r).filter((f) => f.rule === 'text.vs-table')).toMatchObject([{ severity: 'error', expected: 5, actual: 6, quote: '结果纠正6件' }]);
  });
  it('其中结果维持 after 复议 is table 四\'s column, not part of the body', () => {
    const r = run(huaianText({ upheld: 70 }), huaian);
    expect(errorsAndWarnings(r).filter((f) => f.rule === 'text.vs-table')).toMatchObject([{ severity: 'error', expected: 72, actual: 70 }]);
  });
  it('另有N件顺延到下年度 is 结转下年度: compared outside a parenthesis, a skip inside one', () => {
    const out = run('<p>全年答复政府信息公开申请3050件，另有100件顺延到下年度答复。</p>', huaian);
    expect(errorsAndWarnings(out)).toMatchObject([{ rule: 'text.vs-table', severity: 'error', expected: 103, actual: 100 }]);
    const inParen = run(huaianText({ carried: 30, forward: 100 }), huaian);
    expect(inParen.findings).toEqual([]);
    expect(inParen.checks.filter((c) => c.outcome === 'skip').map((c) => c.quote)).toEqual(['答复3050件（含上年度结转申请30件', '另有100件顺延到下年度答复']);
  });
  it('a figure for part of the body is not the table total', () => {
    const r = run('<p>区政府办代表区政府受理政府信息公开申请17件。全年共收到申请42件，其中，区政府本级受理17件，街道受理25件。</p>', fengze);
    expect(r.findings).toEqual([]);
  });
  it('全年受理网络问政182件 is not an application count (Shuyang)', () => {
    const r = run('<p>全年共审核发布各类公开政府信息249条。全年受理网络问政182件。</p>', { 't3.new.total': 26, 't3.carried.total': 0 });
    expect(r.checks.filter((c) => c.rule === 'text.vs-table')).toEqual([]);
  });
  it('诉讼 = 直接起诉 + 复议后起诉; one group alone is a warning', () => {
    const t4 = { 't4.review.total': 4, 't4.suitDirect.total': 1, 't4.suitAfterReview.total': 4, 't4.review.upheld': 3, 't4.suitDirect.upheld': 0, 't4.suitAfterReview.upheld': 3 };
    expect(run('<p>全年发生行政复议4件，行政诉讼5件。</p>', t4).findings).toEqual([]);
    expect(errorsAndWarnings(run('<p>全年发生行政诉讼1件。</p>', t4))).toMatchObject([{ severity: 'warning', expected: 5, actual: 1 }]);
    expect(run('<p>全年发生行政复议4件，行政诉讼5件，其中结果维持6件。</p>', t4).findings).toEqual([]);
    // after both, 其中 may be about the last one named only: a figure no reading fits is a skip (recall39)
    expect(run('<p>全年发生行政复议4件，行政诉讼5件，其中结果维持9件。</p>', t4).checks.filter((c) => c.rule === 'text.vs-table').map((c) => c.outcome)).toEqual(['pass', 'pass', 'skip']);
  });
  it('pre-2019 pages (no table figures) are not compared', () => {
    expect(run('<p>全年共收到政府信息公开申请45件。</p>').checks).toEqual([]);
  });
});

describe('a report with no checkable claim', () => {
  it('says so rather than implying it was checked', () => {
    const r = run('<p>2019年，我区政务公开工作有序推进。联系电话：0830—3115719，邮编646000，（川办发〔2019〕32号）。第二十条第（一）项。全区共有政务新媒体44个。</p>');
    expect(r.checks).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(narrativeSummary(r)).toBe('正文没有可核对的数字陈述。');
  });
});
