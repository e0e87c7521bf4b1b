/**
 * An item of a list said of each of several names: "其中政策文件、工作动态各25条，通知公告、人事信息、规划计划
 * 各16条，其他信息16条" (session 40's hunts left it; recall42): the figure counts once for each name, 25 × 2 +
 * 16 × 3 + 16 = 114. Read where the names before 各 are plain words joined by 、/和/及/与; where they
 * cannot be counted ("各乡镇各16件", "政策文件等各25条") the list is unsure and no finding is made.
 */
import type { At } from './quote.ts';
import { LIST_LEAD } from './parts-sum.ts';

/** The names before 各 in an item's label: "通知公告、人事信息、规划计划各" → its words before 各. */
const EACH_END = /^(.*?)各(?:为|是|有|达|计|(?:发布|公开|更新|推送|编发|制发|印发|收到|受理|办理)了?)?\s*$/;
/**
 * Words that make the names uncountable: more unnamed (等), a figure, or a kind of body that is many
 * ("市本级、县区各50条", "各乡镇各16件": each 县区's 50, or theirs together).
 */
const UNCOUNTED = /等|各|[\d（()）]|县区|区县|乡镇|镇街|街道|部门|单位|村|社区|学校|医院|分局|站所/;

/** The number of names an item's figure is said of each of: 1 with no 各, null where they cannot be counted. */
export function namesEach(label: string): number | null {
  const m = EACH_END.exec(label.replace(LIST_LEAD, ''));
  if (!m) return 1;
  const words = (m[1] ?? '').trim();
  if (words === '') return 1;
  if (UNCOUNTED.test(words)) return null;
  const names = words.split(/以及|、|和|及|与/).map((w) => w.trim());
  if (names.length < 2 || names.length > 8 || names.some((w) => w.length < 2)) return null;
  return names.length;
}

/**
 * The list with each item said of several names counted once for each (copies of its figure), or
 * undefined when no item is; { unsure } when one names an uncountable set.
 */
export function eachExpanded(parts: readonly At[]): { parts: At[] } | { unsure: string } | undefined {
  let any = false;
  const out: At[] = [];
  for (const p of parts) {
    const k = namesEach(p.f.label);
    if (k === null) return { unsure: `“${p.f.label.replace(LIST_LEAD, '')}${p.f.raw}”所指的项数不明，各项之和不能确定` };
    out.push(p);
    for (let j = 1; j < k; j++) out.push({ s: p.s, f: { ...p.f } });
    if (k > 1) any = true;
  }
  return any ? { parts: out } : undefined;
}
