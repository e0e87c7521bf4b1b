/**
 * The checks across years (cross-year.ts, org-sum.ts, in-force.ts, text-change.ts) as codes with their
 * figures (session 51), and their Chinese words: the collection's lists say them as they always have
 * (the message); the panel and the dashboard in another language word them from the code
 * (components/cross-finding-words.ts), as the tables' findings (lib/rules/note-words.ts). A note the
 * page wrote in a cell, and the text's sentence quoted, are arguments, shown as written. Computed on
 * read, never stored: a finding of a build before them has no note, and shows its Chinese.
 *
 * `who`: whose report a thing is, '' for this report ("本报告"), else the other's year.
 * `dir`: 'last' (against last year's report: this report's 上年结转) or 'next' (its 结转下年度).
 */

/** Table 三's columns as the checks across years name them. */
const COL: Readonly<Record<string, string>> = {
  natural: '自然人', commercial: '商业企业', research: '科研机构', social: '社会公益组织', legal: '法律服务机构',
  otherOrg: '其他法人或其他组织', total: '总计', orgSubtotal: '法人或其他组织（合计）',
};
/** The five of 法人或其他组织 as org-sum.ts names them. */
const ORG_PART: Readonly<Record<string, string>> = { commercial: '商业企业', research: '科研机构', social: '社会公益组织', legal: '法律服务机构', otherOrg: '其他' };
const CARRY_ROW: Readonly<Record<string, string>> = { carried: '二、上年结转政府信息公开申请数量', carriedForward: '四、结转下年度继续办理' };
const STOCK_ROW: Readonly<Record<string, string>> = { regulations: '规章', normativeDocs: '行政规范性文件' };
const STOCK_COL: Readonly<Record<string, string>> = { inForce: '现行有效件数', newMade: '本年制发件数', abolished: '本年废止件数' };
const DECISION: Readonly<Record<string, string>> = { license: '行政许可', penalty: '行政处罚', enforcement: '行政强制' };

const whose = (who: string | number): string => (who === '' ? '本报告' : `${who}年报告`);
const what = (dir: string): string => (dir === 'last' ? '上年结转' : '结转下年度');
const col = (c: string): string => COL[c] ?? c;

/** "商业企业1、科研机构0、社会公益组织0、法律服务机构0、其他1，五列合计2" */
const fiveSaid = (five: readonly number[]): string =>
  `${Object.values(ORG_PART).map((name, i) => `${name}${five[i]}`).join('、')}，五列合计${five.reduce((x, y) => x + y, 0)}`;

/** last year's counts a claim of the text is against (text-change.ts againstOf): by kind, their figures */
function against(kind: string, a: number, b: number | ''): string {
  if (kind === 'review') return `表四“行政复议”总计${a}件`;
  if (kind === 'suits') return `表四“行政诉讼”总计${a + Number(b)}件（未经复议直接起诉${a}件、复议后起诉${b}件）`;
  if (kind === 'new') return `表三“本年新收”${a}件${b === '' ? '' : `，加“上年结转”为${a + Number(b)}件`}`;
  return `表二“${DECISION[kind] ?? kind}”处理决定数量${a}件`;
}

/** what the claim should have said: 与上年持平, or 增加7件 and/or 下降10.4% as the text gives them */
function should(delta: number, amount: number, pct: string): string {
  if (delta === 0) return '与上年持平';
  const parts: string[] = [];
  if (amount) parts.push(`${delta < 0 ? '减少' : '增加'}${Math.abs(delta)}件`);
  if (pct !== '') parts.push(`${delta < 0 ? '下降' : '增长'}${pct}%`);
  return parts.join('、');
}

const STOCK_WHY = '（文件自然失效、修订或清理未计入废止时也会不同）';

/** Each code's Chinese words from its arguments. */
const WORDS = {
  // cross.carry-over: [column, this year, its figure, the other year, its figure]
  carryLast: (c: string, now: number, actual: number, other: number, expected: number) =>
    `上年结转（${col(c)}）与上年报告不符：${now}年报告“二、上年结转”为${actual}，${other}年报告“四、结转下年度继续办理”为${expected}`,
  carryNext: (c: string, now: number, actual: number, other: number, expected: number) =>
    `${other}年报告的上年结转（${col(c)}）与本报告结转下年度不符：${other}年报告“二、上年结转”为${expected}，本报告（${now}年）“四、结转下年度继续办理”为${actual}`,
  // org-sum.ts: [this year, the other year, this report's side is the one column (1) or the five (0), the one column, the five…]
  orgCarryLast: (now: number, other: number, nowOne: number, one: number, a: number, b: number, c: number, d: number, e: number) => {
    const [mine, theirs] = nowOne ? [`法人或其他组织（一列）为${one}`, fiveSaid([a, b, c, d, e])] : [fiveSaid([a, b, c, d, e]), `法人或其他组织（一列）为${one}`];
    return `上年结转（法人或其他组织）与上年报告不符：${now}年报告“二、上年结转”${mine}，${other}年报告“四、结转下年度继续办理”${theirs}`;
  },
  orgCarryNext: (now: number, other: number, nowOne: number, one: number, a: number, b: number, c: number, d: number, e: number) => {
    const [mine, theirs] = nowOne ? [`法人或其他组织（一列）为${one}`, fiveSaid([a, b, c, d, e])] : [fiveSaid([a, b, c, d, e]), `法人或其他组织（一列）为${one}`];
    return `${other}年报告的上年结转（法人或其他组织）与本报告结转下年度不符：${other}年报告“二、上年结转”${theirs}，本报告（${now}年）“四、结转下年度继续办理”${mine}`;
  },
  // cross.identical-figures: [this year, the other year, figures, 本年新收 total ('' when blank)]
  identical: (now: number, other: number, n: number, total: number | '') =>
    `${now}年报告与${other}年报告的表三数字完全相同（${n}项，本年新收申请均为${total === '' ? '空白' : total}），可能沿用了上年的表格`,
  // cross.in-force: [row, the older year, the newer year, older 现行有效, newer 制发, 废止, what follows, newer 现行有效]
  inForceLast: (row: string, older: number, _newer: number, before: number, made: number, abolished: number, follows: number, after: number) =>
    `${STOCK_ROW[row] ?? row}现行有效件数与上年报告不衔接：${older}年报告现行有效${before}件，加本年制发${made}件、减本年废止${abolished}件，应为${follows}件，本报告为${after}件${STOCK_WHY}`,
  inForceNext: (row: string, older: number, newer: number, before: number, made: number, abolished: number, follows: number, after: number) =>
    `${newer}年报告的${STOCK_ROW[row] ?? row}现行有效件数与本报告不衔接：本报告（${older}年）现行有效${before}件，加${newer}年制发${made}件、减废止${abolished}件，应为${follows}件，${newer}年报告为${after}件${STOCK_WHY}`,
  // cross.text-change: [the older year, the newer year, the text quoted, its count, last year's counts' kind and figures, the change, its count given (1/0), its percentage ('' for none)]
  textChangeLast: (older: number, _newer: number, quote: string, value: number, kind: string, a: number, b: number | '', delta: number, amount: number, pct: string) =>
    `本报告正文“${quote}”与${older}年报告不符：其${against(kind, a, b)}，按本年${value}件计应为${should(delta, amount, pct)}`,
  textChangeNext: (_older: number, newer: number, quote: string, value: number, kind: string, a: number, b: number | '', delta: number, amount: number, pct: string) =>
    `${newer}年报告正文“${quote}”与本报告不符：本报告${against(kind, a, b)}，按${newer}年${value}件计应为${should(delta, amount, pct)}`,
  // the skips (crossYearSkips)
  ambiguousOwn: (year: number, other: number) => `同一单位名称下还有一份${year}年的报告，数字与本报告不同，无法判断哪一份与${other}年报告衔接，未与${other}年报告核对`,
  ambiguous: (n: number, other: number) => `同一单位名称下有${n}份数字不同的${other}年报告，无法判断本报告与哪一份衔接，未与${other}年报告核对`,
  // [the other year, dir, whose the cell, its row, its column, the note]
  carryNoted: (other: number, dir: string, who: string | number, row: string, c: string, note: string) =>
    `${other}年报告与本报告的${what(dir)}未核对：${whose(who)}“${CARRY_ROW[row] ?? row}”（${col(c)}）一栏注有“${note}”，不是与另一年同一口径的件数`,
  // [the other year, the comparison (a dir, or a stock's row), whose ('both', '' or a year)]
  notesUnknown: (other: number, of: string, who: string | number) => {
    const name = of === 'last' || of === 'next' ? what(of) : `${STOCK_ROW[of] ?? of}现行有效件数`;
    const w = who === 'both' ? '两份报告' : whose(who);
    return `${other}年报告与本报告的${name}不一致，未核对：${w}保存时尚未读取单元格中的注释（如“3（含…）”），无法判断不一致是否由注释说明；重新打开${w}的页面后即可核对`;
  },
  // [the other year, dir, the year of the five, its blank columns…]
  orgFiveBlank: (other: number, dir: string, year: number, ...blanks: string[]) =>
    `${other}年报告与本报告的法人或其他组织栏数不同（一列对五列），${year}年报告的${blanks.map((c) => ORG_PART[c] ?? c).join('、')}一栏空白或不是件数，五列之和不明，法人或其他组织的${what(dir)}未核对`,
  // [the other year, dir, the year of the one column]
  orgOneBlank: (other: number, dir: string, year: number) =>
    `${other}年报告与本报告的法人或其他组织栏数不同（一列对五列），${year}年报告的法人或其他组织一栏空白或不是件数，法人或其他组织的${what(dir)}未核对`,
  // [the other year, row, whose the cell, its column, the note]
  inForceNoted: (other: number, row: string, who: string | number, c: string, note: string) =>
    `${other}年报告与本报告的${STOCK_ROW[row] ?? row}现行有效件数未衔接核对：${whose(who)}“${STOCK_COL[c] ?? c}”一栏注有“${note}”，不是与另一年同一口径的件数`,
  // [the other year, dir, the columns only one report has…]
  columnsDiffer: (other: number, dir: string, ...cols: string[]) =>
    `${other}年报告与本报告的表三列不同（${cols.map(col).join('、')}只见于一方），这些列的${what(dir)}未逐列核对`,
} as const;

export type CrossNoteCode = keyof typeof WORDS;
export type CrossNoteArgs<C extends CrossNoteCode> = Parameters<(typeof WORDS)[C]>;
export const CROSS_NOTE_CODES = Object.keys(WORDS) as CrossNoteCode[];

/** A finding's (or a skip's) message and its note. */
export interface CrossNoted {
  message: string;
  note: { code: CrossNoteCode; args: (string | number)[] };
}

export function crossNote<C extends CrossNoteCode>(code: C, ...args: CrossNoteArgs<C>): CrossNoted {
  const words = WORDS[code] as (...a: unknown[]) => string;
  return { message: words(...args), note: { code, args: [...args] } };
}

/** `who` of a report: '' for this report, else its year. */
export const whoOf = (r: { id: string; year: number | null }, now: { id: string }): string | number => (r === now || r.id === now.id ? '' : r.year ?? '');
