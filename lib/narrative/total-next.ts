/**
 * A total opening the sentence after its items, with no 以上/上述 (recall40, session 39's misses): "本年度
 * 发布工作动态40条、通知公告18条、政策解读5条。共计发布信息63条。", "网上申请30件，当面申请12件。合计受理申请42件。"
 * parts-heads.ts findTotalAfterList reads the total that says 以上 (the list above, and nothing else); without
 * it, the total is read only where it names what it counts (共计/合计/总计 and a verb: 发布/公开…信息 over
 * kinds of information, 收到/受理… over channels or applicants: closing-totals.ts fits; not 办结 over
 * results, which recall39 left unread, narrative-recall39.test.ts) and the sentence before is those
 * items alone: every ，/、-clause one count of the total's unit, no whole of its own (其中, 共, 分别…), no
 * outlet (one item may go out by several), no two kinds that may hold one another. As with every total after its list: items short of it a skip, over it an error.
 */
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { isCount } from './figures-in-text.ts';
import { fits } from './closing-totals.ts';
import { infoKindItems, TOTAL_CAVEAT } from './info-kinds.ts';
import { notThisYears } from './other-year.ts';
import { oneDimension } from './parts-heads.ts';
import { CARRIED_ON, totalItemKindOf, wordsAfter, type PartsGroup } from './parts-sum.ts';

/** The total's words, opening its sentence (group 1: the verb over applications; 2: over information). */
const NEXT_TOTAL = /^(?:共计|合计|总计)(?:为|达)?(?:(收到|受理|接收|新收)(?:政府信息公开申请|信息公开申请|申请)?|(?:主动)?(公开|发布)(?:各类)?(?:政府|政务)?信息)$/;
/** Words of the sentence before that give it a whole of its own, or reach past its items. */
const OWN_WHOLE = /其中|以上|上述|共计|合计|总计|总共|累计|小计|共|分别|依次|各|等|另有|还有|此外|包括|含|占|较|比|同比/;
/** The words opening the items' sentence: "本年度发布", "全年主动公开", "全年收到". */
const LEAD = /^(?:全年|本年度?|今年|年内)?(?:主动)?(?:公开|发布|收到|受理|办结|答复)?/;
/** The verb opening the items' sentence, if any ("全年收到网上申请30件…"). */
const LEAD_VERB = /^(?:全年|本年度?|今年|年内)?(?:共|主动)?(公开|发布|收到|受理|接收|新收|办结|答复)/;
const verbGroup = (v: string): string => (/公开|发布/.test(v) ? '公开' : /收到|接收/.test(v) ? '收到' : v);
/** Words right after the total that put more in it: "（含…）", "，其中…", "，包括…". */
const MORE_AFTER = /^\s*(?:[（(]|[，,；;]?\s*(?:其中|含|包括|包含|另有|连同|加上))/;

export function findWordedTotalNext(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup[] {
  const s = sentences[i];
  const prev = sentences[i - 1];
  const w = s?.figures[0];
  if (!s || !prev || !w || prev.para !== s.para || prev.figures.length < 2 || !isCount(w) || w.paren !== null) return [];
  const head = s.text.slice(0, w.start).trim();
  // (its 共计/合计/总计 looked for first, by the 计: a page that never opens a sentence so never compiles it, perf63)
  const m = head.charAt(1) === '计' ? NEXT_TOTAL.exec(head) : null;
  if (!m || notThisYears(s, w, year) || MORE_AFTER.test(s.text.slice(w.end)) || TOTAL_CAVEAT.test(s.text.slice(w.end)) || OWN_WHOLE.test(prev.text)) return [];
  // (the items said with another verb than the total's: "全年收到网上申请30件，…。合计受理申请45件" — some
  // received may not have been accepted, rt40)
  const said = LEAD_VERB.exec(prev.text)?.[1];
  if (said !== undefined && verbGroup(said) !== verbGroup(m[1] ?? m[2]!)) return [];
  const items = prev.figures;
  if (items.some((f) => !isCount(f) || f.unit !== w.unit || f.paren !== null || notThisYears(prev, f, year) || CARRIED_ON.test(f.label + wordsAfter(prev, f)))) return [];
  // the sentence before is its items alone: each clause one count
  const clauses = prev.text.replace(/[。！？!?\s]+$/, '').split(/[，,、；;]/);
  if (clauses.length !== items.length || clauses.some((c) => !/\d/.test(c))) return [];
  // (the first item's clause opens the sentence: "本年度发布工作动态40条" — its lead is no name)
  const names = clauses.map((c, k) => c.replace(/\d.*$/, '').replace(k === 0 ? LEAD : /^$/, '').trim());
  const words = items.map((f, k) => names[k]! + wordsAfter(prev, f));
  if (m[2] !== undefined) {
    // kinds of information: none a channel nor a whole, none two that may hold one another
    if (w.unit !== '条' || !infoKindItems(names, words)) return [];
  } else {
    if (!oneDimension(prev, items, totalItemKindOf)) return [];
    const dim = totalItemKindOf(words[0]!);
    if (dim === null || !fits(m[1], undefined, w.unit, dim)) return [];
  }
  return [{ shape: 'trailing', whole: { s, f: w }, parts: items.map((f: TextFigure) => ({ s: prev, f })), complete: false }];
}
