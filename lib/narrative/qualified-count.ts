/**
 * A count of applications received or answered whose own words qualify the applications is a
 * part of them, not the year's whole (red team 11, pages 71–101): "收到涉及房屋征收的政府信息公开
 * 申请132件", "全年通过邮寄方式收到申请30件", "来自外省市的申请人提出申请12件", "10个工作日内
 * 答复的申请31件", "经征求第三方意见后答复的申请8件", "律师代理提出申请3件", "本办代市政府办理
 * 申请12件". The whole is said with nothing but time, total and kind words around its verb:
 * "2024年，本机关共收到政府信息公开申请86件", "全年办结的申请88件".
 *
 * Rather than one more list of parts, the words of the claim are read as the whole's once the
 * harmless ones are taken away (HARMLESS_BEFORE, KIND, TOTAL_WORDS); what remains qualifies the
 * applications when it holds a mark of a qualifier (QUALIFIER): a relative clause ending in 的, a
 * preposition that names a channel, a source, a topic or a step (通过, 来自, 涉及, 就, 经, 由, 代,
 * 关于, 针对), a channel's own name (网上, 邮寄, 当面, 窗口…), a time limit or a part of the year (…日内, 当场, 上半年), a step after which it was
 * done (补正后), a cause (因…而), a handling that ended (终止办理). Other words left over (a body's name, "永兴镇", "区交通局") are not read here:
 * whose figure a body's part is, body-part.ts decides.
 *
 * The comparison with the tables (text-vs-table.ts) lets such a figure pass when it meets the
 * table (a part may be all of them) and skips it when it does not.
 */
import { APPLY_MEASURES, pickMeasureAt } from './measures.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { skipFor, type Reason } from './skip-reasons.ts';
import type { Body } from './body-part.ts';

/** Kind words: what is counted, said of all applications. */
const KIND = /政府信息公开|信息公开|政府信息|依申请公开|依申请|公开申请|申请件|申请书|申请|事项|各类|各种|相关|有关|数量|总数|件数/g;

/** Totals and adverbs that say nothing of which applications: "共", "已依法", "全部". */
const TOTAL_WORDS = /共计|合计|总计|累计|总共|共|计|为|达|已经|已|均|都|全部|依法|新|实际|正式|先后|陆续|书面|[“”"'‘’「」『』\s]/g;

/** The public at large, whose applications are all of them: "受理群众的政府信息公开申请". */
const PUBLIC = /(?:人民|广大)?群众(?:的)?|(?:社会)?公众(?:的)?/g;

/**
 * Words before the verb that leave the count the whole's: time words of the year, the body itself
 * (我局, 本机关), 向 the body, all channels ("通过各种渠道", "通过网站、
 * 信函、当面等方式"), 经统计, and a step that every application goes through ("受理后").
 * Order matters: the longer forms go first.
 */
const HARMLESS_BEFORE: readonly RegExp[] = [
  // the whole year by its dates first: "截至2023年12月31日", "1月1日至12月31日", "1—12月"
  /截[至止]\s*(?:\d{4}\s*年)?\s*12\s*月\s*(?:31\s*日|底|末)止?|(?:\d{4}\s*年)?\s*1\s*(?:月(?:\s*1\s*日)?)?\s*(?:至|到|—|－|-|–|～|~)\s*(?:\d{4}\s*年)?\s*12\s*月(?:\s*31\s*日|份|底)?止?/g,
  /\d{4}\s*年度?(?:的)?|全年度?(?:内|的)?|本年度?(?:内|的)?|今年|年内|当年|一年来|同年|报告期内|统计期内/g,
  PUBLIC,
  /通过(?:各种|多种|各类|各|不同|多|线上线下|线上和线下)?(?:渠道|方式|途径|形式)/g,
  /(?:通过)?[^，,；;。\d]{0,30}?等(?:多种|各种|各类)?(?:渠道|方式|途径|形式)/g,
  /线上(?:和|与|、|及)?线下|网上网下/g,
  /经(?:统计|汇总|核实|核查|梳理|审查|审核)(?:以?后)?/g,
  /(?:向|由)?[我本](?:局|委|办|厅|署|院|机关|单位|部门|市|县|区|镇|乡|街道|府)/g,
  /全(?:市|县|区|镇|乡|旗|州|省|盟|街道)/g,
  /(?:受理|收到|接收|接到|登记)(?:以)?后/g,
];

/**
 * Marks of a qualifier in the words left over. 经, 就, 由 and 代 only where they are not part of
 * a name (经济, 经信, 经开区; 就业; 自由贸易, 由于; 现代, 时代).
 */
const QUALIFIER = new RegExp([
  /的/.source,
  /通过|来自|涉及|关于|针对|(?<!自)由(?!于)|经(?!济|信|开|营|贸|管|发|侦|纬|费|办)|就(?!业)|(?<![现时年当])代(?!表)/.source,
  /(?:日|天|工作日|期限|时限|时间|小时|月)(?:以|之)?内|当场|当日|当天|即时|即办/.source,
  /上半年|下半年|季度|\d{1,2}\s*月(?:份)?|[上下]旬/.source,
  /后|重复|同一|最多|首次|多次/.source,
  // how they came, with or without 通过: "网上受理", "以邮寄方式收到", "依托政务服务网在线受理"; forwarded by another body
  // or by the body ("转办政府信息公开申请30件，办结28件": the 28 may be those 30's, whichever way they went — txt61;
  // "转至我局的…申请6件，办结5件", txt62)
  /转办|转交|转送|转来|转至(?=[我本])|网上|网络|线上|线下|在线|互联网|网站|平台|信函|邮寄|来信|当面|现场|窗口|传真|邮件|电话|依托|利用|借助|采用|以(?=[^，,；;。\d]{1,12}(?:方式|形式|途径|渠道|名义))/.source,
  // "因申请人逾期未补正而终止办理的申请4件": a cause, or a way the handling ended
  /因(?!此)|而|终止|中止|暂停|暂缓/.source,
  // a topic with no other mark: "就业领域收到申请12件", "社会保障方面…", "不动产登记类申请…"
  // (not the whole's own "在依申请公开方面", "信息公开工作方面", "各类", "此类")
  /(?<!^|[在各此该这那等其本]|工作)(?:领域|方面|类(?![别型]))/.source,
].join('|'));

/**
 * "全年向区政府提出的申请12件": applications to a government, which are the year's whole in that
 * government's own report only; in a 部门's (or with the body unknown) they are a part, or
 * another body's (the 部门 may answer some of them for it).
 */
const TO_GOVERNMENT = /向[^，,；;。\d向]{0,10}?([市县区镇乡旗州省盟])(?:人民)?政府(?![办本])/;

/**
 * All applicants, or all channels, named in a list: "自然人、法人或其他组织提出的", "通过政府门户
 * 网站、邮寄、当面提交等渠道" (a list ending 等渠道/等方式 is every channel).
 */
const ALL_OF_THEM = /(?:公民、)?(?:自然人|公民)[、，,]?法人(?:和|或者|或|及|、)(?:其他组织|非法人组织)(?:提出|提交|申请)?(?:的)?|(?:通过)?[^，,；;。\d]{0,30}?等(?:多种|各种|各类)?(?:渠道|方式|途径|形式)/g;

/** The words of a clause without a list that names all applicants or all channels. */
export function withoutAllOfThem(words: string): string {
  // (each of ALL_OF_THEM's two shapes holds its word: most clauses hold neither, and are not scanned)
  if (!words.includes('法人') && !words.includes('等')) return words;
  return words.replace(ALL_OF_THEM, '');
}

/** Some words of a clause with the harmless ones taken away. */
function withoutHarmless(words: string, harmless: readonly RegExp[]): string {
  if (words === '') return words; // over half the calls: a clause with no words before its verb, or none after it
  // the applicants at large first (申请人 is no kind word), then the kind words ("通过依申请公开
  // 渠道" is all channels once 依申请公开 is gone), then the rest
  let w = withoutAllOfThem(words);
  w = (w.includes('申请人') ? w.replace(/申请人/g, '') : w).replace(KIND, '');
  for (const h of harmless) w = w.replace(h, '');
  return w.replace(TOTAL_WORDS, '');
}

/**
 * Do the words of a count's clause qualify the applications it counts? `before` is the clause
 * up to its verb ("全年通过邮寄方式"), `after` the words from the verb to the figure ("涉及房屋征收
 * 的政府信息公开申请").
 */
export function qualifiesApplications(before: string, after: string, body: Body | null = null): boolean {
  const g = before.includes('向') ? TO_GOVERNMENT.exec(before) : null;
  if (g) {
    if (!body?.levels.has(g[1] as string)) return true;
    before = before.slice(0, g.index) + before.slice(g.index + g[0].length);
  }
  // "收到的政府信息公开申请共86件", "“予以公开”的12件": a 的 right after the verb is the whole's
  return qualifies(withoutHarmless(before, HARMLESS_BEFORE) + withoutHarmless(after.replace(/^[“”"'‘’「」『』\s]*的/, ''), [PUBLIC]));
}

/** Do the words left over hold a qualifier? A 的 with nothing before it qualifies nothing. */
function qualifies(rest: string): boolean {
  let r = rest.replace(/^的+/, '');
  if (r.includes('的的')) r = r.replace(/的{2,}/g, '的');
  return r !== '' && QUALIFIER.test(r);
}

/**
 * The words of a 复议 or 诉讼 count that say nothing of which cases: "因政府信息公开工作被申请行政
 * 复议", "作为被申请人的行政复议案件", "被提起行政诉讼", "涉及政府信息公开的行政诉讼".
 */
const CASE_WORDS = /涉及(?:政府)?信息公开(?:工作|事项)?(?:的)?|因(?:政府)?信息公开(?:工作|事项|答复)?|(?:行政)?复议(?:申请)?|(?:行政)?诉讼|起诉|应诉|案件|被申请人|被告|被申请|被提起|提起|提出|发生|收到|受理|办理|参加|作为/g;

/**
 * Do the words of a clause counting 复议 or 诉讼 cases (up to its figure, with no result named)
 * qualify them, so that the count is a part of table 四's 总计: "涉及房屋征收的政府信息公开行政复议
 * 2件", "由同一申请人提起的行政复议2件", "来自外地申请人的行政诉讼1件"?
 */
export function qualifiesCases(words: string): boolean {
  return qualifies(withoutHarmless(words.replace(CASE_WORDS, ''), HARMLESS_BEFORE));
}

/**
 * Does a clause (up to its first figure; or one with none, heading those after it: "涉及房屋征收
 * 的申请中，") qualify the applications it counts? A clause that names no measure of table 三
 * qualifies them only when it names them: "对涉及第三方权益的申请".
 */
export function qualifiesClause(clause: string): boolean {
  // (the count's figure, not a year before it: "2022年我局收到市政府办公室转办的…申请6件" was read as no words — txt62)
  const digit = clause.search(/(?<![\d０-９])[\d０-９]+(?![\d０-９]|\s*年)/);
  const words = digit < 0 ? clause : clause.slice(0, digit);
  const picked = pickMeasureAt(words, APPLY_MEASURES);
  if (!picked) return /申请/.test(words) && qualifiesApplications(words, '');
  return qualifiesApplications(words.slice(0, picked.start), words.slice(picked.end));
}

/**
 * Words of a clause before its verb that give it a subject of its own ("全年共办结98件"), not the
 * one an earlier clause qualified ("全年通过邮寄方式收到申请30件，办结28件": the 28 may be those 30's).
 */
const OWN_SUBJECT = /全年|本年|今年|当年|\d{4}\s*年|全[市县区镇乡旗州省盟]|[我本](?:局|委|办|厅|署|院|机关|单位|部门)|共|合计|总计|累计/;

/**
 * Is a figure's clause (`own`, up to the figure) after an earlier ，-clause of its ；-clause
 * (`scope`) that qualifies the applications, with no subject of its own? Its 办结 or results may be
 * those of the part the earlier clause counted.
 */
export function afterQualifiedClause(scope: string, own: string): boolean {
  const picked = pickMeasureAt(own, APPLY_MEASURES);
  if (OWN_SUBJECT.test(picked ? own.slice(0, picked.start) : own)) return false;
  return scope.split(/[，,：:]/).some((c) => /申请/.test(c) && qualifiesClause(c));
}

/** The outcome of a qualified count: a pass stays, a failure is a skip. */
export function qualifiedPassOrSkip(o: ClaimOutcome, why: Reason): ClaimOutcome {
  return skipFor(o, why);
}
