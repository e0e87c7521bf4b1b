/**
 * How a report is kept under its storage key, and how a stored value is read back: the storage
 * side of lib/collect/migrate.ts, which knows the record versions and nothing of storage.
 *
 * Since the collection's layout 3 a record is stored as its JSON text, not as an object. Chromium
 * copies an object between the page and the browser value by value (the ~230 figure names of a
 * report included) and a string in one piece: at 5,000 reports, writing them took 5.4 s as objects
 * and 1.6 s as text, reading them 2.4 s and 0.55 s (+0.25 s JSON.parse), measured in an extension
 * page. The text is the StoredReport exactly as the export writes it; layout 2 objects still read.
 */
import { readRecord, type ReadResult } from '../../lib/collect/migrate.ts';
import type { StoredReport } from '../../lib/collect/record.ts';

export const encodeRecord = (r: StoredReport): string => JSON.stringify(r);

/** A stored value parsed where it is JSON text: what quarantine keeps as the raw value. */
export function rawOf(stored: unknown): unknown {
  if (typeof stored !== 'string') return stored;
  try {
    return JSON.parse(stored);
  } catch {
    return stored;
  }
}

/**
 * A stored report value into the current record. `migrated` when it should be written back: an
 * older record version, or a record object from layout 2.
 */
export function decodeStored(stored: unknown): ReadResult {
  if (typeof stored === 'string') {
    let value: unknown;
    try {
      value = JSON.parse(stored);
    } catch {
      const text = stored.length > 20 ? `${stored.slice(0, 20)}…` : stored;
      return { ok: false, reason: `不是一条报告记录（存储的文本不是 JSON：“${text}”）`, why: { code: 'notJsonText', args: [text] } };
    }
    return readRecord(value);
  }
  const read = readRecord(stored);
  return read.ok ? { ...read, migrated: true } : read;
}
