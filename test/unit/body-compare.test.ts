/**
 * The dashboard's bodies-compared chart data (lib/collect/body-compare.ts) on the summaries of real
 * analyses (the two years of one body's report, test/e2e/pages/collect-*.html), made into several
 * bodies of one year the way a county's 2021 reports would be.
 */
import { describe, expect, it } from 'vitest';
import { compareBodies, metricOf, sharedPlace } from '../../lib/collect/body-compare.ts';
import { buildRecord } from '../../lib/collect/build.ts';
import { summarize } from '../../lib/collect/summary.ts';
import type { ReportSummary } from '../../lib/collect/record.ts';
import { saveInput } from './collect-helpers.ts';

function summaryOf(year: 2020 | 2021, body: string, figures: Record<string, number | null> = {}, at = '2022-02-01T00:00:00.000Z'): ReportSummary {
  // the bodies' own sites: the same body key needs the same body and the same site
  const site = { '广州市云溪区人民政府': 'www.yunxi', '广州市云溪区卫生健康局': 'wjj.yunxi', '广州市云溪区教育局': 'jyj.yunxi' }[body] ?? 'x';
  const input = saveInput(year, { figures, agency: body, url: `https://${site}.gov.cn/ndbg/${year}-${at.slice(0, 4)}.html`, at });
  return summarize(buildRecord({ ...input, at }, null).record);
}

describe('compareBodies', () => {
  const a = summaryOf(2021, '广州市云溪区人民政府');
  const b = summaryOf(2021, '广州市云溪区卫生健康局', { 't3.new.total': 80, 't3.granted.total': 20, 't3.processed.total': 80 });
  const c = summaryOf(2021, '广州市云溪区教育局', { 't3.new.total': 12, 't3.processed.total': null });

  it('draws each body of one year by the figure chosen, largest first, with the figure as printed', () => {
    const cmp = compareBodies([a, b, c], 'newTotal')!;
    expect(cmp.year).toBe(2021);
    expect(cmp.place).toBe('广州市云溪区');
    expect(cmp.bars.map((x) => [x.name, x.value, x.shown])).toEqual([
      ['广州市云溪区卫生健康局', 80, '80'],
      ['广州市云溪区人民政府', a.figures['t3.new.total'], String(a.figures['t3.new.total'])],
      ['广州市云溪区教育局', 12, '12'],
    ]);
    expect([cmp.more, cmp.missing]).toEqual([0, 0]);
  });

  it('shares in percent with one decimal; a body whose report lacks the figure is counted, not drawn as 0', () => {
    const cmp = compareBodies([a, b, c], 'grantedShare')!;
    expect(cmp.bars.map((x) => x.label)).toEqual(['人民政府', '卫生健康局']);
    expect(cmp.bars[1]!.shown).toBe('25.0%');
    expect(metricOf(a, 'grantedShare')).toBeCloseTo((a.figures['t3.granted.total']! * 100) / a.figures['t3.processed.total']!, 9);
    expect(cmp.missing).toBe(1);
  });

  it('draws nothing across years, for one body, or for nothing', () => {
    expect(compareBodies([a, summaryOf(2020, '广州市云溪区卫生健康局')], 'newTotal')).toBeNull();
    expect(compareBodies([a], 'newTotal')).toBeNull();
    expect(compareBodies([], 'newTotal')).toBeNull();
  });

  it('counts a body once, by its report seen last, and keeps to the limit', () => {
    const again = summaryOf(2021, '广州市云溪区卫生健康局', { 't3.new.total': 81 }, '2023-01-01T00:00:00.000Z');
    expect(again.bodyKey).toBe(b.bodyKey);
    const cmp = compareBodies([a, b, c, again], 'newTotal', 2)!;
    expect(cmp.bars.map((x) => x.value)).toEqual([81, a.figures['t3.new.total']]);
    expect(cmp.more).toBe(1);
  });

  it('compares the number of problems too', () => {
    const cmp = compareBodies([a, b], 'problems')!;
    expect(cmp.bars.map((x) => x.value).sort()).toEqual([a.problems, b.problems].sort());
  });
});

describe('sharedPlace', () => {
  it.each([
    [['广州市云溪区卫生健康局', '广州市云溪区人民政府'], '广州市云溪区'],
    [['广州市云溪区卫生健康局', '广州市云溪区卫生院'], '广州市云溪区'], // never 广州市云溪区卫生
    [['东湖市云岭区城关镇人民政府', '东湖市云岭区城关街道办事处'], '东湖市云岭区'],
    [['沭阳县发展和改革局', '沭阳县教育局', '沭阳县人民政府'], '沭阳县'],
    [['泉州市丰泽区人民政府', '泸州市人民政府'], ''],
    [['广州市云溪区', '广州市云溪区卫生健康局'], ''], // a name would be left empty
    [['广州市云溪区人民政府'], ''],
  ])('%j → %s', (names, place) => expect(sharedPlace(names)).toBe(place));
});
