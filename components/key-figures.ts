/**
 * The panel's key figures, read by name from the report's figures (spec/check-json.md "Figure
 * names"). The formulas (the two lawsuit groups together, the shares) are lib/report/figures.ts's
 * derivedFigures, which the dashboard's list and charts use too.
 */
import type { ReportAnalysis } from '../lib/report/schema.ts';
import { derivedFigures, type Share } from '../lib/report/figures.ts';

export interface KeyFigure {
  key: 'new' | 'processed' | 'granted' | 'carriedForward' | 'review' | 'suit';
  /** null: blank on the page or not read */
  value: number | null;
  /** a share shown beside the value: 予以公开 of 办结, 纠正 of 复议/诉讼 total */
  share: Share | null;
  /** figure name whose cell the panel can point at */
  name: string | null;
}

export function keyFigures(report: Pick<ReportAnalysis, 'figures'>): KeyFigure[] {
  const f = report.figures;
  const d = derivedFigures(f);
  const has = (name: string): string | null => (name in f ? name : null);
  return [
    { key: 'new', value: d.newTotal, share: null, name: has('t3.new.total') },
    { key: 'processed', value: d.processed, share: null, name: has('t3.processed.total') },
    { key: 'granted', value: d.granted, share: d.grantedShare, name: has('t3.granted.total') },
    { key: 'carriedForward', value: d.carriedForward, share: null, name: has('t3.carriedForward.total') },
    { key: 'review', value: d.review, share: d.reviewCorrectedShare, name: has('t4.review.total') },
    { key: 'suit', value: d.suit, share: d.suitCorrectedShare, name: has('t4.suitDirect.total') },
  ];
}

/** 35 of 57 → "61.4%"; one decimal, as the reports print their own shares. */
export function formatShare(share: { part: number; whole: number }): string {
  return `${(Math.round((share.part * 1000) / share.whole) / 10).toFixed(1)}%`;
}
