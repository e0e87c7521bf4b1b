/**
 * The panel's key figures, read by name from the report's figures (spec/check-json.md "Figure
 * names"). The two lawsuit groups are shown together and the shares are ratios of two figures:
 * display arithmetic only, exact on integers.
 * TODO(2025-11-22): these derived figures (予以公开占比, 纠正率) belong in lib/report/figures.ts so that
 * the batch checker's CSV and the collection show the same numbers; move them there.
 */
import type { ReportAnalysis } from '../lib/report/schema.ts';

export interface KeyFigure {
  key: 'new' | 'processed' | 'granted' | 'carriedForward' | 'review' | 'suit';
  /** null: blank on the page or not read */
  value: number | null;
  /** a share shown beside the value: 予以公开 of 办结, 纠正 of 复议/诉讼 total */
  share: { part: number; whole: number } | null;
  /** figure name whose cell the panel can point at */
  name: string | null;
}

type Figures = ReportAnalysis['figures'];

function fig(figures: Figures, name: string): number | null {
  const v = figures[name];
  return typeof v === 'number' ? v : null;
}

function shareOf(part: number | null, whole: number | null): KeyFigure['share'] {
  return part !== null && whole !== null && whole > 0 ? { part, whole } : null;
}

/** Sum of figures that are present; null when none is. */
function sumPresent(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

export function keyFigures(report: Pick<ReportAnalysis, 'figures'>): KeyFigure[] {
  const f = report.figures;
  const processed = fig(f, 't3.processed.total');
  const granted = fig(f, 't3.granted.total');
  const review = fig(f, 't4.review.total');
  const suit = sumPresent([fig(f, 't4.suitDirect.total'), fig(f, 't4.suitAfterReview.total')]);
  const suitCorrected = sumPresent([fig(f, 't4.suitDirect.corrected'), fig(f, 't4.suitAfterReview.corrected')]);
  const has = (name: string): string | null => (name in f ? name : null);
  return [
    { key: 'new', value: fig(f, 't3.new.total'), share: null, name: has('t3.new.total') },
    { key: 'processed', value: processed, share: null, name: has('t3.processed.total') },
    { key: 'granted', value: granted, share: shareOf(granted, processed), name: has('t3.granted.total') },
    { key: 'carriedForward', value: fig(f, 't3.carriedForward.total'), share: null, name: has('t3.carriedForward.total') },
    { key: 'review', value: review, share: shareOf(fig(f, 't4.review.corrected'), review), name: has('t4.review.total') },
    { key: 'suit', value: suit, share: shareOf(suitCorrected, suit), name: has('t4.suitDirect.total') },
  ];
}

/** 35 of 57 → "61.4%"; one decimal, as the reports print their own shares. */
export function formatShare(share: { part: number; whole: number }): string {
  return `${(Math.round((share.part * 1000) / share.whole) / 10).toFixed(1)}%`;
}
