/**
 * "按…分：" lists (text.parts-sum; red team 15, the old reports): "全年共受理申请86件。按申请方式分：
 * 当面申请12件，网络申请60件，信函申请14件" — the report divides a count it has just given by one
 * dimension it names (申请方式, 申请人, 内容, 办理结果), so the parts after "按…分：" sum to it.
 *
 * The whole is the count before the first "按…分" of the sentence, or, when the sentence opens on it,
 * of the sentence before (over other "按…分" sentences, which divide the same whole). Read only
 * when every figure of the list is a count of the whole's unit; a list that says it is not all
 * ("主要有…", "…14件等") claims no sum and is not read; one short of its whole may have left an item
 * out (a skip, as every list not closed by an 其他 item). When more than one count stands where the
 * whole is ("受理86件，办结84件。按申请方式分：…"), each is a reading, and a sum none of them fits is a
 * skip, not a finding: which the list divides the text does not say (the trust rule).
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { notThisYears } from './other-year.ts';
import { comparedWith } from './period.ts';
import { topicBefore } from './measures.ts';
import { part } from './note-words.ts';
import { CARRIED_FROM, clauseEnd, clauseStartOf, closesList, dimensionOf, flowTotalOf, LIST_LEAD, wordsAfter, inRespectivelyList, inSubsetParen, partsIn, type PartsGroup } from './parts-sum.ts';

/**
 * "按申请方式分：", "其中，按申请人类型划分，", "按内容分类：", and "从申请渠道看，", "从申请主体来看，"
 * (only a dimension between 从 and 看: "从全市看", "从总体看" name a scope or nothing to divide by),
 * and the year by its parts: "分季度看，第一季度…件，…第四季度…件" (深圳市公安局 2024, red team 23);
 * and a dimension "如下：" ("申请方式如下：", "主要类别如下：": recall37, session 36's hunts), its colon
 * right after it (not "具体情况如下：", which may open anything).
 */
const BY = /(?:其中\s*[，,：:]?\s*)?(?:按(?:照)?[^，,；;。：:\d（）()按]{1,10}?(?:划分|区分|分类|来分|分)(?:来看|看)?|从(?:申请|办理|答复|处理)?(?:方式|渠道|途径|主体|人|人类型|类型|类别|内容|结果)(?:来)?看|分(?:季度|上下半年|半年)(?:来)?看|(?:主要)?(?:申请|办理|答复|处理)?(?:方式|渠道|途径|主体|申请人类型|类型|类别|内容|结果)(?:分别)?如下(?=\s*[：:]))\s*[：:，,]/g;
/** A dimension "如下：" head (BY's last form). */
const AS_FOLLOWS = /如下\s*[：:]$/;
/** A list that says it is not all: "主要有…", "包括…" before it, "等" right after a part. */
const NOT_ALL_LEAD = /主要|包括|以[^，,；;。]{1,6}为主/;
const NOT_ALL_AFTER = /^\s*等/;

interface ByList {
  at: number;
  from: number;
  end: number;
  /** by content ("按申请内容分", "从申请类别看"): one application may touch several of its kinds */
  overlaps: boolean;
}

/** Kinds of content, which may overlap (parts-judge.ts says so of items worded 涉及…). */
const BY_CONTENT = /内容|类别|领域|事项/;

/** byLists' answer per sentence: text-vs-table.ts asks it once per figure (scopedLaterItem), findByDimensionGroups per sentence */
const listsOf = new WeakMap<SentenceFigures, readonly ByList[]>();

/** The "按…分" lists of a sentence: where each opens, where its parts start and end. */
function byLists(s: SentenceFigures): readonly ByList[] {
  let lists = listsOf.get(s);
  if (!lists) listsOf.set(s, (lists = readByLists(s)));
  return lists;
}

function readByLists(s: SentenceFigures): ByList[] {
  // (every form of BY holds one of these: most sentences hold none)
  if (!/按|从|分(?:季度|上下半年|半年)|如下/.test(s.text)) return [];
  const found: { at: number; from: number; overlaps: boolean }[] = [];
  BY.lastIndex = 0;
  for (let m = BY.exec(s.text); m; m = BY.exec(s.text)) {
    // "按时办结", "按规定": 按 (or 从) opening a clause only (the sentence's start or after a mark)
    if (m.index > 0 && !/[，,；;。：:\s]/.test(s.text[m.index - 1] ?? '')) continue;
    found.push({ at: m.index, from: m.index + m[0].length, overlaps: BY_CONTENT.test(m[0]) });
  }
  return found.map((b, k) => ({ ...b, end: Math.min(listEnd(s.text, b.from), found[k + 1]?.at ?? Infinity, furtherFact(s.text, b.from)) }));
}

/**
 * "从办理结果看，2021年予以公开28件；部分公开6件" (rt60): a list run on over ；-clauses (listEnd) says its scope — another
 * year, a part of the body, a region — once, in its first clause; the later items are of that scope too, no figures of
 * the report's table (text-vs-table.ts leaves them unread: a false error 6 ≠ 7 on main). True where `f` is in a later
 * ；-clause of such a run whose first clause names a scope before its first figure.
 */
export function scopedLaterItem(s: SentenceFigures, f: TextFigure, year: number | null): boolean {
  const lists = byLists(s);
  for (const [k, b] of lists.entries()) {
    const first = clauseEnd(s.text, b.from);
    // (past the run too: "2021年予以公开28件" is no ONE_ITEM, its year a figure, so listEnd stops at its ；; the next
    // ；-clause of one item, "部分公开6件", is still the year's)
    if (f.start <= first || f.start >= (lists[k + 1]?.at ?? Infinity)) continue;
    if (!laterItemsUpTo(s.text, first, f.start)) return false;
    const g = s.figures.find((x) => isCount(x) && x.start >= b.from && x.start < first);
    if (!g) return false;
    const words = s.text.slice(b.from, g.start);
    const years = [...words.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
    return years.some((y) => y !== year) || RUN_SCOPE.test(words);
  }
  return false;
}
/** Every ；-clause from the first's end to the one holding `pos` is one item (ONE_ITEM) and nothing more. */
function laterItemsUpTo(text: string, firstEnd: number, pos: number): boolean {
  if (!/[；;]/.test(text[firstEnd] ?? '')) return false;
  const upTo = clauseEnd(text, pos);
  return text.slice(firstEnd + 1, upTo).split(/[；;]/).every((c) => ONE_ITEM.test(c.trim().replace(/[。.]$/, '')));
}
/** Words of another time or scope than the report's body in a year (scopedLaterItem). */
const RUN_SCOPE = /上年|去年|上一年|前年|同期|近[一二三四五六七八九十两\d]+年|历年|累计|以来|全(?:区|市|县|省|州|盟|旗)|各|区直|县直|市直|本级|部门|街道|乡镇|镇|下属|所属|系统|其中/;

/** A ；-clause that is one item and nothing more: one count, no ，/、 ("“不予公开”的3件", "结转下年度继续办理的3件"). */
const ONE_ITEM = /^[^，,、；;。：:\d]*\d+(?:\.\d+)?\s*[件条项个份宗][^\d，,、；;。：:]*$/u;

/**
 * Where a "按…分" list ends: its ；-clause's end, or the sentence's where the list runs on over ；-clauses that are each one
 * item (left59; 成都市成华区 2019's "从办理结果来看，“予以公开”的11件；“同意部分公开”的6件；…；结转下年度继续办理的3件" —
 * the real reports' sample left it unread: it was read only as far as its first ；).
 */
function listEnd(text: string, from: number): number {
  const end = clauseEnd(text, from);
  if (end >= text.length) return end;
  // (each an item of one dimension, the first's: results, channels or applicants — "…；上年受理15件" ends the list)
  // (the first clause read before the rest is cut into clauses: most lists' first clause is no one item, perf59n)
  const first = text.slice(from, end).trim();
  if (!ONE_ITEM.test(first)) return end;
  const dim = dimensionOf(first);
  if (dim === null || dim === 'unit') return end;
  const items = text.slice(end + 1).replace(/[。.\s]+$/u, '').split(/[；;]/).map((c) => c.trim());
  return items.every((c) => ONE_ITEM.test(c) && dimensionOf(c) === dim) ? text.length : end;
}

/**
 * Where a "，且…" clause opens a further fact about the whole, not one more of its parts: "按申请方式
 * 区分，7件属于网络平台申请，且2件申请内容不属于政府信息" (a 2020 city report, hunt33) counts the
 * same 7 applications by another measure; the list ends before it. Infinity when none.
 */
function furtherFact(text: string, from: number): number {
  const m = /[，,]\s*(?:并且|而且|且)/.exec(text.slice(from));
  return m ? from + m.index : Infinity;
}

/**
 * The counts that may be the whole: of `unit`, before `to` in s; not a change or the base it is
 * measured from ("共收到申请11件，较上年9件增加2件": 9 and 2 divide nothing), nor a zero.
 */
function countsBefore(s: SentenceFigures, to: number, unit: string, year: number | null): TextFigure[] {
  return s.figures.filter((f) => f.end <= to && isCount(f) && f.unit === unit && !changeOrZero(s, f) && !inSubsetParen(f) && !notThisYears(s, f, year) && !inRespectivelyList(s, f));
}

/** A count that is no whole a later sentence divides: a change, the base it is measured from, a zero. */
export function changeOrZero(s: SentenceFigures, f: TextFigure): boolean {
  return f.change !== null || f.value.n === 0n || comparedWith(s.text.slice(clauseStartOf(s.text, f.start), f.start));
}

/** The wholes a list may divide: before the sentence's first "按…分", or in the sentences before it. */
function wholesFor(sentences: readonly SentenceFigures[], i: number, first: ByList, unit: string, year: number | null): { s: SentenceFigures; fs: TextFigure[] } | null {
  const s = sentences[i] as SentenceFigures;
  const here = countsBefore(s, first.at, unit, year);
  if (here.length > 0) return { s, fs: here };
  if (!/^[\s，,]*(?:其中\s*[，,：:]?\s*)?$/.test(s.text.slice(0, first.at))) return null;
  // back over sentences that are themselves "按…分" lists, two at most, in this paragraph; or, for
  // a list opening its paragraph, the last sentence of the one before when that is about the
  // applications ("…新收政府信息公开申请57件，上年结转3件。" then "按申请主体分，自然人41件，法人或
  // 其他组织16件。" in a paragraph of its own: 盐城市人民政府 2022, red team 23, m14)
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const prev = sentences[k];
    const opensParagraph = k === i - 1 && prev !== undefined && prev.para === s.para - 1 && topicBefore(prev.text, prev.text.length) === 'apply';
    if (!prev || (prev.para !== s.para && !opensParagraph)) return null;
    const lists = byLists(prev);
    const opensOnList = lists[0] !== undefined && /^[\s，,]*(?:其中\s*[，,：:]?\s*)?$/.test(prev.text.slice(0, lists[0].at));
    if (opensOnList) continue;
    const fs = countsBefore(prev, lists[0]?.at ?? prev.text.length, unit, year);
    return fs.length > 0 ? { s: prev, fs } : null;
  }
  return null;
}

/** The readings of each "按…分" list of sentence i: one a possible whole, the last count first. */
export function findByDimensionGroups(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup[][] {
  const s = sentences[i];
  if (!s || s.figures.length < 2 || !/按|从|分(?:季度|上下半年|半年)|如下/.test(s.text)) return [];
  const lists = byLists(s);
  const first = lists[0];
  if (!first) return [];
  const out: PartsGroup[][] = [];
  for (const b of lists) {
    const inList = s.figures.filter((f) => f.start >= b.from && f.end <= b.end);
    const unit = inList[0]?.unit;
    if (!unit || inList.length < 2 || inList.some((f) => !isCount(f) || f.unit !== unit || f.paren !== null)) continue;
    if (inList.some((f) => NOT_ALL_AFTER.test(s.text.slice(f.end, b.end)))) continue;
    // (a "主要类别如下：" list closed by an 其他 item is all of them; with none, it may have left some
    // out: a pass where it adds up, else a skip; "主要有…" claims no sum and is not read)
    const mainOnly = NOT_ALL_LEAD.test(s.text.slice(b.at, (inList[0] as TextFigure).start));
    if (mainOnly && !AS_FOLLOWS.test(s.text.slice(b.at, b.from))) continue;
    const mainOpen = mainOnly && !inList.some((f) => closesList(f.label));
    const found = wholesFor(sentences, i, first, unit, year);
    if (!found) continue;
    // channels and applicants divide what was received, never the applications carried from last
    // year ("共收到申请62件；上年结转4件。从申请渠道看，…"): no reading of 上年结转 for them
    const byWhom = inList.every((f) => /^(?:channel|applicant)$/.test(dimensionOf(f.label.replace(LIST_LEAD, '') + wordsAfter(s, f)) ?? ''));
    const fs = byWhom ? found.fs.filter((f) => !CARRIED_FROM.test(f.label)) : found.fs;
    if (fs.length === 0) continue;
    const wholes = { s: found.s, fs };
    const readings: PartsGroup[] = [];
    const several = wholes.fs.length > 1;
    // "全年共收到申请86件，上年结转5件。从办理结果看，…" (recall34): results may add up to the two together
    const flow = byWhom ? undefined : flowTotalOf(wholes.fs);
    for (const w of [...wholes.fs].reverse()) {
      const parts = partsIn(s, w, b.from, b.end, false, year);
      if (parts.length < 2 || parts.length !== inList.length) continue;
      readings.push({
        shape: wholes.s === s ? 'qizhong' : 'qizhong-next',
        whole: { s: wholes.s, f: w },
        parts,
        // short of its whole, a list may still leave an item out (an old report's 传真 or 其他
        // channel): a skip, as after 其中, unless an 其他 item closes it; over it, wrong either way
        complete: parts.some((p) => closesList(p.f.label)),
        ...(flow ? { flowTotal: flow } : {}),
        ...(several ? { unsure: part('unsureSeveral', part('enum', ...wholes.fs.map((f) => f.raw))) } : b.overlaps ? { unsure: part('topicsOverlap') } : mainOpen ? { unsure: part('mainOnly') } : {}),
      });
    }
    if (readings.length > 0) out.push(readings);
  }
  return out;
}
