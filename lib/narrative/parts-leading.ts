/**
 * A 其中 or "X中，" opening a sentence (rule text.parts-sum): its whole is in the sentence (or paragraph) before
 * ("…493人。其中市级…70人；区(县)…423人。", "已办理答复件中，…"). Split from parts-qizhong.ts (fix82, session 60), which
 * reads a 其中 inside the whole's own sentence; the readings here are the same kind, each a careful reader would accept.
 */
import { sumDec } from './decimal.ts';
import { isCount, type SentenceFigures } from './figures-in-text.ts';
import { closesList, clauseEnd, inRespectivelyList, inSubsetParen, flowTotalOf, partsIn, type PartsGroup } from './parts-sum.ts';
import { notThisYears } from './other-year.ts';
import { eachExpanded, namesEach } from './each-items.ts';
import { itemUnderOtherCounter, wholeInOtherCounter } from './leading-other-counter.ts';
import { includedIn, includesListOf, restOfIncluded, sumsToIncludedItem } from './qizhong-included.ts';
import { part } from './note-words.ts';
import { wholeSureAcrossParagraph } from './qizhong-next-para.ts';

/** The head noun of "已办理答复件中，" / "不予公开中，": the words a figure before it is labelled with. */
export function readZhongHead(sentence: string): { head: string; length: number } | null {
  // "其中，…" / "其中市级…" / "已办理答复件中，…" at the start of a sentence
  const m = /^[\s，,]*(?:其中\s*[，,：:]?|([^\d，,；;。（）()“”"]{2,12}?)中\s*[，,：:])/.exec(sentence);
  if (!m) return null;
  const head = (m[1] ?? '').replace(/^(?:已|在|其|对|于|上述|以上)/, '').replace(/(?:件|的|申请|事项)$/, '');
  return { head, length: m[0].length };
}

/**
 * The readings of a 其中 opening a sentence: the figure just before, and, when that figure is
 * itself an item of a list ("…1256条，其中政策文件356条，工作动态900条。其中，市级…1000条，
 * 区县…256条"), the list's whole. Both are marked guess: the whole is not certain.
 */
export function findLeadingReadings(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup[] {
  const g = findLeadingReference(sentences, i, year);
  if (!g) return [];
  // like a 其中 inside a sentence, the list may end at the ；-clause or run over ；: "本年新收申请中，
  // 自然人申请80件，…法人或其他组织申请6件…；通过互联网渠道申请65件，当面申请12件…" holds two lists
  const s = g.parts[0]?.s;
  const end = s ? clauseEnd(s.text, g.parts[0]?.f.start ?? 0) : 0;
  const inClause = g.parts.filter((p) => p.f.end <= end);
  const narrow = inClause.length >= 2 && inClause.length < g.parts.length
    ? { ...g, parts: inClause, complete: inClause.some((p) => closesList(p.f.label)) }
    : null;
  const byEnd = (x: PartsGroup): PartsGroup[] => (narrow ? [{ ...narrow, whole: x.whole }, x] : [x]);
  if (!g.guess) return byEnd(g);
  const prev = g.whole.s;
  // "全年共收到申请21件，包括信函申请2件、网络申请19件。其中予以公开…" (recall34): after a 包括 list, the
  // 其中 divides the list's whole (it was read against the last item, 19, and the two counts' sum 40);
  // the item is kept as a reading only to name the nearer whole of a list that fits neither, and a
  // list adding up to an item only is a skip (sumsToIncludedItem)
  const counts = prev.figures.filter((f) => isCount(f) && !inSubsetParen(f));
  const inList = g.shape === 'qizhong-next' ? includesListOf(prev, g.whole.f, counts) : undefined;
  if (inList) {
    const { guess: _guess, peerTotal: _peers, ...item } = g;
    return byEnd(item).flatMap((x) => {
      const toItem = sumsToIncludedItem(inList, x.parts);
      const outer: PartsGroup = { ...x, whole: { s: prev, f: inList.outer }, ...(toItem ? { unsure: toItem } : {}) };
      return toItem ? [outer] : [outer, x];
    });
  }
  // "全年共答复申请1453件，包括上年结转30件。其中予以公开800件，…": the 其中 may divide the
  // 含 clause's count or the count it is a subset of (hunt32: a real report's, read as neither)
  const outer = includedIn(prev, g.whole.f, prev.figures.filter((f) => isCount(f) && !inSubsetParen(f)));
  if (outer) {
    const unsure = restOfIncluded(outer, g.whole.f, g.parts);
    return [...byEnd(g), ...byEnd({ ...g, whole: { s: prev, f: outer }, ...(unsure ? { unsure } : {}) })];
  }
  const q = prev.text.lastIndexOf('其中', g.whole.f.start);
  const before = prev.figures.filter((f) => f.end <= q && isCount(f) && f.unit === g.whole.f.unit && !inSubsetParen(f) && !notThisYears(prev, f, year));
  const listWhole = before[before.length - 1] ?? wholeInOtherCounter(prev, q, g.whole.f);
  return listWhole ? [...byEnd(g), ...byEnd({ ...g, whole: { s: prev, f: listWhole } })] : byEnd(g);
}

/** "其中" or "X中，" opening a sentence: the whole is in the sentence (or paragraph) before. */
export function findLeadingReference(sentences: readonly SentenceFigures[], i: number, year: number | null = null): PartsGroup | null {
  const s = sentences[i];
  if (!s || s.figures.length < 2) return null; // two parts at least
  const lead = readZhongHead(s.text);
  if (!lead) return null;
  const first = s.figures.find((f) => isCount(f) && !inSubsetParen(f));
  if (!first) return null;
  // look back two sentences at most, within this paragraph or the one before
  // (a bare 其中 may reach past one sentence of words alone, with no figure at all, to the sentence before
  // it: "共主动公开政府信息476条。较为全面地反映了…情况。其中微信公众号发布293条，…" — hunt37, a real 2021 街道
  // report; such a whole is not sure, and a list that does not add up to it is a skip, never a finding)
  let pastWords = false;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const prev = sentences[k];
    if (!prev || s.para - prev.para > 1) break;
    const candidates = prev.figures.filter(
      (f) => isCount(f) && f.unit === first.unit && !inSubsetParen(f) && !notThisYears(prev, f, year) && (lead.head === '' || f.label.includes(lead.head)),
    );
    const whole = candidates[candidates.length - 1];
    if (!whole) {
      if (lead.head === '' && k === i - 1 && prev.figures.length === 0 && prev.para === s.para) {
        pastWords = true;
        continue;
      }
      if (lead.head === '') return null; // 其中 refers to the sentence right before, or to nothing
      continue;
    }
    // "全年办结60件。其中予以公开32件，其他28件。其中，网上申请41件，信函申请18件。" (page 58 of
    // red team 10): the sentence before is itself a list under an earlier whole; the new 其中 may
    // divide its last item, its whole, or a count before that (收到 58 where 办结 is 57): no
    // reading is sure enough to check
    if (lead.head === '' && readZhongHead(prev.text)) return null;
    if (inRespectivelyList(prev, whole)) return null;
    const listed = partsIn(s, whole, lead.length, s.text.length, false, year);
    if (listed.length < 2 && !(listed.length === 1 && (namesEach(listed[0]!.f.label) ?? 0) >= 2)) return null;
    // "…20条。其中，规范性文件信息10条，…，公共资金使用信息、人员变动类信息各2条": once for each name, as within a
    // sentence (each-items.ts; hunt53: a real 2013 局's list read as 10 + 8 + 2 and passed at 20)
    const each = eachExpanded(listed);
    const parts = each && 'parts' in each ? each.parts : listed;
    const eachUnsure = each && 'unsure' in each ? each.unsure : undefined;
    // "…1256条，其中政策文件356条，工作动态900条。其中，市级…1000条，区县…256条": the figure
    // before is itself an item of a list, and the new list may divide it or the list's whole
    const q = prev.text.lastIndexOf('其中', whole.start);
    const guess = q >= 0 && (prev.figures.some((f) => f.end <= q && isCount(f) && f.unit === whole.unit) || itemUnderOtherCounter(prev, q, whole));
    // "全年共收到申请86件，上年结转5件。其中，予以公开42件，…结转下年度3件": with no 其中 before,
    // the counts of the sentence before are peers, and the new list may divide their sum
    // (a count a 含 clause says is a subset of the one before it is no peer of it: "全年共答复申请
    // 1453件，包括上年结转30件。其中…" divides 1453 or 30, not 1483)
    const outer = includedIn(prev, whole, candidates);
    const peerFigs = candidates.filter((f) => !includedIn(prev, f, candidates));
    const peers = lead.head === '' && q < 0 && peerFigs.length >= 2 ? sumDec(peerFigs.map((f) => f.value)) : null;
    // "全年共收到申请86件，上年结转5件。其中予以公开…": results may add up to the two together (recall34)
    const flow = lead.head === '' && q < 0 ? flowTotalOf(peerFigs) : undefined;
    return {
      ...(flow ? { flowTotal: flow } : {}),
      shape: lead.head === '' ? 'qizhong-next' : 'zhong',
      whole: { s: prev, f: whole },
      parts,
      complete: parts.some((p) => closesList(p.f.label)),
      ...(guess || peers || outer || pastWords ? { guess: true } : {}),
      ...(peers ? { peerTotal: peers } : {}),
      ...(prev.para !== s.para && !(k === i - 1 && !guess && !peers && !outer && !eachUnsure && wholeSureAcrossParagraph(prev, s, whole, candidates, parts)) ? { tentative: true } : {}),
      ...(pastWords ? { unsure: part('qizhongTwoBack') } : eachUnsure ? { unsure: eachUnsure } : {}),
    };
  }
  return null;
}
