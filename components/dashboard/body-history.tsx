/**
 * The body's other years in a report's detail (split from report-detail.tsx): its figures year by year as charts, and
 * "the same body" with the reports it links and the user's correction of it.
 *
 * The charts' years run from the body's first collected year to its last, every year between included: a year not
 * collected keeps its place, said "未收集" (dash97: 2021, 2023 and 2024 were drawn as three evenly spaced years and
 * the line ran straight from 2021 to 2023, a trend across a year nobody had read).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n.ts';
import type { CollectionApi, ReportSummary, StoredReport } from '../../lib/collect/record.ts';
import { bodyHistory, bodyGroupOf, type YearPoint } from '../../lib/collect/chart-data.ts';
import { BarChart, LineChart } from './charts.tsx';

/** More years than this between a body's first and last report: the gaps are not drawn (a chart of 20 thin years). */
const MAX_SPAN = 12;

/** Every year from the first point's to the last's, a year not collected null. */
export function yearsOf(points: readonly YearPoint[]): (YearPoint | null)[] {
  if (points.length === 0) return [];
  const first = points[0]!.year;
  const span = points[points.length - 1]!.year - first + 1;
  if (span > MAX_SPAN) return [...points];
  const byYear = new Map(points.map((p) => [p.year, p]));
  return Array.from({ length: span }, (_, i) => byYear.get(first + i) ?? null);
}

/** The body's reports year by year, when there is more than this one. */
export function History({ t, lang, record, all }: { t: Translate; lang: string; record: StoredReport; all: readonly ReportSummary[] }) {
  // a key the user set joins whatever it names; else two regions that disagree are two bodies
  const points = bodyHistory(all, bodyGroupOf({ id: record.id, bodyKey: record.bodyKeyOverride ?? record.bodyKey }), record.bodyKeyOverride === null ? record.region : null);
  if (points.length < 2) return null;
  const slots = yearsOf(points);
  const years = slots.map((p, i) => String(p?.year ?? points[0]!.year + i));
  const missing = slots.map((p) => (p ? null : t('dashHistoryNotCollected')));
  // a series blank in every year draws no line nor bar: its legend says so (dash98)
  const noData = t('dashSeriesNoData');
  // what the three charts share: the years in place, each not collected said, the words for a series with no figure
  const shared = { lang, categories: years, missing, noData };
  const of = (pick: (p: YearPoint) => number | null): (number | null)[] => slots.map((p) => (p ? pick(p) : null));
  // no year with a figure (reports before 2019, tables not read): three empty charts said nothing (ux67)
  const anyFigure = points.some((p) => [p.newTotal, p.processed, p.grantedShare, p.reviewCorrectedRate, p.suitCorrectedRate, p.review, p.suit].some((v) => v !== null));
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">{t('dashHistoryHeader', points.length)}</h3>
      {!anyFigure ? (
        <p class="muted" data-state="history-empty">{t('dashHistoryNoFigures')}</p>
      ) : (
      <div class="charts">
        <BarChart
          id="chart-applications"
          {...shared}
          title={t('dashChartApplications')}
          integer
          series={[
            { key: 'new', label: t('figNew'), values: of((p) => p.newTotal) },
            { key: 'processed', label: t('figProcessed'), values: of((p) => p.processed) },
          ]}
        />
        <LineChart
          id="chart-shares"
          {...shared}
          title={t('dashChartShares')}
          unit="%"
          max={100}
          series={[
            { key: 'granted', label: t('dashColGrantedShare'), values: of((p) => p.grantedShare) },
            { key: 'review', label: t('dashReviewCorrected'), values: of((p) => p.reviewCorrectedRate) },
            { key: 'suit', label: t('dashSuitCorrected'), values: of((p) => p.suitCorrectedRate) },
          ]}
        />
        <BarChart
          id="chart-disputes"
          {...shared}
          title={t('dashChartDisputes')}
          integer
          series={[
            { key: 'review', label: t('figReview'), values: of((p) => p.review) },
            { key: 'suit', label: t('figSuit'), values: of((p) => p.suit) },
          ]}
        />
      </div>
      )}
    </section>
  );
}

/** "The same body": what the collection thinks, the other years it links, and the user's correction. */
export function SameBody({ t, api, record: r, all, onOpen, onChanged }: {
  t: Translate; api: CollectionApi; record: StoredReport; all: readonly ReportSummary[];
  onOpen: (id: string) => void; onChanged: () => Promise<void>;
}) {
  const key = bodyGroupOf({ id: r.id, bodyKey: r.bodyKeyOverride ?? r.bodyKey });
  const [draft, setDraft] = useState(r.bodyKeyOverride ?? r.bodyKey ?? '');
  const [busy, setBusy] = useState(false);
  useEffect(() => setDraft(r.bodyKeyOverride ?? r.bodyKey ?? ''), [r.id, r.bodyKey, r.bodyKeyOverride]);
  const siblings = all.filter((x) => x.id !== r.id && bodyGroupOf(x) === key).sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  const keys = [...new Set(all.map((x) => x.bodyKey).filter((k): k is string => !!k))].sort();
  const set = async (value: string | null): Promise<void> => {
    setBusy(true);
    try {
      await api.setBodyKey(r.id, value);
      await onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="body-title" class="same-body">
      <h3 id="body-title">{t('dashSameBodyHeader')}</h3>
      {siblings.length === 0 ? (
        <p class="muted">{t('dashSameBodyNone')}</p>
      ) : (
        <ul class="siblings">
          {siblings.map((s) => (
            <li key={s.id}>
              <button type="button" class="link" onClick={() => onOpen(s.id)}>
                {s.year ?? '—'} · {s.body ?? s.title ?? s.url}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="body-key"
        onSubmit={(e) => {
          e.preventDefault();
          // the field itself, not the last render's draft: a submit can come before the re-render
          const field = e.currentTarget.elements.namedItem('bodyKey') as HTMLInputElement;
          void set(field.value.trim() || null);
        }}
      >
        <label>
          {t('dashBodyKey')}
          <input type="text" name="bodyKey" list="body-keys" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>
        <datalist id="body-keys">
          {keys.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <button type="submit" disabled={busy}>
          {t('dashBodyKeySave')}
        </button>
        {r.bodyKeyOverride !== null && (
          <button type="button" class="ghost" disabled={busy} onClick={() => void set(null)}>
            {t('dashBodyKeyReset')}
          </button>
        )}
        <span class="sub">{r.bodyKeyOverride !== null ? t('dashBodyKeyCorrected', r.bodyKey ?? '—') : t('dashBodyKeyHint')}</span>
      </form>
    </section>
  );
}
