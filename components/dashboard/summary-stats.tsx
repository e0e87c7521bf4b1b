/**
 * The dashboard's figures above the list (dashboard.tsx): the collection's counts, the findings over the rules as a chart,
 * and the bodies of one year compared by a figure the reader picks. They follow the list's filters (the counts too since
 * ux86: filtered to 2024's six reports, the cards said 年报 42 · 有问题 40 over a chart of 4 reports' findings) and count a report's
 * cross-year problems with its own, as the list does. Until the cross-year counts come, a figure they may change (有问题,
 * 结转不符, the rules chart, the bodies compared by 问题数) is pending, as the list's verdict and 问题数 are (ux70, ux71):
 * none shows a number that changes under the reader's eyes.
 */
import { useMemo, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../i18n.ts';
import type { ReportSummary } from '../../lib/collect/record.ts';
import { bodyGroupOf, crossRuleSpread } from '../../lib/collect/chart-data.ts';
import { COMPARE_METRICS, compareBodies, type CompareMetric } from '../../lib/collect/body-compare.ts';
import type { CrossCount } from '../../lib/collect/cross-count.ts';
import { HBarChart } from './charts.tsx';
import { ruleLabel } from './labels.ts';

export function Summary({ t, lang, records, cross, crossPending, crossFailed = false, carried, shownIds, byId }: {
  lang: string;
  t: Translate; records: ReportSummary[]; cross: Record<string, CrossCount>; crossPending: ReadonlySet<string>; crossFailed?: boolean;
  carried: number; shownIds: string[]; byId: Map<string, ReportSummary>;
}) {
  const shown = useMemo(() => shownIds.map((id) => byId.get(id)!).filter(Boolean), [shownIds, byId]);
  const withProblems = shown.filter((r) => r.problems > 0 || r.id in cross).length;
  // a report without problems of its own may have cross-year ones still to come (dashboard.tsx crossUnknown): the figure waits for them
  const undecided = crossPending.size > 0 && shown.some((r) => r.problems === 0 && crossPending.has(r.id));
  const bodies = new Set(shown.map(bodyGroupOf)).size;
  // a report shown whose cross-year findings are to come: the rules chart would gain their rules and reorder (ux71)
  const shownPending = useMemo(() => crossPending.size > 0 && shown.some((s) => crossPending.has(s.id)), [shown, crossPending]);
  /** the counts could not be read: the charts show what is known (each report's own findings), saying they leave the rest out */
  const waiting = shownPending && !crossFailed;
  // the charts follow the filters: "which rules fail in this county's 2023 reports"; a problem between two reports once (dash98)
  const spread = useMemo(() => (waiting ? [] : crossRuleSpread(shown, cross)), [shown, cross, waiting]);
  return (
    <section class="summary" aria-label={t('dashSummaryLabel')}>
      <dl class="stats">
        <div>
          <dt>{t('dashStatReports')}</dt>
          <dd id="stat-reports">
            {shown.length}
            {shown.length < records.length && <span class="of">{t('dashStatOf', records.length)}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('dashStatProblems')}</dt>
          {undecided ? <Waiting t={t} failed={crossFailed} /> : <dd>{withProblems}</dd>}
        </div>
        <div>
          <dt>{t('dashStatCarry')}</dt>
          {/* a pending report may gain a tag for columns whose carry-over differs (carry-tag.tsx) */}
          {crossPending.size > 0 ? <Waiting t={t} failed={crossFailed} id="stat-carry" /> : <dd id="stat-carry">{carried}</dd>}
        </div>
        <div>
          <dt>{t('dashStatBodies')}</dt>
          <dd>{bodies}</dd>
        </div>
      </dl>
      {waiting ? (
        <PendingChart t={t} id="chart-rules" title={t('dashChartRules')} />
      ) : spread.length > 0 && (
        <HBarChart
          id="chart-rules"
          lang={lang}
          title={t('dashChartRules')}
          items={spread.slice(0, 10).map((s) => ({ key: s.rule, label: ruleLabel(t, s.rule), value: s.findings, shown: t('dashFindingsN', s.findings), note: t('dashInReports', s.reports) }))}
        />
      )}
      {shownPending && crossFailed && spread.length > 0 && <LeftOut t={t} />}
      <CompareBodies t={t} lang={lang} shown={shown} cross={cross} pending={shownPending} failed={crossFailed} />
    </section>
  );
}

/** A figure above the list still waiting for the cross-year counts ("…"), or that could not have them ("?"). */
function Waiting({ t, failed, id }: { t: Translate; failed: boolean; id?: string }) {
  const hint = failed ? t('dashCrossUnknownHint') : t('dashCrossPendingHint');
  return (
    <dd id={id} data-pending title={hint} aria-label={hint}>
      {failed ? t('dashCrossUnknown') : t('dashCrossPending')}
    </dd>
  );
}

/**
 * A chart whose bars the cross-year counts would change, while they are to come: its title in its place and a line
 * saying it waits (the bars drawn once, never redrawn in another order under the reader's eyes).
 */
function PendingChart({ t, id, title }: { t: Translate; id: string; title: string }) {
  return (
    <figure class="chart wide" data-chart-pending={id}>
      <figcaption class="above">
        <span class="chart-title">{title}</span>
      </figcaption>
      <p class="muted" role="status" data-pending>
        {t('dashChartPendingHint')}
      </p>
    </figure>
  );
}

/** Under a chart drawn without the cross-year counts, which could not be read. */
const LeftOut = ({ t }: { t: Translate }) => (
  <p class="muted" data-left-out>
    {t('dashChartUnknownHint')}
  </p>
);

const METRIC_LABEL: Record<CompareMetric, MessageKey> = {
  newTotal: 'figNew', grantedShare: 'dashColGrantedShare', review: 'figReview', suit: 'figSuit',
  reviewCorrectedRate: 'dashReviewCorrected', problems: 'dashColProblems',
};

/**
 * The bodies of one year side by side, by a figure the reader picks: shown when the list (as
 * filtered) holds one year's reports of two bodies or more (lib/collect/body-compare.ts).
 */
function CompareBodies({ t, lang, shown, cross, pending, failed }: {
  t: Translate; lang: string; shown: ReportSummary[]; cross: Record<string, CrossCount>; pending: boolean; failed: boolean;
}) {
  const [metric, setMetric] = useState<CompareMetric>('newTotal');
  const cmp = useMemo(() => compareBodies(shown, metric, 15, cross), [shown, metric, cross]);
  if (!cmp) return null;
  const name = t(METRIC_LABEL[metric]);
  const title = t('dashCompareTitle', cmp.place, cmp.year, name).replace(/\s+/g, ' ').trim();
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
      {/* by 问题数, a body's cross-year problems still to come would change its bar and the order (ux71) */}
      {metric === 'problems' && pending && !failed ? (
        <PendingChart t={t} id="chart-bodies" title={title} />
      ) : cmp.bars.length > 0 && (
        <HBarChart
          id="chart-bodies"
          lang={lang}
          title={title}
          items={cmp.bars.map((b) => ({ key: b.id, label: b.label, full: b.name, value: b.value, shown: b.cross > 0 ? t('dashCrossOf', b.shown, b.cross) : b.shown }))}
        />
      )}
      {metric === 'problems' && pending && failed && <LeftOut t={t} />}
      {(cmp.more > 0 || cmp.missing > 0) && (
        <p class="muted" id="compare-left">
          {[cmp.more > 0 ? t('dashCompareMore', cmp.more) : '', cmp.missing > 0 ? t('dashCompareMissing', cmp.missing) : ''].filter(Boolean).join(t('listSemicolon'))}
        </p>
      )}
    </div>
  );
}
