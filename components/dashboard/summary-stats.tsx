/**
 * The dashboard's figures above the list (dashboard.tsx): the collection's counts, the findings over the rules as a chart,
 * and the bodies of one year compared by a figure the reader picks. They follow the list's filters and count a report's
 * cross-year problems with its own, as the list does.
 */
import { useMemo, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../i18n.ts';
import type { ReportSummary } from '../../lib/collect/record.ts';
import { bodyGroupOf, ruleSpread } from '../../lib/collect/chart-data.ts';
import { COMPARE_METRICS, compareBodies, type CompareMetric } from '../../lib/collect/body-compare.ts';
import { withCross, type CrossCount } from '../../lib/collect/cross-count.ts';
import { HBarChart } from './charts.tsx';
import { ruleLabel } from './labels.ts';

export function Summary({ t, lang, records, cross, crossPending, carried, shownIds, byId }: {
  lang: string;
  t: Translate; records: ReportSummary[]; cross: Record<string, CrossCount>; crossPending: ReadonlySet<string>; carried: number; shownIds: string[]; byId: Map<string, ReportSummary>;
}) {
  const withProblems = records.filter((r) => r.problems > 0 || r.id in cross).length;
  // a report without problems of its own may have cross-year ones still to come (dashboard.tsx crossUnknown): the figure waits for them
  const undecided = crossPending.size > 0 && records.some((r) => r.problems === 0 && crossPending.has(r.id));
  const bodies = new Set(records.map(bodyGroupOf)).size;
  const shown = useMemo(() => shownIds.map((id) => byId.get(id)!).filter(Boolean), [shownIds, byId]);
  // the charts follow the filters: "which rules fail in this county's 2023 reports"
  const spread = useMemo(() => ruleSpread(shown.map((s) => withCross(s, cross[s.id]))), [shown, cross]);
  return (
    <section class="summary" aria-label={t('dashSummaryLabel')}>
      <dl class="stats">
        <div>
          <dt>{t('dashStatReports')}</dt>
          <dd id="stat-reports">{records.length}</dd>
        </div>
        <div>
          <dt>{t('dashStatProblems')}</dt>
          {undecided ? <dd data-pending title={t('dashCrossPendingHint')}>{t('dashCrossPending')}</dd> : <dd>{withProblems}</dd>}
        </div>
        <div>
          <dt>{t('dashStatCarry')}</dt>
          <dd id="stat-carry">{carried}</dd>
        </div>
        <div>
          <dt>{t('dashStatBodies')}</dt>
          <dd>{bodies}</dd>
        </div>
      </dl>
      {spread.length > 0 && (
        <HBarChart
          id="chart-rules"
          lang={lang}
          title={t('dashChartRules')}
          items={spread.slice(0, 10).map((s) => ({ key: s.rule, label: ruleLabel(t, s.rule), value: s.findings, shown: t('dashFindingsN', s.findings), note: t('dashInReports', s.reports) }))}
        />
      )}
      <CompareBodies t={t} lang={lang} shown={shown} cross={cross} />
    </section>
  );
}

const METRIC_LABEL: Record<CompareMetric, MessageKey> = {
  newTotal: 'figNew', grantedShare: 'dashColGrantedShare', review: 'figReview', suit: 'figSuit',
  reviewCorrectedRate: 'dashReviewCorrected', problems: 'dashColProblems',
};

/**
 * The bodies of one year side by side, by a figure the reader picks: shown when the list (as
 * filtered) holds one year's reports of two bodies or more (lib/collect/body-compare.ts).
 */
function CompareBodies({ t, lang, shown, cross }: { t: Translate; lang: string; shown: ReportSummary[]; cross: Record<string, CrossCount> }) {
  const [metric, setMetric] = useState<CompareMetric>('newTotal');
  const cmp = useMemo(() => compareBodies(shown, metric, 15, cross), [shown, metric, cross]);
  if (!cmp) return null;
  const name = t(METRIC_LABEL[metric]);
  return (
    <div class="compare" data-compare={metric}>
      <label>
        {t('dashCompareMetric')}
        <select id="compare-metric" value={metric} onChange={(e) => setMetric(e.currentTarget.value as CompareMetric)}>
          {COMPARE_METRICS.map((m) => (
            <option key={m} value={m}>
              {t(METRIC_LABEL[m])}
            </option>
          ))}
        </select>
      </label>
      {cmp.bars.length > 0 && (
        <HBarChart
          id="chart-bodies"
          lang={lang}
          title={t('dashCompareTitle', cmp.place, cmp.year, name).replace(/\s+/g, ' ').trim()}
          items={cmp.bars.map((b) => ({ key: b.id, label: b.label, full: b.name, value: b.value, shown: b.cross > 0 ? t('dashCrossOf', b.shown, b.cross) : b.shown }))}
        />
      )}
      {(cmp.more > 0 || cmp.missing > 0) && (
        <p class="muted" id="compare-left">
          {[cmp.more > 0 ? t('dashCompareMore', cmp.more) : '', cmp.missing > 0 ? t('dashCompareMissing', cmp.missing) : ''].filter(Boolean).join(t('listSemicolon'))}
        </p>
      )}
    </div>
  );
}
