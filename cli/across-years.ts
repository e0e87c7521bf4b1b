/**
 * --across-years: the spec's checks across reports (lib/collect/cross-year.ts: 上年结转 against last
 * year's 结转下年度, a table 三 copied from another year, the 现行有效 stock) between the files of one
 * run, as the extension runs them between the reports it collected. Two files are the same body's
 * when their bodies' names agree and they come from the same site: the address a browser's "Save
 * page as" writes into the file ("<!-- saved from url=(0062)http://… -->"), else the same folder (a
 * folder named by a year stands for the one above it).
 * A town's name recurs across counties (城关镇): the name alone never joins two files, and two files
 * whose names give different counties (岳池县平安镇, 乐至县平安镇) are never joined by their folder.
 */
import { basename, dirname } from 'node:path';
import { bodyKeyOf, regionOf } from '../lib/collect/body.ts';
import { publisherHostOf } from '../lib/collect/copy-address.ts';
import { crossYearFindings, crossYearSkips, type CrossYearSubject } from '../lib/collect/cross-year.ts';
import type { CheckedFile } from './load-page.ts';
import type { FindingJson } from './to-json.ts';

/**
 * The addresses savers write into a page, in its opening: Chrome's and IE's "saved from url" mark,
 * SingleFile's comment ("Page saved with SingleFile \n url: https://…") and Save Page WE's
 * <meta name="savepage-url"> (red team 25: the extensions researchers save reports with).
 */
const SAVED_FROM: readonly RegExp[] = [
  /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i,
  /<!--\s*Page saved with SingleFile\s+url:\s*(\S+)/i,
  /<meta\s+name=["']?savepage-url["']?\s+content=["']([^"']+)["']/i,
];

/** The address a saver wrote into a saved page (SAVED_FROM), or null. */
export function savedFromUrl(text: string): string | null {
  const head = text.slice(0, 4096);
  for (const re of SAVED_FROM) {
    const m = re.exec(head);
    if (m) return m[1]!.replace(/&amp;/g, '&');
  }
  return null;
}

/** Where a file's body is matched: its saved-from site, else its folder. */
export function siteOf(checked: Pick<CheckedFile, 'file' | 'savedFrom'>): string {
  return savedFromHost(checked) ?? `folder:${folderOf(checked.file)}`;
}

/** A folder named by a year alone ("2022", "2022年", "2022年度"): one of a body's year folders. */
const YEAR_FOLDER = /^(?:19|20)\d{2}(?:年度?)?$/u;

/**
 * The folder a file stands in, for matching: a year folder stands for the folder above it, as a
 * researcher files one body's reports (云溪区/2021/index.html, 云溪区/2022/t20230131_123.html).
 */
export function folderOf(file: string): string {
  const dir = dirname(file);
  return YEAR_FOLDER.test(basename(dir)) ? dirname(dir) : dir;
}

/**
 * The web host a saved page records, or null: none, not an address, or an address with no host
 * (Internet Explorer marks a page "saved from url=(0014)about:internet", a page saved from disk
 * records its file: URL); such a file is matched by its folder, never by the empty host every
 * other such file shares. A page saved from an archive's copy records the archive's address: the
 * original's host stands for it; one saved from a 公众号 or a news platform names no site.
 */
export function savedFromHost(checked: Pick<CheckedFile, 'savedFrom'>): string | null {
  // a copy on an archive: the original's host; on a 公众号 or news platform, none (lib/collect/copy-address.ts)
  return checked.savedFrom ? publisherHostOf(checked.savedFrom) : null;
}

/** Each checked file's cross-year findings against the other files of the run, by index. */
export function acrossYears(files: readonly CheckedFile[]): FindingJson[][] {
  const subjects: (CrossYearSubject | null)[] = files.map((c) => {
    const a = c.analysis;
    if (!a?.isReport || a.year === null) return null;
    return {
      id: c.file,
      url: c.file,
      year: a.year,
      bodyKey: bodyKeyOf(a.agency, siteOf(c)),
      bodyKeyOverride: null,
      // 岳池县平安镇 and 乐至县平安镇 saved into one folder share a key (平安镇@folder): their counties tell them apart
      region: regionOf(a.agency, a.title, a.agencyRegion),
      site: savedFromHost(c),
      figures: a.figures,
      // the page was just read: no notes is none (null would be a record that cannot tell)
      figureNotes: a.figureNotes ?? {},
      ...(a.lastYearClaims ? { lastYearClaims: a.lastYearClaims } : {}),
      lastSeen: '',
    };
  });
  const all = subjects.filter((s): s is CrossYearSubject => s !== null);
  return files.map((c, i) => {
    const s = subjects[i];
    if (!s || s.bodyKey === null) return [];
    const found = crossYearFindings(s, all).map((f) => {
      const ref = f.figure ? c.analysis?.figureRefs[f.figure] : undefined;
      const out: FindingJson = {
        rule: f.rule,
        severity: f.severity,
        message: `${f.message}（${f.otherYear ?? ''}年报告：${f.otherUrl}）`,
        cells: ref ? [{ table: ref.table, row: ref.row, col: ref.col }] : [],
        suspect: null,
        quote: f.quote ?? null,
      };
      if (f.expected !== null) out.expected = f.expected;
      if (f.actual !== null) out.actual = f.actual;
      return out;
    });
    // what could not be compared says so, as a "cannot check" (info), never as a finding
    const skipped = crossYearSkips(s, all).map(
      (k): FindingJson => ({
        rule: 'cross.skipped',
        severity: 'info',
        message: `${k.message}（${k.reportsYear}年报告：${k.otherIds.join('、')}）`,
        cells: [],
        suspect: null,
        quote: null,
      }),
    );
    return [...found, ...skipped];
  });
}
