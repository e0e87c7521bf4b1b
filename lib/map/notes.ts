/** The mapping stage's info findings: what it could not read is said, never guessed. */
import type { Finding } from '../types.ts';
import type { MapNote } from './note-words.ts';

/** A note on a cell the mapping could not read, as its code and figures (note-words.ts mapNote). */
export function unmapped(table: number, row: number, note: MapNote, col = 0): Finding {
  return { rule: 'map.unmapped', severity: 'info', message: note.message, cells: [{ table, row, col }], suspect: null, quote: null, note: { code: note.code, args: note.args } };
}

/**
 * A table of the template found on the page but read in none of its figures (its columns or rows
 * could not be told by their labels): said as map.unread-table, which makes the verdict partial
 * (lib/report/verdict.ts) as a missing table does. A report whose table 三 went unread must never
 * be called one whose tables add up.
 */
export function unreadTable(table: number, row: number, note: MapNote, col = 0): Finding {
  return { ...unmapped(table, row, note, col), rule: 'map.unread-table' };
}

const TABLE_TITLES = {
  t2: '表二（主动公开政府信息情况）',
  t3: '表三（收到和处理政府信息公开申请情况）',
  t4: '表四（政府信息公开行政复议、行政诉讼情况）',
} as const;

/**
 * A table the report's template has (2019 and 2021: 二, 三 and 四) and the page was not found to
 * hold: said, so that a report whose table 三 went unread is never taken for one that adds up.
 */
export function missingTable(which: keyof typeof TABLE_TITLES, reason?: string): Finding {
  const why = reason ? `（${reason}）` : '';
  const f: Finding = { rule: 'map.missing-table', severity: 'info', message: `未找到${TABLE_TITLES[which]}，该表的校验未进行${why}`, cells: [], suspect: null, quote: null };
  const coded = reasonArgs(reason);
  if (coded) f.note = { code: 'missingTable', args: [which, ...coded] };
  return f;
}

/**
 * A missing table's reason as a code and its figures (the note's args after the table: [] none,
 * ['pictures'], ['picture', table], ['reportFile', kind, name], ['tablesFile', kind, name], ['noTables']),
 * for the panel in another language (components/map-note-words.ts, en62); null for a reason of no
 * shape known here, which is then said in the core's Chinese alone.
 */
function reasonArgs(reason: string | undefined): string[] | null {
  if (!reason) return [];
  if (reason === TABLES_ARE_PICTURES) return ['pictures'];
  if (reason === NO_TABLES_ON_PAGE) return ['noTables'];
  for (const k of Object.keys(TABLE_TITLES) as (keyof typeof TABLE_TITLES)[]) if (reason === tableIsPicture(k)) return ['picture', k];
  const file = /^报告全文在(.+?)附件“(.+)”中，无法读取其中的表格和数字$/u.exec(reason);
  if (file && reportInAttachment({ kind: file[1]!, name: file[2]! }) === reason) return ['reportFile', file[1]!, file[2]!];
  const tables = /^报告的表格在(.+?)附件“(.+)”中，未读取$/u.exec(reason);
  if (tables && tablesInAttachment({ kind: tables[1]!, name: tables[2]! }) === reason) return ['tablesFile', tables[1]!, tables[2]!];
  return null;
}

/**
 * Several tables missing for one reason, in one sentence (the batch checker's readable output: a
 * report in an attachment or in pictures misses all three, which three lines said three times).
 */
export function missingTablesLine(which: readonly (keyof typeof TABLE_TITLES)[], reason: string | null): string {
  const why = reason ? `（${reason}）` : '';
  return `未找到${which.map((k) => TABLE_TITLES[k]).join('、')}，这些表的校验未进行${why}`;
}

/** The reason a map.missing-table note gives ("（…）" after the table's standard words), or null. */
export function missingTableReason(f: Pick<Finding, 'rule' | 'message'>): string | null {
  const k = missingTableOf(f);
  if (!k) return null;
  const plain = missingTable(k).message;
  return f.message === plain ? null : f.message.slice(plain.length).replace(/^（|）$/g, '');
}

/** Which table a map.missing-table note is about (whatever reason it gives), or null. */
export function missingTableOf(f: Pick<Finding, 'rule' | 'message'>): keyof typeof TABLE_TITLES | null {
  if (f.rule !== 'map.missing-table') return null;
  for (const k of Object.keys(TABLE_TITLES) as (keyof typeof TABLE_TITLES)[]) if (f.message.startsWith(`未找到${TABLE_TITLES[k]}`)) return k;
  return null;
}

/** Why a report's tables are not on the page as tables (detect/picture-tables.ts). */
export const TABLES_ARE_PICTURES = '报告的表格是图片，无法读取其中的数字';

/**
 * Why one table is not on the page as a table, the others read: a picture stands in its section
 * (picture-tables.ts picturedSections). Named, as the panel gives each reason once beside the
 * list of missing tables.
 */
export function tableIsPicture(which: keyof typeof TABLE_TITLES): string {
  return `${TABLE_TITLES[which].slice(0, 2)}在页面上是图片，无法读取其中的数字`;
}

/** Why a report's tables are not on the page: the page offers the report as a file (detect/attachment.ts). */
export function reportInAttachment(a: { kind: string; name: string }): string {
  return `报告全文在${a.kind}附件“${a.name}”中，无法读取其中的表格和数字`;
}

/** Why a report's tables are not on the page: the page attaches the file that holds them (detect/attachment.ts tablesAttachment). */
export function tablesInAttachment(a: { kind: string; name: string }): string {
  return `报告的表格在${a.kind}附件“${a.name}”中，未读取`;
}

/** Do the notes say the report is an attachment (a map.missing-table note giving reportInAttachment's reason)? */
export function saysReportInAttachment(findings: readonly Pick<Finding, 'rule' | 'message'>[]): boolean {
  return findings.some((f) => f.rule === 'map.missing-table' && /（报告全文在(?:PDF|Word|WPS|OFD|Excel)附件“/.test(f.message));
}

/** Do the notes say the report's tables are in a file the page attaches (a map.missing-table note giving tablesInAttachment's reason)? */
export function saysTablesInAttachment(findings: readonly Pick<Finding, 'rule' | 'message'>[]): boolean {
  return findings.some((f) => f.rule === 'map.missing-table' && /（报告的表格在(?:PDF|Word|WPS|OFD|Excel)附件“/.test(f.message));
}

/** Why a report on 2019 or later shows no table at all, when no template could be told. */
export const NO_TABLES_ON_PAGE = '页面上没有找到报告的表格';

/**
 * Do the notes say the report's tables are pictures (a map.missing-table note giving
 * TABLES_ARE_PICTURES as its reason)? Then its template is not unknown for want of reading: it
 * cannot be told from pictures, and the panel and the batch checker say so in its place.
 */
export function saysTablesArePictures(findings: readonly Pick<Finding, 'rule' | 'message'>[]): boolean {
  return findings.some((f) => f.rule === 'map.missing-table' && f.message.endsWith(`（${TABLES_ARE_PICTURES}）`));
}
