/**
 * Red team of counts written in Chinese numerals: "共收到政府信息公开申请三件，其中予以公开两件".
 * Written before the code. A small Chinese numeral is a figure only right before a counting unit,
 * in a counting context; ordinals, headings, slogans and fixed phrases, years and time spans are
 * not figures.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../lib/narrative/check-narrative.ts';
import { findFigures, readChineseCount } from '../../lib/narrative/figures-in-text.ts';
import { decToNumber } from '../../lib/narrative/decimal.ts';

/** A 乡's tables: 3 applications (2 granted, 1 denied), one 复议 upheld, no 诉讼. */
const SMALL: Record<string, number> = {
  't3.new.total': 3,
  't3.carried.total': 0,
  't3.granted.total': 2,
  't3.partial.total': 0,
  't3.denied.total': 1,
  't3.unable.total': 0,
  't3.notProcessed.total': 0,
  't3.other.total': 0,
  't3.processed.total': 3,
  't3.carriedForward.total': 0,
  't4.review.upheld': 1,
  't4.review.corrected': 0,
  't4.review.other': 0,
  't4.review.pending': 0,
  't4.review.total': 1,
  't4.suitDirect.total': 0,
  't4.suitAfterReview.total': 0,
};

function run(text: string, figures: Record<string, number> = SMALL) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div>${text}</div></body></html>`);
  return checkNarrative({ container: document.body, exclude: [], figures, figureRefs: {}, year: 2023 });
}
type Result = ReturnType<typeof run>;
const flagged = (r: Result) =>
  r.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual, quote: f.quote }));
const figs = (text: string): string[] => findFigures(text).map((f) => `${f.raw}=${decToNumber(f.value)}${f.unit}`);

describe('readChineseCount', () => {
  it.each([
    ['零', 0], ['〇', 0], ['一', 1], ['两', 2], ['二', 2], ['九', 9], ['十', 10], ['十二', 12], ['二十', 20],
    ['二十一', 21], ['九十九', 99],
  ])('%s = %d', (s, n) => expect(readChineseCount(s)).toBe(n));

  it.each(['一百', '十四五', '二〇二三', '两十', '一一', '三五', '十十', '二两', '零一', '百', ''])('%s is no count', (s) => {
    expect(readChineseCount(s)).toBeNull();
  });
});

describe('Chinese numerals: counts that are read', () => {
  it.each([
    ['共收到政府信息公开申请三件。', ['三件=3件']],
    ['其中予以公开两件，不予公开一件。', ['两件=2件', '一件=1件']],
    ['全年办结十二件。', ['十二件=12件']],
    ['共收到申请二十一件（含上年结转两件）。', ['二十一件=21件', '两件=2件']],
    ['全年收到政府信息公开申请零件。', ['零件=0件']],
    ['开展政务公开培训两次，参训人员四十人。', ['两次=2次', '四十人=40人']],
    ['共收到三件政府信息公开申请。', ['三件=3件']],
    ['行政复议一件、行政诉讼两件', ['一件=1件', '两件=2件']],
    ['配备专职工作人员两名。', ['两名=2名']],
    ['全年召开专题会议一次。', ['一次=1次']],
    ['收到申请两件以上。', ['两件以上=2件']],
    ['出台规范性文件两件（其中新制定一件、修订一件）。', ['两件=2件', '一件=1件', '一件=1件']],
    ['召开新闻发布会三场，开展政务公开培训一次。', ['三场=3场', '一次=1次']],
    // a list joined by 和/与/及: each ends where the next, in its unit, ends
    ['行政复议、行政诉讼分别为三件和五件。', ['三件=3件', '五件=5件']],
    ['分别为一件、两件和〇件。', ['一件=1件', '两件=2件', '〇件=0件']],
    ['分别为一件与两件及三件。', ['一件=1件', '两件=2件', '三件=3件']],
    // but not before a count in another unit, or one not exact: only that one is read
    ['收到三件和五次。', ['五次=5次']],
    ['收到三件和五件以上。', ['五件以上=5件']],
  ])('%s', (text, want) => expect(figs(text)).toEqual(want));

  it('a count against table 三 that agrees passes; the parts add up', () => {
    const r = run('<p>2023年，我乡共收到政府信息公开申请三件，其中予以公开两件，不予公开一件。</p>');
    expect(flagged(r)).toEqual([]);
    expect(r.checks.filter((c) => c.outcome === 'pass').length).toBeGreaterThanOrEqual(3);
    expect(r.checks.some((c) => c.rule === 'text.parts-sum' && c.outcome === 'pass')).toBe(true);
  });

  it('a count against table 三 that disagrees is flagged with its quote', () => {
    const r = run('<p>2023年，我乡共收到政府信息公开申请四件。</p>');
    expect(flagged(r)).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 3, actual: 4, quote: '我乡共收到政府信息公开申请四件' },
    ]);
  });

  it('a 复议 count against table 四', () => {
    expect(flagged(run('<p>全年发生政府信息公开行政复议一件，结果维持。</p>'))).toEqual([]);
    expect(flagged(run('<p>全年发生政府信息公开行政复议两件。</p>'))).toEqual([
      { rule: 'text.vs-table', severity: 'error', expected: 1, actual: 2, quote: '全年发生政府信息公开行政复议两件' },
    ]);
  });

  it('parts in Chinese numerals that do not add up are flagged', () => {
    // (自然人 and 法人或其他组织 are every applicant: with 法人 alone the list may be incomplete)
    const r = run('<p>全年共收到政府信息公开申请五件，其中自然人申请两件，法人或其他组织申请一件。</p>', { ...SMALL, 't3.new.total': 5 });
    expect(flagged(r).map((f) => `${f.rule}:${f.severity}`)).toEqual(['text.parts-sum:error']);
  });
});

describe('Chinese numerals: what is no figure', () => {
  it.each([
    // ordinals and headings
    '第三件申请已办结',
    '依据《条例》第三十六条第三项予以答复',
    '三、收到和处理政府信息公开申请情况',
    '（二）部分公开',
    '一是加强组织领导；二是完善制度机制。',
    // fixed phrases and slogans
    '推行一次性告知制度',
    '打造一站式服务平台',
    '推进“一网通办”',
    '编制“十四五”规划',
    '及时公开“三公”经费',
    '用好“两微一端”',
    '落实一事一议制度',
    '坚持三个一批工作法',
    '压实一把手责任',
    '推进“一件事一次办”改革',
    '深化“最多跑一次”改革',
    '办好民生十件实事',
    '建立市、县、乡三级公开体系',
    '牢固树立“四个意识”',
    '推进三项制度改革',
    '坚持两个维护',
    '开展两次跨部门联合抽查',
    '分两次对各区县开展督促检查',
    '围绕五个方面开展重点领域信息公开',
    '紧扣一条主线',
    '实行一人一档管理',
    '与相关部门一起研究',
    '一期工程已完工',
    '深入学习党的二十届三中全会精神',
    '第一时间回应社会关切',
    '提供一条龙服务',
    '深刻领悟“两个确立”',
    '配备两名工作人员',
    '汽车零件生产企业',
    '一项一项抓落实',
    '推出五项便民举措',
    '实行一家一策精准帮扶',
    '参训人员五十余人',
    '回复网民留言两百余条',
    // years and dates
    '二〇二三年度',
    '二○二四年一月二十六日',
    // time spans
    '在一个月内予以答复',
    '自收到申请之日起三个工作日内答复',
    '在15个工作日内答复',
    '延长答复期限二十个工作日',
    // not a small number, or not exact
    '共收到申请一百二十件',
    '处理数十件',
    '收到一两件',
    '收到三五件',
    '每一件申请都认真办理',
    '唯一一件',
    '群众急难愁盼问题一件件得到解决',
    // joined to something that is no count
    '落实一件事和一次办',
    '推行三项和五项制度',
    // in a title
    '印发《关于做好三项工作的通知》',
  ])('%s', (text) => expect(figs(text)).toEqual([]));

  it('a time span never compares with a count', () => {
    const r = run('<p>收到的三件申请，均在十五个工作日内答复。</p>');
    expect(flagged(r)).toEqual([]);
  });
});
