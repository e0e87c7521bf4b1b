/**
 * The text's findings as codes with their figures (en61b), and their Chinese words: the batch checker and
 * the Chinese panel say them as the core always has (the finding's message is these words rendered); the
 * panel in another language words them from the code through its locale files (components/text-finding-words.ts),
 * as the map's notes are (lib/map/note-words.ts). A note is a tree: an argument may be a part of its own
 * (a table's label, a trailing clause, a list), rendered by the same table of words, so that a sentence built
 * of clauses is coded clause by clause. The page's words (the claim as quoted, a figure as printed with its
 * counter) are arguments, shown as the page wrote them.
 */
import type { Finding, NoteArg, NotePart } from '../types.ts';
import { moreWords } from './note-words-more.ts';
import { skipWords } from './note-words-skips.ts';

type W = (...a: string[]) => string;
const drop = (s: string): string => s.replace(/。$/, '');

/**
 * Each code's Chinese words from its arguments (each rendered: a part to its words, a number to its digits). Built on
 * first use (WORDS()): the lens carries this module to every report page for table-suspects.ts, whose tables' stage
 * seldom says a text finding; the table's ~280 closures and two spreads were ~0.5 ms of the lens's top level (perf62).
 */
const buildWords = () => ({
  // a label of a shape labelPart does not know, said as the core built it: a note holding one is left off (said)
  raw: (s) => s,
  // tables, and the labels of their figures (measures.ts's Reading.label and the like, parsed by labelPart)
  t2: () => '表二',
  t3: () => '表三',
  t4: () => '表四',
  cell: (t, a) => `${t}“${a}”`,
  cellOf: (t, a, b) => `${t}“${a}”的“${b}”`,
  // a cell named as the table checks name it (lib/rules/names.ts t3CellWords: 表三「（三）不予公开1.属于国家秘密」, en105)
  cellNamed: (t, a) => `${t}「${a}」`,
  cellSum: (t, a, b) => `${t}“${a}”与“${b}”之和`,
  cellMinus: (t, a, b) => `${t}“${a}”减“${b}”`,
  cellSumOf: (t, a, b, c) => `${t}“${a}”与“${b}”的“${c}”`,
  cellOfMinus: (t, a, b, c) => `${t}“${a}”的“${b}”减“${c}”`,
  cellMinusBoth: (t, a, b, c) => `${t}“${a}”减“${b}”与“${c}”`,
  orgs: (a) => `表三“${a}”的法人或其他组织（五列之和）`,
  orgsRest: (a) => `表三“${a}”的法人或其他组织（除已列各类）`,
  review: (a) => `表四行政复议“${a}”`,
  reviewMinus: (a, b) => `表四行政复议“${a}”减“${b}”`,
  suits: (a) => `表四两类行政诉讼“${a}”之和`,
  suitsMinus: (a, b) => `表四两类行政诉讼“${a}”减“${b}”之和`,
  reviewAndSuits: (a) => `表四复议与诉讼“${a}”之和`,
  reviewAndSuitsMinus: (a, b) => `表四复议与诉讼“${a}”减“${b}”之和`,
  // lists
  plus: (...xs) => xs.join('+'),
  semis: (...xs) => xs.join('；'),
  // the text against the tables (vs-table-compare.ts): [quote, label, the table's figure, the other readings ('' or alsoNot)]
  vsTable: (q, label, n, alt) => `正文称${q}，${label}为${n}件${alt}。`,
  alsoNot: (list) => `（${list}，亦不相符）`,
  reading: (label, v) => `${label} ${v}`,
  vsLoose: (q, label, n, loose) => `正文称${q}，与${label}（${n}件）不符，只与${loose}相合。`,
  vsFixed: (q, label, was, should) => `正文称${q}，${label}为${was}件；但与表格核对推算出的应有数值（${should}件）相符：表格核对已指出该格有误，出错的更可能是表格，而非正文。`,
  vsBlankTotal: (q, label, n) => `正文称${q}，与${label}不符：表中该处总计未填，按其各分项相加为${n}件。`,
  vsNoTotalColumn: (q, label, n) => `正文称${q}，与${label}不符：表三没有总计列，按各类申请人相加为${n}件。`,
  // text-vs-table2.ts: [quote, its figure in 万元 ('' when the quote says 万元), label, the table's figure]
  vsTable2Money: (q, wan, label, cell) => `正文称${q}${wan}，${label}为${cell}（按万元或按元计都不相符）。`,
  wan: (n) => `（${n}万元）`,
  // clauses said after a finding's sentence (table-suspects.ts, case-result-claims.ts, text-vs-table.ts): [the finding]
  suspectCell: (f, n) => `${drop(f)}；但与表格核对推算出的应有数值（${n}件）相符：表格核对已指出该格有误，出错的更可能是表格，而非正文。`,
  suspectTotal: (f, n) => `${drop(f)}；但与表中该“总计”各分项之和（${n}件）相符：表格核对已指出该“总计”与其分项不符，出错的更可能是表中的总计，而非正文。`,
  sinceYearEnd: (f) => `${f}（表四的“尚未审结”是年末仍在审理的案件；若正文说的是报告编写时已审结，两者并不矛盾）`,
  levelTable: (f) => `${f}（所比较的是页面上标明本级的表三。）`,
  // other-year-table.ts: a figure of another year the sentence names, against the page's table 三 of that year [the finding, the year]
  yearTable: (f, y) => `${drop(f)}（所比较的是页面上标明${y}年的表三）。`,
  // …and the part the sentence names (other-scope.ts: "…45件，其中区政府本级17件" against 42): [the finding, the part's words]
  partAlsoNot: (f, words) => `${f}“${words}”与表格亦不相符。`,
  // a list against its whole (parts-judge.ts): [whole, parts (plus), their sum, the whole's counter]
  partsTotal: (whole, parts, sum, unit) => `正文称总数为${whole}，但所列各项${parts}合计${sum}${unit}。`,
  partOver: (whole, part) => `正文称总数为${whole}，但其中一项就有${part}，多于总数。`,
  // …a whole the text gives as two figures (cases-both.ts' 复议 and 诉讼, "3件+2件"): [the figures (and), what they make, counter, …]
  partsTotalOf: (items, whole, unit, parts, sum) => `正文称${items}共${whole}${unit}，但其中所列各项${parts}合计${sum}${unit}。`,
  partOverOf: (items, whole, unit, part) => `正文称${items}共${whole}${unit}，但其中一项就有${part}，多于总数。`,
  and: (...xs) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join('、')}与${xs[xs.length - 1]}`),
  // parts-judge.ts checkRemainders: [the whole with its words, the part taken out with its, the rest's words, what it makes, counter, the rest as printed]
  remainder: (a, b, label, x, unit, c) => `正文称${a}、${b}，则${label}应为${x}${unit}，正文写作${c}。`,
  // shares.ts: [part, share, whole, the share it makes]
  share: (part, share, whole, should) => `正文称${part}占${share}，按总数${whole}计算应为${should}%。`,
  shareWhy: (part, share, whole, should, why) => `正文称${part}占${share}，按总数${whole}计算应为${should}%（${why}）。`,
  // share-approx.ts: [part, share, the whole as printed (约/余/近…), the range of shares its words allow]
  shareApprox: (part, share, whole, span) => `正文称${part}占${share}，总数${whole}是约数，按其字面可能的范围计算应在${span}之间。`,
  whySum: (whole) => `同句所列各数之和正是${whole}，其他各项的占比也都按${whole}计算`,
  whyDivides: (whole) => `本句所分各数之和正是前文的${whole}`,
  whyShares: (whole) => `同句其他各项的占比都按${whole}计算，各占比合计为100%`,
  // year-on-year.ts: a growth in per cent [this year's, the change's word, the change, base, rise/fall, what it makes]
  yoyPct: (cur, change, pct, base, dir, exp) => `正文称${cur}${change}${pct}，按${base}计算应为${dir}${exp}%。`,
  yoyPctRounded: (cur, change, pct, base, dir, exp) => `正文称${cur}${change}${pct}，按${base}计算约为${dir}${exp}%；万、亿数按末位前后各差1计算，也得不出${pct}。`,
  lastYear: (v) => `上年${v}`,
  inYear: (y, v) => `${y}年${v}`,
  rise: () => '增长',
  fall: () => '下降',
  more: () => '增加',
  fewer: () => '减少',
  up: () => '提高',
  down: () => '下降',
  // …an amount [this year's label and figure, what the text says of the change, more/fewer, the difference, unit]
  yoyAmount: (cur, said, dir, n, unit) => `正文称${cur}，${said}；实际${dir}${n}${unit}。`,
  yoyAmountRounded: (cur, said, dir, n, unit, amount) => `正文称${cur}，${said}；实际约${dir}${n}${unit}，万、亿数按末位前后各差1计算，也得不出${amount}。`,
  // percentage-points.ts: [rate's name and figure, than when (year or lastYearWord), last year's rate, verb, points, gap, up/down]
  points: (cur, than, prev, verb, points, gap, dir) => `正文称${cur}，较${than}${prev}${verb}${points}；两者相差${gap}个百分点，应为${dir}${gap}个百分点。`,
  pointsFrom: (cur, than, verb, points, part, whole, last, dir, diff) => `正文称${cur}，较${than}${verb}${points}；上年${part} ÷ ${whole}为${last}%，应为${dir}${diff}个百分点。`,
  year: (y) => `${y}年`,
  lastYearWord: () => '上年',
  // completion-rate.ts: [the rate's word, the rate, how it was worked out (a formula below), what it makes]
  completion: (kind, rate, formula, x) => `正文称${kind}${rate}，按${formula}计算应为${x}%。`,
  div: (a, b) => `${a} ÷ ${b}`,
  divSum: (a, b, c) => `${a} ÷ (${b} + ${c})`,
  openDiv: (b, x) => `(${b} − ${x}) ÷ ${b}`,
  openDivSum: (b, c, x) => `(${b} + ${c} − ${x}) ÷ (${b} + ${c})`,
  t3Div: (p, n) => `表三办结${p}件 ÷ 新收${n}件`,
  t3DivSum: (p, n, c) => `表三办结${p}件 ÷ (新收${n}件 + 上年结转${c}件)`,
  t3DivDone: (p, f) => `表三办结${p}件 ÷ (办结${p}件 + 结转下年度${f}件)`,
  // correction-rate.ts, verb-rate.ts, disclosure-rate.ts: [the whole, the part, the rate, what the two make]
  correctionRate: (whole, part, rate, x) => `正文称${whole}中纠正${part}、纠正率${rate}，按这两个数计算应为${x}%。`,
  verbRate: (whole, kind, part, rate, x) => `正文称${whole}中${kind}${part}、${kind}率${rate}，按这两个数计算应为${x}%。`,
  disclosureJoined: (granted, rate, whole, x) => `正文称予以公开和部分公开${granted}、公开率${rate}，按${whole}计算应为${x}%（以新收等为基数亦不相符）。`,
  disclosure: (granted, rate, whole, x) => `正文称予以公开${granted}、公开率${rate}，按${whole}计算应为${x}%（计入部分公开、以新收为基数亦不相符）。`,
  // multiples.ts: [this year's, the words, (multipleIs or ''), than when (year or lastYearWord), last year's, the ratio]
  multiple: (cur, words, paren, was, old, ratio) => `正文称${cur}“${words}”${paren}，${was}为${old}；${cur} ÷ ${old} = ${ratio}倍。`,
  multipleIs: (was, m) => `（即为${was}的${m}倍）`,
  multipleGrowth: (cur, words, was, m, old, ratio, growth) => `正文称${cur}“${words}”（即为${was}的${m}倍），${was}为${old}；${cur} ÷ ${old} = ${ratio}倍，应为增长${growth}倍。`,
  // products.ts: [per what, rate, count, total, product, unit]
  product: (per, rate, n, total, product, unit) => `正文称每${per}${rate}、${n}共${total}，${n}×${rate}应为${product}${unit}。`,
  // en62's (note-words-more.ts)
  ...moreWords(),
  // en63's: the reasons of the claims not judged (note-words-skips.ts)
  ...skipWords(),
} satisfies Record<string, W>);
type Words = ReturnType<typeof buildWords>;
let wordsTable: Words | null = null;
const WORDS = (): Words => (wordsTable ??= buildWords());

export type TextNoteCode = keyof Words;
/** Every code but raw (the tests ask that each has its words in every language). */
export const textNoteCodes = (): TextNoteCode[] => (Object.keys(WORDS()) as TextNoteCode[]).filter((c) => c !== 'raw');

/** The Chinese words of a note (or of a part of one). */
export function renderTextNote(p: NotePart): string {
  const words = (WORDS() as Record<string, W>)[p.code];
  if (!words) throw new Error(`no words for text note ${p.code}`);
  return words(...p.args.map((a) => (typeof a === 'object' ? renderTextNote(a) : String(a))));
}

/** A part of a note (an argument may be a Raw label: said() then leaves the note off). */
export const part = (code: TextNoteCode, ...args: (NoteArg | Raw)[]): NotePart => ({ code, args: args as NoteArg[] });

/** A finding's sentence: its Chinese words and, when every part of it has a code, the note they come from. */
export interface Said {
  message: string;
  note?: NotePart;
}

/** The sentence of a note; with a raw part (a label labelPart could not read) the note is left off and the Chinese said alone. */
export function said(code: TextNoteCode, ...args: (NoteArg | Raw)[]): Said {
  const raw = args.some(hasRaw);
  const note = part(code, ...args.map(asArg));
  return raw ? { message: renderTextNote(note) } : { message: renderTextNote(note), note };
}

/**
 * A list against its whole (parts-judge.ts): [the whole as printed, its value, its counter, the parts as printed, their sum].
 * A whole the core made of figures the text gives apart ("3件+2件": a 复议's and a 诉讼's count, cases-both.ts) is said as
 * the text gives them, with what they make (ux86's walk: "正文称总数为3件+2件" read as no sentence a reader says).
 */
export function saidPartsTotal(whole: string, value: string, unit: string, parts: readonly string[], sum: string): Said {
  const items = whole.split('+');
  const of = items.length >= 2 ? part('and', ...items) : null;
  if (parts.length === 1) return of ? said('partOverOf', of, value, unit, parts[0]!) : said('partOver', whole, parts[0]!);
  return of ? said('partsTotalOf', of, value, unit, part('plus', ...parts), sum) : said('partsTotal', whole, part('plus', ...parts), sum, unit);
}

/** The core's own Chinese where it has no code (a label of a shape labelPart does not know): said, but no note. */
export interface Raw {
  raw: string;
}
const isRaw = (a: NoteArg | Raw): a is Raw => typeof a === 'object' && 'raw' in a;
function hasRaw(a: NoteArg | Raw): boolean {
  return isRaw(a) || (typeof a === 'object' && a.args.some(hasRaw));
}
function asArg(a: NoteArg | Raw): NoteArg {
  if (isRaw(a)) return { code: 'raw', args: [a.raw] };
  return typeof a === 'object' ? { code: a.code, args: a.args.map(asArg) } : a;
}

/**
 * A finding restated with a clause of the core's after it (code's first argument is the finding's
 * sentence): its note with it, or none when it had none (the message alone then).
 */
export function restated(f: Finding, code: TextNoteCode, ...more: NoteArg[]): Finding {
  const message = (WORDS()[code] as W)(f.message, ...more.map((a) => (typeof a === 'object' ? renderTextNote(a) : String(a))));
  const out: Finding = { ...f, message };
  if (f.note) out.note = part(code, f.note, ...more);
  else delete out.note;
  return out;
}

/**
 * A failed comparison made a skip for a reason said before it ("…（70 ≠ 表三“本年新收” 62）", code's last argument the
 * comparison): its note the reason's with the comparison's, or none where the comparison had none (en105).
 */
export function skipWith<C extends { outcome: string; detail: string; note?: NotePart }>(c: C, code: TextNoteCode, ...args: string[]): C {
  const detail = (WORDS()[code] as W)(...args, c.detail);
  const out: C = { ...c, outcome: 'skip', detail };
  if (c.note) out.note = part(code, ...args, c.note);
  else delete out.note;
  return out;
}

/** A finding whose message a step changed in words no code says: the note is left off, the Chinese shown. */
export function reworded(f: Finding, message: string): Finding {
  const out: Finding = { ...f, message };
  delete out.note;
  return out;
}

const TABLE: Record<string, TextNoteCode> = { 二: 't2', 三: 't3', 四: 't4' };
const Q = '“([^”]+)”';
/**
 * The shapes of the tables' labels the narrative builds (measures.ts, applicant-columns.ts, text-vs-table2.ts, …); built on
 * first use, as the words are (perf62).
 */
type LabelShape = readonly [RegExp, (m: RegExpExecArray) => NotePart];
let labelShapes: readonly LabelShape[] | null = null;
const LABELS = (): readonly LabelShape[] => (labelShapes ??= [
  [new RegExp(`^表([二三四])${Q}$`), (m) => part('cell', part(TABLE[m[1]!]!), m[2]!)],
  [new RegExp(`^表([二三四])${Q}的${Q}$`), (m) => part('cellOf', part(TABLE[m[1]!]!), m[2]!, m[3]!)],
  [/^表([二三四])「([^「」]+)」$/, (m) => part('cellNamed', part(TABLE[m[1]!]!), m[2]!)],
  [new RegExp(`^表([二三四])${Q}与${Q}之和$`), (m) => part('cellSum', part(TABLE[m[1]!]!), m[2]!, m[3]!)],
  [new RegExp(`^表([二三四])${Q}减${Q}$`), (m) => part('cellMinus', part(TABLE[m[1]!]!), m[2]!, m[3]!)],
  [new RegExp(`^表([二三四])${Q}与${Q}的${Q}$`), (m) => part('cellSumOf', part(TABLE[m[1]!]!), m[2]!, m[3]!, m[4]!)],
  [new RegExp(`^表([二三四])${Q}的${Q}减${Q}$`), (m) => part('cellOfMinus', part(TABLE[m[1]!]!), m[2]!, m[3]!, m[4]!)],
  [new RegExp(`^表([二三四])${Q}减${Q}与${Q}$`), (m) => part('cellMinusBoth', part(TABLE[m[1]!]!), m[2]!, m[3]!, m[4]!)],
  [new RegExp(`^表三${Q}的法人或其他组织（五列之和）$`), (m) => part('orgs', m[1]!)],
  [new RegExp(`^表三${Q}的法人或其他组织（除已列各类）$`), (m) => part('orgsRest', m[1]!)],
  [new RegExp(`^表四行政复议${Q}$`), (m) => part('review', m[1]!)],
  [new RegExp(`^表四行政复议${Q}减${Q}$`), (m) => part('reviewMinus', m[1]!, m[2]!)],
  [new RegExp(`^表四两类行政诉讼${Q}之和$`), (m) => part('suits', m[1]!)],
  [new RegExp(`^表四复议与诉讼${Q}之和$`), (m) => part('reviewAndSuits', m[1]!)],
  [new RegExp(`^表四两类行政诉讼${Q}减${Q}之和$`), (m) => part('suitsMinus', m[1]!, m[2]!)],
  [new RegExp(`^表四复议与诉讼${Q}减${Q}之和$`), (m) => part('reviewAndSuitsMinus', m[1]!, m[2]!)],
]);

/**
 * labelPart's answers: the labels are the measures' own, a few dozen (perf58: each failed comparison read every reading's
 * label through the fifteen shapes and rendered it back, and the analysis compares its few figures again and again).
 * Never changed: said() copies a note's parts (asArg), and no step writes into a note.
 */
const labelParts = new Map<string, NotePart | Raw>();

/** A table figure's label as a part, or the label as the core's raw Chinese where its shape is none of those known. */
export function labelPart(label: string): NotePart | Raw {
  let p = labelParts.get(label);
  if (p === undefined) {
    if (labelParts.size >= 1000) labelParts.clear();
    labelParts.set(label, (p = readLabel(label)));
  }
  return p;
}

function readLabel(label: string): NotePart | Raw {
  for (const [re, make] of LABELS()) {
    const m = re.exec(label);
    if (!m) continue;
    const p = make(m);
    if (renderTextNote(p) === label) return p;
  }
  return { raw: label };
}
