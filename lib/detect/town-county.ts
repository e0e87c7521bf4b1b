/**
 * The county a town's report belongs to, where its name leaves the county out (det61). A 镇, 乡 or
 * 街道 names itself without its county ("城关镇人民政府", "东关街道办事处"), and a city's portal
 * publishes the towns of all its counties: two 城关镇 there share a name, a site and so a body key
 * (lib/collect/body.ts), and the collection compared one's 2023 with the other's 2024 (col60's
 * "Left"). The page around the report often says which county it is in:
 *   1. the info box's 发布机构 or the article's 来源 ("甘谷县城关镇人民政府", "来源：甘谷县人民政府");
 *   2. the breadcrumb ("首页 > 县区频道 > 甘谷县 > 城关镇 > 政府信息公开年报");
 *   3. the site's name (<meta name="SiteName">, the <title> after its dash: "…-甘谷县人民政府");
 *   4. the footer's 主办单位 ("主办单位：甘谷县人民政府办公室", "主办：中共甘谷县委 甘谷县人民政府").
 * A county-level unit counts (县, 区, 旗, 自治县, 特区, 林区), and a 县级市 where the page says it is
 * one (det62): a 市 after a prefecture in one name ("平凉市华亭市", "延边朝鲜族自治州延吉市") or after a
 * prefecture's crumb or a 县区 channel in a breadcrumb ("首页 > 平凉市 > 华亭市 > 东华镇"), or a
 * breadcrumb's or footer's 市 other than the 市 the site's name names ("华亭市人民政府办公室 主办" on
 * 平凉市人民政府's portal: a portal is no part of a city its own pages are under). A 市 named alone
 * may be the prefecture whose portal it is ("天水市人民政府办公室" says nothing of the county), or a
 * 县级市 — not told apart, so not taken; but a 县级市 directly under a province (仙桃市, 济源市, 五家渠市:
 * PROVINCE_CITY, det63) has no prefecture to be told from, and is its towns' county wherever it is named.
 * A 开发区 or 园区 is no county. A source naming another town,
 * or a department rather than a government, tells nothing. Where two sources name two counties, none
 * is certain: null — unless the page's address names one of them by its initials ("…/hts/…" for 华亭市:
 * url-place.ts, det63) or its full pinyin ("…/huating/…", det64), the tie-break only; the address alone is not
 * read (its segments are columns a portal renames from year to year), but where no source names a county, the
 * one its text names right before the town's name ("平阳县昆阳镇人民政府") is taken when the address spells it
 * whole ("/xxgk/pingyangxian/…": det64).
 * The collection keeps the county as the record's region (lib/collect/build.ts) where the name and
 * title give none; two regions that disagree are two bodies (neighbour.ts sameBody), and a year whose
 * page says nothing still joins either.
 */
import type { Line } from './lines.ts';
import { normalizeText, labelKey } from '../text/normalize.ts';
import { readText } from '../text/traditional.ts';
import { classAttr } from '../dom/attr.ts';
import type { AgencyContext } from './title.ts';
import { unitGoesOn } from '../collect/body.ts';
import { placeBeforeTown, placeInUrl } from './url-place.ts';

/**
 * An admin unit at the start of a name (lib/collect/body.ts's UNIT, with 苏木). A name may begin with a
 * unit's character (市中区, 镇原县, 乡宁县, 县前街道, 市桥街道: det62), then one more before its unit.
 */
const UNIT = /^(?:[^省市区县州旗盟镇乡]{1,12}?|[市县区镇乡][^省市区县州旗盟镇乡])(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|县|区|旗|街道|镇|乡|苏木)/u;
/** A town-level unit: what a town's report names itself by. */
const TOWN = /(?:镇|乡|街道|苏木)$/u;
/** A county-level unit… */
const COUNTY = /(?:县|区|旗)$/u;
/** A 市 (not 本市, 全市, 城市: every city's name has two characters before it, 津市市 three). */
const CITY = /^[^市]{2,}市$|^津市市$/u;
/**
 * The 县级市 directly under a province (省直辖县级行政单位: 湖北's 仙桃, 潜江, 天门; 河南's 济源; 海南's five;
 * the 兵团's 师市, written "第六师五家渠市" as often as "五家渠市"): no prefecture stands between, so the 市
 * is a county-level unit wherever it is named, its own portal's name included (det63). 神农架林区 and
 * 海南's 县 are counties by their unit already.
 */
const PROVINCE_CITY = /^(?:第[一二三四五六七八九十]{1,3}师)?(?:仙桃|潜江|天门|济源|五指山|琼海|文昌|万宁|东方|石河子|阿拉尔|图木舒克|五家渠|北屯|铁门关|双河|可克达拉|昆玉|胡杨河|新星|白杨)市$/u;
/** A prefecture-level unit, whose 市 after it in one name is a 县级市 (自治州 ends so too). */
const PREFECTURE = /(?:市|州|地区|盟)$/u;
/** A breadcrumb's channel of the counties under a prefecture's portal: the 市 below it is a 县级市. */
const COUNTY_CHANNEL = /^(?:各)?(?:县区|区县|县市区|市县区|区市县|县\(市、?区\)|县\(市\)区|县市)(?:频道|专栏|动态|政务|政府|信息公开|站群|网站)?$/u;
/** …but not a province, a prefecture, or a zone that is no county. */
const NOT_COUNTY = /(?:自治区|特别行政区|地区|开发区|园区|景区|保税区|试验区|示范区|高新区|工业区|产业区|合作区|度假区|风景区)$/u;
/** Words of a page's chrome, never of a place's name. */
const NOT_PLACE = /版权|所有|单位|网站|技术|支持|地址|电话|位置|首页|频道|栏目|信息|公开|政府|主办|承办|来源|发布/u;
/** What a town's own name may end in after its unit. */
const TOWN_REST = /^(?:人民政府|政府|街道办事处|办事处)?$/u;
/** What a county's government, its office or its Party committee is called after its unit (a site's 主办). */
const GOVERNMENT_REST = /^(?:人民政府|政府|人民政府办公室|政府办公室|人民政府办|政府办|委|党委|县委|区委|旗委)?$/u;

/** body.ts ownUnitAfter, with this file's units (旗, 苏木). */
function ownUnitAfter(unit: string, after: string): string {
  if (unitGoesOn(unit, after) && (unit.endsWith('州') || !UNIT.test(after))) return after[0]!;
  if (!/[市县区州旗盟]$/u.test(unit)) return '';
  if (after.startsWith('街道')) return '街道';
  return /^[镇乡](?![省市区县州旗盟镇乡街])/u.test(after) && !UNIT.test(after) ? after[0]! : '';
}

/** A name's leading admin units and what follows them; "中共" before a Party committee dropped. */
function unitsOf(name: string): { units: string[]; rest: string } {
  const units: string[] = [];
  let rest = name.startsWith('中共') ? name.replace(/^中共/u, '') : name;
  for (let m = UNIT.exec(rest); m; m = UNIT.exec(rest)) {
    // 秦州区, 广州市: a name may end in a unit character itself, the real unit follows; so may a town's
    // (矿市街道, 新市镇, 旧县镇: det60, det62), unless a unit starts there (宁波市 > 镇海区, 济南市 >
    // 市中区, 历下区 > 市中街道): body.ts ownUnitAfter
    const unit = m[0] + ownUnitAfter(m[0], rest.slice(m[0].length));
    // no place's name holds these: a footer's or a breadcrumb's words run into it ("版权所有甘谷县")
    if (NOT_PLACE.test(unit)) break;
    units.push(unit);
    rest = rest.slice(unit.length);
  }
  return { units, rest };
}

const isCounty = (unit: string): boolean => COUNTY.test(unit) && !NOT_COUNTY.test(unit);

/**
 * Where a 市 counts as a county-level unit. under: a breadcrumb's crumb after a prefecture's crumb or a
 * 县区 channel; portal: the 市 the site's name names (a breadcrumb's or footer's other 市 is under it).
 */
interface CityContext {
  under?: ReadonlySet<string>;
  countyChannel?: boolean;
  portal?: ReadonlySet<string>;
}

/** units[i], where it is county-level: a 县, 区 or 旗, or a 市 the name or the page places under a prefecture. */
function countyAt(units: readonly string[], i: number, cities: CityContext = {}): string | null {
  const unit = units[i];
  if (!unit) return null;
  if (isCounty(unit) || PROVINCE_CITY.test(unit)) return unit;
  if (!CITY.test(unit)) return null;
  const prev = units[i - 1];
  if (prev && PREFECTURE.test(prev) && prev !== unit) return unit;
  if (cities.countyChannel || [...(cities.under ?? [])].some((c) => c !== unit)) return unit;
  return cities.portal && cities.portal.size > 0 && !cities.portal.has(unit) ? unit : null;
}

/**
 * The town a body's name is, when it names no county before it: "城关镇人民政府" → "城关镇",
 * "天水市城关镇" → "城关镇"; null for "甘谷县城关镇人民政府" (its county is named), a department, a
 * county.
 */
export function townOf(agency: string): string | null {
  const { units, rest } = unitsOf(labelKey(agency));
  const town = units[units.length - 1];
  if (!town || !TOWN.test(town) || !TOWN_REST.test(rest)) return null;
  return units.slice(0, -1).some((_, i) => countyAt(units, i) !== null) ? null : town;
}

/**
 * The county a name places `town` in: "甘谷县城关镇人民政府" (the town itself, its county named),
 * "甘谷县人民政府", "甘谷县人民政府办公室", "中共甘谷县委" (the county's own site or office),
 * "平凉市华亭市人民政府" (a 县级市 after its prefecture). null for another town's name, a department,
 * a 市 that `cities` does not place under a prefecture, no unit.
 */
function countyNamed(name: string, town: string, cities: CityContext = {}): string | null {
  const { units, rest } = unitsOf(labelKey(name));
  const last = units[units.length - 1];
  if (!last) return null;
  if (TOWN.test(last)) return last === town && TOWN_REST.test(rest) ? countyAt(units, units.length - 2, cities) : null;
  return GOVERNMENT_REST.test(rest) ? countyAt(units, units.length - 1, cities) : null;
}

/** The 市 a name's units hold ("天水市人民政府" → 天水市): a site's name names its portal's. */
function citiesNamed(name: string): string[] {
  return unitsOf(labelKey(name)).units.filter((u) => CITY.test(u));
}

/** The info box's and the article line's labels for who published the page. */
const PUBLISHER = /(?:发布机构|发文机关|发布单位|发文单位|信息来源|来源)[:：]\s*/gu;
/** A label that may follow the publisher on the same line ("来源：甘谷县城关镇 浏览次数：12"). */
const NEXT_LABEL = /(?:浏览|点击|阅读|访问|字体|作者|发布|时间|日期|责任|编辑|打印|分享|成文|索引|文号|主题|分类|有效)/u;
const NAME_CHARS = /^[\u4e00-\u9fa5()（）]+/u;

/** The names after each publisher label of a line's text, up to a space or the next label. */
function publishersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PUBLISHER)) {
    const after = text.slice(m.index + m[0].length);
    let name = NAME_CHARS.exec(after)?.[0] ?? '';
    const next = NEXT_LABEL.exec(name);
    if (next) name = name.slice(0, next.index);
    if (name.length >= 2) out.push(name);
  }
  return out;
}

/** Words a breadcrumb starts with, and the marks between its crumbs. */
export const CRUMB_LEAD = /^(?:您现在的位置|您当前的位置|你现在的位置|您的位置|你的位置|当前位置|所在位置|现在位置|位置)[:：]?/u;
export const CRUMB_SEP = /\s*(?:>>|>|»|›|→|＞|\/|\|)\s*/u;
/** Chrome a breadcrumb or a footer sits in, by class or id (lines.ts skips both). */
export const CRUMB_CLASS = /crumb|position|location|weizhi|dqwz|mianbao|curpos|bread|path/i;
const FOOTER_CLASS = /footer|foot|bottom|copyright|banquan|bqxx/i;
/** A breadcrumb's or footer's text longer than this is a wrapper of more than that. */
export const CHROME_CHARS = 600;

/**
 * The counties a breadcrumb names, or null when it names another town (it is not this town's page).
 * A crumb's 市 after a prefecture's crumb or a 县区 channel, or other than the portal's, is a 县级市.
 */
function crumbCounties(text: string, town: string, portal: ReadonlySet<string>): string[] | null {
  const out: string[] = [];
  const under = new Set<string>();
  let countyChannel = false;
  for (const raw of text.replace(CRUMB_LEAD, '').split(CRUMB_SEP)) {
    const crumb = labelKey(raw).replace(CRUMB_LEAD, '');
    if (!crumb) continue;
    if (COUNTY_CHANNEL.test(crumb)) countyChannel = true;
    const { units, rest } = unitsOf(crumb);
    const last = units[units.length - 1];
    if (!last || rest.length > 4) continue;
    if (TOWN.test(last) && last !== town) return null;
    const county = countyNamed(crumb, town, { under, countyChannel, portal });
    if (county) out.push(county);
    // a prefecture's crumb (平凉市, 临夏回族自治州, 酒泉地区): a 市 after it is a 县级市, unless it was one itself
    if (GOVERNMENT_REST.test(rest) && (CITY.test(last) ? county !== last : /(?:州|地区|盟)$/u.test(last))) under.add(last);
  }
  return out;
}

/**
 * The 主办单位 names of a footer's text: "主办单位：A 承办单位：…", "主办：中共甘谷县委 甘谷县人民政府",
 * "石岭县人民政府办公室主办", "华亭市人民政府办公室 主办" (the name standing alone before it).
 */
function sponsorsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s:：,，;；|｜、])([\u4e00-\u9fa5()（）]{4,30})\s?主办(?!单位)/gu)) out.push(m[1]!);
  for (const m of text.matchAll(/主办(?:单位)?\s*[:：]\s*((?:[\u4e00-\u9fa5()（）]+\s?)+)/gu)) {
    for (const name of m[1]!.trim().split(/\s+/u)) {
      const cut = /承办|协办|主管|技术|维护|运维|网站|地址|电话|联系|版权|备案/u.exec(name);
      const own = cut ? name.slice(0, cut.index) : name;
      if (own.length >= 2) out.push(own);
    }
  }
  return out;
}

/**
 * The governments the footer's 主办单位 names, each once: "云岭县人民政府办公室" → 云岭县人民政府, "中共云岭县委 云岭县
 * 人民政府" → 云岭县人民政府 (a Party committee, a 融媒体中心, a department are none). For a body the text names by its
 * level alone (det68: title.ts AgencyContext.sponsors).
 */
export function footerGovernments(body: Element): string[] {
  const out = new Set<string>();
  for (const el of Array.from(body.querySelectorAll('[class],[id],footer'))) {
    if (el.localName !== 'footer' && !FOOTER_CLASS.test(`${classAttr(el) ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    const text = normalizeText(readText(el.textContent ?? ''));
    if (text.length > CHROME_CHARS) continue;
    for (const name of sponsorsIn(text)) {
      const government = labelKey(name).replace(/(?<=人民政府)办公室$/u, '');
      if (/^[\u4e00-\u9fa5]{2,20}人民政府$/u.test(government)) out.add(government);
    }
  }
  return [...out];
}

/**
 * The county the page places the town `agency` in (see the file comment), or null: the body's name
 * is no town's, or names its county already, or the page says nothing certain. lines: the page's
 * lines (the info box, the article line, a breadcrumb written in a cell); body: the page's body
 * (breadcrumbs and footers are chrome the lines leave out).
 */
export function countyOfTown(agency: string, lines: readonly Line[], body: Element, ctx: AgencyContext, url?: string): string | null {
  const town = townOf(agency);
  if (!town) return null;
  const found = new Set<string>();
  const add = (county: string | null): void => {
    if (county) found.add(county);
  };
  const siteNames = [ctx.siteName, ...ctx.siteHeadings].filter((n): n is string => !!n).map((n) => labelKey(n).replace(/(?:门户网站|官方网站|网站|官网|政府网|门户网)$/u, ''));
  // the 市 the site's name names: a breadcrumb's or footer's other 市 is a 县级市 under it
  const portal = new Set(siteNames.flatMap(citiesNamed));
  // 1. 发布机构 and 来源: the label and its name on one line, or the name on the next (an info box's cell)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // the info box's cells and the article's line are short; a paragraph's "资金来源：" is no publisher
    if (line.isLink || line.key.length > 80) continue;
    if (/^(?:发布机构|发文机关|发布单位|发文单位|信息来源|来源)[:：]?$/u.test(line.key)) {
      const next = lines[i + 1];
      if (next && next.key.length <= 40) add(countyNamed(next.key, town));
      continue;
    }
    for (const name of publishersIn(line.text)) add(countyNamed(name, town));
    // 2. a breadcrumb written as a line (an old CMS's cell: "您现在的位置：首页 >> 甘谷县 >> 城关镇")
    if (CRUMB_LEAD.test(line.key) && CRUMB_SEP.test(line.text)) {
      for (const county of crumbCounties(line.text, town, portal) ?? []) add(county);
    }
  }
  // 2. breadcrumbs, and 4. footers, in the page's chrome
  for (const el of Array.from(body.querySelectorAll('[class],[id],footer'))) {
    const names = `${classAttr(el) ?? ''} ${el.getAttribute('id') ?? ''}`;
    const crumb = CRUMB_CLASS.test(names);
    const footer = el.localName === 'footer' || FOOTER_CLASS.test(names);
    if (!crumb && !footer) continue;
    const text = normalizeText(readText(el.textContent ?? ''));
    if (text.length > CHROME_CHARS) continue;
    if (crumb && CRUMB_SEP.test(text)) for (const county of crumbCounties(text, town, portal) ?? []) add(county);
    if (footer) for (const name of sponsorsIn(text)) add(countyNamed(name, town, { portal }));
  }
  // 3. the site's name
  for (const name of siteNames) add(countyNamed(name, town));
  // two named, none certain: the address's initials or pinyin may tell them apart (url-place.ts, det63, det64);
  // none named: the one county its text names before the town's name, where the address spells it whole (det64)
  if (found.size === 0) return placeBeforeTown(town, lines.map((l) => l.key), url, oneCounty);
  return found.size === 1 ? [...found][0]! : placeInUrl([...found], url);
}

/** A name that is one county-level unit and nothing more ("平阳县", "仙桃市"; not "温州市平阳县", "温州市"). */
function oneCounty(name: string): boolean {
  const { units, rest } = unitsOf(name);
  return rest === '' && units.length === 1 && countyAt(units, 0) !== null;
}

/**
 * The place a body named by its level alone is in ("市教育局", "区卫生健康局", "县委办公室"), where the site's
 * name names that level's government ("天门市人民政府" → 天门市, "青溪市东湖区人民政府" → 青溪市东湖区): the
 * collection's region for it (det63: none was kept, though its page says whose portal it is on). null for a
 * name that gives its place, a word that only starts with a level's character (市场监督管理局), a site of
 * another level or no site's name.
 */
export function placeOfLevelBody(agency: string, ctx: AgencyContext): string | null {
  const key = labelKey(agency);
  const level = /^[市区县州旗]/u.exec(key)?.[0];
  if (!level || /^(?:市场|市民(?!政|族)|县城|[市县区]域)/u.test(key) || unitsOf(key).units.length > 0) return null;
  const sites = [ctx.siteName, ...ctx.siteHeadings].filter((n): n is string => !!n).map((n) => labelKey(n).replace(/(?:门户网站|官方网站|网站|官网|政府网|门户网)$/u, ''));
  for (const site of sites) {
    const m = new RegExp(`^(.{2,20}${level})(?:人民)?政府$`, 'u').exec(site);
    if (m && unitsOf(m[1]!).units.join('') === m[1]) return m[1]!;
  }
  return null;
}
