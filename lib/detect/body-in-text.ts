/**
 * The reporting body as the report's own text names it, for a page whose title names none, or
 * names a site rather than a body: a hijacked mirror keeps a real report's text under its own
 * <title> and heading ("…彩票官网", "美高梅娱乐城办公厅2022年…"), and a reader then takes the body
 * from the report itself (detect35). Read in the order a reader trusts them:
 *   1. the report's title as its opening sentence names it, of the report's year: "现公布林芝市林业和
 *      草原局2023年政府信息公开工作年度报告", "现发布《兴庆区前进街街道办事处2024年…年度报告》",
 *      "…委编制了吉林市卫生健康委员会2022年…年度报告";
 *   2. "本报告由澄江县云湖镇人民政府编制", "本年度报告由…根据…编制" (a unit's name gives its
 *      department's; a government's office or a 信息公开 office tells no body: parentBody);
 *   3. the 落款 at the end: the body's name alone on its line, by the date it was signed;
 *   4. the contact line: "请与澄江县统计局联系", "请联系：澄江县统计局办公室".
 * Only a name of a body of government (title.ts isGovernmentBody), never a spam name, never a
 * level alone ("本机关", "我局": normalizeAgency leaves those to the site's name or to nobody).
 */
import { inOwnTable, linesAfterHeading, type Line } from './lines.ts';
import { isGovernmentBody, isSpamName, levelOfficeOf, matchReportTitle, normalizeAgency, type AgencyContext } from './title.ts';
import { labelKey, normalizeText } from '../text/normalize.ts';
import { readText } from '../text/traditional.ts';
import { classAttr } from '../dom/attr.ts';
import { CHROME_CHARS, CRUMB_CLASS, CRUMB_LEAD, CRUMB_SEP } from './town-county.ts';

/**
 * The opening's verb before the report's own title, which may stand in 《》; or "现将" alone ("现将乐山市
 * 金口河区文化广播电视体育和旅游局2024年…年度报告如下", detect41). The title holds no comma: "根据…和本县政务公开
 * 工作统一部署，现公布本镇2024年…" has its verb in "现公布", not in "政务公开" (det69: the clause between was the body).
 */
const NAMES_REPORT = /(?:(?:现将|现予|现|特|予以|向社会)?(?:公布|发布|公开|印发|编制)(?:了)?|现将)《?([^《》。;!?,]{4,70}?(?:年度报告|年报|工作报告|情况报告|情况的报告))/;

/**
 * The same opening naming the year's work rather than the report: "现公布长春净月高新技术产业开发区教育局
 * 2025年度政府信息公开工作情况", "现将…管理委员会2024年度政府信息公开工作情况报告如下" (detect41: the
 * contact line's short name "净月高新区教育局" was taken instead). The body, and the year it names.
 */
const NAMES_WORK = /(?:现将|(?:现|特|予以|向社会)?(?:公布|发布|公开))([^《》。;!?,]{4,40}?)(\d{4})年度?(?:政府)?信息公开工作(?:开展)?情况/;

/** "本报告由X(根据|按照|…)…编制", "本年度报告由X编制而成". */
const COMPILED_BY = /本(?:年度)?(?:报告|年报)(?:系|是)?由([^,。;:()《》]{2,40}?)(?:根据|按照|依据|依照|结合|汇总|负责|牵头|组织|会同|编制|撰写|编写)/;

/** "请与X联系", "请联系:X,…" (labelKey text: half-width marks). */
const CONTACT = /请(?:与|和|向)([^,。;:()《》]{2,40}?)(?:联系|咨询|反映)|请联系:?([^,。;:()《》、]{2,40}?)(?:[,;(。]|联系|电话|地址)/;

/**
 * The office a compiling or contact line names is often a unit of the body, or the government's
 * office that compiles the government's report: "池州市林业局办公室" is the 林业局's, "澄江县人民政府
 * 办公室" may be the 县's report or the 办公室's own, "泸州市信息公开办公室" compiles the 市's (a
 * real 2019 report). The parent when it is a department, 街道 or 管委会; null when it is a government
 * or the name is a 信息公开/政务公开 office (the body is not told).
 */
const UNIT_OF = /^(.+?(?:局|委员会|委|厅|街道办事处|管委会|管理委员会|人民政府|政府))(?:办公室|办公厅|党政办公室|党政办|综合办公室|综合办|党政综合办公室|办|政务公开办公室|信息科|政务公开科)$/;
const PUBLICITY_OFFICE = /(?:信息公开|政务公开|政府信息公开)(?:工作)?(?:领导小组)?(?:办公室|办)$/;

function parentBody(name: string | null): string | null {
  if (!name || PUBLICITY_OFFICE.test(name)) return null;
  const unit = UNIT_OF.exec(name);
  if (!unit) return name;
  return /(?:人民政府|政府)$/.test(unit[1]!) ? null : unit[1]!;
}

/** A 落款's body line: the name alone. */
const SIGNATURE_NAME = /^[\u4e00-\u9fa5()]{4,40}$/;
/** A 落款's date: "2024年1月20日", "二〇二四年一月二十日". */
const SIGNATURE_DATE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零○O一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;

/** How far into the text the opening sentences reach, and how many lines at its end the 落款 may take. */
const OPENING_LINES = 12;
const SIGNATURE_LINES = 6;

/**
 * The body the text names (see above), or null. lines: the page's lines; from: the report's
 * heading (null: the page's start); container: the report's element (the 落款 is its last lines).
 */
export function bodyFromText(lines: readonly Line[], from: Element | null, container: Element, ctx: AgencyContext, year: number | null): string | null {
  const text: Line[] = [];
  // (a layout table the report stands in holds its text: det68)
  for (const l of linesAfterHeading(lines, from, container)) if (!inOwnTable(l, container)) text.push(l);
  const opening = text.slice(0, OPENING_LINES);
  const body = (raw: string | null | undefined): string | null => {
    const name = normalizeAgency(raw?.trim() || null, ctx);
    return name && isGovernmentBody(name) && !isSpamName(name) ? name : null;
  };
  for (const l of opening) {
    const m = NAMES_REPORT.exec(l.key);
    const t = m?.[1] ? matchReportTitle(m[1]) : null;
    // the report's own year: "按时发布了《…2022年…年度报告》" in the 2023 report is last year's
    const name = t && year !== null && t.year === year ? body(t.agencyRaw) : null;
    if (name) return name;
    const w = t ? null : NAMES_WORK.exec(l.key);
    const worked = w && year !== null && Number(w[2]) === year ? body(w[1]) : null;
    if (worked) return worked;
  }
  for (const l of opening) {
    const name = body(parentBody(COMPILED_BY.exec(l.key)?.[1]?.trim() ?? null));
    if (name) return name;
  }
  const end = text.slice(-SIGNATURE_LINES);
  for (let i = 0; i < end.length; i++) {
    const l = end[i]!;
    if (!SIGNATURE_NAME.test(l.key)) continue;
    const next = end[i + 1];
    if (next && SIGNATURE_DATE.test(next.key)) {
      const name = body(l.key);
      if (name) return name;
    }
  }
  let levelOffice: string | null = null;
  for (const l of opening) {
    const m = CONTACT.exec(l.key);
    const raw = m?.[1]?.trim() ?? m?.[2]?.trim() ?? null;
    const name = body(parentBody(raw));
    if (name) return name;
    levelOffice ??= raw ? levelOfficeOf(raw) : null;
  }
  return levelOffice ? subjectOfLevel(opening, levelOffice, year, body) : null;
}

/**
 * A 街道's, a 镇's or a 乡's report that names itself only in passing: its contact line names its office
 * by the level alone ("请与街道党政办联系"), and its 总体情况 opens with the body as the year's subject
 * ("2024年，矿市街道在区委、区政府的坚强领导下…", detect41 and det60: the real 矿市街道's). The name
 * of that level, of the report's year, at a paragraph's start; null for another level ("2024年，区委…"),
 * for "我街道" or for another year.
 */
function subjectOfLevel(opening: readonly Line[], level: string, year: number | null, body: (raw: string) => string | null): string | null {
  if (year === null || !/^(?:街道|镇|乡|苏木)$/.test(level)) return null;
  const re = new RegExp(`^${year}年(?:度)?[,，]((?![我本全该])[\u4e00-\u9fa5]{2,8}?${level})(?:办事处|人民政府)?(?![\u4e00-\u9fa5]{0,1}(?:办|政府))`);
  for (const l of opening) {
    const m = re.exec(l.key);
    const name = m?.[1] ? body(m[1]) : null;
    if (name) return name;
  }
  return null;
}

/** The info box's publisher: "发布机构:" and its cell, or both in one line. */
const PUBLISHER_LABEL = /^(?:发布机构|发文机关|发布单位|发文单位)[:]?$/;
const PUBLISHER_INLINE = /^(?:发布机构|发文机关|发布单位|发文单位)[:]?([\u4e00-\u9fa5()]{4,40})$/;

/**
 * The body the page's info box names as the publisher (发布机构), for a report whose title and text name
 * none (det60: "2024年政府信息公开工作年度报告" with 发布机构 青溪市统计局). Only a department, a 街道
 * 办事处 or a 管委会 with its place: a 人民政府 or its office is what CMSes fill in for every page of a
 * site, and publishes the reports of its 街道 and 乡镇 as of itself (seed 004: a 区's report, 发布机构
 * 区人民政府办公室); a name by its level alone ("区统计局") tells no place. null otherwise.
 */
export function bodyFromInfoBox(lines: readonly Line[], ctx: AgencyContext): string | null {
  for (let i = 0; i < lines.length; i++) {
    const key = lines[i]!.key;
    if (key.length > 50 || lines[i]!.isLink) continue;
    const raw = PUBLISHER_INLINE.exec(key)?.[1] ?? (PUBLISHER_LABEL.test(key) ? lines[i + 1]?.key ?? null : null);
    if (raw === null) continue;
    const name = normalizeAgency(parentBody(raw), ctx);
    if (!name || !isGovernmentBody(name) || isSpamName(name) || /(?:人民政府|政府)(?:\([^()]*\))?$/.test(name)) return null;
    return PLACE.test(name) && !LEVEL_ONLY.test(name) ? name : null;
  }
  return null;
}

/**
 * A name with a level and no place: "自治区人民政府办公厅", "市教育局", "县人民政府" (titles on a region's
 * own site write them so). Not 市场…, 市政…, 市民…, 市容…, 区域…: those are words, not levels; but 市民政局 and 市民族…
 * are 市's (det66: "市民政局" was no level's, and kept no place; lib/collect/body.ts UNIT_WORD reads them so).
 */
const LEVEL_ONLY = /^(?:省|自治区|自治州|自治县|市(?![场政容]|民(?!政|族))|县(?!级)|区(?![域划])|旗|州(?!级)|盟)/;
/** A place in a name: a level after at least one character ("东湖市", "青溪区", "澄江县", "云湖镇"). */
const PLACE = /[\u4e00-\u9fa5](?:省|市(?![场政容]|民(?!政|族))|县|区(?![域划])|州|盟|旗|镇|乡|街道|苏木)/;
/** A prefix that is a whole place, ending on its level. */
const PLACE_END = /(?:省|市|县|区|州|盟|旗|镇|乡|街道|苏木|地区)$/;

/**
 * The full name of a body the title names by its level alone or with no place at all ("自治区人民政府
 * 办公厅", "市场监督管理局"): the one the report's own text names (bodyFromText) or the site's, where it
 * ends with the title's name and what it adds is a place ("宁夏回族" before 自治区…, "东湖市" before
 * 市场监督管理局); else null, and the title's name is kept as written.
 */
export function fullerName(agency: string, lines: readonly Line[], from: Element | null, container: Element, ctx: AgencyContext, year: number | null): string | null {
  const levelOnly = LEVEL_ONLY.test(agency);
  if (!levelOnly && PLACE.test(agency)) return null;
  const site = [ctx.siteName, ...ctx.siteHeadings].filter((x): x is string => !!x).map((x) => labelKey(x).replace(/(?:门户网站|官方网站|网站|官网|政府网|门户网)$/, ''));
  for (const name of [bodyFromText(lines, from, container, ctx, year), ...site]) {
    if (!name || name.length <= agency.length || !name.endsWith(agency) || !isGovernmentBody(name) || isSpamName(name)) continue;
    const prefix = name.slice(0, name.length - agency.length);
    if (levelOnly ? !LEVEL_ONLY.test(name) : PLACE_END.test(prefix)) return name;
  }
  return null;
}

/**
 * A 镇, 乡, 苏木 or 街道 whose report names no body in its title, text or info box, named by the page's navigation
 * alone (det66): a crumb ("首页 > 乡镇街道 > 白沙街道 > 政府信息公开年报") or a segment of the <title>
 * ("2024年…年度报告_石门乡_云岭县人民政府") that is one town's name and nothing more: a county's portal files each
 * town's reports under the town's own column. The town's government ("石门乡人民政府", "白沙街道办事处"); null where
 * the navigation names none, or two. A channel's name ("乡镇街道", "各乡镇", "镇街动态") is no town's.
 */
export function townInNavigation(body: Element, ctx: AgencyContext): string | null {
  const found = new Set<string>();
  const add = (raw: string): void => {
    const key = labelKey(raw).replace(CRUMB_LEAD, '');
    if (NAV_TOWN.test(key) && !NAV_CHANNEL.test(key)) found.add(key);
  };
  for (const s of ctx.siteHeadings) add(s);
  for (const el of Array.from(body.querySelectorAll('[class],[id]'))) {
    if (!CRUMB_CLASS.test(`${classAttr(el) ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    const text = normalizeText(readText(el.textContent ?? ''));
    if (text.length <= CHROME_CHARS && CRUMB_SEP.test(text)) for (const crumb of text.split(CRUMB_SEP)) add(crumb);
  }
  if (found.size !== 1) return null;
  const town = [...found][0]!;
  return town.endsWith('街道') ? `${town}办事处` : `${town}人民政府`;
}

/** One town's name: one to six characters before its level. */
const NAV_TOWN = /^[\u4e00-\u9fa5]{1,6}(?:镇|乡|街道|苏木)$/;
/** A channel of towns, or a column, rather than a town: "乡镇街道", "各乡镇", "镇街", "乡镇动态". */
const NAV_CHANNEL = /乡镇|镇街|街镇|镇乡|^各|^所属|^下辖|^全[县区市]|信息|公开|政务|动态|频道|专栏|新闻|工作/;
