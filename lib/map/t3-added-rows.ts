/**
 * Rows a unit adds to table 三 that the format's identities still reach (red team 28 left them said
 * as map.unmapped): the channels it lists under 一、本年新收 (其中：当面申请 / 网络申请 / 信函申请…),
 * whose sum is 一 where the list is whole and never more than 一, and a 申请数量合计 row (一 + 二).
 * A row of rates (五、按期办结率 100%) is never read as a count.
 */
import type { Figure } from '../types.ts';
import type { RowView } from './grid-rows.ts';

/** A row a unit added, read in the table's columns (cells by t3ColumnIndex, as MappedRow's). */
export interface AddedT3Row {
  /** 'channel': one channel of the applications under 一; 'intake': a 合计 of 一 and 二 */
  kind: 'channel' | 'intake';
  /** the label as the page shows it */
  label: string;
  cells: (Figure | undefined)[];
  /** a channel's class (CHANNELS' key): two rows of one class may overlap, and are not added up */
  channel?: string;
  /** a channel's row: 一、本年新收 ('new') or 二、上年结转 ('carried'), the row it is listed under */
  under?: 'new' | 'carried';
  /** a channel list with a row among it that is no channel read ("网络申请（含政府网站、电子邮件）"): it may hold more */
  gap?: true;
  /** read from a small table of its own after table 三 (t3-channels-table.ts): a figure for 总计 alone, no applicant split to check */
  apart?: true;
}

/**
 * The channels an application comes by, each a class no other overlaps. A label naming two
 * classes, or none, is no channel row.
 */
const CHANNELS: readonly { key: string; re: RegExp }[] = [
  { key: 'face', re: /当面|现场|窗口/ },
  { key: 'online', re: /网络|网上|在线|互联网|网站|线上|平台/ },
  { key: 'letter', re: /信函|邮寄|来信|邮政|快递|寄送/ },
  { key: 'fax', re: /传真/ },
  { key: 'email', re: /电子邮件|电子邮箱|邮箱|电邮|e-?mail/i },
  { key: 'phone', re: /电话/ },
  { key: 'other', re: /^其他/ },
];

/**
 * A channel row's class, from its label: "其中 当面申请", "其中：网上申请", "（1）信函申请", "传真",
 * "其他方式申请", "政府网站申请". Once the channel's words are gone, only words of applying may be
 * left (申请, 方式, 渠道, 提交, 政府, 平台…); null for anything else ("其中：本级", "其中：依申请公开").
 */
export function channelOf(label: string): string | null {
  const rest = label.replace(/^其中[:：]?/, '').replace(/^(?:\(?\d+\)?[.、]?|\([一二三四五六七八九十]\)|[①-⑩])/, '').replace(WITH_EMAIL, '');
  if (rest === '' || rest.length > 12) return null;
  const hits = CHANNELS.filter((c) => c.re.test(rest));
  if (hits.length !== 1) return null;
  const left = rest.replace(new RegExp(hits[0]!.re.source, 'gi'), '').replace(APPLYING, '');
  return left === '' ? hits[0]!.key : null;
}

/**
 * "网上申请（含电子邮件）": the online class said to hold e-mail, one class still (session 50's prose
 * work). Only after 网上/网络 words and only e-mail: "（含政府网站、电子邮件）" names two and stays a row
 * no channel is read from (red team 30 c11), as does a bracket after any other channel.
 */
const WITH_EMAIL = /(?<=(?:网上|网络|在线|互联网)申请)\(含(?:电子邮件|电子邮箱|邮箱|电邮)\)$/;

/** The words around a channel's that say no more than that it is a way of applying. */
const APPLYING = /通过|方式|渠道|形式|提交|提出|的|申请|政府|门户|系统|依|公开/g;

/** A cell that is a bare percentage ("100%", "98.5％"). */
const PERCENT = /^\s*\d+(?:\.\d+)?\s*[%％]\s*$/;

/**
 * A row of rates, not counts: its label ends in 率 (按期办结率, 公开率, 按时办结率（单位：%）), or every figure it holds is a
 * percentage. Its figures read as numbers ("100%" as 100); taken for a row of the template, they
 * would be added up as applications.
 */
export function isRateRow(v: RowView): boolean {
  if (v.label.includes('率') && /率(?:\([^()]*\))?$/.test(v.label)) return true;
  let percents = 0;
  for (let c = Math.max(0, v.dataStart); c < v.slots.length; c++) {
    const cell = v.slots[c];
    if (!cell || cell.reading.kind !== 'number' || cell.col !== c) continue;
    if (!PERCENT.test(cell.text)) return false;
    percents++;
  }
  return percents > 0;
}
