/**
 * The derived key figures (lib/report/figures.ts derivedFigures): one definition that the panel
 * (components/key-figures.ts), the dashboard's list (lib/collect/list-query.ts) and its charts
 * (lib/collect/chart-data.ts) all read, so that the three show the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { derivedFigures, figureOf, shareOf, sumPresent } from '../../lib/report/figures.ts';
import { formatShare, keyFigures } from '../../components/key-figures.ts';
import { toRow } from '../../lib/collect/list-query.ts';
import { yearPoint } from '../../lib/collect/chart-data.ts';
import { summarize } from '../../lib/collect/record.ts';
import { makeRecord } from './dashboard-fake.ts';

const FULL = {
  't3.new.total': 56, 't3.processed.total': 57, 't3.granted.total': 35, 't3.carriedForward.total': 5,
  't4.review.total': 4, 't4.review.corrected': 1,
  't4.suitDirect.total': 3, 't4.suitDirect.corrected': 1, 't4.suitAfterReview.total': 2, 't4.suitAfterReview.corrected': 0,
};

describe('derivedFigures', () => {
  it('reads the totals, the two lawsuit groups together and the shares', () => {
    expect(derivedFigures(FULL)).toEqual({
      newTotal: 56, processed: 57, granted: 35, grantedShare: { part: 35, whole: 57 }, carriedForward: 5,
      review: 4, reviewCorrected: 1, reviewCorrectedShare: { part: 1, whole: 4 },
      suit: 5, suitCorrected: 1, suitCorrectedShare: { part: 1, whole: 5 },
    });
  });

  it.each([
    ['blank 办结', { 't3.granted.total': 3, 't3.processed.total': null }, null],
    ['absent 办结', { 't3.granted.total': 3 }, null],
    ['办结 0', { 't3.granted.total': 0, 't3.processed.total': 0 }, null],
    ['blank 予以公开', { 't3.granted.total': null, 't3.processed.total': 9 }, null],
    ['0 of 9', { 't3.granted.total': 0, 't3.processed.total': 9 }, { part: 0, whole: 9 }],
  ])('no share without both figures and a non-zero whole: %s', (_, figures, share) => {
    expect(derivedFigures(figures).grantedShare).toEqual(share);
  });

  it('a lawsuit group that is blank or absent adds nothing; both blank is blank, not 0', () => {
    expect(derivedFigures({ 't4.suitDirect.total': 3, 't4.suitAfterReview.total': null }).suit).toBe(3);
    expect(derivedFigures({ 't4.suitAfterReview.total': 2 }).suit).toBe(2);
    expect(derivedFigures({ 't4.suitDirect.total': null, 't4.suitAfterReview.total': null }).suit).toBeNull();
    expect(derivedFigures({}).suit).toBeNull();
    expect(derivedFigures({ 't4.suitDirect.total': 0, 't4.suitAfterReview.total': 0 }).suitCorrectedShare).toBeNull();
  });

  it('has small named helpers for the arithmetic', () => {
    expect(figureOf({ a: 0 }, 'a')).toBe(0);
    expect(figureOf({ a: null }, 'a')).toBeNull();
    expect(figureOf({}, 'a')).toBeNull();
    expect(sumPresent([])).toBeNull();
    expect(sumPresent([null, 0])).toBe(0);
    expect(shareOf(1, 0)).toBeNull();
  });

  it('the panel, the list and the charts show the same numbers', () => {
    const summary = summarize(makeRecord({ id: 'https://a.gov.cn/2021.html', year: 2021, figures: FULL }));
    const panel = Object.fromEntries(keyFigures({ figures: FULL }).map((k) => [k.key, k]));
    const row = toRow(summary);
    const point = yearPoint({ ...summary, year: 2021 });
    expect([panel.suit!.value, row.suit, point.suit]).toEqual([5, 5, 5]);
    expect(formatShare(panel.granted!.share!)).toBe('61.4%');
    expect(row.grantedShare).toBeCloseTo(35 / 57, 12);
    expect(point.grantedShare).toBeCloseTo(3500 / 57, 12);
    expect(panel.review!.share).toEqual({ part: 1, whole: 4 });
    expect(point.reviewCorrectedRate).toBe(25);
    expect(point.suitCorrectedRate).toBe(20);
  });
});
