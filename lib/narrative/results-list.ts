/**
 * 无法提供 as one of the results in a list of them (red team 13): "从办理结果看，予以公开63件，部分
 * 公开3件，不予公开7件，无法提供30件，不予处理1件，其他处理5件". Alone, "无法提供30件" may be one of
 * the category's three rows (不掌握, 需另行制作, 补正后仍不明确): measures.ts marks it a sub-item,
 * whose mismatch is a skip. Beside its sibling categories, each with its figure, it is the category
 * as table 三 （四） totals it, as they are theirs: compared as any other row.
 * Not when the sentence names one of the category's rows ("无法提供30件，主要为本机关不掌握相关
 * 政府信息", "因信息不存在无法提供…"): which of them is meant is not said.
 * A numbered list ("1.予以公开121件；…4.无法提供50件", "（一）予以公开…；（四）无法提供51件") is
 * such a list, its numbers no figures (red team 17).
 */
import type { Measure } from './measures.ts';

/** The other results of table 三, each right before its figure. */
const SIBLINGS = ['予以公开', '部分公开', '不予公开', '不予处理', '其他处理'];

/**
 * What is left of a list's number before the words (digits are cut off already): "4." → ".",
 * "（4）" → "）", "④", and a number in Chinese numerals as table 三 labels its rows: "（四）", "四、".
 */
const LIST_MARK_SOURCE = '(?:[.．、)）]|[①-⑳]|[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．])';
const LIST_MARK = new RegExp(`^${LIST_MARK_SOURCE}`);

/**
 * Where a result's figure starts: a digit, or a small count in Chinese numerals and its 件 ("予以公开
 * 三件", the way 乡镇 and 街道 write their few applications: chinese-numerals.ts).
 */
const FIGURE_STARTS = '(?:[0-9０-９]|[〇零一二两三四五六七八九十]{1,3}件)';

/** Each sibling right before its figure (built once, not per figure read). */
const SIBLING_FIGURES = SIBLINGS.map((w) => new RegExp(`${w}(?:的)?(?:申请)?\\s*${FIGURE_STARTS}`));

/** 部分公开 with a figure of its own, heading a clause or an item of a list. */
const PARTIAL_FIGURE = new RegExp(`(?:^|[，,；;、])\\s*(?:[（(]?[0-9０-９]{1,2}[）).．、]|${LIST_MARK_SOURCE})?部分公开(?:的)?(?:申请)?\\s*${FIGURE_STARTS}`);

/** Words of the rows of （四） 无法提供, or of some of them. */
const UNABLE_ROWS = /不掌握|不存在|另行制作|补正|不明确|非本[机部]|[（(]含/;

/** The measure of the figure at `pos`, its 无法提供 read as the whole category when the sentence lists the results. */
export function asListedCategory<M extends Pick<Measure, 'id' | 'subItem'>>(m: M, sentence: string, pos: number): M {
  if (m.id !== 'unable' || !m.subItem) return m;
  const words = /([^，,；;。、\d]*)$/.exec(sentence.slice(0, pos))?.[1] ?? '';
  // a numbered list's mark before it: "4.无法提供50件", "（4）无法提供", "④无法提供" (red team 17)
  if (!/^(?:和|及|以及)?无法提供$/.test(words.trim().replace(LIST_MARK, ''))) return m;
  if (UNABLE_ROWS.test(sentence)) return m;
  const listed = SIBLING_FIGURES.filter((re) => re.test(sentence)).length;
  return listed >= 2 ? { ...m, subItem: false } : m;
}

/**
 * The measure of the figure at `pos`, its 予以公开 read as the table's row alone when the sentence
 * lists 部分公开 beside it with a figure of its own ("其中，予以公开八件，部分公开一件，无法提供三件", red
 * team 23 m19): the two are sibling rows, and 予以公开 + 部分公开 (what 同意公开 often counts) would
 * count the partly granted twice. Not for 同意公开/全部公开, nor when 部分公开 is a subset the text
 * sets inside it ("予以公开8件（含部分公开1件）", "予以公开8件，其中部分公开1件").
 */
export function asListedGranted<M extends Pick<Measure, 'id' | 'strict'>>(m: M, sentence: string, pos: number): M {
  if (m.id !== 'granted' || m.strict.length < 2) return m;
  const words = /([^，,；;。、\d]*)$/.exec(sentence.slice(0, pos))?.[1] ?? '';
  if (!/^(?:其中)?予以公开(?:的)?(?:申请)?$/.test(words.trim().replace(LIST_MARK, ''))) return m;
  if (SUBSET_PARTIAL.test(sentence)) return m;
  if (!PARTIAL_FIGURE.test(sentence)) return m;
  return { ...m, strict: m.strict.slice(0, 1) };
}

/** 部分公开 as a subset of what stands before it: "（含部分公开1件）", "其中部分公开1件", "包括部分公开". */
const SUBSET_PARTIAL = /(?:含|包括|包含|其中)[，,：:]?\s*部分公开/;

/**
 * The measure of a name in a 分别 list ("予以公开、部分公开、无法提供的分别为4件、1件、2件", red team 23
 * m39) that names 部分公开 apart too: 予以公开 is its row alone, as asListedGranted reads it in a list
 * of results each with its figure. Not for 同意公开/全部公开 (they may count the partly granted), nor
 * when the list sets 部分公开 inside it ("予以公开（含部分公开）").
 */
export function grantedBesidePartial<M extends Pick<Measure, 'id' | 'strict'>>(m: M, name: string, list: string): M {
  if (m.id !== 'granted' || m.strict.length < 2) return m;
  if (!/^(?:其中)?予以公开(?:的)?(?:申请)?(?:的)?$/.test(name.trim().replace(LIST_MARK, ''))) return m;
  if (SUBSET_PARTIAL.test(list)) return m;
  return { ...m, strict: m.strict.slice(0, 1) };
}

/** The item rows of 无法提供 as table 三 (2021 template) gives them. */
const UNABLE_ITEMS = ['t3.unable.noInfo.total', 't3.unable.needCreate.total', 't3.unable.unclear.total'];

/**
 * The measure of a figure at `pos` named 无法提供, read as the whole category where table 三 gives its rows and the figure is
 * none of them (txt66): "依法按“无法提供”答复14件" beside rows 12, 2, 1 (total 15) cannot be one row, which is all a sub-item's
 * skip supposes (measures.ts). Not where the sentence names a row's words (asListedCategory), the rows are not all given or do
 * not add up to the category, or the figure equals one of them ("…答复12件" may be 不掌握's).
 */
export function asCategoryBesideItems<M extends Pick<Measure, 'id' | 'subItem'>>(m: M, sentence: string, pos: number, value: number, figures: Readonly<Record<string, number | null>>): M {
  if (m.id !== 'unable' || !m.subItem || !Number.isInteger(value)) return m;
  const words = /([^，,；;。\d]*)$/.exec(sentence.slice(0, pos))?.[1] ?? '';
  if (!/无法提供/.test(words) || UNABLE_ROWS.test(sentence)) return m;
  const rows = UNABLE_ITEMS.map((n) => figures[n]);
  const total = figures['t3.unable.total'];
  if (typeof total !== 'number' || rows.some((v) => typeof v !== 'number') || (rows as number[]).reduce((a, b) => a + b, 0) !== total) return m;
  return rows.includes(value) ? m : { ...m, subItem: false };
}
