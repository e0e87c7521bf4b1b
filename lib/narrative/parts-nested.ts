/**
 * Items of a list over its whole that may hold one another (recall41, rt40's left items), so that
 * their sum may run over the whole with no mistake of the report:
 * - bodies: the level ("本级", "县级") beside its departments or units ("部门", "县直单位"):
 *   "主动公开信息总数1300条，其中本级800条、乡镇300条、部门300条" (本级 may count its 部门's);
 * - kinds of information, one of which may be a part of another with no word shared ("政策文件" and
 *   "规范性文件", "财政信息" and "预决算", "人事信息" and "招录信息": HOLDS), while the excess is no more than
 *   the narrower item (the rest of the list may add up). Not kinds that only share a word: "决策信息公开" and
 *   "政策法规公开", "首次申请" and "重复申请", "结果维持" and "结果纠正", the quarters, are lists that divide
 *   (their errors are pinned by hunt39c, session 11, red team 21 and 23).
 * Of information only (条, 篇): under a count of applications 本级 is the government's own office apart
 * from its 部门 ("共收到…45件，其中区政府本级17件，各街道办事处、区直各单位共38件" is an error, seed 004).
 * Not a list closed by its own total ("…，合计1400条": the writer adds them up) nor one naming levels
 * alone ("县级800条，乡镇级300条，村级200条": disjoint by their names).
 */
import { cmpDec, subDec, sumDec } from './decimal.ts';
import type { At } from './quote.ts';
import { LIST_LEAD, type PartsGroup } from './parts-sum.ts';
import { eachNames } from './each-items.ts';
import { part } from './note-words.ts';
import type { NotePart } from '../types.ts';

/** The body's own level, which may count its departments. */
// (not "区政府" by name beside "区直部门": the government and its departments, a division — hunt40 pins it)
const LEVEL = /本级|^(?:县|市|区|省|州|旗)级/;
/** The counters of information published (not of applications, 件). */
const INFO_UNIT = /^[条篇]$/;
/** Departments or units of a level. */
const UNIT = /部门|单位|[省市县区州旗]直|直属|所属|下属/;

/**
 * [the broader kind, the narrower it may hold]: a 规范性文件 is a 政策文件, 预决算 are 财政信息… (Not
 * 重点领域 over the rest, nor 执法 over 许可/处罚: table 二's rows and the 重点领域 lists divide, as
 * hunt40 pins.)
 */
const HOLDS: readonly (readonly [RegExp, RegExp])[] = [
  [/文件/, /规范性文件|规章|政府令/],
  [/财政|财务|资金/, /预决算|预算|决算|三公|专项资金|政府采购|政府债务/],
  [/预决算|预算|决算/, /三公/],
  [/人事/, /招录|招聘|招考|任免|录用|公务员|考录/],
  [/民生/, /教育|医疗|卫生|社保|社会保障|就业|住房|扶贫|救助/],
  [/公告|公示/, /招标|中标|采购|招投标/],
];

const nameOf = (p: At): string => p.f.label.replace(/^[、，,；;\s]+/, '').replace(LIST_LEAD, '').trim();

/** Does the sentence close the list with its own total right after the last item ("，合计1400条")? */
function closedByTotal(g: PartsGroup): boolean {
  const last = g.parts[g.parts.length - 1];
  if (!last) return false;
  return /^[^。；;]{0,12}?[，,；;]\s*(?:以上)?(?:合计|共计|总计)/.test(last.s.text.slice(last.f.end));
}

/** Why the items of an over-running list may overlap (in Chinese), or null. */
export function nestedParts(g: PartsGroup): NotePart | null {
  if (g.parts.length < 2 || closedByTotal(g)) return null;
  if (!INFO_UNIT.test(g.whole.f.unit)) return null;
  // ("政策文件、规范性文件各20条": each copy of the figure under its own name, rt43)
  const names = g.parts.map((p, k) => {
    const each = eachNames(p.f.label);
    return (each && each.length > 1 ? each[g.parts.slice(0, k).filter((o) => o.f.start === p.f.start).length] : undefined) ?? nameOf(p);
  });
  const excess = subDec(sumDec(g.parts.map((p) => p.f.value)), g.whole.f.value);
  // (the level may count its units' items, no more: the excess is at most the units')
  const units = g.parts.filter((p, k) => UNIT.test(names[k] as string) && !LEVEL.test(names[k] as string));
  // (and at most the level's own: "本级50条、部门900条、乡镇350条" over 1200 is an error, rt42)
  const level = g.parts.find((_, k) => LEVEL.test(names[k] as string));
  if (level && units.length > 0 && cmpDec(excess, sumDec(units.map((p) => p.f.value))) <= 0 && cmpDec(excess, level.f.value) <= 0) return part('levelAndUnits');
  for (let i = 0; i < names.length; i++) {
    for (let j = 0; j < names.length; j++) {
      if (i === j) continue;
      const [a, b] = [names[i] as string, names[j] as string];
      if (!HOLDS.some(([broad, narrow]) => broad.test(a) && narrow.test(b) && !narrow.test(a))) continue;
      // (the narrower no more than the broader: "人事任免100条、人事信息50条" cannot nest, rt42)
      if (cmpDec(excess, g.parts[j]!.f.value) <= 0 && cmpDec(g.parts[j]!.f.value, g.parts[i]!.f.value) <= 0) return part('partOfItem', b, a);
    }
  }
  return null;
}
