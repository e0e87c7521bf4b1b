/**
 * A 其中 list of information whose items open on a verb of publishing, joined by 、, and then a ，-clause
 * opening on another such verb: "全年公开政府信息200条，其中发布工作动态192条、通知公告8条，公开财政信息81条"
 * (hunt43: a real 2023 镇 report; the two items after 发布 make the whole exactly, the 财政 clause after the
 * ， is a statement of its own, summed in it was an error, 281 against 200). The list may end before the
 * clause: where the items before it add up to the whole, the list is a skip, never an error.
 * Only where the first item opens on a verb and the clause on another: a clause opening on the same verb
 * ("…、通知公告8条，发布财政信息81条") or on a verb after items with none ("其中，工作动态信息1302条、…、概况类信息
 * 40条，发布解读信息4条", hunt37) is read as one more item, as before.
 */
import { cmpDec, sumDec } from './decimal.ts';
import { closesList, type PartsGroup } from './parts-sum.ts';

/** A verb of publishing opening an item or a clause: "发布工作动态192条", "公开财政信息81条". */
const PUBLISHING_VERB = /^(?:发布|公开|推送|更新|编发|刊发|刊登|转载|转发|上传|报送|公示)/;

export interface VerbTurn {
  /** how many items, from the first, add up to the whole */
  count: number;
  /** the words of the clause past the ， that opens on another verb */
  turn: string;
}

/** Where a list whose 、-joined items open on one verb of publishing turns to a ，-clause on another, adding up before it; or null. */
export function ownVerbTurn(g: PartsGroup): VerbTurn | null {
  if (g.shape !== 'qizhong' || g.complete || g.parts.length < 3) return null;
  const s = g.whole.s;
  if (g.parts.some((p) => p.s !== s || p.f.unit !== g.whole.f.unit)) return null;
  const q = s.text.lastIndexOf('其中', g.parts[0]!.f.start);
  if (q < g.whole.f.end) return null;
  const v1 = PUBLISHING_VERB.exec(s.text.slice(q + 2, g.parts[0]!.f.start).replace(/^[\s，,：:]+/, ''))?.[0];
  if (!v1) return null;
  for (let k = 1; k < g.parts.length; k++) {
    const between = s.text.slice(g.parts[k - 1]!.f.end, g.parts[k]!.f.start);
    const sep = /[、，,；;。]/.exec(between);
    if (sep?.[0] === '、') continue;
    if (!sep || (sep[0] !== '，' && sep[0] !== ',') || k < 2) return null;
    const turn = between.slice(sep.index + 1).trim();
    const v2 = PUBLISHING_VERB.exec(turn)?.[0];
    if (!v2 || v2 === v1 || g.parts.slice(k).some((p) => closesList(p.f.label))) return null;
    return cmpDec(sumDec(g.parts.slice(0, k).map((p) => p.f.value)), g.whole.f.value) === 0 ? { count: k, turn } : null;
  }
  return null;
}
