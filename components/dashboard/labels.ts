/**
 * The dashboard's words for stored values: templates, verdicts, figure names, rule ids, and its
 * number, date and size formats. Every word comes from the locale files (keys starting with
 * `dash`); a figure or rule the core adds later, with no key yet, shows its stable name.
 */
import type { MessageKey, Translate } from '../i18n.ts';
import type { Verdict } from '../../lib/collect/record.ts';
import { splitFigureName, type TableId } from '../../lib/collect/figure-layout.ts';
import { lookup, ruleLabel } from '../rule-label.ts';

const TEMPLATE: Record<string, MessageKey> = {
  '2021': 'template2021', '2019': 'template2019', pre2019: 'templatePre2019', unknown: 'templateUnknown',
};
const VERDICT: Record<Verdict, MessageKey> = {
  problems: 'dashVerdictProblems',
  ok: 'dashVerdictOk',
  partial: 'dashVerdictPartial',
  unchecked: 'dashVerdictUnchecked',
};
const TABLE: Record<TableId, MessageKey> = { t2: 'table2', t3: 'table3', t4: 'table4' };

const TEMPLATE_SHORT: Record<string, MessageKey> = {
  '2021': 'dashTemplateShort2021', '2019': 'dashTemplateShort2019', pre2019: 'dashTemplateShortPre2019', unknown: 'dashTemplateShortUnknown',
};

export const templateLabel = (t: Translate, template: string | null): string =>
  template === null ? '—' : t(TEMPLATE[template] ?? 'templateUnknown');

/** The list's narrow column: "2021 版". */
export const templateShort = (t: Translate, template: string | null): string =>
  template === null ? '—' : t(TEMPLATE_SHORT[template] ?? 'dashTemplateShortUnknown');

export const verdictLabel = (t: Translate, v: Verdict): string => t(VERDICT[v]);


const keyPart = (s: string): string => s.replace(/\./g, '_');

/** A row label of table 二/三/四: 'dashT3Row_denied_secret' → "1. 属于国家秘密". */
export const rowLabel = (t: Translate, table: TableId, row: string): string =>
  lookup(t, `dash${table.toUpperCase()}Row_${keyPart(row)}`) ?? row;

export const colLabel = (t: Translate, table: TableId, col: string): string =>
  lookup(t, `dash${table.toUpperCase()}Col_${keyPart(col)}`) ?? col;

/** "表三 · 一、本年新收 · 总计"; a name of no table as it is. */
export function figureLabel(t: Translate, name: string): string {
  const s = splitFigureName(name);
  if (!s) return name;
  return `${tableLabel(t, s.table)} · ${rowLabel(t, s.table, s.row)} · ${colLabel(t, s.table, s.col)}`;
}

/**
 * A table's name standing alone (a caption, a label's start): "表三", "Table 3". The locale's word is
 * written for the middle of a sentence ("table 3"), which as an English caption read as a slip.
 */
export const tableLabel = (t: Translate, table: TableId): string => {
  const name = t(TABLE[table]);
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** 't3.balance' → "表三收支平衡（一+二=三（七）+四）"; unknown ids as they are (rule-label.ts). */
export { ruleLabel };

export function formatNumber(lang: string, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(v);
}

/** A 0..1 share with one decimal, as the reports print theirs: 0.614 → "61.4%". */
export function formatShare(v: number | null): string {
  return v === null ? '—' : `${(Math.round(v * 1000) / 10).toFixed(1)}%`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** ISO time → "2026-11-22" in the reader's time zone. */
export const formatDate = (iso: string): string => formatTime(iso).slice(0, 10);

/** ISO time → "2026-11-22 14:05" in the reader's time zone. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A stored URL as a link target only when it is a web page: an imported record could carry `javascript:`. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
