/**
 * Whose figure is it: the whole body the tables count, or a part of it (its 本级, its 部门, its
 * 乡镇/街道, the office that answers for it)? Read by the comparison with the tables
 * (text-vs-table.ts): a part's figure is not the table's.
 *
 * A sentence's subject holds for its later ，-clauses, up to a ；or the sentence's end, or until
 * another subject appears: in "区政府本级共收到…66件，上年结转6件，办结69件，结转下年度继续办理
 * 3件" every figure is 本级's. And "共/合计" after a part's name is that part's total ("区直部门共
 * 收到申请18件"), not the body's. A clause naming the whole (全区, 全县, 各级各部门, 我局, 本机关)
 * is the whole again: "区政府本级收到17件，全区共收到45件" compares 45.
 *
 * Whose whole that is depends on whose report it is (the agency of its title, bodyOf): in a
 * 部门's report "全市共收到申请1200件" or "市政府共制发规范性文件120件" quotes the region or
 * another body, and its own tables do not count them; in a 区政府's, "全市…" is the city's.
 */
import { semicolonClauseStart } from './figures-in-text.ts';
import { clauseStart } from './quote.ts';

/**
 * Words naming the whole body; they win over a part's in the same clause ("全县各乡镇、各部门共收到…"),
 * but not over the whole's own parts named right after it ("全县各乡镇收到…": WHOLE_THEN_PARTS).
 * SELF names the body as such ("我局", "本机关"), REGION a region ("全区", "本市"), which is the
 * body's whole only when the body is that region's government (or, whose report it is not known,
 * as before).
 */
const SELF = /[我本](?:局|委|办|厅|署|院|机关|单位|部门)(?!级|机关)/;
const REGION = /(?:全|[我本](?!级))(市|县|区|镇|乡|旗|州|省|盟|国|街道)(?!级|场|长|委|直|属|域)/g;
const WHOLE = /全(?:市|县|区|镇|乡|旗|州|省|盟)|各级各(?:部门|单位)|各级(?:行政机关|政府|机关)|[我本](?:局|委|办|厅|署|院|机关|单位|部门|市|县|区|镇|乡|街道)(?!级|机关)/;

/**
 * A government named as the subject of its clause ("2023年，市政府共制发…", "市人民政府全年
 * 收到…"): only time words before it (not "按照市政府部署", "报请市政府", "代市政府"), and a
 * count or a verb after it (not "县政府门户网站", "市政府办公室", "市政府令").
 */
const GOVERNMENT_SUBJECT = /^(?:\s|[，,]|\d{4}\s*年度?|全年|本年度?|今年|年内|当年|同年)*(市|县|区|镇|乡|旗|州|省|盟)(?:人民)?政府(?=[\s，,]|共|合计|总计|累计|全年|本年|今年|年内|当年|新|收到|受理|接收|接到|办理|办结|答复|处理|予以|同意公开|部分公开|不予|制发|制定|印发|出台|发布|作出|做出|实施|发生|被|未|无|没有|$)/;

/**
 * Whose report it is: the levels of region that are the body itself (全区 for a 区政府; 本镇,
 * 全街道 for a 街道办事处, once a 镇 and still so called), none for a 部门 (its 全市 is the region).
 */
export interface Body {
  levels: ReadonlySet<string>;
  /** the report is a government office's own (…办公室, …办公厅): "市政府办公室收到…" may be the body itself */
  office?: true;
  /** the agency's own name, when known: a department named in a 部门's report that it cannot abbreviate is another body */
  name?: string;
}

const NO_LEVEL: ReadonlySet<string> = new Set();
const TOWNSHIP: ReadonlySet<string> = new Set(['街道', '镇', '乡']);

/** The body a report's agency names ("东湖市青溪区人民政府" → 区; "…市场监督管理局" → a 部门, no level). */
export function bodyOf(agency: string | null | undefined): Body | null {
  if (!agency) return null;
  const g = /(市|县|区|镇|乡|旗|州|省|盟)(?:人民)?政府$/.exec(agency);
  if (g) return { levels: new Set([g[1] as string]), name: agency };
  if (agency.includes('办公') && /办公[室厅]$/.test(agency)) return { levels: NO_LEVEL, office: true, name: agency };
  return { levels: agency.includes('街道') && /街道(?:办事处)?$/.test(agency) ? TOWNSHIP : NO_LEVEL, name: agency };
}

/**
 * Do the words name a region or a government that is not the body: "全市" in a 部门's or a
 * 区政府's report, "市政府…" heading a clause in a 部门's? (Never without knowing the body.)
 */
export function namesAnotherBody(words: string, body: Body | null): boolean {
  if (!body) return false;
  REGION.lastIndex = 0;
  for (let m = REGION.exec(words); m; m = REGION.exec(words)) if (!body.levels.has(m[1] as string)) return true;
  const g = GOVERNMENT_SUBJECT.exec(words);
  return g !== null && !body.levels.has(g[1] as string);
}

/**
 * One office or unit of the body, named after the body ("本局办公室直接受理的申请47件", "本办综合科…",
 * "我委政策法规处收到…"), or alone before its verb ("综合科直接受理…", "法规科收到…"): the unit's
 * share of the applications, the rest being answered by the other 处室 (red team 13). Not the body
 * at work ("本局处理…", "本局办理…": 处 and 办 before 理 are verbs).
 */
const OFFICE = /办公室|综合科|科室|处室|[^\s，,；;。\d、]{1,6}?[科处股](?=直接|共|收到|受理|接收|接到|登记|新收)/;
const SELF_OFFICE = new RegExp(`${SELF.source}[^，,；;。\\d、]{0,8}?(?:${OFFICE.source})`);

/**
 * Words naming part of the body: "市政府办公室收到52件", "市直各部门收到34件", "各县区收到34件",
 * "区政府本级…", "代表区政府受理…", "乡镇（街道）共收到…", "镇街…", "区属部门…" ("区政府办理…" is the body at work).
 * A 部门's own parts (red team 10, pages 58 and 59): "局机关收到申请41件" (本局机关 too: the
 * bureau's offices, not its 局属单位), "局属单位…", "各市场监管所…", "各执法大队…", "各分局…", and
 * "代区政府办理的申请12件" (the office answering for the government, as 代表 is). Not "本局",
 * "我局": the body itself (SELF). A 所/站/队 after 各 is a unit, not "各类申请所涉…".
 */
const PART = new RegExp([
  /各[^，,；;。\d]{0,6}?(?:部门|单位|街道|乡镇|镇|乡|县|区|科室|处室|中心|分局)/.source,
  /各[^，,；;。\d]{1,6}?(?:所|站|队)(?![需涉提申属在有述列要以得谓])/.source,
  /市直|县直|区直|[市县区局委厅]属|下属|直属|(?:组成|工作|职能)部门|[局委厅署院办]机关/.source,
  /办公室|政府办(?![理结事])|本级|代表|代[省市县区镇乡旗州盟](?:人民)?政府|乡镇|镇街/.source,
  OFFICE.source,
].join('|'));

/**
 * A clause's head, its subject: the words before its verb (or figure). A share or a comparison
 * names its base, not a subject: "区政府本级收到30件，占全区申请总数的35%，办结31件".
 */
const HEAD_END = /占|较|比|收到|受理|接收|接到|提出|新收|办结|答复|办理|处理|公开|被|共|合计|总计|累计|转|涉及|对|向|为|\d/;

/** Closed parentheses, whose words are an aside, not the sentence's subject: "86件（其中区政府本级52件），办结88件". */
const CLOSED_PAREN = /[（(][^（()）]*[）)]/g;

/**
 * The whole's region with some of its parts after it: "全县各乡镇收到申请30件", "全区各部门共…": the
 * 乡镇's or 部门's figure, not the region's (red-team style; it was compared as the whole). Not
 * 各级 ("全区各级各部门", "全市各级行政机关": the whole, or a wider scope: WIDER), nor both kinds
 * of unit joined ("全县各乡镇、各部门": the other bodies of the region summed, WIDER).
 */
const WHOLE_THEN_PARTS = /全(?:市|县|区|镇|乡|旗|州|省|盟)(?:的|范围内)?各(?!级)[^，,；;。\d、和及与]{0,6}?(?:部门|单位|街道|乡镇|镇街|镇|乡|县区|区县|县|区|科室|处室|中心|分局)/;

/**
 * A department of a government named as its clause's subject ("区发展和改革局收到申请8件，办结8件",
 * "发展改革局…", "区人民法院…", next to a by-department table): in a government's report, one of its
 * 部门 or another body, not the government (red team 19). Only where the body is a government: in a
 * 部门's report the name may be its own. And a named 街道, 镇 or 乡 ("城关街道收到申请5件") in the
 * report of a government above them (a 区, 县, 市…): one of its towns; in a 镇's report it may be itself.
 */
// (not after 其中: "其中县自然资源局收到…" is qizhong-readings.ts's to read)
const SUBJECT_START = /^\s*(?:\d{4}\s*年度?\s*[，,]?\s*)?(?![全本我各该其])/.source;
const SUBJECT_VERB = /(?=$|\s|共|全年|本年|收到|受理|接收|接到|新收|办结|答复|办理|处理|予以|同意|部分公开|不予)/.source;
// (and a 所 or 大队 of the same trade as the body, "区卫生监督所…", "区卫生健康执法大队…" in a 卫生健康局's report: rt42)
const NAMED_DEPARTMENT = new RegExp(`${SUBJECT_START}(?:(?!政府)[^，,；;。\\d、（(]){1,12}?(?:局|委员会|委|中心|院|(?<![有之年度])所|大队|支队)${SUBJECT_VERB}`);
const NAMED_TOWN = new RegExp(`${SUBJECT_START}(?:(?!政府)[^，,；;。\\d、（(]){1,8}?(?:街道|镇|乡)${SUBJECT_VERB}`);

/**
 * In a 部门's report, a department named as the subject that is not the body: "区财政局予以公开10件" in a
 * 卫生健康局's report (rt40) quotes another body, which table 三 does not count. The body's own name, or
 * any short form of it ("区卫健局", "市场监管局" for "…市场监督管理局": its characters in the agency's
 * order), may be the body itself and is not taken for another.
 */
function namesOtherDepartment(words: string, body: Body | null): boolean {
  if (!body?.name || body.levels.size > 0) return false;
  const m = NAMED_DEPARTMENT.exec(words);
  if (!m) return false;
  // (a year cut from its 年: "2023 年度我局共收到…" leaves "年度我局"; the body itself, 我局/本局, is no other)
  const name = m[0].replace(/^[\s\d]*(?:年度?)?\s*[，,]?\s*/, '').trim();
  if (SELF.test(name) || /^[我本该其]/.test(name)) return false;
  // (the region before the name may be written another way, "县人力社保局" in 开州区's report once 开县: the
  // name after its last level word)
  // (a level above the body's own is another body: "市卫生健康局" in a 区卫生健康局's report)
  const own = levelTier(body.name);
  if (own !== null && [...name.matchAll(LEVEL_CHAR)].some((l) => (TIER[l[0]] ?? 9) < own)) return true;
  return !shortFormOf(name.replace(/^.*[省市县区州盟旗](?!场)/, ''), body.name);
}

/** A level of region in a name (not the 市 of 市场), and how high it stands: 省 0, 市/州/盟 1, 县/区/旗 2. */
const LEVEL_CHAR = /[省市县区州盟旗](?!场)/g;
const TIER: Record<string, number> = { 省: 0, 市: 1, 州: 1, 盟: 1, 县: 2, 区: 2, 旗: 2 };
/** The tier of the last level named in the agency's name ("东湖市云岭区卫生健康局": 区, 2), or null. */
function levelTier(agency: string): number | null {
  const all = [...agency.matchAll(LEVEL_CHAR)];
  const last = all[all.length - 1];
  return last ? TIER[last[0]] ?? null : null;
}

/** Are the characters of `name` found, in order, in `agency` (a short form of it)? */
function shortFormOf(name: string, agency: string): boolean {
  let at = 0;
  for (const ch of name) {
    at = agency.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/** Does the subject name a department or a town of the government whose report it is? */
function namesUnitOfGovernment(words: string, body: Body | null): boolean {
  if (!body || body.levels.size === 0) return false;
  if (NAMED_DEPARTMENT.test(words)) return true;
  return [...body.levels].every((l) => !TOWNSHIP.has(l)) && NAMED_TOWN.test(words);
}

/**
 * Work delegated, to the body or by it: "受区政府委托办理的申请9件", "我局受委托办理的…", "委托街道办理的申请9件"
 * (rt41): a part of what the tables count (or none of it), whose figure is not the whole's. Even after 我局.
 */
const DELEGATED = /(?:受[^，,；;。\d]{0,12}?委托|受托)[^，,；;。\d]{0,12}?(?:办理|答复|处理|承办|代为|代办|受理|转办)|委托[^，,；;。\d]{0,12}?(?:办理|答复|处理|承办|代为|代办|代理|提出|提交)/;
/**
 * The same, heading the ；-clause before the figure's own ，-clause when that clause names work on applications or
 * cases: "经区政府委托，我局办理申请9件" (not "受区政府委托，全年制发规范性文件13件": table 二's, the body's own).
 */
// (right before the figure's own ，-clause: not "经区政府委托，我局开展培训3期，全年共收到申请68件", whose 68 is the body's, rt43)
const DELEGATED_LEAD = /(?:^|[，,：:])\s*(?:受|经|根据|按照|接受)[^，,；;。\d]{0,12}?委托\s*[，,]\s*$/;
const DELEGATED_WORK = /申请|复议|诉讼|案件|办理|答复|处理|承办|代为/;
/** Cases against the body itself, never delegated work ("受区政府委托，我局被申请行政复议4件" is its own, rt43). */
const AGAINST_BODY = /被申请|被起诉|被提起/;

/**
 * In a government office's own report (…办公厅, …办公室: Body.office), the office named by itself ("省政府办公厅
 * 收到…884件", "市政府办公室共新收…") is the body, not a part of a government (red team 32, c01 and c12: the
 * 办公厅's own figures went uncompared, PART reading 政府办 as a part). Only its own name or a short form of it,
 * and no other part beside it (各…, 本级, 代表…).
 */
const OFFICE_NAME = /[省市县区州盟旗]?(?:人民)?政府办公[厅室]|[省市县区州盟旗]府办/;
function namesOwnOffice(words: string, body: Body | null): boolean {
  if (!body?.office || !body.name) return false;
  const m = OFFICE_NAME.exec(words);
  return m !== null && shortFormOf(m[0], body.name) && !/各|下属|所属|直属|本级|部门|单位|代表|代[省市县区镇乡旗州盟]/.test(words);
}

/**
 * "全省各级行政机关共收到…4.6万件，其中省政府办公厅收到884件" in the 办公厅's report (red team 32, m12): a 其中 item
 * naming the body itself (namesOwnOffice) under a whole of other or more bodies is the body's own figure, the
 * tables' to compare, not a part of a whole the tables count; and so are the figures after it in its ；-clause
 * ("…，上年结转33件，办结878件").
 */
export function selfUnderOther(sentence: string, pos: number, body: Body | null): boolean {
  if (!body?.office) return false;
  const scope = scopeBefore(sentence, pos);
  const q = scope.lastIndexOf('其中');
  const head = q < 0 ? undefined : /^其中[，,：:]?\s*([^，,；;。\d]{1,20})/.exec(scope.slice(q))?.[1];
  if (head === undefined || !namesOwnOffice(head, body)) return false;
  const before = scope.slice(0, q);
  return WIDER.test(before) || kind(before, body) === 'other';
}

function kind(words: string, body: Body | null): 'whole' | 'part' | 'other' | null {
  // "我局汇总全市…共1236件": whose figure? the region's is as likely: not compared
  if (namesAnotherBody(words, body) || namesOtherDepartment(words, body)) return 'other';
  if (DELEGATED.test(words)) return 'part';
  if (namesOwnOffice(words, body)) return 'whole';
  if (WHOLE_THEN_PARTS.test(words) && !WIDER.test(words)) return 'part';
  if (SELF_OFFICE.test(words)) return 'part';
  if (body && SELF.test(words)) return 'whole';
  if (WHOLE.test(words)) return 'whole';
  if (PART.test(words)) return 'part';
  if (namesUnitOfGovernment(words, body)) return 'part';
  return null;
}

/**
 * Is the figure at `pos` of `sentence` about part of the body, or about another (the region, a
 * government the body is not: `body`, when known)? Its own ，-clause decides when it names the
 * whole, a part or another body (anywhere before the figure: "转交区直部门办理12件"); else the
 * nearest earlier ，-clause of its ；-clause whose head names one.
 */
export function aboutPartOfBody(sentence: string, pos: number, body: Body | null = null): boolean {
  const k = subjectOf(sentence, pos, body);
  return k !== null && k.kind !== 'whole';
}

/** The words that name the figure's subject (aboutPartOfBody), and what they name; null when none does. */
function subjectOf(sentence: string, pos: number, body: Body | null): { kind: 'whole' | 'part' | 'other'; words: string } | null {
  const own = clauseStart(sentence, pos);
  const words = sentence.slice(own, pos).replace(CLOSED_PAREN, '');
  const mine = kind(words, body);
  const from = semicolonClauseStart(sentence, pos);
  if (mine !== 'other' && own > from && DELEGATED_WORK.test(words) && !AGAINST_BODY.test(words) && sentence.includes('委托') && DELEGATED_LEAD.test(sentence.slice(from, own))) return { kind: 'part', words: sentence.slice(from, pos) };
  if (mine) return { kind: mine, words };
  if (own <= from) return null;
  const before = sentence.slice(from, own).replace(CLOSED_PAREN, '').split(/[，,：:]/);
  for (let i = before.length - 1; i >= 0; i--) {
    // a year before the subject is no head of its own: "2023年市政府共受理…，办结…"
    const c = (before[i] ?? '').replace(/^\s*\d{4}\s*年度?/, '');
    // ("受区政府委托办理的申请9件，其中予以公开5件": the delegated work's clause, whose head alone is cut at its verb)
    if (DELEGATED.test(c)) return { kind: 'part', words: c };
    const end = c.search(HEAD_END);
    const head = end < 0 ? c : c.slice(0, end);
    const k = kind(head, body);
    if (k) return { kind: k, words: head };
  }
  return null;
}

/**
 * Is the figure at `pos` 本级's, by its subject: "县政府本级共新收…41件，上年结转0件，办结40件" (every
 * figure of the clause whose head names 本级), not "…，全县共收到274件" (the whole) nor "…，各乡镇收到
 * 30件" (another part). Where the page has a table 三 headed 本级 beside the whole's, such a figure is
 * compared with it (text-vs-table.ts; red team 24, m39).
 */
export function aboutOwnLevel(sentence: string, pos: number, body: Body | null = null): boolean {
  const k = subjectOf(sentence, pos, body);
  return k !== null && k.kind === 'part' && /本级/.test(k.words) && !OTHER_PART_THAN_LEVEL.test(k.words) && namesOwnLevel(sentence, pos);
}

/** Words of a part other than 本级, beside it: "本级各部门", "本级和各乡镇", "政府办公室（本级）". */
const OTHER_PART_THAN_LEVEL = /各|下属|所属|直属|乡镇|镇街|街道|部门|单位|办公室|政府办|代表|代[省市县区镇乡旗州盟]/;

/** The ；-clause up to a figure without its closed parentheses: where 其中 may name a part for it. */
export function scopeBefore(sentence: string, pos: number): string {
  return sentence.slice(semicolonClauseStart(sentence, pos), pos).replace(CLOSED_PAREN, '');
}

/**
 * Words naming a scope wider than one body, whose figure the body's own tables (its 本级's, its
 * 本机关's) may not count: "全市各级行政机关共收到…8,765件", "全系统共收到…308件" (a 市局 with
 * its 县区分局s), "本局及下属单位共收到申请54件", "全区各街道、各部门共收到…792件" (the other
 * bodies of the region, summed). Not "区政府各级各部门" (seed 004, 丰泽区 2019: the district's
 * whole, which its tables count) nor "全区" alone (a 区政府's 全区 is its own).
 */
const WIDER = new RegExp([
  /各级(?:行政)?机关|各级(?:人民)?政府|[两三四五]级(?:人民)?(?:政府|行政机关|机关)|各地各部门|全[省市县区州盟旗]行政机关/.source,
  /[全本]系统|[市县区省]?系统内|政府系统/.source,
  /[及和与暨](?:其)?(?:下属|所属|直属|局属|委属)(?:各)?(?:单位|机构|事业单位)/.source,
  /各(?:街道|乡镇|镇街|镇|乡)(?:[（(][^）)]{1,4}[）)])?(?:办事处)?[、和及与]各(?:部门|单位)|各(?:部门|单位)[、和及与]各(?:街道|乡镇|镇街|镇|乡)/.source,
].join('|'));

/** The words naming a scope wider than the body in the ；-clause up to the figure at `pos`, or null. */
export function widerScopeBefore(sentence: string, pos: number): string | null {
  const words = WIDER.exec(subjectScope(sentence, pos))?.[0];
  if (words) return words;
  // "我局（含下属事业单位）共收到申请54件": an aside that widens the subject
  const at = semicolonClauseStart(sentence, pos);
  return WIDER_ASIDE.exec(sentence.slice(at, pos))?.[0] ?? null;
}

/**
 * A parenthesis that widens its subject to the body's subordinate units, "（含下属单位）", "（包括所属
 * 事业单位）", or to the region's townships, "全区（含各街道办事处）" (red team 20, c25: beside
 * "本机关共新收…95件" the tables count, a 全区 98 with the 街道 is no claim on them).
 */
const WIDER_ASIDE = /[（(](?:含|包括|包含)[^（）()]{0,8}?(?:下属|所属|直属|局属|委属|(?:各|所辖|辖区)(?:街道|乡镇|镇街|镇|乡))[^（）()]{0,8}[）)]/;

/**
 * "全市各级行政机关共收到…2,846件，其中市政府本级收到182件", "全市…被申请行政复议23件，其中以
 * 市政府为被申请人的4件", "…54件，其中局机关38件": the first figure after the figure at `end` in
 * its sentence, when the words between open with 其中 and name the body's own part (本级, the body
 * as the one applied against, its 机关). Its index in `figures`, or -1.
 */
const OWN_PART = /^[^。；;]{0,12}?[，,]\s*其中[，,：:]?[^，,；;。\d]{0,20}?(?:本级|为被申请人|为被告|[局委厅办]机关|本机关)/;

export function ownPartAfter(sentence: string, figures: readonly { start: number; end: number }[], end: number): number {
  const k = figures.findIndex((g) => g.start >= end);
  if (k < 0) return -1;
  return OWN_PART.test(sentence.slice(end, figures[k]!.start)) ? k : -1;
}

/**
 * A sentence saying the tables count the body's 本级 alone: "以下表格数据为区政府本级情况",
 * "市政府本级情况如下", "本报告表格仅统计市政府本级" (red team 11, pages 06 and 65). Its region's
 * figures ("全区共收到…955件") are then the whole's, which the tables do not count.
 */
const TABLES_OF_PART = new RegExp([
  /(?:以下|下列|下述|下面|本报告|报告|表格|各表|表[一二三四1-4])[^。；;]{0,10}?(?:为|是|系|仅为|均为|只含|仅含|仅统计|只统计|仅反映|反映)[^。；;，,]{0,12}?本级/.source,
  // "市政府本级情况如下", "区政府本级收到的申请情况见下" (red team 22, c03)
  /本级[^。；;，,\d]{0,10}?(?:情况|数据|统计)(?:如下|见下)/.source,
].join('|'));

export function saysTablesArePart(sentence: string): boolean {
  // both shapes name 本级: the cheap test first, since every sentence of the page is asked (three times)
  return sentence.includes('本级') && TABLES_OF_PART.test(sentence);
}

/**
 * 本级 as the subject of its own applications, in a sentence of its own: "全省共收到…4.6万件，办结
 * 4.5万件。省政府办公厅本级（代省政府）收到申请39件…" (湖南省人民政府 2024, red team 23, c27). A
 * weaker sign than saysTablesArePart: the tables may count the region, 本级 given beside it; it says
 * the tables are 本级's only when the sentence's figures fit them (text-vs-table.ts
 * levelSentenceFitsTables).
 */
const OWN_LEVEL_SUBJECT = /(?:^|[。；;，,])[^。；;，,\d]{0,12}?本级(?:[（(][^（）()。]{0,8}[）)])?(?:共|全年|本年度?)?(?:新收|收到|受理|接收)/;

export function namesOwnLevelSubject(sentence: string): boolean {
  return sentence.includes('本级') && OWN_LEVEL_SUBJECT.test(sentence) && !/其中[^。；;，,\d]{0,12}?本级/.test(sentence);
}

/**
 * Does the ；-clause up to the figure at `pos` name 本级 and no other part ("省政府办公厅本级（代省
 * 政府）收到申请39件", not "区政府本级各部门…", "各乡镇…")? Where the tables are 本级's
 * (saysTablesArePart), its figures are theirs.
 */
export function namesOwnLevel(sentence: string, pos: number): boolean {
  const words = scopeBefore(sentence, pos);
  return /本级/.test(words) && !/各|下属|所属|直属|乡镇|镇街|街道|部门|单位/.test(words);
}

/** Does the ；-clause up to the figure at `pos` name the whole (全区, 本市, 我局…), which a table of 本级 does not count? */
export function namesWholeBefore(sentence: string, pos: number): string | null {
  return WHOLE.exec(subjectScope(sentence, pos))?.[0] ?? null;
}

/**
 * The words whose subject a figure has: its ；-clause (scopeBefore), and the sentence before it
 * when that ；-clause opens with 其中, which divides the figure before ("全市各级行政机关共收到
 * …2,846件；其中，予以公开1,200件…": the results of the 2,846).
 */
function subjectScope(sentence: string, pos: number): string {
  const own = scopeBefore(sentence, pos);
  if (/^[\s，,]*其中/.test(own)) return sentence.slice(0, pos).replace(CLOSED_PAREN, '');
  // "全省各级行政机关共…收到申请12.3万件，同比增长6.45%；因政府信息公开被申请行政复议1,862件": a ；-clause
  // naming no subject of its own goes on with the sentence's (red team 32, c01: the 全省 1,207 诉讼 was
  // compared with the 办公厅's table 四 as its own)
  return semicolonClauseStart(sentence, pos) > 0 && !NAMES_A_SUBJECT.test(own.replace(/政府信息/g, '')) ? sentence.slice(0, pos).replace(CLOSED_PAREN, '') : own;
}

/** Words that name whose figures a clause gives: a body, a region, a part ("本机关", "全市", "各街道", "市政府办公厅", "我局"). */
const NAMES_A_SUBJECT = /[我本全各]|机关|政府|部门|单位|办公[厅室]|[局委厅院署]|街道|[镇乡]|系统|中心/;
