/**
 * A share of one applicant column of table 三 that names no whole, whose whole the text does not give
 * in its sentence (rule text.share): "…全年共收到政府信息公开申请62件，上年结转4件。自然人申请56件，占
 * 90.3%；法人或其他组织申请6件，占9.7%。" shares.ts leaves it: the whole is guessed nearby (there the 4
 * carried over, or the 办结 of the sentence before), a skip. But a reader takes a share of the
 * applicants as a share of the applications that came in that year, and the wholes a reader could
 * mean are few (session gaps29): table 三's 本年新收 总计, 本年新收 + 上年结转 (some reports count the
 * applicants of both), 办理结果总计 (a careless base, still a reading), the sum of the applicants listed
 * with shares beside it, and every count in 件 no smaller than the part in its sentence and the
 * sentences before it back to the start of the paragraph before (whatever a careless writer may have
 * divided by). One that fits: a pass. None: the share is wrong whichever whole is meant, an error
 * against 本年新收. (Table 三's wholes as the table rules would correct the cells they doubt are tried
 * too: a table's typo is not the text's mistake.)
 * Read narrowly, as share-of-result.ts reads a result's share:
 * - the share names no whole ("占", "占比"): "占全市的…", "占申请总数的…" are shares.ts's and
 *   share-wholes.ts's; it is no round figure ("约占", "超过90%", "90%以上");
 * - the part's own ，-clause is nothing but one applicant's name before its figure (自然人, 公民,
 *   法人或其他组织, 商业企业…: applicant-columns.ts kinds), and the figure is that column's in table
 *   三 (本年新收, or 本年新收 + 上年结转): a part the table does not confirm may be a part's, or
 *   another year's, and is not read;
 * - or it is one channel's name ("网上申请", "通过信函方式提出的申请"), no more than the year's
 *   applications, with no applicant before it in its ；-clause (the channel may be theirs);
 * - no part of the applications leads its ；-clause ("网上申请中，", "区本级…"), the sentence is about
 *   applications (not 信访, 12345…), and the nearest sentence before it naming a business names the
 *   disclosure applications (依申请公开, 政府信息公开申请): 政务服务 has its 网上申请 and 自然人申请 too.
 */
import { addDec, toDec } from './decimal.ts';
import { semicolonClauseStart, type SentenceFigures } from './figures-in-text.ts';
import { otherPeriod } from './period.ts';
import type { ClaimOutcome } from './narrative-types.ts';
import { clauseStart } from './quote.ts';
import { allReadingsOf, kindOf, type Kind } from './applicant-columns.ts';
import { readingValue } from './measures.ts';
import { NOT_APPLICATION } from './claim-scope.ts';
import type { ShareClaim } from './shares.ts';
import { countsBefore, judgeShare, plainCountShare, sumWhole, tableWhole, type ShareWhole } from './share-of-result.ts';

/** A part's ，-clause that is one applicant's name and nothing else: "自然人申请", "其中，法人或其他组织提出的申请". */
const APPLICANT_WORDS =
  /^(?:其中[，,：:]?\s*)?(?:[①-⑳]|[（(]?[0-9０-９一二三四五六七八九十]{1,2}[）).．、])?\s*(?:由|来自)?(自然人|公民(?:个人)?|个人|群众|法人(?:或者?|和|及|与|、)(?:其他|非法人)组织|法人|非自然人|商业企业|企业|科研机构|社会公益组织|公益组织|社会组织|法律服务机构|律师事务所|其他组织|其它组织)(?:提出|提交)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:为|共|有)?$/;

/** A part's ，-clause that is one channel's name and nothing else: "网上申请", "通过信函方式提出的申请". */
const CHANNEL_WORDS =
  /^(?:其中[，,：:]?\s*)?(?:[①-⑳]|[（(]?[0-9０-９一二三四五六七八九十]{1,2}[）).．、])?\s*(?:通过|经由|以)?(?:网上|网络|在线|互联网|政府网站|网站|信函|邮寄|来信|当面|现场|窗口|传真|电子邮件)(?:方式|渠道|途径|平台)?(?:提出|提交)?(?:的)?(?:政府信息公开|信息公开)?(?:申请)?(?:为|共|有)?$/;

/** Words before the part's clause that make it a part's ("网上申请中，", "区本级…") or another thing's. */
const PART_LEAD = /中[，,：:]?\s*$|网上|网络|信函|当面|现场|本级|部门|乡镇|街道|涉及|关于|结转|其中|办结|答复|予以公开|部分公开/;
/** …and before a channel's: the channels before it in its list are its siblings, an applicant may be its whole. */
const CHANNEL_PART_LEAD = /中[，,：:]?\s*$|本级|部门|乡镇|街道|涉及|关于|结转|其中|办结|答复|予以公开|部分公开|自然人|公民|个人|法人|企业|组织|机构|群众/;

/** The applicant a share claim's part names by its ，-clause words alone, or null. */
function applicantOf(c: ShareClaim): Kind | null {
  const m = APPLICANT_WORDS.exec(partWords(c));
  return m ? kindOf(m[1] as string) : null;
}

/** The words of a share claim's part in its ，-clause, before its figure. */
function partWords(c: ShareClaim): string {
  const { s, f } = c.part;
  return s.text.slice(clauseStart(s.text, f.start), f.start).trim();
}

/** What a share claim's part counts the applications by: one applicant column, one channel, or nothing read. */
function intakeOf(c: ShareClaim): 'channel' | Kind | null {
  return applicantOf(c) ?? (CHANNEL_WORDS.test(partWords(c)) ? 'channel' : null);
}

/** Words naming the disclosure applications themselves. */
const DISCLOSURE_APPLICATIONS = /信息公开申请|依申请公开|依申请|公开申请/;
/** Words of another business a 自然人 or 网上 申请 may be of: 政务服务, 12345, 信访… */
const OTHER_BUSINESS = new RegExp(`${NOT_APPLICATION.source}|政务服务|办件|事项|审批|许可|行政复议|诉讼`);

/**
 * "自然人申请", "网上申请" say 申请 of 政务服务 too: the share's sentence, or the nearest sentence before
 * it (back to the start of the paragraph before) that names a business, must name the disclosure
 * applications ("（二）依申请公开。…", "三、收到和处理政府信息公开申请情况").
 */
function underDisclosureApplications(sentences: readonly SentenceFigures[], at: number): boolean {
  const s = sentences[at] as SentenceFigures;
  for (let k = at; k >= 0; k--) {
    const t = (sentences[k] as SentenceFigures).text;
    if ((sentences[k] as SentenceFigures).para < s.para - 1) break;
    if (DISCLOSURE_APPLICATIONS.test(t)) return true;
    if (OTHER_BUSINESS.test(t)) return false;
  }
  return false;
}

export function shareOfApplicant(
  c: ShareClaim,
  skipped: ClaimOutcome,
  sentences: readonly SentenceFigures[],
  figures: Readonly<Record<string, number | null>>,
  /** the figures as the table rules would correct the cells they doubt (their wholes are readings too) */
  corrected: readonly Readonly<Record<string, number | null>>[],
  year: number | null,
  aboutAt: (i: number) => boolean,
  /** every share claim of the text: the applicants listed with theirs beside this one */
  claims: readonly ShareClaim[] = [],
): ClaimOutcome | null {
  const plain = plainCountShare(c, skipped);
  if (!plain) return null;
  const { share, s, part } = plain;
  const kind = intakeOf(c);
  const fresh = figures['t3.new.total'];
  if (!kind || fresh == null || fresh <= 0) return null;
  // an applicant's part is table 三's column, as the whole's reading it fits: 本年新收's, or 新收 +
  // 上年结转's (a channel has no column: its words alone, and the paragraph's topic, say what it counts)
  const value = Number(part.value.n);
  if (kind !== 'channel' && !allReadingsOf(kind, figures).some((rd) => readingValue(rd, figures) === value)) return null;
  if (kind === 'channel' && value > fresh + (figures['t3.carried.total'] ?? 0)) return null;
  const lead = s.text.slice(semicolonClauseStart(s.text, part.start), clauseStart(s.text, part.start));
  if ((kind === 'channel' ? CHANNEL_PART_LEAD : PART_LEAD).test(lead) || NOT_APPLICATION.test(s.text) || otherPeriod(s.text, s.text.slice(0, part.start), part.start, year)) return null;
  const at = sentences.indexOf(s);
  if (!aboutAt(at) || !underDisclosureApplications(sentences, at)) return null;
  const wholes: ShareWhole[] = [];
  for (const fs of [figures, ...corrected]) {
    const n = fs['t3.new.total'];
    const carried = fs['t3.carried.total'];
    if (n != null && Number.isInteger(n) && n > 0) wholes.push(tableWhole('表三“本年新收”', n));
    if (n != null && carried != null && Number.isInteger(n + carried) && carried > 0) wholes.push(tableWhole('表三“本年新收”与“上年结转”之和', n + carried));
  }
  // (a writer may have divided by the year's answered ones: not a base a reader means, but a reading
  // under which the figure is no error)
  for (const fs of [figures, ...corrected]) {
    const done = fs['t3.processed.total'];
    if (done != null && Number.isInteger(done) && done > 0) wholes.push(tableWhole('表三“办理结果总计”', done));
  }
  if (wholes.length === 0) return null;
  wholes.push(...countsBefore(sentences, at, part));
  // "自然人申请56件，占90.3%；法人或其他组织申请6件，占9.7%": of the applicants listed, their sum
  const listed = claims.filter((x) => x.share.s === s && x.share.f.unit === '%' && ((intakeOf(x) === 'channel') === (kind === 'channel')) && intakeOf(x) !== null);
  if (listed.length >= 2 && listed.includes(c)) wholes.push(sumWhole(listed.reduce((acc, x) => addDec(acc, x.part.f.value), toDec(0, 0)), listed.map((x) => x.part.f.raw)));
  return judgeShare(share, part, wholes, skipped.check.quote, 'triedApplicant');
}
