/**
 * Bodies side by side in one year: the dashboard's "各单位比较" chart, for the reports the list
 * shows (its filters: a year, a region, a search). Comparing bodies only makes sense within one
 * year, so the chart is drawn only when the reports shown are all of one year and of at least
 * two bodies. Each body counts once (its report seen last, as bodyHistory picks a year's), and a
 * body whose report lacks the figure (blank, or no table) is left out and counted, never drawn as 0.
 * The figures are lib/report/figures.ts's, as the list, the panel and the history charts show them;
 * a body's problems count its cross-year ones too (the list's 问题数, lib/collect/cross-count.ts).
 */
import { derivedFigures } from '../report/figures.ts';
import { bodyGroupOf } from './chart-data.ts';
import type { ReportSummary } from './record.ts';
import type { CrossCount } from './cross-count.ts';

export const COMPARE_METRICS = ['newTotal', 'grantedShare', 'review', 'suit', 'reviewCorrectedRate', 'problems'] as const;
export type CompareMetric = (typeof COMPARE_METRICS)[number];

export interface CompareBar {
  /** the report drawn for the body */
  id: string;
  /** the body's name without the place all the bodies share ("卫生健康局" under 广州市云溪区) */
  label: string;
  /** the body's whole name (its title when the body was not read) */
  name: string;
  value: number;
  /** the value as printed: "56", "61.4%" */
  shown: string;
  /** of a count of problems, those against the year before or after (0 for any other metric) */
  cross: number;
}

export interface BodyComparison {
  year: number;
  /** the place every body's name starts with ("广州市云溪区"), left out of the labels; '' when none */
  place: string;
  /** the bars, largest first (ties by name), at most `limit` */
  bars: CompareBar[];
  /** bodies beyond the limit */
  more: number;
  /** bodies whose report has no such figure */
  missing: number;
}

/** A metric's value for a report, or null when its report does not have it. */
export function metricOf(r: Pick<ReportSummary, 'figures' | 'problems'>, metric: CompareMetric): number | null {
  if (metric === 'problems') return r.problems;
  const d = derivedFigures(r.figures);
  if (metric === 'grantedShare') return d.grantedShare && (d.grantedShare.part * 100) / d.grantedShare.whole;
  if (metric === 'reviewCorrectedRate') return d.reviewCorrectedShare && (d.reviewCorrectedShare.part * 100) / d.reviewCorrectedShare.whole;
  return d[metric];
}

const isRate = (m: CompareMetric): boolean => m === 'grantedShare' || m === 'reviewCorrectedRate';

/**
 * The comparison of the bodies among `shown`, or null when they are not one year's reports of two
 * bodies or more.
 */
export function compareBodies(
  shown: readonly ReportSummary[], metric: CompareMetric, limit = 15, cross: Readonly<Record<string, CrossCount>> = {},
): BodyComparison | null {
  const year = shown[0]?.year ?? null;
  if (year === null || shown.some((r) => r.year !== year)) return null;
  const latest = new Map<string, ReportSummary>();
  for (const r of shown) {
    const k = bodyGroupOf(r);
    const seen = latest.get(k);
    if (!seen || seen.lastSeen < r.lastSeen) latest.set(k, r);
  }
  if (latest.size < 2) return null;
  const bars: CompareBar[] = [];
  let missing = 0;
  for (const r of latest.values()) {
    const extra = metric === 'problems' ? (cross[r.id]?.problems ?? 0) : 0;
    const own = metricOf(r, metric);
    const v = own === null ? null : own + extra;
    if (v === null || !Number.isFinite(v)) {
      missing++;
      continue;
    }
    const name = r.body ?? r.title ?? r.url;
    bars.push({ id: r.id, label: name, name, value: v, shown: isRate(metric) ? `${v.toFixed(1)}%` : String(v), cross: extra });
  }
  bars.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'zh-CN'));
  const place = sharedPlace(bars.map((b) => b.name));
  if (place) for (const b of bars) b.label = b.name.slice(place.length);
  return { year, place, bars: bars.slice(0, limit), more: Math.max(0, bars.length - limit), missing };
}

/** The end of a place name: 省, 市, 区, 县, 旗, 州, 盟, 镇, 乡, 街道. */
const PLACE_END = /(?:[省市区县旗州盟镇乡]|街道)$/;

/**
 * The place the names all start with, up to the end of its last place name ("广州市云溪区" for
 * 广州市云溪区卫生健康局 and 广州市云溪区人民政府; never "广州市云溪区卫生" for 卫生健康局 and
 * 卫生院), or '' when they share none, or when leaving it out would leave a name empty.
 */
export function sharedPlace(names: readonly string[]): string {
  if (names.length < 2) return '';
  let common = names[0]!;
  for (const n of names) {
    let i = 0;
    while (i < common.length && i < n.length && common[i] === n[i]) i++;
    common = common.slice(0, i);
  }
  for (let end = common.length; end >= 2; end--) {
    const head = common.slice(0, end);
    if (PLACE_END.test(head)) return names.every((n) => n.length > head.length) ? head : '';
  }
  return '';
}
