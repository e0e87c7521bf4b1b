/**
 * Small charts in hand-written SVG: bars and lines over a few years, and horizontal bars for the
 * rules. A chart library would bring 40–200 KB for three shapes we can draw in 150 lines, and
 * would not know our light/dark colours or the screen reader text we want. Every chart is an
 * `<svg role="img">` with a <title> and a <desc> that reads out its numbers, so the data is there
 * for someone who cannot see the shapes; colours come from CSS variables (dashboard.css) that
 * follow prefers-color-scheme.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { niceAxis } from '../../lib/collect/chart-data.ts';

export interface Series {
  key: string;
  label: string;
  /** one per category; null: no figure that year */
  values: (number | null)[];
}

interface ChartProps {
  id: string;
  title: string;
  categories: string[];
  series: Series[];
  /** appended to values in the description and the tooltips, e.g. "%" */
  unit?: string;
  /** fixed top of the axis (100 for percentages); else a round number above the data */
  max?: number;
  integer?: boolean;
  /** the UI's language: its punctuation in the description ("en": "2020: New requests 12, …; 2021: …") */
  lang?: string;
  /**
   * per category, a word said in place of its values (a year whose report was not collected: "未收集"), or null.
   * Drawn at the foot of its slot, and the description says it instead of a series of "—".
   */
  missing?: readonly (string | null)[];
  /**
   * said beside a legend entry whose series is blank in every year ("（无数据）"): a line chart draws such a series as
   * nothing at all, only its legend, which read as a line lost (dash98); absent, the legend says nothing more
   */
  noData?: string;
}

/** The description's punctuation: the Chinese UI's full-width marks, the English one's own (ux60). */
function punct(lang = 'zh-CN') {
  return lang.startsWith('en') ? { colon: ': ', comma: ', ', semi: '; ', open: ' (', close: ')' } : { colon: '：', comma: '，', semi: '；', open: '（', close: '）' };
}

const W = 340;
const H = 180;
const PAD = { top: 12, right: 10, bottom: 26, left: 40 };

const fmt = (v: number, unit = ''): string => `${Math.round(v * 10) / 10}${unit}`;

/** "2020：新收申请 12，予以公开占比 61.4%；2021：…" — the chart's numbers for a screen reader. */
export function describe(categories: readonly string[], series: readonly Series[], unit = '', lang?: string, missing?: readonly (string | null)[]): string {
  const p = punct(lang);
  return categories
    .map((c, i) => `${c}${p.colon}${missing?.[i] ?? series.map((s) => `${s.label} ${s.values[i] == null ? '—' : fmt(s.values[i]!, unit)}`).join(p.comma)}`)
    .join(p.semi);
}

function frame(p: ChartProps) {
  const top = p.max ?? Math.max(0, ...p.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const axis = p.max !== undefined ? niceAxis(p.max, 4) : niceAxis(top, 4, p.integer);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - (v / axis.max) * plotH;
  const band = plotW / Math.max(1, p.categories.length);
  const cx = (i: number) => PAD.left + band * i + band / 2;
  return { axis, plotW, plotH, y, band, cx };
}

function Frame({ p, children }: { p: ChartProps; children: ComponentChildren }) {
  const { axis, y, cx } = frame(p);
  const titleId = `${p.id}-title`;
  const descId = `${p.id}-desc`;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`} data-chart={p.id}>
        <title id={titleId}>{p.title}</title>
        <desc id={descId}>{describe(p.categories, p.series, p.unit, p.lang, p.missing)}</desc>
        {axis.ticks.map((v) => (
          <g key={v} class="tick">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {fmt(v, p.unit)}
            </text>
          </g>
        ))}
        {p.categories.map((c, i) => (
          <text key={c} class="cat" x={cx(i)} y={H - 8} text-anchor="middle">
            {c}
          </text>
        ))}
        {p.missing?.map((word, i) =>
          word === null ? null : (
            <text key={`gap-${i}`} class="gap" x={cx(i)} y={y(0) - 5} text-anchor="middle">
              {word}
            </text>
          ),
        )}
        {children}
      </svg>
      <figcaption>
        <span class="chart-title">{p.title}</span>
        {p.series.length > 1 && (
          <span class="legend" aria-hidden="true">
            {p.series.map((s, k) => (
              <span key={s.key} class={`key c${k + 1}`}>
                {s.label}
                {p.noData && s.values.every((v) => v === null) && <span class="no-data" data-no-data={s.key}>{p.noData}</span>}
              </span>
            ))}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** A zero's bar: this high, so that 0 stands on the axis where a blank leaves "—" (a zero-high bar and no bar looked alike). */
const ZERO_BAR = 2;

/**
 * Grouped bars: one group a category (year), one bar a series. A 0 is a sliver on the axis; a blank (no figure that
 * year: the cell empty, the table not read) is a "—" in its bar's place, never drawn as a 0 (dash97).
 */
export function BarChart(p: ChartProps) {
  const { y, band, cx } = frame(p);
  const n = p.series.length;
  const barW = Math.min(28, (band * 0.7) / n);
  return (
    <Frame p={p}>
      {p.series.map((s, k) =>
        s.values.map((v, i) => {
          const x = cx(i) - (barW * n) / 2 + barW * k;
          if (v === null) {
            return p.missing?.[i] ? null : (
              <text key={`${s.key}-${i}`} class={`blank c${k + 1}`} x={x + barW / 2} y={y(0) - 3} text-anchor="middle">
                —<title>{`${p.categories[i]} ${s.label}：—`}</title>
              </text>
            );
          }
          const h = Math.max(v === 0 ? ZERO_BAR : 0, y(0) - y(v));
          return (
            <rect key={`${s.key}-${i}`} class={`bar c${k + 1}${v === 0 ? ' zero' : ''}`} x={x} y={y(0) - h} width={barW} height={h}>
              <title>{`${p.categories[i]} ${s.label}：${fmt(v, p.unit)}`}</title>
            </rect>
          );
        }),
      )}
    </Frame>
  );
}

/** Lines with dots; a missing year breaks the line rather than drawing through it. */
export function LineChart(p: ChartProps) {
  const { y, cx } = frame(p);
  return (
    <Frame p={p}>
      {p.series.map((s, k) => {
        const runs: string[] = [];
        let run: string[] = [];
        s.values.forEach((v, i) => {
          if (v === null) {
            if (run.length) runs.push(run.join(' '));
            run = [];
          } else run.push(`${run.length ? 'L' : 'M'}${cx(i).toFixed(1)},${y(v).toFixed(1)}`);
        });
        if (run.length) runs.push(run.join(' '));
        return (
          <g key={s.key} class={`line c${k + 1}`}>
            {runs.map((d) => (
              <path key={d} d={d} />
            ))}
            {s.values.map((v, i) =>
              v === null ? null : (
                <circle key={i} cx={cx(i)} cy={y(v)} r={3.5}>
                  <title>{`${p.categories[i]} ${s.label}：${fmt(v, p.unit)}`}</title>
                </circle>
              ),
            )}
          </g>
        );
      })}
    </Frame>
  );
}

export interface HBarItem {
  key: string;
  label: string;
  value: number;
  /** the value as printed, when not the bare number: "61.4%" */
  shown?: string;
  /** the whole name, when the label is short for it (said in the tooltip and the description) */
  full?: string;
  /** a second number shown after the bar, e.g. "in 3 reports" */
  note?: string;
}

/** What follows a bar: its value as printed, and its note. */
const barText = (it: HBarItem): string => [it.shown ?? String(it.value), it.note].filter(Boolean).join(' · ');
const barTitle = (it: HBarItem): string => `${it.full ?? it.label}：${it.shown ?? it.value}${it.note ? `（${it.note}）` : ''}`;

/** How wide a label may be, in half-width characters (a CJK character is two): the 174 units of the 11 px label column. */
const LABEL_ROOM = 30;
const isWide = (ch: string): boolean => /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]/.test(ch);

/**
 * A bar's label cut to the room it has, by width, not by characters: fifteen Chinese characters fill
 * it, while an English rule's name ("Table 3 results total") was cut at eleven letters to "Table 3 res…",
 * which said nothing. The whole name is the row's tooltip.
 */
export function fitLabel(label: string): string {
  let used = 0;
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    used += isWide(chars[i]!) ? 2 : 1;
    if (used > LABEL_ROOM) return `${chars.slice(0, i).join('').trimEnd()}…`;
  }
  return label;
}

/** A window too narrow for the bars' 460 units beside their labels (a phone, a 400 px side window). */
const NARROW = '(max-width: 480px)';

/** Does the window match NARROW, following it as the window is resized? */
function useNarrow(): boolean {
  const query = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null;
  const [narrow, setNarrow] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const on = (): void => setNarrow(query.matches);
    query.addEventListener('change', on);
    on();
    return () => query.removeEventListener('change', on);
  }, []);
  return narrow;
}

/**
 * Horizontal bars, longest first: how findings spread over the rules, or the bodies of one year
 * side by side. In a narrow window (ux86's walk: at 400 px "100 处 · 29 份年报" stood past the box's
 * edge, read only by scrolling sideways) each label stands on its own line above its bar, and the
 * drawing is 340 units wide: the bar and its value fit, the text at its size.
 */
export function HBarChart({ id, title, items, lang }: { id: string; title: string; items: HBarItem[]; lang?: string }) {
  const p = punct(lang);
  const narrow = useNarrow();
  const rowH = narrow ? 38 : 24;
  const labelW = narrow ? 0 : 180;
  const noteW = 130;
  const width = narrow ? 340 : 460;
  const height = Math.max(rowH, items.length * rowH) + 4;
  const max = Math.max(1, ...items.map((i) => i.value));
  const barSpace = width - labelW - noteW - 8;
  // (the bar's band: below its label when narrow, beside it else)
  const barTop = narrow ? 16 : 4;
  const barH = narrow ? 16 : rowH - 8;
  return (
    <figure class={narrow ? 'chart wide narrow' : 'chart wide'}>
      {/* the title above its bars, as a table's caption: read first, never taken for the last bar's note */}
      <figcaption class="above">
        <span class="chart-title">{title}</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-chart={id}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{items.map((i) => `${i.full ?? i.label} ${i.shown ?? i.value}${i.note ? `${p.open}${i.note}${p.close}` : ''}`).join(p.semi)}</desc>
        {items.map((it, k) => {
          const w = Math.max(2, (it.value / max) * barSpace);
          const top = k * rowH + 2;
          return (
            <g key={it.key} class="hbar">
              {/* the whole name and value, for a pointer on the label or the value (the bar has its own) */}
              <title>{barTitle(it)}</title>
              {narrow ? (
                <text class="cat" x={0} y={top + 12} text-anchor="start">
                  {fitLabel(it.label)}
                </text>
              ) : (
                <text class="cat" x={labelW - 6} y={top + rowH / 2 + 4} text-anchor="end">
                  {fitLabel(it.label)}
                </text>
              )}
              <rect class="bar c1" x={labelW} y={top + barTop} width={w} height={barH} rx={2}>
                <title>{barTitle(it)}</title>
              </rect>
              <text class="val" x={labelW + w + 4} y={top + barTop + barH / 2 + 4}>
                {barText(it)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
