/**
 * A list read as closed that still says it is open (hunt38: a real 2025 区 委's "主动发布各类工作信息140条：
 * 其中公开规范性文件1条、其他政策文件1条、行政许可20条、…法治政府建设年度报告2条等" — 115 of 140, an error
 * where the list only stops short):
 * - it ends in 等 right after its last count ("…2条等，"): the writer says more kinds were published;
 * - its only 其他 item is 其他(政策)文件 after a 规范性文件 item, with more kinds after it: the two
 *   divide the documents (规范性文件 and the others), as the 2019 template does, not the whole; so too
 *   after a 规章文件 or 政策文件 item, one or two items before it (hunt42: a real 2024 镇's "主动公开政府信息21条，
 *   其中，规章文件4条，规范计划5条，其他文件4条，政务(工作)动态信息0条，…年度报告1条", the columns of its
 *   province's platform, where 其他文件 sits beside 规章文件 and 规划计划 under 政策文件: 14 of 21, an error).
 * Short of its whole, such a list is a skip; over it, it is judged as before.
 */
import type { PartsGroup } from './parts-sum.ts';
import { closesList, LIST_LEAD } from './parts-sum.ts';

/** "…2条等，做到…", "…2条等。": 等 right after the last item's figure, ending its clause. */
const ENDS_IN_DENG = /^\s*等(?:[，,；;。：:]|$|(?:内容|信息|事项|方面)?(?:[，,；;。]|$))/;
/** The document pair: "规范性文件3条" then "其他文件" / "其他政策文件" / "其他规范性文件以外的文件". */
const NORMATIVE = /(?:规范性|规章|政策)文件$/;
const OTHER_DOCUMENTS = /^其[他它](?:政策)?文件$/;

/** Why a list read as closed, short of its whole, may still be open (in Chinese), or null. */
export function openEndedList(g: PartsGroup): string | null {
  const last = g.parts[g.parts.length - 1];
  if (!last) return null;
  if (ENDS_IN_DENG.test(last.s.text.slice(last.f.end))) return `所列各项后有“等”字，列举不完整，不作判断`;
  const words = g.parts.map((p) => p.f.label.replace(/^[、，,；;\s]+/, '').replace(LIST_LEAD, '').replace(/^(?:公开|发布)/, '').trim());
  const closing = g.parts.map((p, k) => (closesList(p.f.label) ? k : -1)).filter((k) => k >= 0);
  if (closing.length !== 1) return null;
  const k = closing[0]!;
  if (k === 0 || k === g.parts.length - 1 || !OTHER_DOCUMENTS.test(words[k] ?? '')) return null;
  const doc = [k - 1, k - 2].find((j) => j >= 0 && NORMATIVE.test(words[j] ?? ''));
  if (doc === undefined) return null;
  return `“${words[k]}”与前项“${words[doc]}”同分文件，不是总数中的其余各项，列举可能不完整，不作判断`;
}
