/**
 * The report's title: is a line a 政府信息公开工作年度报告 title, and if so which year and which body.
 * Titles vary ("泉州市丰泽区2019年政府信息公开工作年度报告", "2019年市政府政府信息公开工作年度报告",
 * "…年度报告-沭阳县发改局" with a site suffix, "政府信息公开工作年度报告（2021年）"); all matching is
 * done on labelKey text (half-width, no spaces), because Word splits titles over spans and lines.
 */
import { labelKey } from '../text/normalize.ts';
import { adminUnits } from '../collect/body.ts';

/**
 * The report's own name (条例 art. 49–50 calls it 政府信息公开工作年度报告). Accepted forms:
 * …政府信息公开[工作][情况]年度[工作]报告, …政府信息公开[工作]年报. 政务公开 reports are a different
 * document and do not match.
 */
const PHRASE = /政府信息公开(?:工作)?(?:情况)?(?:年度(?:工作)?报告|年报)/;
/**
 * Older reports: "泸州市2012年政府信息公开工作报告", "关于2016年政府信息公开工作情况的报告", taken only
 * when a year comes before it.
 */
const PHRASE_OLD = /政府信息公开(?:工作)?(?:情况)?(?:的)?报告/;

/**
 * Chinese year digits. Editors type the zero of "二〇二三" as the white circle ○ (U+25CB), the
 * large circle ◯, the letter O or the digit 0 as often as 〇 itself: a year is four of these with
 * at least one Chinese digit (all-ASCII years are \d{4}).
 */
const CN_DIGIT: Record<string, string> = {
  〇: '0', 零: '0', '○': '0', '◯': '0', O: '0', '0': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};
const YEAR_SRC = '(\\d{4}|(?=[0O〇零○◯]*[一二三四五六七八九])[0O〇零○◯一二三四五六七八九]{4})年度?';
/** YEAR_SRC compiled once: anywhere, every one (global: reset lastIndex before use), leading */
const YEAR = new RegExp(YEAR_SRC);
const YEARS = new RegExp(YEAR_SRC, 'g');
const LEADING_YEAR = new RegExp('^[(（]?' + YEAR_SRC);
/** The year inside the phrase, as some 2008–2012 reports put it: "上海市政府信息公开2009年度报告", "潍坊市政府信息公开工作2016年度报告". */
const PHRASE_YEAR_INSIDE = new RegExp('政府信息公开(?:工作)?' + YEAR_SRC + '(?:工作)?报告');

/** "二〇一九" → 2019; only years a report could be about (the 条例 took effect in 2008). */
export function parseYear(s: string): number | null {
  const digits = s.replace(/[〇零○◯O一二三四五六七八九]/g, (c) => CN_DIGIT[c] ?? c);
  const n = Number(digits);
  return Number.isInteger(n) && n >= 2007 && n <= 2100 ? n : null;
}

/**
 * What follows the phrase in the title of a document about the report (rules for compiling it, a
 * format, an assessment of the reports): "…年度报告制度", "…年度报告编制工作方案", "…年度报告格式".
 * A report's own title ends at the phrase, or with its year ("（2021年）"). A sample to copy from
 * ("…年度工作报告范文", a forum post with no body and no year) is no body's report.
 */
const ABOUT_THE_REPORT = /^(?:的)?(?:工作)?(?:制度|办法|规定|细则|规范|(?:编制|发布|实施|工作)(?:工作)?(?:方案|要求|说明|指引)|编制|格式|模板|范文|范本|范例|样本|写法|(?:统计表|附表)?\(?(?:样表|空表)|指引|考核|评估|评议|通报|抽查|(?:数据|统计)?(?:填报|报送|核查|审核|检查|质量|评查)|(?:主要)?(?:数据|统计)(?:汇总|分析)|一览)/;
/**
 * A notice's verb before the report's name: "关于做好…", "关于报送…", "关于开展…年度报告…". A report's
 * own title names its body or its year there ("关于2016年度政府信息公开工作情况的报告" is one).
 */
const TASKING = /关于(?:认真|进一步|切实)?(?:做好|抓好|报送|上报|开展|组织|编制|编写|规范|加强|提交|督促)/;

/**
 * A format's blanks where a title names its body or year: "XX（行政机关名称）2025年…年度报告", "东湖区XX局…",
 * "××县…", "20XX年…" (det60: a 年报 notice attaching the 国办 format, its tables blank, under such a
 * heading, was taken for a report). No body's name holds them; a spam name's Latin letters are not
 * these (two or more X alone, a blank's 名称 in brackets).
 */
const PLACEHOLDER = /(?<![A-Za-z0-9.\/-])(?:[Xx×*]{2,}|某某)(?![A-Za-z0-9.\/-])|\((?:[^()]*?)名称\)|20[Xx×]{2}年/;

/**
 * A notice tasking bodies with their reports ("关于做好2025年度政府信息公开工作年度报告编制发布工作的通知"):
 * what stands under such a heading is its instructions and the format to follow, never a body's report
 * (det60: the format's own heading "2025年政府信息公开工作年度报告" over its blank tables was taken for one).
 */
export function isTaskingNotice(key: string): boolean {
  return TASKING.test(key) && /(?:年度报告|年报)/.test(key) && /(?:通知|通报|函|方案|提示)$/.test(key);
}

/** "(2021年)" or "(2021年度)" after the phrase, taken off before ABOUT_THE_REPORT is tested. */
const LEADING_YEAR_PAREN = new RegExp('^[(（]?' + YEAR_SRC + '[)）]?');

export interface TitleMatch {
  /** the phrase as found, e.g. "政府信息公开工作年度报告" */
  phrase: string;
  year: number | null;
  /** the body named before the year, as written (not yet normalised) */
  agencyRaw: string | null;
}

/**
 * Parses one title-like text. Returns null when it is not a report title. A site suffix
 * ("…年度报告-沭阳县发改局", "…_泸州市人民政府") is cut off first.
 */
export function matchReportTitle(text: string): TitleMatch | null {
  const whole = labelKey(text);
  // every phrase below ends in 报告 or 年报: a text without 报 is no title (mainSegment finds no segment then either)
  if (!whole.includes('报')) return null;
  const key = mainSegment(whole);
  if (PLACEHOLDER.test(key)) return null;
  let m = PHRASE.exec(key);
  if (!m) {
    const inside = PHRASE_YEAR_INSIDE.exec(key);
    const year = inside?.[1] ? parseYear(inside[1]) : null;
    if (inside && year !== null) {
      if (ABOUT_THE_REPORT.test(key.slice(inside.index + inside[0].length))) return null;
      return { phrase: inside[0], year, agencyRaw: cleanAgency(key.slice(0, inside.index)) };
    }
    const old = PHRASE_OLD.exec(key);
    if (!old || !YEAR.test(key.slice(0, old.index))) return null;
    m = old;
  }
  return titleAround(key, m);
}

/**
 * "雅安市雨城区人民政府2024年政务公开工作年度报告": a few bodies title their 条例 report so. The same
 * words name the 政务公开 work summaries, plans and 工作要点 that are not this report, so matchReportTitle
 * never takes them; the detector takes such a title only when the page itself is the report (its
 * tables 二/三/四, or the opening that names the 条例 and the 国办 format: detect-report.ts).
 * So with "信息公开工作年度报告" without 政府 ("温州市人力资源和社会保障局2022年信息公开工作年度报告",
 * "…乡人民政府2022年信息公开工作年度报告": hunt32, three real reports), which a university's or a
 * public enterprise's report under other rules is titled too. "西藏自治区审计厅2025年政务信息公开工作开展
 * 年度报告" (detect34: a real report, its 国办 tables on the page) writes 开展 in it.
 */
const PHRASE_ZHENGWU = /(?:政务公开|信息公开)(?:工作)?(?:开展)?(?:情况)?(?:年度(?:工作)?报告|年报)/;

/**
 * Older forms of "信息公开…报告" without 政府, as 2008–2018 departments titled them: "道县文广新局
 * 2013年度信息公开工作报告", "…局信息公开工作2016年度报告". Taken only with the year before or inside the
 * phrase, and, like every title here, only when the page is such a report (detect-report.ts).
 */
const PHRASE_INFO_OLD = /信息公开(?:工作)?(?:情况)?(?:的)?报告/;
const PHRASE_INFO_YEAR_INSIDE = new RegExp('信息公开(?:工作)?' + YEAR_SRC + '(?:工作)?报告');

/** A 政务公开…年度报告 title, parsed as matchReportTitle parses a report's; null otherwise. */
export function matchZhengwuTitle(text: string): TitleMatch | null {
  const whole = labelKey(text);
  // PHRASE_ZHENGWU ends in 报告 or 年报, the older forms in 报告: a text without 报 is none of them
  if (!whole.includes('报') || PLACEHOLDER.test(whole)) return null;
  const parts = whole.split(/[-–—_|]+/);
  const key = parts.find((p) => PHRASE_ZHENGWU.test(p));
  const m = key === undefined ? null : PHRASE_ZHENGWU.exec(key);
  if (key !== undefined && m) return titleAround(key, m);
  for (const part of parts) {
    const inside = PHRASE_INFO_YEAR_INSIDE.exec(part);
    const year = inside?.[1] ? parseYear(inside[1]) : null;
    if (inside && year !== null) {
      if (ABOUT_THE_REPORT.test(part.slice(inside.index + inside[0].length))) return null;
      return { phrase: inside[0], year, agencyRaw: cleanAgency(part.slice(0, inside.index)) };
    }
    const old = PHRASE_INFO_OLD.exec(part);
    if (old && YEAR.test(part.slice(0, old.index))) {
      const t = titleAround(part, old);
      return t && t.year !== null ? t : null;
    }
  }
  return null;
}

/**
 * A body of government (条例 art. 2, 10): a 人民政府, its 局/委/办/厅, a 街道办事处, a 乡 or 镇, a zone's
 * 管委会. Not a university, school, company, hospital or institute, which publish a "信息公开工作年度报告"
 * under rules of their own (高等学校信息公开办法, 企业 and 医疗卫生 rules). Of a name as normalizeAgency
 * returns it; a name of neither kind is not one.
 */
export function isGovernmentBody(name: string | null): boolean {
  if (!name) return false;
  if (/大学|学院|学校|中学|小学|幼儿园|公司|集团|企业|医院|卫生院|研究所|研究院|科学院|银行|协会|学会|基金会|研究会/.test(name)) return false;
  // a joint body's second name in brackets: "澄江县人民政府办公室(澄江县政务服务管理局)"
  return /(?:人民政府|政府|局|委员会|委|办公室|办|厅|街道办事处|管委会|管理委员会|署)$/.test(name.replace(/\([^()]*\)$/, ''));
}

/**
 * A name no body of government bears: a gambling, lottery or streaming site's, an app's, a web
 * address ("美高梅娱乐城办公厅", "澳门博彩业网址交通运输局", "www.365-xx.com办公室"). Hijacked mirrors
 * of real reports put their own name where the body's stood, in the <title>, the heading or the
 * text (detect35: real mirrors of a 省政府办公厅's, a 交通运输局's and a 体育局's reports). A body's
 * name is Chinese: Latin letters or digits in it are a site's.
 */
const SPAM_NAME = /[A-Za-z0-9]|彩票|彩金|棋牌|赌|賭|博彩|娱乐|娛樂|百家乐|百家樂|老虎机|老虎機|真人|投注|下注|开奖|開獎|六合彩|时时彩|官网|官網|官方网站|网站|网址|網址|直播|注册|註冊|下载|下載|平台|线上|線上/;

export function isSpamName(name: string | null): boolean {
  return name !== null && SPAM_NAME.test(name);
}

/** The year and body around a title phrase found at m in key; null for a document about the report. */
function titleAround(key: string, m: RegExpExecArray): TitleMatch | null {
  const prefix = key.slice(0, m.index);
  const suffix = key.slice(m.index + m[0].length);
  // "关于做好2025年政府信息公开工作年度报告", the first line of a notice's heading that Word broke
  // before "编制和发布工作的通知" (detect34: a real 市政府办公室's notice): a task about the report
  if (TASKING.test(prefix)) return null;
  // "…年度报告制度", "…年度报告编制工作方案": a document about the report, not the report
  if (ABOUT_THE_REPORT.test(suffix.includes('年') ? suffix.replace(LEADING_YEAR_PAREN, '') : suffix)) return null;
  let year: number | null = null;
  let agencyRaw = prefix;
  // the year closest to the phrase is the year reported on ("益阳市人民政府2018年…")
  let last: RegExpExecArray | null = null;
  YEARS.lastIndex = 0;
  for (let y = YEARS.exec(prefix); y; y = YEARS.exec(prefix)) last = y;
  if (last && last[1]) {
    year = parseYear(last[1]);
    const before = prefix.slice(0, last.index);
    const after = prefix.slice(last.index + last[0].length);
    // "2019年市政府政府信息公开…": the body comes after the year
    agencyRaw = cleanAgency(before) ? before : after;
  } else {
    // "政府信息公开工作年度报告（2021年）"
    const y = suffix.includes('年') ? LEADING_YEAR.exec(suffix) : null;
    if (y?.[1]) year = parseYear(y[1]);
  }
  return { phrase: m[0], year, agencyRaw: cleanAgency(agencyRaw) };
}

/**
 * Is the text the report's own title and nothing more ("…2023年政府信息公开工作年度报告", a site's
 * name after a dash, a year in brackets after it), not a document that names the report
 * ("关于公布…年度报告的通知", "…年度报告解读")? For a page that holds nothing but the report's file
 * (attachment.ts), its <title> is all that tells what the file is.
 */
export function isBareReportTitle(text: string): boolean {
  const key = mainSegment(labelKey(text));
  const m = PHRASE.exec(key) ?? PHRASE_YEAR_INSIDE.exec(key);
  if (!m) return false;
  const suffix = key.slice(m.index + m[0].length).replace(LEADING_YEAR_PAREN, '');
  return /^[()（）【】[\]]*$/.test(suffix) && !/^(?:关于|转发|印发|公布|发布)/.test(key);
}

/** Of "A-B-C", the segment holding the report phrase (the rest is the site's name or column). */
export function mainSegment(key: string): string {
  const parts = key.split(/[-–—_|]+/);
  if (parts.length < 2) return key;
  return parts.find((p) => PHRASE.test(p) || PHRASE_OLD.test(p) || PHRASE_YEAR_INSIDE.test(p)) ?? key;
}

/** Other segments of a "title-site" text: candidates for the site's name. */
export function otherSegments(text: string): string[] {
  const key = labelKey(text);
  const parts = key.split(/[-–—_|]+/).filter((p) => p.length > 0);
  return parts.length < 2 ? [] : parts.filter((p) => !p.includes('政府信息公开') || (!PHRASE.test(p) && !PHRASE_OLD.test(p) && !PHRASE_YEAR_INSIDE.test(p)));
}

/**
 * A column tag before a title, as 公众号 and news apps head their posts ("【2024政务公开】南阳市宛城区
 * 人民政府2023年…", "【权威发布】…"): no part of the body's name (red team 25: "2024政务公开】南阳市…"
 * was taken for it). Only with a name after it: "【宛城区】2023年…" keeps 宛城区.
 */
const COLUMN_TAG = /^【[^【】]*】(?=[^【】])/;

/** An info box's label before the title: no body's name begins so. */
const INFO_LABEL = /^(?:标题|题名|文件名称|信息名称)(?=[\u4e00-\u9fa5])/;

/** s without its ending w, if it ends so (a test of the ending, not a regex: most names end in neither, perf65). */
const dropEnd = (s: string, w: string): string => (s.endsWith(w) ? s.slice(0, -w.length) : s);

/** Strips what is not the body's name: "标题:", "关于", a column tag, quotes, brackets, a trailing "的". */
function cleanAgency(s: string): string | null {
  let a = s;
  const colon = a.lastIndexOf(':');
  // a red-header's 文号 and 签发人 before the title ("…〔2015〕3号签发人:张某2014年…"): the name after
  // that colon is a person's, not the body's (titleAround then takes the body after the year)
  if (colon >= 0 && a.includes('签') && /(?:签发人|签发|签批人)$/.test(a.slice(0, colon))) return null;
  if (colon >= 0) a = a.slice(colon + 1);
  // an info box's label with no colon, its cells run together ("标 题 连云区教育局政府信息…", detect41)
  else a = a.replace(INFO_LABEL, '');
  if (a.startsWith('【')) a = a.replace(COLUMN_TAG, '');
  a = (a.startsWith('关于') ? a.replace(/^关于(?:公布|印发|发布)?/, '') : a).replace(/^[《“"'【\[]+|[》”"'】\]]+$/g, '');
  // brackets around the name go; a joint body's second name keeps its own ("黔南州人民政府(州政府办公室)")
  if (/^\([^()]*\)$/.test(a)) a = a.slice(1, -1);
  if (!a.includes(')')) a = a.replace(/^\(+/, '');
  if (!a.includes('(')) a = a.replace(/\)+$/, '');
  // "潍坊市人民政府办公室关于2016年度…的报告": the body before 关于; a news headline's verb after the name, "我局发布2024年…"
  // (det63: "我局发布" was the body), or a notice's after its 关于, "…办公室关于发布2025年…" (det64: "…办公室关于" was)
  a = dropEnd(dropEnd(a, '的'), '关于').trim().replace(/(?:正式)?(?:发布|公布|晒出|亮出)了?《?$/, '');
  a = dropEnd(a, '关于');
  return a.length > 0 ? a : null;
}

/**
 * A body named by its level only: "市政府", "区人民政府", "本机关"; "本镇" is a 镇's (det68: it was any level's, and on a
 * county's portal "现公布本镇2024年…年度报告" named the county's government).
 */
const GENERIC = /^(?:本|我)?(市|区|县|镇|乡|州|省|旗)?(?:人民)?政府$|^(?:本|我)(?:机关|单位|局|委|办|(市|区|县|镇|乡))$/;

/** An office named by its level alone, "街道党政办", "区政府办" (det60: a 街道's contact line): whose, it does not say. */
export const LEVEL_OFFICE = /^(?:本|我)?(街道|乡|镇|区|县|市|州|旗|苏木)(?:人民)?(?:政府)?(?:党政|党政综合|综合)?(?:办公室|办)$/;
/**
 * LEVEL_OFFICE's level word, tested for its last character first (办, 室): a title that names no office never compiles
 * the regex (perf63).
 */
export const levelOfficeOf = (raw: string): string | null => (raw.endsWith('办') || raw.endsWith('室') ? LEVEL_OFFICE.exec(raw)?.[1] ?? null : null);

/** Zones whose body is a 管委会, not a 人民政府: never append 人民政府 to these. */
const ZONE = /(?:开发|高新|园|景|保税|试验|片|示范|功能|工业|产业|度假|实验|合作|综合|名胜|新城|管理)区$/;
/** Words that make a name a department or office rather than a region. */
const BODY_WORD = /局|委|办|厅|院|中心|会|所|处|站|队|部|室|馆|公司|政府|集团|署|社|校|行|团/;

export interface AgencyContext {
  /** <meta name="SiteName"> */
  siteName: string | null;
  /** other headings that may name the site ("…年度报告-泸州市人民政府" → 泸州市人民政府) */
  siteHeadings: string[];
  /**
   * the governments the footer's 主办单位 names ("主办单位：云岭县人民政府办公室" → 云岭县人民政府: town-county.ts
   * footerGovernments), read where nothing else named the body (det68): they resolve a name by its level ("县人民政府", "本县"),
   * the one of that level only, never "本机关" (a department's report on the county's portal says so too)
   */
  sponsors?: readonly string[];
}

/**
 * The reporting body, from what the title says. A pure region name gets its government: "泉州市丰泽区" →
 * "泉州市丰泽区人民政府" (a 街道 its 办事处). A name with a level only ("市政府", "本机关") is resolved from the
 * site's name when that names a body of the same level; otherwise null. Never a guess.
 */
export function normalizeAgency(raw: string | null, ctx: AgencyContext): string | null {
  if (!raw || levelOfficeOf(raw) !== null) return null;
  const g = GENERIC.exec(raw);
  if (g) return resolveGeneric(g[1] ?? g[2] ?? null, ctx);
  // a town's or county's name holding a body word's character (八所镇, 团风县, 行唐县: det63) is a place (not a 社区)
  if (/(?:镇|乡|苏木|县|旗)$/.test(raw) && !ZONE.test(raw) && adminUnits(raw).rest === '') return raw + '人民政府';
  if (BODY_WORD.test(raw) || ZONE.test(raw)) return raw;
  if (/街道$/.test(raw)) return raw + '办事处';
  // a 地区's and a 盟's government is its 行政公署 ("大兴安岭地区", "兴安盟": detect35)
  if (/地区$|(?<!联)盟$/.test(raw)) return raw + '行政公署';
  if (/(?:省|市|区|县|镇|乡|旗|州|苏木)$/.test(raw)) return raw + '人民政府';
  return raw;
}

function resolveGeneric(level: string | null, ctx: AgencyContext): string | null {
  const ofLevel = level ? (ctx.sponsors ?? []).filter((n) => new RegExp(level + '(?:人民)?政府$').test(n) && n.length > level.length + 2) : [];
  if (ofLevel.length > 0) return ofLevel.length === 1 ? ofLevel[0]! : null;
  const names = [ctx.siteName, ...ctx.siteHeadings]
    .filter((s): s is string => !!s)
    .map((s) => labelKey(s).replace(/(?:门户网站|官方网站|网站|官网|政府网|门户网)$/, ''));
  for (const name of names) {
    if (level) {
      // "市政府" on 泸州市人民政府's site; not on a 区's or a department's site
      if (new RegExp(level + '(?:人民)?政府$').test(name) && name.length > level.length + 2) return name;
    } else if (/(?:人民政府|局|委员会|委|办公室|办|厅|中心|管委会)$/.test(name)) {
      return name;
    }
  }
  return null;
}

/**
 * Pages that name a report but are something else. Tested on the page's title and headings only,
 * never on the body (a report's text says 政策解读 and 预算 often enough).
 */
const OTHER_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  // 图说/数说/看懂: picture and H5 versions of the report, restating its sections and figures
  [/解读|图解|图说|数说|读懂|看懂|一图|问答|答记者问/, '解读页面，不是年度报告原文'],
  [/法治政府建设/, '法治政府建设年度报告，不是政府信息公开工作年度报告'],
  [/政府工作报告/, '政府工作报告，不是政府信息公开工作年度报告'],
  [/预算|决算|三公经费/, '预算或决算公开页面，不是政府信息公开工作年度报告'],
  // a year's 工作要点/工作计划/实施方案 (det62: det60's n10 was "…没有报告正文"): a year or 印发 before it, no 报告
  // between, the title ending in it ("…工作要点》的通知"); a report "（含2025年工作计划）" or a column's bare name is not
  [/(?:\d{4}年度?|印发)(?:(?!报告)[^-_|]){0,20}?(?:工作要点|工作计划|实施方案|工作方案)》?(?:的通知)?(?:$|[-_|])/, '工作要点、工作计划或实施方案，不是政府信息公开工作年度报告'],
];

/** Any of OTHER_KINDS at once: nearly every line names none, and is tested once. */
const ANY_OTHER_KIND = new RegExp(OTHER_KINDS.map(([re]) => re.source).join('|'));

/** Why a title-like text names some other document, or null. */
export function otherKind(text: string): string | null {
  return otherKindOfKey(labelKey(text));
}

/**
 * otherKind of a text already in labelKey form, such as a Line's key (lines.ts): labelKey leaves
 * those as they are, and the detector asks this of every line of a page.
 */
export function otherKindOfKey(key: string): string | null {
  if (!ANY_OTHER_KIND.test(key)) return null;
  for (const [re, reason] of OTHER_KINDS) if (re.test(key)) return reason;
  return null;
}

/**
 * Does a line read as a title rather than a sentence? Short, no sentence punctuation, and the
 * report not quoted in 《》 (a quoted title is a reference to the report, as in a 解读 or a notice).
 * key: the text in labelKey form (a Line's key).
 */
export function isTitleLikeKey(key: string): boolean {
  return key.length >= 8 && key.length <= 80 && !/[,。;!?《]/.test(key) && !QUOTED_IN_SENTENCE.test(key);
}

/**
 * The report's name in quotes with words after them: "找到约236条与“政府信息公开工作年度报告”相关的结果"
 * (det60: a search page was taken for a report by its count line), "点击“…年度报告”下载". A quoted
 * name is a reference to the report, as 《》 is.
 */
const QUOTED_IN_SENTENCE = /[“"][^“”"]*(?:报告|年报)[^“”"]*[”"][^“”"]/;
