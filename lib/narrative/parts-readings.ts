/**
 * Other readings of a list parts-sum.ts found, as a careful reader would also read it (parts-judge.ts
 * tries each): with its items counted by another document counter (条 beside 件/份/篇/期, 次 beside
 * 人次), with items written without their counter, without the notes in brackets on its items; and
 * what tells a list closed or not: every applicant the law names, items written as round figures.
 */
import { cmpDec, formatDec, subDec, sumDec, toDec } from './decimal.ts';
import { enclosingParen, isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { clauseStart, type At } from './quote.ts';
import { closeParen } from './base-year.ts';
import { closesList, dimensionOf, inSubsetParen, LIST_LEAD, type PartsGroup } from './parts-sum.ts';
import { lastMark } from '../text/marks.ts';

/** The parts as the message writes them: "12条+3条". */
export function describeParts(parts: readonly At[]): string {
  return parts.map((p) => p.f.raw).join('+');
}

/** Counters of pieces of information and of documents, which one list of 信息 may mix. */
const DOCUMENT_COUNTERS: ReadonlySet<string> = new Set(['条', '件', '份', '篇']);

/**
 * …and the counters an item of such a list may carry beside them: the 期 of an 征集调查 or a 公报
 * published on the site ("共计公开信息2698条，其中：工作动态1201条、…征集调查16期、其他类信息1141条":
 * hunt34, a 2024 county report whose closed list adds up with its 期 item only).
 */
const ASIDE_COUNTERS: ReadonlySet<string> = new Set([...DOCUMENT_COUNTERS, '期']);

/**
 * The counters beside a whole's that one list may mix: those of documents (above), and 次 beside 人次 for
 * visits and consultations ("接待群众咨询320人次，其中现场咨询200人次，电话咨询80人次，其他40次": recall35,
 * the 其他 item in 次 was set aside and the list left short).
 */
function asideOf(unit: string): ReadonlySet<string> | null {
  if (unit === '条') return INFO_ASIDE;
  if (DOCUMENT_COUNTERS.has(unit)) return ASIDE_COUNTERS;
  if (unit === '人次') return VISIT_ASIDE;
  if (unit === '次') return VISIT_TIMES_ASIDE;
  return null;
}
/**
 * …and beside a whole of pieces of information in 条, documents in 项 too ("公开信息120条，其中规范性文件8项、
 * 工作动态90条、其他信息22条": recall36, the closed list read without its 项 item was an error).
 */
const INFO_ASIDE: ReadonlySet<string> = new Set([...ASIDE_COUNTERS, '项']);
const VISIT_ASIDE: ReadonlySet<string> = new Set(['次']);
const VISIT_TIMES_ASIDE: ReadonlySet<string> = new Set(['人次']);

/**
 * Items of a list counted by another of DOCUMENT_COUNTERS than its whole: "全年主动公开信息620条，
 * 其中工作动态300条，规范性文件20件，…其他信息100条" (hunt32: two real reports, a 份 item and three 件
 * items among 条 items, each list adding up with them). parts-sum.ts keeps only the whole's counter,
 * so such items are set aside; the list is read with them too (evaluateGroup), and a list short of
 * its whole while they are set aside is a skip, never a finding. Only between the list's 其中 (or its
 * first part) and its last part, of the parts' one sentence.
 */
export function countersAside(g: PartsGroup): TextFigure[] {
  const first = g.parts[0];
  const last = g.parts[g.parts.length - 1];
  const aside = asideOf(g.whole.f.unit);
  if (!first || !last || !aside || g.parts.some((p) => p.s !== first.s)) return [];
  const s = first.s;
  const q = s.text.lastIndexOf('其中', first.f.start);
  const from = q >= 0 && (g.whole.s !== s || q >= g.whole.f.end) ? q : first.f.start;
  const within = s.figures.filter((f) => f.start >= from && f.end <= last.f.end && isCount(f) && f.unit !== g.whole.f.unit && aside.has(f.unit) && !inSubsetParen(f) && !g.parts.some((p) => p.f === f));
  // the rest right after the last part, in another of the counters: "…电话咨询80人次，其他40次" (recall35)
  const next = s.figures[s.figures.indexOf(last.f) + 1];
  const rest = next && isCount(next) && next.unit !== g.whole.f.unit && aside.has(next.unit) && next.paren === null &&
    closesList(next.label) && !/[；;。]/.test(s.text.slice(last.f.end, next.start));
  return rest ? [...within, next] : within;
}

/** A reading with its items of another document counter added (countersAside), or null when it has none. */
export function withCountersAside(g: PartsGroup): PartsGroup | null {
  const aside = countersAside(g);
  if (aside.length === 0) return null;
  const s = g.parts[0]!.s;
  return { ...g, parts: [...g.parts, ...aside.map((f) => ({ s, f }))].sort((a, b) => a.f.start - b.f.start) };
}

/**
 * An item of a list written without its counter, between items that carry it: "其中予以公开800件，
 * 部分公开67，不予公开100件" (hunt32: a real report's list, read without the 67 and so short of its
 * whole). The reader reads 67件; the figure finder keeps no number without a unit (a code, a name),
 * so the list is read with it here. Only a whole number standing alone in its ，/、-clause, right
 * after words of the kind the list's items are all of (dimensionOf: 部分公开 among results), and
 * only between the list's first and last items, in their one sentence.
 */
// (not a figure's first group of digits: "3,390件", "1，234件")
const BARE_NUMBER = /(?<=[\u4e00-\u9fff])[1-9]\d*(?=\s*(?:[、；;。]|[，,](?!\s*\d)))/g;

/** Words that make a bare number a rate, a change, an ordinal or a code, not a count ("办结率98，", "第2季度67，", "同比增加12，"). */
const NOT_A_COUNT = /率|比|占|增|减|降|升|第|号|码|编|季度|月|日|年/;

function bareItems(g: PartsGroup): TextFigure[] {
  // (an item of no kind, "其余486件", does not say what the list counts by: the others do)
  const dims = g.parts.map((p) => dimensionOf(p.f.label.replace(LIST_LEAD, ''))).filter((d) => d !== null);
  const dim = dims[0];
  if (!dim || dims.length < 2 || dims.some((d) => d !== dim)) return [];
  const out: TextFigure[] = [];
  for (const { s, first, start, end, label, number } of numbersBetween(g, BARE_NUMBER)) {
    if (/[\d（()）]/.test(label) || NOT_A_COUNT.test(label) || enclosingParen(s.text, start) !== null) continue;
    if (s.figures.some((f) => f.start < end && start < f.end)) continue;
    if (dimensionOf(label.replace(LIST_LEAD, '')) !== dim) continue;
    const value = toDec(Number(number), 0);
    out.push({ ...first.f, raw: number, value, printed: value, approx: false, ulp: null, start, end, label, share: false, shareOf: '', change: null, paren: null });
  }
  return out;
}

/**
 * The numbers `re` finds between a list's first and last items, in their one sentence, each with the
 * words before it back to the last separator (its label): none where that label is before the
 * first item's end, or where the items span sentences.
 */
function numbersBetween(g: PartsGroup, re: RegExp): { s: SentenceFigures; first: PartsGroup['parts'][number]; start: number; end: number; label: string; number: string }[] {
  const first = g.parts[0];
  const last = g.parts[g.parts.length - 1];
  if (!first || !last || g.parts.some((p) => p.s !== first.s)) return [];
  const s = first.s;
  const span = s.text.slice(first.f.end, last.f.start);
  const out: ReturnType<typeof numbersBetween> = [];
  re.lastIndex = 0;
  for (let m = re.exec(span); m; m = re.exec(span)) {
    const start = first.f.end + m.index;
    const from = lastMark(s.text, '，,、；;：:', start - 1) + 1;
    if (from <= first.f.end) continue;
    out.push({ s, first, start, end: start + m[0].length, label: s.text.slice(from, start).trim(), number: m[0] });
  }
  return out;
}

/**
 * Numbers written without a counter between a list's items, of any kind, that bareItems does not read as
 * items (their kind is none it knows): "其中，政务公告类信息116条，…会议活动类信息460条，部门动态402，其他信息
 * 248条" (hunt41b: a real 2013 county's five kinds of 1324, summed without the 402 as 922 and an error on
 * a list closed by 其他). The reader may read 402条; a list short of its whole by such a number is a skip.
 */
export function unitlessBetween(g: PartsGroup): string[] {
  const out: string[] = [];
  for (const { s, start, end, label, number } of numbersBetween(g, BARE_OR_ABOUT)) {
    if (label === '' || /[（()）]/.test(label) || NOT_A_COUNT_ASIDE.test(label) || (NOT_A_COUNT.test(label) && !PERIOD_LABEL.test(label)) || enclosingParen(s.text, start) !== null) continue;
    // (not one bareItems already reads as an item: withBareItems)
    if (s.figures.some((f) => f.start < end && start < f.end) || g.parts.some((p) => p.f.start === start)) continue;
    out.push(label + number);
  }
  return [...out, ...gluedBetween(g)];
}

/**
 * A number with no counter and no separator after it, run into the next item's label: "行政许可结果124条，
 * 公示公告56政务信息工作情况21条，…" (hunt42: a real 2025 district bureau's eight kinds of 495, summed
 * without the 56 as 439 and an error). A reader sees 公示公告 56 and 政务信息工作情况 21; read only where
 * the glued numbers make up exactly what the list lacks (a number run into words is otherwise too often
 * a name, "12345热线", to be read as an item).
 */
function gluedBetween(g: PartsGroup): string[] {
  const found = numbersBetween(g, GLUED).filter(({ s, start, end, label }) => {
    if (!/^[\u4e00-\u9fff]{2,}$/.test(label) || NOT_A_COUNT.test(label)) return false;
    if (s.figures.some((f) => f.start < end && start < f.end)) return false;
    // (the words after it are the next item's label: no separator, no digit, up to that item's figure)
    const next = g.parts.find((p) => p.s === s && p.f.start >= end);
    return next !== undefined && /^[\u4e00-\u9fff]{2,}$/.test(s.text.slice(end, next.f.start));
  });
  if (found.length === 0) return [];
  const rest = subDec(g.whole.f.value, sumDec(g.parts.map((p) => p.f.value)));
  const glued = sumDec(found.map((x) => toDec(Number(x.number), 0)));
  return cmpDec(rest, glued) === 0 ? found.map((x) => x.label + x.number) : [];
}

/** (gluedBetween's: a bare number between two runs of Chinese characters) */
const GLUED = /(?<=[\u4e00-\u9fff])[1-9]\d*(?=[\u4e00-\u9fff])/g;

/**
 * (unitlessBetween's: a bare number, or one said 余/多 — "人事信息100余、" — and after a label with digits of
 * its own, "人事任免12批次120、" (rt41); what NOT_A_COUNT names stays out)
 */
const BARE_OR_ABOUT = /(?<=[\u4e00-\u9fff])[1-9]\d*(?:余|多)?(?=\s*(?:[、；;。]|[，,](?!\s*\d)))/g;

/** (unitlessBetween's: a rate, a change or a code is no count, whatever its label) */
const NOT_A_COUNT_ASIDE = /率|比|占|增|减|降|升|号|码|编/;

/**
 * (unitlessBetween's: a label naming a period, "第3季度120、", "2016年第3季度120、", "上半年120、", "3月份120、" (rt41): what
 * was published in it, which a reader may count as an item; bareItems still reads no such number as one)
 */
const PERIOD_LABEL = /第?[\d一二三四]\s*季度|[上下]半年|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?/;

/**
 * A number with no counter added after a list's last item, in a clause opened by 另/另外/此外/新增: "其中：…，其他信息280条，
 * 另新增120。" (rt41: a list closed by 其他, 120 short of its whole of 1200, an error). A reader may count the 120 in
 * the whole (条 left unsaid); where the list and it make the whole exactly, the words, else null.
 */
const ADDED_AFTER = /^\s*[，,；;]\s*(?:另外|另有|另|此外|新增)[^，,；;。\d]{0,12}?([1-9]\d*)(?=\s*(?:[，,；;。]|$))/;

export function unitlessAddedAfter(g: PartsGroup): string | null {
  const first = g.parts[0];
  const last = g.parts[g.parts.length - 1];
  if (!first || !last || g.parts.some((p) => p.s !== first.s)) return null;
  const s = last.s;
  const m = ADDED_AFTER.exec(s.text.slice(last.f.end));
  if (!m) return null;
  const end = last.f.end + m[0].length;
  if (s.figures.some((f) => f.start > last.f.end && f.start < end + 1)) return null;
  const sum = sumDec([...g.parts.map((p) => p.f.value), toDec(Number(m[1]), 0)]);
  return cmpDec(sum, g.whole.f.value) === 0 ? m[0].replace(/^\s*[，,；;]\s*/, '') : null;
}

/** A reading with its items written without their counter (bareItems), or null when it has none. */
export function withBareItems(g: PartsGroup): PartsGroup | null {
  const bare = bareItems(g);
  if (bare.length === 0) return null;
  const s = g.parts[0]!.s;
  return { ...g, parts: [...g.parts, ...bare.map((f) => ({ s, f }))].sort((a, b) => a.f.start - b.f.start) };
}

/**
 * A figure alone in a bracket right after an item's figure, less than it: "包括自然人申请15件（市发展改革委
 * 转办1件），法人或其他组织申请1件" (hunt35: a real 2024 district commission's list of 16, read as 17 with
 * the bracket's 1 summed in). A reader takes such a note for part of the item it follows, as a "（其中…）"
 * would say (parts-sum.ts leaves out only brackets that open on 含/其中 or hold a breakdown adding up to
 * the item, or "各"). The list is read without them too, after the other readings: a pass where it adds
 * up so, and where it adds up neither way the reading with them decides, as before.
 */
function notesOnItems(g: PartsGroup): At[] {
  return g.parts.filter((p, k) => {
    const prev = g.parts[k - 1];
    if (!prev || p.f.paren === null || prev.s !== p.s || prev.f.paren !== null) return false;
    const open = /^[^\s，,；;。、（(\d]{0,3}[（(]/.exec(p.s.text.slice(prev.f.end));
    if (!open) return false;
    const at = prev.f.end + open[0].length;
    const close = closeParen(p.s.text, at);
    const inside = p.s.figures.filter((f) => f.start >= at && f.end <= close);
    return inside.length === 1 && inside[0] === p.f && cmpDec(p.f.value, prev.f.value) < 0;
  });
}

/** A reading of g without the notes on its items (notesOnItems), or null when it has none. */
export function withoutNotes(g: PartsGroup): PartsGroup | null {
  const notes = notesOnItems(g);
  if (notes.length === 0) return null;
  const parts = g.parts.filter((p) => !notes.includes(p));
  return parts.length < 2 ? null : { ...g, parts };
}

/**
 * The applicants the law names, all of them: 公民、法人或者其他组织 (条例 第二十七条). A list that names
 * each once ("其中公民申请30件，法人申请5件，其他组织申请1件", "自然人30件，法人和其他组织6件") covers
 * every applicant, as a list closed by 其他 does (hunt32: a real report's carried-over list, left
 * open as 其他组织 is no 其他 item: CLOSING_ITEM). Not "公民30件，其他组织2件": 法人 is left out,
 * perhaps at 0, perhaps not; nor a list with kinds of 法人 (企业, 社会组织) beside them.
 */
const APPLICANT_KINDS: readonly [string, RegExp][] = [
  ['natural', /^(?:自然人|公民|个人)(?:申请)?$/],
  ['legal', /^法人(?:申请)?$/],
  ['other', /^其[他它]组织(?:申请)?$/],
  ['legal+other', /^法人(?:和|及|与|、|或|或者|以及)其[他它]组织(?:申请)?$/],
];

export function namesEveryApplicant(g: PartsGroup): boolean {
  return everyApplicantNamed(g.parts.map((p) => p.f.label));
}

/** The same test on items' words (a list's labels, or share-totals.ts's words before 占). */
export function everyApplicantNamed(items: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const w of items) {
    const label = w.replace(LIST_LEAD, '').replace(/^(?:来自|由)/, '').replace(/(?:提出|提交|的)+(?:申请)?$/, '');
    const kind = APPLICANT_KINDS.find(([, re]) => re.test(label))?.[0];
    if (!kind) return false;
    for (const k of kind.split('+')) {
      if (seen.has(k)) return false;
      seen.add(k);
    }
  }
  return seen.size === 3;
}

/**
 * Items of a list written as round figures, "1600余件", "近300条", "约2万人" (figures-in-text.ts
 * approx): no figure to add, so parts-sum.ts leaves them out, and the list read without them was an
 * error for being short of its whole (recall34: "其中网上申请1600余件，信函申请300件，其他100件" of
 * 2000, read as 400). Such a list is no closed sum: a skip, or a pass where one item alone is round,
 * written as a lower bound (余/多/以上), and the whole less the other items is that item as written
 * ("1600余件" for 1600 to 1699: roundItemFits). Those of the parts' sentence between the whole (or
 * the sentence's start) and the last part, of the whole's unit; never a change or a share.
 */
export function roundItems(g: PartsGroup): TextFigure[] {
  const first = g.parts[0];
  const last = g.parts[g.parts.length - 1];
  if (!first || !last || g.parts.some((p) => p.s !== first.s)) return [];
  const s = first.s;
  const whole = g.whole;
  const before = whole.s === s && whole.f.start < first.f.start;
  const lo = before ? whole.f.end : g.shape === 'trailing' ? clauseStart(s.text, first.f.start) : 0;
  const hi = whole.s === s && whole.f.start > last.f.end ? whole.f.start : last.f.end;
  return s.figures.filter((f) => f.approx && f.start >= lo && f.end <= hi && f !== whole.f && f.unit === whole.f.unit && f.change === null && !f.share && !inSubsetParen(f));
}

/** A round item written as a lower bound: "1600余件", "300多条", "2万余人", "500件以上", "超过300件", "逾300件". */
function lowerBound(s: SentenceFigures, f: TextFigure): boolean {
  return /余|多|以上/.test(f.raw) || /^\s*以上/.test(s.text.slice(f.end)) || /(?:超过|逾)$/.test(f.label);
}

/**
 * The whole less the list's other items, as the one round item written as a lower bound: 1600 to
 * 1699 for "1600余件" (the place of its last digit that is not 0 says how far it may run), or null.
 */
export function roundItemFits(g: PartsGroup, item: TextFigure): string | null {
  if (!lowerBound(g.parts[0]!.s, item)) return null;
  const rest = subDec(g.whole.f.value, sumDec(g.parts.map((p) => p.f.value)));
  const digits = item.value.n.toString().replace(/0+$/, '');
  const step = 10n ** BigInt(item.value.n.toString().length - digits.length);
  const lo = item.value;
  const hi = { n: item.value.n + step, d: item.value.d };
  if (g.whole.f.approx || g.whole.f.ulp || cmpDec(rest, lo) < 0 || cmpDec(rest, hi) >= 0) return null;
  return `${g.whole.f.raw} − (${describeParts(g.parts)}) = ${formatDec(rest)}${g.whole.f.unit}，与“${roundText(item)}”相符`;
}

/** A round figure as the text writes it, its word before it too: "约300件", "1600余件". */
export function roundText(f: TextFigure): string {
  return `${/(?:近|约|大约|将近|超过|逾|不足|不到)$/.exec(f.label)?.[0] ?? ''}${f.raw}`;
}
