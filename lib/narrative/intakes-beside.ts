/**
 * Two intakes of applications in one sentence, read against table 三's 新收 (rule text.vs-table; fix86, session 61, the two
 * fix82 left pinned):
 * - a whole of every kind of request, then the applications' own 新收 named explicitly after it: "全年共受理各类申请1260件，新收
 *   政府信息公开申请62件，上年结转4件…" — the 1260 is another whole (a hall's, of which the applications are one kind), not the
 *   新收 (62:1260 was an error). Not where a 其中 comes between (the 62 a part of the 1260: claim-scope.ts mixedWhole compares
 *   it in the whole's stead, recall49), nor where nothing names the applications after it ("本年度共受理各类申请100件。" is
 *   still compared: the words may mean ours);
 * - one more intake beside the 新收 that, added, gives the table's figure: "全年经12345热线收到申请10件，新收政府信息公开
 *   申请52件，…" with table 三's 新收 62 — the author may count the hotline's 10 beside the 52 (10 + 52 = 62): a pass that
 *   says the sum it read; where no sum gives the table's figure ("…新收政府信息公开申请50件…"), the error stands.
 */
import { compare, type VsTableInput } from './vs-table-compare.ts';
import { isCount, semicolonClauseStart, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { clauseStart, shownOf } from './quote.ts';
import { lastMark } from '../text/marks.ts';
import { cmpDec, formatDec, sumDec } from './decimal.ts';
import { part, restated } from './note-words.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { APPLY_MEASURES, pickMeasureAt, type Measure } from './measures.ts';
import { OTHER_WORK_BEFORE } from './claim-scope.ts';
import { ALL_KINDS, appsTopicBefore } from './flow-apps-intake.ts';
import { nextBlock } from './next-block.ts';

/** The applications named: "政府信息公开", "依申请公开", "申请公开政府信息". */
const APPS = /政府信息公开|依申请公开|申请公开/;
/** The applications' own intake, named after its verb: "新收政府信息公开申请", "收到依申请公开申请", "受理政府信息公开申请". */
const APPS_INTAKE = /(?:新收|收到|受理|接收|接到)(?:了)?(?:各类)?(?:的)?(?:政府信息公开|依申请公开)(?:的)?(?:申请)?\s*$/;
/** Or named with no verb, the clause the applications alone ("，政府信息公开申请62件", rt86), or a bare 申请 under their topic lead ("依申请公开方面，新收申请62件"). */
const APPS_BARE = /^\s*(?:政府信息公开|依申请公开)(?:的)?申请\s*$/;
const BARE_INTAKE = /(?:新收|收到|受理|接收|接到)(?:了)?申请\s*$/;
/** The text after its last ；or 。: a 其中 before them is another list's ("受理各类申请1260件，其中行政许可申请1198件；新收…", rt86). */
const lastClause = (t: string): string => t.slice(lastMark(t, '；;。') + 1);
/** The applications' own intake named: the count's clause names them after a verb, alone, or by a topic lead. */
const appsIntakeAt = (t: SentenceFigures, g: TextFigure): boolean => {
  if (g.unit !== '件' || !isCount(g) || g.paren !== null) return false;
  const words = clauseOf(t, g);
  return (words.includes('公开') && (APPS_INTAKE.test(words) || APPS_BARE.test(words))) || (BARE_INTAKE.test(words) && appsTopicBefore(t.text, g.start));
};

const clauseOf = (s: SentenceFigures, f: TextFigure): string => s.text.slice(clauseStart(s.text, f.start), f.start);

/**
 * The figure's clause is a whole of every kind of request, and a later count of its paragraph (in its sentence, or a later
 * sentence) is the applications' intake named explicitly, with no 其中 between.
 */
export function everyKindBesideApps(sentences: readonly SentenceFigures[], i: number, f: TextFigure, clause: string): boolean {
  if (!ALL_KINDS.test(clause) || APPS.test(clause)) return false;
  const s = sentences[i]!;
  if (s.figures.some((g) => g.start > f.end && appsIntakeAt(s, g) && !/其中/.test(lastClause(s.text.slice(f.end, g.start))))) return true;
  for (let k = i + 1; k < sentences.length && sentences[k]!.para === s.para; k++) {
    const t = sentences[k]!;
    if (t.figures.some((g) => appsIntakeAt(t, g) && !/其中/.test(lastClause(t.text.slice(0, g.start))))) return true;
  }
  return false;
}

/** A ；-clause stating the applications' intake anew, its verb first (past a ；, the year may lead: "；全年新收…", txt90): "；接到政府信息公开申请62件" (a 其中 list before the ； may have ended there). */
const APPS_ANEW = /^\s*(?:新收|收到|受理|接收|接到)(?:了)?(?:的)?(?:政府信息公开|依申请公开)(?:的)?申请\s*$/;

/** Is the count the applications' intake, its ；-clause opening on it (no part of a 其中 list before the ；, rt88)? */
export function appsStatedAnew(s: SentenceFigures, f: TextFigure): boolean {
  // (but not a part said after it: "；全年收到政府信息公开申请4件为法人或其他组织提出", "…14件系信函", rt91)
  // (words about the whole are none: "64件为历年最多", "…是上年的两倍", "…由办公室统一登记", rt92 — each a wrong 新收 passed over)
  const after = s.text.slice(f.end);
  if (PART_AFTER.test(after) && !OF_THE_WHOLE.test(after)) return false;
  const at = semicolonClauseStart(s.text, f.start);
  const words = s.text.slice(at, f.start);
  // (the year first, past a ；only: "…其中政府信息公开申请9件；全年新收…申请64件" — at the sentence's start it may be a part of a 共 after it, rt88)
  return APPS_ANEW.test(at > 0 ? words.replace(YEAR_LEAD, '') : words);
}
/** Words right after a count saying what kind they are: a part of the intake, not it ("均为自然人申请" after it is all of it). */
const PART_AFTER = /^\s*(?:为|系|是|属于?|由|来自|通过)/;
/** …but a comparison with other years, a record, or who registered them: "为历年最多", "系近五年最多", "是上年的两倍", "由办公室统一登记" (not "为上年结转", "为去年提出的"). */
const OF_THE_WHOLE = /^\s*(?:(?:为|系|是|属于?)[^，,；;。]{0,12}?(?:历年|历史|近年|近\d+年|近[一二三四五六七八九十两]+年|往年|首次|最多|最少|最高|最低|新高|之最|峰值|倍)|由[^，,；;。]{0,10}(?:登记|受理|办理|承办|负责|统一|集中|分办|转办|答复|处理))/;
const YEAR_LEAD = /^\s*(?:全年|本年度?|今年|年内)(?:共|累计)?/;

/** A 其中 whose item is the applications named, alone or after their verb: "，其中依申请公开", "；其中，新收政府信息公开申请", "其中政府信息公开申请办结". */
const APPS_ITEM = /其中[，,：:]?\s*(?:新收|收到|受理|接收|接到)?(?:了)?(?:的)?(?:政府信息公开|依申请公开)(?:的)?(?:申请)?(?:事项)?(?:共|为|办结|已办结)?\s*$/;

/** The count after a whole of every kind, in its sentence, that is the applications as a 其中 item of it, or undefined. */
function appsItemAfter(s: SentenceFigures, whole: TextFigure): TextFigure | undefined {
  return s.figures.find((g) => g.start > whole.end && g.unit === whole.unit && isCount(g) && g.paren === null
    && APPS_ITEM.test(s.text.slice(Math.max(whole.end, s.text.lastIndexOf('其中', g.start)), g.start)));
}

/**
 * A whole of every kind whose 其中 names the applications as one kind of it (rt88): "全年共受理各类申请1260件；其中新收政府信息公开
 * 申请62件，…", "…1260件，其中依申请公开62件，上年结转4件…", "…1260件，办结1250件，其中政府信息公开申请办结63件" — the 1260 is no
 * 新收 (62:1260 was an error; a 其中 beside other work is claim-scope.ts mixedWhole's, called before). The item right after the whole
 * (no figure between) is compared in its stead, with its own row or the whole's (`ownParts`, as mixedWhole does).
 */
export function everyKindOverApps(s: SentenceFigures, f: TextFigure, clause: string, ownParts: Map<TextFigure, Measure> | null): boolean {
  if (!ALL_KINDS.test(clause) || APPS.test(clause)) return false;
  const item = appsItemAfter(s, f);
  if (!item) return false;
  const measure = pickMeasureAt(clause, APPLY_MEASURES)?.measure;
  if (ownParts && measure && !ownParts.has(item) && !s.figures.some((g) => g.start > f.end && g.end <= item.start)) ownParts.set(item, measure);
  return true;
}

/**
 * The count is that whole's own other term, in its ；-clause before the applications' intake: "全年共受理各类申请1260件，办结1250件；
 * 新收政府信息公开申请62件，…办结63件" — the 1250 is the hall's 办结, not table 三's (rt86: 63:1250 was an error).
 */
export function ofEveryKindWhole(sentences: readonly SentenceFigures[], i: number, f: TextFigure, clause: string): boolean {
  const s = sentences[i]!;
  if (APPS.test(clause) || appsIntakeAt(s, f)) return false;
  const whole = s.figures.find((g) => g.end <= f.start && ALL_KINDS.test(clauseOf(s, g)) && !/[；;]|其中/.test(s.text.slice(g.end, f.start)));
  if (!whole || !(everyKindBesideApps(sentences, i, whole, clauseOf(s, whole)) || (!APPS.test(clauseOf(s, whole)) && appsItemAfter(s, whole)))) return false;
  // (the applications' intake not between them: after it, the terms are theirs)
  return !s.figures.some((g) => g.start > whole.end && g.end <= f.start && appsIntakeAt(s, g));
}

/** Another intake of applications: its clause names 申请 after a verb of receiving, or a way of applying ("网上申请", "信函申请"). */
const INTAKE = /(?:收到|受理|接收|接到|转来|转办|转送|转交|新收)[^，,；;。\d]{0,12}申请|申请[^，,；;。\d]{0,3}公开政府信息|(?:网上|在线|网络|当面|现场|窗口|信函|邮寄|传真|来信)申请/;
/**
 * Said to come beside the count before it: "另有…", "此外，…", "还通过…", "另外…", "除此以外" (after the 新收, an intake without them
 * may be among it: "其中"-less channels, rt86) — in the words since the figure before the intake, and as those words, not 另/还/以外 in
 * others: "除当面提交申请12件以外，通过网上平台收到申请50件", "较上年还增加8件，", "需另行制作…的4件，", "另有上年结转4件，" (rt88: a
 * wrong 新收 12 + 50 passed as the table's 62).
 */
const BESIDE = /另有|另外(?!一?方面)|另(?:通过|经|收到|接收|接到|由)|此外|除此(?:以|之)外|(?<![归偿退交返])还(?:有|通过|经|收到|接收|接到|另|受理)|加上/;
/** Or a clause of the word alone just before the intake's: "此外，通过信函收到申请10件". */
const BESIDE_ALONE = /^\s*(?:另外|此外|除此(?:以|之)外)\s*$/;
/**
 * The words say it, in the intake's own clause or a clause of the word alone before it — not a clause before about something
 * else ("答复文书统一加上标题和文号，通过网上平台收到申请48件" is among the 新收), nor "另外一方面" (on the other hand; rt89).
 */
const saidBeside = (words: string): boolean => {
  const parts = words.split(/[，,；;]/);
  return BESIDE.test(parts[parts.length - 1]!) || (parts.length > 1 && BESIDE_ALONE.test(parts[parts.length - 2]!));
};
/** Not another intake: a flow's other terms, results, other years, other work, or a part. */
const NOT_INTAKE = /结转|办结|答复|办理|予以|不予|撤回|撤销|复议|诉讼|上年|去年|以前|其中|含|包括|累计|截至|[省市县区]级|全[省市县区]|各级/;

/**
 * The count compared with table 三's 新收, that failed: with one more intake of the sentence (or all of them), not of its
 * clause, with no 其中 between, or of the sentence beside it (`across`, intakeAcross), a sum that passes — the pass, quoting
 * both and saying the sum; else null. A sum with the sentence beside's is a loose fit (rt92): the `failed` comparison's finding
 * as a warning that says the sum and the other sentence's words, never a pass.
 */
export function intakeBesideSum(s: SentenceFigures, f: TextFigure, measure: Measure, input: VsTableInput, across: readonly Across[] = [], failed: ClaimOutcome | null = null): ClaimOutcome | null {
  if (measure.id !== 'new' && measure.id !== 'received') return null;
  const inS = s.figures.filter((g) => {
    if (g === f || g.unit !== f.unit || !isCount(g) || g.paren !== null || g.approx) return false;
    const words = clauseOf(s, g);
    if (!INTAKE.test(words) || NOT_INTAKE.test(words) || OTHER_WORK_BEFORE.test(words)) return false;
    const [a, b] = g.start < f.start ? [g, f] : [f, g];
    if (clauseStart(s.text, b.start) < a.end || /其中/.test(s.text.slice(a.end, b.start))) return false;
    // (after the count, only an intake said to be beside it: "新收…62件，通过网上平台收到申请50件，占80.6%" is among the 62 — rt86)
    const since = s.figures.filter((x) => x.end <= g.start).pop() ?? f;
    return g.start < f.start || saidBeside(s.text.slice(Math.max(f.end, since.end), g.start));
  });
  // (in the order the page has them: a sentence before's first, one after's last)
  const place = new Map<TextFigure, number>([...inS, f].map((x) => [x, x.start]));
  for (const a of across) if (a.g.unit === f.unit) place.set(a.g, a.before ? -1 : Infinity);
  const others = [...place.keys()].filter((x) => x !== f);
  const tries = others.length > 1 ? [...others.map((g) => [g]), others] : others.map((g) => [g]);
  for (const gs of tries) {
    const all = [...gs, f].sort((a, b) => place.get(a)! - place.get(b)!);
    const value = sumDec(all.map((x) => x.value));
    if (cmpDec(value, f.value) === 0) continue;
    const raw = all.map((x) => x.raw).join('+');
    const own = all.filter((x) => x === f || inS.includes(x));
    const quote = shownOf(s).slice(clauseStart(s.text, own[0]!.start), own[own.length - 1]!.end).trim();
    const o = compare(measure, { raw, value, ulp: f.ulp }, quote, input);
    if (o.check.outcome !== 'pass') continue;
    // (a sum across the 。 is a loose fit, rt92 — the lead's issue #3: a warning that says the sum, never a pass nor an error)
    const a = across.find((x) => gs.includes(x.g));
    if (!a) return o;
    if (!failed?.finding) continue;
    return {
      check: { ...failed.check, detail: `${failed.check.detail}；${o.check.detail}（${a.g.raw}是${a.before ? '前' : '后'}一句另写的申请，跨句相加，只作提示）` },
      finding: { ...restated(failed.finding, 'across', part(a.before ? 'sentBefore' : 'sentAfter'), a.words, formatDec(value)), severity: 'warning' },
    };
  }
  return null;
}

/** An intake of a sentence beside the count's, before or after it, and its clause as the page shows it. */
export interface Across { g: TextFigure; before: boolean; words: string }

/** Words of the count's own sentence, before it, that put it among another: "其中新收…", "含…", "包括…". */
const AMONG = /其中|含|包括|在内|累计|合计|总计|共计|总数/;

/**
 * Words of the other sentence, before its count, that make its intake no applications the 新收 may lack (rt91: each summed by
 * chance, 10 + 52 = 62, a wrong 新收 passed): other work or talk (咨询, 信访, 举报, 投诉, 留言, a hall's or 办事 applications not
 * named as ours), the same applications again (补正, 重复), a part of the year (上半年, 第一季度, 3月), sent out (向…转送, 转交其他…),
 * among the year's ("全年收到的申请中，…"). 申请人 is no 申请 ("收到申请人补正材料10件", "接到申请人电话咨询10件").
 */
const NOT_BESIDE = /咨询|信访|举报|投诉|留言|补正|重复|[上下]半年|季度|(?:\d+|[一二三四五六七八九十]+)月(?!\d+日)|向[^，,；;。]*(?:转送|转交|移送)|(?:转送|转交|移送)(?:至|到|给)?(?:其他|有关|相关|[省市县区])|中[，,：:]|前年/;
const HALL = /政务服务|办事|大厅|许可/;
/** Another body's own intake, before its verb ("区政府办公室全年收到…申请10件"); 本局/我局 are the report's, a body forwarding to it is not its own intake ("区政府转来申请10件"). */
const OTHER_BODY = /(?<![本我该])(?:政府(?!门户|网站|网|信箱|热线|平台|服务)|办公室|办公厅|部门|单位|机关)[^，,；;。\d]{0,8}(?:收到|受理|接收|接到|新收)/;
/** Words after the other sentence's count putting it among the 新收 or out of the statistics: "已计入新收", "未纳入统计", "均计入". */
const COUNTED_OR_NOT = /[计纳列算]入|在内|统计/;
/** The years named in the words, as numbers. */
const yearsIn = (t: string): number[] => [...t.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));

/**
 * One intake of applications in the sentence right before the count's, in its paragraph (txt90: rt86 left "全年经12345热线收到申请
 * 10件。新收政府信息公开申请52件，上年结转4件，…" — 62:52 with the tables, 56:66 without): the rule of an intake before the 新收 in
 * its own sentence (intakeBesideSum), over the 。 — the 10 may be beside the 52. Or one in the sentence right after, said to be beside
 * it ("…52件。此外，经12345热线转来申请10件。"). Only where that sentence counts nothing else in the unit, its intake is not a whole
 * (共/累计/合计…), and nothing puts the count among it (其中/含/包括 before the count in its sentence); nor another year's, another
 * body's or other work's (NOT_BESIDE, OTHER_BODY, rt91). The sentence before may end the paragraph before on a ，(a sentence wrapped
 * over two <p>s, rt91), or be the very block before, as the sentence after may be the very block after (txt93). [] when none.
 */
export function intakeAcross(prev: SentenceFigures | null | undefined, s: SentenceFigures, f: TextFigure, next?: SentenceFigures | null, year: number | null = null): Across[] {
  if (AMONG.test(s.text.slice(0, f.start))) return [];
  const one = (t: SentenceFigures | null | undefined, before: boolean): Across[] => {
    // (or the very next block's, across a <br> or a new <p> after a 。: read as in one paragraph, a warning too — txt93, next-block.ts)
    if (!t || !(t.para === s.para || (before ? t.para === s.para - 1 && (/[，,]\s*$/.test(t.text) || nextBlock(t, s)) : nextBlock(s, t)))) return [];
    const counts = t.figures.filter((g) => g.unit === f.unit && isCount(g));
    const g = counts.length === 1 ? counts[0]! : null;
    if (!g || g.paren !== null || g.approx) return [];
    const words = clauseOf(t, g);
    if (!INTAKE.test(words.replace(/申请人/g, '')) || NOT_INTAKE.test(words) || OTHER_WORK_BEFORE.test(words) || AMONG.test(words) || /共|总/.test(words)) return [];
    const upTo = t.text.slice(0, g.start);
    if (NOT_BESIDE.test(upTo) || AMONG.test(upTo) || (HALL.test(upTo) && !APPS.test(upTo)) || OTHER_BODY.test(upTo) || COUNTED_OR_NOT.test(t.text.slice(g.end))) return [];
    // (another year's: "2023年收到申请10件。2024年新收…" — a year not the report's, or, that not known, not the count's sentence's)
    const own = year !== null ? [year] : yearsIn(s.text);
    if (yearsIn(upTo).some((y) => !own.includes(y)) && (year !== null || own.length > 0)) return [];
    // (after the count, only one said to be beside it, as in its own sentence)
    if (!before && !saidBeside(upTo)) return [];
    return [{ g, before, words: shownOf(t).slice(clauseStart(t.text, g.start), g.end).trim() }];
  };
  return [...one(prev, true), ...one(next, false)];
}
