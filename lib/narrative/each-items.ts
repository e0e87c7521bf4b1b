/**
 * An item of a list said of each of several names: "其中政策文件、工作动态各25条，通知公告、人事信息、规划计划
 * 各16条，其他信息16条" (session 40's hunts left it; recall42): the figure counts once for each name, 25 × 2 +
 * 16 × 3 + 16 = 114. Read where the names before 各 are plain words joined by 、/和/及/与; where they
 * cannot be counted ("各乡镇各16件", "政策文件等各25条") the list is unsure and no finding is made.
 */
import type { At } from './quote.ts';
import { LIST_LEAD } from './parts-sum.ts';
import { part } from './note-words.ts';
import type { NotePart } from '../types.ts';

/** The names before 各 in an item's label: "通知公告、人事信息、规划计划各" → its words before 各. */
const EACH_END = /^(.*?)各(?:自|分别)?(?:为|是|有|达|计|(?:发布|公开|更新|推送|编发|制发|印发|收到|受理|办理)了?)?\s*$/;
/**
 * Words that make the names uncountable: more unnamed (等), a figure, or a kind of body that is many
 * ("市本级、县区各50条", "各乡镇各16件": each 县区's 50, or theirs together).
 */
const UNCOUNTED = /等|各|[\d（()）]|县区|区县|乡镇|镇街|街道|部门|单位|村|社区|学校|医院|分局|站所/;

/** 各 then a bound, not a count: "各不少于20条", "各超过20条" (rt43: read as one item, a list short of its whole). */
const EACH_BOUND = /各(?:不少于|不低于|不超过|超过|多于|少于|至少|近|达到)\s*$/;
/**
 * Names with 和/及/与 inside one name (rt43: "国民经济和社会发展规划、财政预决算各10条" is two names, not three):
 * plans and departments named so. Their joining word is not split on.
 */
const JOINED_NAME = /(?:国民经济|人力资源|住房|文化|工业|卫生|发展|自然资源|农业农村|交通运输|应急|科学技术|城乡规划|环境)(?:和|与|及)(?=社会|城乡|旅游|信息化|计划生育|改革|规划|农村|技术|建设|保障)/g;

/** The names before 各 in an item's label, one or more; null where they cannot be counted. */
export function eachNames(label: string): string[] | null {
  const bare = label.replace(LIST_LEAD, '');
  if (!bare.includes('各')) return [bare]; // (no 各: neither regex below can match, and neither compiles; perf65)
  if (EACH_BOUND.test(bare)) return null;
  const m = EACH_END.exec(bare);
  if (!m) return [bare];
  const words = (m[1] ?? '').trim();
  if (words === '') return [bare];
  if (UNCOUNTED.test(words)) return null;
  const names = words.replace(JOINED_NAME, (w) => w.slice(0, -1) + '\u0000').split(/以及|、|和|及|与/).map((w) => w.replace('\u0000', '和').trim());
  if (names.length < 2 || names.length > 8 || names.some((w) => w.length < 2)) return null;
  return names;
}

/** The number of names an item's figure is said of each of: 1 with no 各, null where they cannot be counted. */
export function namesEach(label: string): number | null {
  return eachNames(label)?.length ?? null;
}

/**
 * The list with each item said of several names counted once for each (copies of its figure), or
 * undefined when no item is; { unsure } when one names an uncountable set.
 */
export function eachExpanded(parts: readonly At[]): { parts: At[] } | { unsure: NotePart } | undefined {
  let any = false;
  const out: At[] = [];
  for (const p of parts) {
    const k = namesEach(p.f.label);
    if (k === null) return { unsure: part('eachUncounted', `${p.f.label.replace(LIST_LEAD, '')}${p.f.raw}`) };
    out.push(p);
    for (let j = 1; j < k; j++) out.push({ s: p.s, f: { ...p.f } });
    if (k > 1) any = true;
  }
  return any ? { parts: out } : undefined;
}
