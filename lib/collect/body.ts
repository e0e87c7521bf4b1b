/**
 * "The same body" across years and pages, and the record's id. Pure string work, no zod, so that
 * the content script can compute a page's id without pulling the schemas in.
 *
 * A body's key is its normalised name plus its registrable site: the same district publishes as
 * "广州市云溪区人民政府" one year and "云溪区人民政府" the next, on www.yunxi.gov.cn or
 * zwgk.yunxi.gov.cn; two bodies of the same name on different portals stay apart. A report whose
 * title names the 区政府办公室 is the office's own (its own 依申请 figures, as a 部门 reports them),
 * not the government's: it keys apart. The government's report that its office publishes (title
 * "云溪区人民政府…年度报告", 来源 区政府办公室) is named by its title, so it keys as the government.
 */
import { namesNoSite } from './copy-address.ts';

/**
 * Admin units, outermost first; 镇/乡/街道 count so that a town's key does not carry its county. A
 * name may begin with a unit's character (市中区, 镇江市, 镇海区, 乡宁县, 县前街道: det62), then one
 * more before its unit (津市市新洲镇 is 津市市 > 新洲镇, not 津市 > 市新洲镇).
 */
const UNIT = /^(?:[^省市区县州旗盟镇乡]{1,12}?|[市县区镇乡][^省市区县州旗盟镇乡])(?:省|自治区|特别行政区|自治州|地区|市|州|盟|自治县|区|县|旗|街道|镇|乡)/u;
/**
 * A word that begins with a unit's character and is no unit's: 市场, 市容, 市直, 区属, 县级, 市政 (not 市政府), 市民
 * (not 市民政局, 市民族…) — "济南市市场监督管理局" was read 济南市 + 市, its region "济南市市"; "云岭区市场…" "云岭区市",
 * "浙江省市场…" "浙江省市" (det63). A unit's own next character stays one: 新乡 + 市, 红旗 + 区, 津市 + 市民政局.
 */
const UNIT_WORD = /^[市县区](?:场|容|貌|直|属|级|辖|本级|监|域|中心|管|情|志|政(?!府)|民(?!政|族))/u;

/** Does a unit found ending in a unit's character go on to the next one (广州 + 市, 沙市 + 区, 新乡 + 市, 津市 + 市)? */
export function unitGoesOn(unit: string, after: string): boolean {
  return /^[市县区旗]/u.test(after) && !UNIT_WORD.test(after) && (unit.endsWith('州') || /^[市县区]/u.test(after));
}
/** Department words that end in a unit character ("城乡", "城市") or join two words ("和"). */
const NOT_PLACE = /城[乡市]$|.和/u;
/** Suffixes that name the same body as the government itself: 人民政府, 政府, a 街道's 办事处. */
const GOVERNMENT_SUFFIX = /(?:人民政府|政府|办事处)$/u;
/**
 * The government's general office, however written (人民政府办公室, 政府办公厅, 政府办): another
 * body than the government, one key whatever the variant ("云溪区政府办公室").
 */
const GOVERNMENT_OFFICE = /(?:人民)?政府办(?:公室|公厅)?$/u;
const OFFICE_KEY = '政府办公室';

/** A body's name after its admin units, the same across its reports' variants. */
function bodyPart(rest: string): string {
  const office = GOVERNMENT_OFFICE.exec(rest);
  return office ? rest.slice(0, office.index) + OFFICE_KEY : rest.replace(GOVERNMENT_SUFFIX, '');
}
/** Words a title adds around the name. */
const TITLE_WORDS = /(?:\d{4}\s*年度?)|政府信息公开(?:工作)?年度报告|政府信息公开年报|信息公开(?:工作)?年度报告|年度报告/gu;

/**
 * Full-width to half-width, no spaces, no bracketed notes ("（本级）"), no title words or years; no quotation marks
 * inside the name and one list comma between two names: 阳江市"阳东,合山"管理区, 阳江市“阳东、合山”管理区 and
 * 阳江市阳东、合山管理区 are one body and one region (dash98: the ASCII quotes keyed a body and a region of their own).
 */
export function cleanName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/["“”'‘’「」『』]/gu, '')
    .replace(/(?<=\p{Script=Han})[,、](?=\p{Script=Han})/gu, '、')
    .replace(/[（(][^（）()]*[）)]/gu, '')
    .replace(TITLE_WORDS, '')
    .replace(/[_\-—|·:：,，。"“”'‘’《》<>]+$/u, '')
    .replace(/^[_\-—|·:：,，。"“”'‘’《》<>]+/u, '');
}

/**
 * The unit a name that ends in a unit's character goes on to (det62): 广州 + 市, 秦州 + 区, 沙市 + 区,
 * 津市 + 市; a town's 新市 + 镇, 旧县 + 镇, 新区 + 街道, 矿市 + 街道. Not where a unit of its own starts
 * there (济南市 > 市中区, 宁波市 > 镇海区, 历下区 > 市中街道), which a 州 never is (广州 + 市云溪区).
 * The key is the same either way ("新市" + "镇" or "新市镇" + ""); the region is not ("新市" was one).
 */
function ownUnitAfter(unit: string, after: string): string {
  if (unitGoesOn(unit, after) && (unit.endsWith('州') || !UNIT.test(after))) return after[0]!;
  if (!/[市县区州旗盟]$/u.test(unit)) return '';
  if (after.startsWith('街道')) return '街道';
  return /^[镇乡](?![省市区县州旗盟镇乡街])/u.test(after) && !UNIT.test(after) ? after[0]! : '';
}

/** The leading admin units of a (clean) name, outermost first, and what follows them. */
export function adminUnits(clean: string): { units: string[]; rest: string } {
  const units: string[] = [];
  let rest = clean;
  for (;;) {
    const m = UNIT.exec(rest);
    // "住房和城乡建设局", "城市管理局" hold a unit character but are departments, not places
    if (!m || NOT_PLACE.test(m[0])) break;
    const unit = m[0] + ownUnitAfter(m[0], rest.slice(m[0].length));
    units.push(unit);
    rest = rest.slice(unit.length);
  }
  return { units, rest };
}

/**
 * The body's name reduced to what stays the same across its reports: the innermost admin unit and
 * the department after it, without the government suffix. "广州市云溪区人民政府" and "云溪区政府"
 * give "云溪区"; "云溪区人民政府办公室" and "云溪区政府办" give "云溪区政府办公室" (the office's own
 * report); "广州市云溪区卫生健康局" gives "云溪区卫生健康局". Returns null when nothing is left to
 * name a body.
 */
export function normaliseBodyName(name: string | null | undefined): string | null {
  if (!name) return null;
  const clean = cleanName(name);
  const { units, rest } = adminUnits(clean);
  const last = units[units.length - 1] ?? '';
  const key = last + bodyPart(rest);
  return key.length > 0 ? key : bodyPart(clean) || null;
}

/** Two-label public suffixes a Chinese portal sits under (gz.gov.cn is registrable, gov.cn is not). */
const SECOND_LEVEL = new Set(['gov.cn', 'com.cn', 'org.cn', 'net.cn', 'edu.cn', 'ac.cn', 'gov.hk', 'gov.mo', 'com.hk', 'org.hk']);

/** "www.gz.gov.cn" → "gz.gov.cn"; "zwgk.yunxi.gov.cn" → "yunxi.gov.cn"; IPs and single labels as they are. */
export function registrableSite(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/u, '').replace(/:\d+$/u, '');
  if (/^[\d.]+$/u.test(host) || host.includes(':') || !host.includes('.')) return host;
  const labels = host.split('.');
  const two = labels.slice(-2).join('.');
  const take = SECOND_LEVEL.has(two) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * Host labels that name no body: the portal itself or its 政务公开 / 信息公开 section (目录, 平台),
 * its 政务服务 or mobile site. A body's reports move between them from year to year.
 */
const GENERIC_LABEL = /^(?:www\d*|zwgk|xxgk|zfxxgk|gk|zw|m|wap|web|portal|gkml|xxgkml|zfxxgkml|zfxx|xxgkpt|zwfw|open|info|gov)$/u;

/**
 * What a host says below its registrable site, without the generic labels: "gangu.tianshui.gov.cn"
 * → "gangu" (a county on its city's consolidated portal), "www.yunxi.gov.cn" and
 * "zwgk.yunxi.gov.cn" → "" (the portal itself). IPs and single labels give "".
 */
export function subsiteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/u, '').replace(/:\d+$/u, '');
  const site = registrableSite(host);
  if (site === host || !host.endsWith(`.${site}`)) return '';
  return host
    .slice(0, -site.length - 1)
    .split('.')
    .filter((l) => !GENERIC_LABEL.test(l))
    .join('.');
}

/**
 * The automatic key of "the same body": normalised name + registrable site, or null without a name,
 * on a host that names no body's site (a 公众号's, a news platform's, an archive's page that holds
 * no original: collect/copy-address.ts), or with no host at all (a report opened from the reader's
 * disk, file:///…): there two bodies of one name (北京's and 长春's 朝阳区) would share the key.
 */
export function bodyKeyOf(body: string | null | undefined, site: string): string | null {
  const name = normaliseBodyName(body);
  return name === null || site.trim() === '' || namesNoSite(site) ? null : `${name}@${registrableSite(site)}`;
}

/**
 * The key a record is matched by: the user's correction wins. An automatic key of no site
 * ("朝阳区@", kept before bodyKeyOf gave none for a page with no host) matches nothing.
 */
export function effectiveBodyKey(r: { bodyKey: string | null; bodyKeyOverride: string | null }): string | null {
  if (r.bodyKeyOverride !== null) return r.bodyKeyOverride;
  return r.bodyKey !== null && r.bodyKey.endsWith('@') ? null : r.bodyKey;
}

/**
 * 省/市/区县 as far as the body's name (else the title) tells: its leading admin units joined,
 * "广州市云溪区"; else the county the page placed a town in (report.agencyRegion, detect/town-county.ts:
 * "城关镇人民政府" under "首页 > 甘谷县 > 城关镇"); null when none names one (a bare "区卫生健康局").
 */
export function regionOf(body: string | null | undefined, title?: string | null, county?: string | null): string | null {
  for (const text of [body, title]) {
    if (!text) continue;
    const { units } = adminUnits(cleanName(text));
    // towns and sub-districts are below what people filter by
    const kept = units.filter((u) => !/(?:街道|镇|乡)$/u.test(u));
    if (kept.length > 0) return kept.join('');
  }
  return county || null;
}

/** Query parameters that only say where a click came from. */
const TRACKING = /^(?:utm_\w+|spm|gclid|fbclid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|isappinstalled|scene|clicktime|enterid|from|share_token|sharer_shareid|wxfrom|timestamp|_t)$/iu;

/**
 * The record's id: the page URL without its fragment and tracking parameters, host in lower case,
 * default port dropped. Two visits of one report from different links give one id.
 */
export function recordId(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.split('#')[0] ?? url;
  }
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  return u.href;
}
