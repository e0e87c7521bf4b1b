/**
 * The collection's data: export as CSV (the rows in view) and JSON (everything, schema-versioned),
 * import a JSON export, storage use, and the quarantine — stored values that could not be read,
 * with why, kept until the user exports or clears them (collected figures are the user's work).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '../i18n.ts';
import type { CollectionApi, ImportResult, QuarantineEntry, StoredReport } from '../../lib/collect/record.ts';
import { CSV_BOM, CSV_FIXED_COLUMNS, reportsToCsv, type CsvWords } from '../../lib/collect/csv.ts';
import type { CrossCount } from '../../lib/collect/cross-count.ts';
import { isCollectionExport } from '../../lib/collect/merge.ts';
import { figureLabel, formatBytes, formatTime, templateShort, verdictLabel } from './labels.ts';
import { quarantineDropName, quarantineExported, quarantineSource, quarantineWhyText } from './quarantine-words.ts';

/** Hands a file to the browser's downloads through a Blob URL and an <a download>. */
export function downloadBlob(doc: Document, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // the download has its own copy once started; a minute is generous for a slow disk
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const stamp = (d = new Date()): string => d.toISOString().slice(0, 10).replace(/-/g, '');

const FIXED = new Set<string>(CSV_FIXED_COLUMNS);

/**
 * The CSV in the reader's language: headers as the dashboard names them ("表三 · 一、本年新收 · 自然人",
 * not "t3.new.natural"), verdicts and templates in words, times local ("2026-11-22 14:05", which a
 * spreadsheet reads as a time).
 */
export function csvWords(t: Translate): CsvWords {
  return {
    header: (n) => (FIXED.has(n) ? t(`dashCsv_${n}` as MessageKey) : figureLabel(t, n)),
    verdict: (v) => verdictLabel(t, v),
    template: (x) => templateShort(t, x),
    time: formatTime,
  };
}

/**
 * A file picked for import that is a CSV (the CSV export, or a spreadsheet's): by its name, or by
 * its first line, a header of at least the export's fixed columns (in either language; a browser's
 * File.text() drops the export's BOM), or by that BOM where a reader keeps it.
 */
/** The export's fixed columns before 跨年度问题数 (ux68): an older export's header is a CSV too. */
const CSV_COLUMNS_BEFORE_UX68 = CSV_FIXED_COLUMNS.length - 1;

export function isCsvFile(name: string, text: string): boolean {
  if (/\.csv$/iu.test(name.trim()) || text.startsWith(CSV_BOM)) return true;
  const first = text.trimStart().split(/\r?\n/u, 1)[0] ?? '';
  return !/^[[{]/u.test(first) && first.split(',').length >= CSV_COLUMNS_BEFORE_UX68;
}

export function csvBlob(reports: readonly StoredReport[], t?: Translate, cross?: Readonly<Record<string, CrossCount>>): Blob {
  return new Blob([reportsToCsv(reports, t ? csvWords(t) : undefined, cross)], { type: 'text/csv;charset=utf-8' });
}

export interface DataToolsProps {
  t: Translate;
  api: CollectionApi;
  /**
   * the full records of the reports the list shows now (filters applied, in its order), for the CSV,
   * with the cross-year problems of each against the whole collection
   */
  shown: () => Promise<{ reports: StoredReport[]; cross: Record<string, CrossCount> }>;
  total: number;
  /** changes whenever the collection does, to refresh storage use and quarantine */
  version: number;
  onImported: () => Promise<void>;
}

type Note = { tone: 'ok' | 'bad'; text: string } | null;

export function importSummary(t: Translate, r: ImportResult): string {
  return t('dashImportDone', r.added, r.updated, r.duplicates, r.quarantined);
}

export function DataTools({ t, api, shown, total, version, onImported }: DataToolsProps) {
  const [bytes, setBytes] = useState<number | null>(null);
  const [quarantine, setQuarantine] = useState<QuarantineEntry[]>([]);
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  /**
   * Where the keyboard goes once the quarantine is drawn again: its button went away with what it cleared (it fell
   * to <body>). An entry cleared: the entry that took its place, else the one above, else the import; the confirm:
   * its 取消; the confirm gone: 全部清除.
   */
  const refocus = useRef<{ entry: number; key: string } | 'cancel' | 'clear-all' | 'import' | null>(null);
  const quarantineRef = useRef<HTMLDetailsElement>(null);
  const importRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const want = refocus.current;
    const box = quarantineRef.current;
    // an entry cleared: once the list is drawn without it (the storage's use is drawn first)
    if (!want || (typeof want === 'object' && Array.from(box?.querySelectorAll<HTMLElement>('li') ?? []).some((li) => li.dataset.key === want.key))) return;
    refocus.current = null;
    if (want === 'import' || !box) importRef.current?.focus();
    else if (want === 'cancel' || want === 'clear-all') box.querySelector<HTMLElement>(`[data-action="quarantine-${want}"]`)?.focus();
    else {
      const drops = box.querySelectorAll<HTMLElement>('li button');
      drops[Math.min(want.entry, drops.length - 1)]?.focus();
    }
  });

  const refresh = async (): Promise<void> => {
    const [b, q] = await Promise.all([api.bytesInUse().catch(() => null), api.quarantine().catch(() => [])]);
    setBytes(b);
    setQuarantine(q);
  };
  useEffect(() => {
    // version 0: the rows are the cached copy; storage use and quarantine wait for the collection
    if (version > 0) void refresh();
  }, [api, version]);

  const exportCsv = async (): Promise<void> => {
    // reading every full record takes seconds with thousands: say so meanwhile
    setBusy(true);
    setNote({ tone: 'ok', text: t('dashExporting') });
    const { reports: rows, cross } = await shown().finally(() => setBusy(false));
    downloadBlob(document, `nianbao-lens-${stamp()}.csv`, csvBlob(rows, t, cross));
    setNote({ tone: 'ok', text: t('dashExportedCsv', rows.length) });
  };
  const exportJson = async (): Promise<void> => {
    setBusy(true);
    setNote({ tone: 'ok', text: t('dashExporting') });
    const data = await api.exportJson().finally(() => setBusy(false));
    // (the quarantine's reasons as the dashboard says them: quarantine-words.ts)
    const out = { ...data, quarantine: quarantineExported(t, data.quarantine) };
    downloadBlob(document, `nianbao-lens-${stamp()}.json`, new Blob([JSON.stringify(out, null, 1)], { type: 'application/json' }));
    setNote({ tone: 'ok', text: t('dashExportedJson', data.reports.length) });
  };
  const importFile = async (file: File): Promise<void> => {
    setBusy(true);
    try {
      let data: unknown;
      const content = await file.text();
      try {
        data = JSON.parse(content);
      } catch {
        // the collection's own CSV (its BOM, or a spreadsheet's .csv): say that only the JSON export reads back
        setNote({ tone: 'bad', text: t(isCsvFile(file.name, content) ? 'dashImportCsv' : 'dashImportNotJson', file.name) });
        return;
      }
      const result = await api.importJson(data, file.name);
      // another JSON file (not an export) is kept aside whole: "导入完成：…隔离 1" read as if it had worked
      const text = isCollectionExport(data) ? importSummary(t, result) : t('dashImportNotExport', file.name);
      setNote({ tone: result.quarantined > 0 ? 'bad' : 'ok', text });
      await onImported();
      await refresh();
    } catch (e) {
      setNote({ tone: 'bad', text: t('dashImportFailed', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  const exportQuarantine = (): void => {
    downloadBlob(document, `nianbao-lens-quarantine-${stamp()}.json`, new Blob([JSON.stringify(quarantineExported(t, quarantine), null, 1)], { type: 'application/json' }));
  };
  const clear = async (key?: string): Promise<void> => {
    const at = quarantine.findIndex((q) => q.key === key);
    await api.clearQuarantine(key);
    refocus.current = key !== undefined && quarantine.length > 1 ? { entry: at, key } : 'import';
    setConfirmClear(false);
    await refresh();
  };
  const askClearAll = (ask: boolean): void => {
    refocus.current = ask ? 'cancel' : 'clear-all';
    setConfirmClear(ask);
  };

  return (
    <section class="tools" aria-labelledby="tools-title">
      <h2 id="tools-title">{t('dashDataHeader')}</h2>
      <div class="tool-row">
        <button type="button" id="export-csv" onClick={() => void exportCsv()} disabled={total === 0 || busy}>
          {t('dashExportCsv')}
        </button>
        <button type="button" id="export-json" onClick={() => void exportJson()} disabled={total === 0 || busy}>
          {t('dashExportJson')}
        </button>
        <label class={`file${busy ? ' disabled' : ''}`}>
          <span>{t('dashImportJson')}</span>
          <input
            ref={importRef}
            type="file"
            class="sr-only"
            id="import-json"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const f = input.files?.[0];
              if (f) void importFile(f).finally(() => (input.value = ''));
            }}
          />
        </label>
        <span class="usage" id="storage-use">
          {t('dashStorageUse', bytes === null ? '—' : formatBytes(bytes), total)}
        </span>
      </div>
      {note && (
        <p class={`note ${note.tone}`} role="status" id="data-note">
          {note.text}
        </p>
      )}
      {quarantine.length > 0 && (
        <details class="quarantine" open ref={quarantineRef}>
          <summary>{t('dashQuarantineHeader', quarantine.length)}</summary>
          <p class="sub">{t('dashQuarantineHint')}</p>
          <ul>
            {quarantine.map((q, i) => (
              <li key={q.key} data-key={q.key}>
                <QuarantineLine t={t} q={q} whyId={`quarantine-why-${i}`} />
                <pre class="raw">{preview(q.raw)}</pre>
                {/* named by its entry, its reason as its description: every one was "清除此条" alike (ux62) */}
                <button type="button" class="ghost" aria-label={quarantineDropName(t, q)} aria-describedby={`quarantine-why-${i}`} onClick={() => void clear(q.key)}>
                  {t('dashQuarantineDrop')}
                </button>
              </li>
            ))}
          </ul>
          <div class="tool-row">
            <button type="button" onClick={exportQuarantine}>
              {t('dashQuarantineExport')}
            </button>
            {confirmClear ? (
              <span class="confirm">
                {t('dashQuarantineConfirm', quarantine.length)}
                <button type="button" class="danger" onClick={() => void clear()}>
                  {t('dashQuarantineClear')}
                </button>
                <button type="button" data-action="quarantine-cancel" onClick={() => askClearAll(false)}>
                  {t('dashCancel')}
                </button>
              </span>
            ) : (
              <button type="button" class="ghost" data-action="quarantine-clear-all" onClick={() => askClearAll(true)}>
                {t('dashQuarantineClear')}
              </button>
            )}
          </div>
        </details>
      )}
    </section>
  );
}

/**
 * Where it came from, when, and why, in the UI's language (quarantine-words.ts); the storage key in
 * the title. An entry with no code gives the core's Chinese reason, marked as Chinese.
 */
function QuarantineLine({ t, q, whyId }: { t: Translate; q: QuarantineEntry; whyId: string }) {
  const why = quarantineWhyText(t, q.why);
  return (
    <>
      <span class="source" title={q.key}>
        {quarantineSource(t, q)}
      </span>
      {q.at && <> · {t('dashQKeptAt', formatTime(q.at))}</>} ·{' '}
      <span class="reason" id={whyId} lang={why === null ? 'zh-CN' : undefined}>
        {why ?? q.reason}
      </span>
    </>
  );
}

/** The stored value as text (never as HTML), cut short: enough to recognise it. */
function preview(raw: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(raw) ?? String(raw);
  } catch {
    s = String(raw);
  }
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}
