/**
 * The applications' intake, when the sentence's 受理 is other work's: "全年受理群众诉求2356件，其中12345热线转办
 * 1890件；政府信息公开申请62件，上年结转4件，办结63件，结转下年度3件" (rt79 left it, fix80). The flow's carried,
 * closed and carried-on counts are the applications', named in a clause of their own with no verb ("政府信息公开
 * 申请62件", "依申请公开62件"): 62 + 4 = 63 + 3 is the balance, and 2356 (the public's appeals) against 66 was a
 * false error. Only where the 受理's own words name other work (other-work.ts: 诉求, 热线, 信访, 政务服务, 许可…)
 * and not the applications, and one clause alone names them so.
 *
 * And two intakes in one sentence (txt76: fix80 left "全年受理群众诉求2356件…；依申请公开方面，受理政府信息公开申请62件，
 * …" and "收到群众来信120件；新收政府信息公开申请62件，…" unread, a term named twice): the one whose own clause names the
 * applications, where the other's names other work (intakeOf, appsOfTwo). Which clause is the applications' is read by
 * one test (appsTopicBefore), which hall-applications.ts reads too: the clause's own words, or a topic lead right before it.
 */
import { isCount, type SentenceFigures, type TextFigure } from './figures-in-text.ts';
import { OTHER_WORK } from './other-work.ts';
import { clauseStartOf } from './parts-sum.ts';
import { SERVICE_HALL } from './claim-scope.ts';

/** The whole clause before the count names the applications, nothing else: "政府信息公开申请", "依申请公开的申请". */
const APPS_CLAUSE = /^\s*(?:政府信息公开|依申请公开)(?:的)?(?:申请)?\s*$/;
/**
 * A whole of every kind of request: "全年共受理各类申请1260件" (a hall's, of which the applications are one kind), "各项申请", and
 * "受理全部申请1260件", "所有申请" (fix86): beside the applications' own 新收 named after it, another whole (new-and-carried.ts,
 * intakes-beside.ts).
 */
export const ALL_KINDS = /各类|各项|各种|(?:全部|所有)(?:的)?申请/;
/** The applications named: "政府信息公开", "依申请公开", or in other words, "申请公开政府信息" (rt81: "收到群众来信申请公开政府信息10件"). */
const APPS = /政府信息公开|依申请公开|申请公开/;
/** A ，-clause that is the applications named as a topic and nothing else: "依申请公开方面", "在依申请公开工作中", "关于政府信息公开申请". */
const APPS_TOPIC = /^\s*(?:在|关于|对于)?(?:依申请公开|政府信息公开申请)(?:工作)?(?:方面|中|上|情况)?\s*$/;
/** The verb's object a bare 申请: "通过政务服务中心窗口受理申请", "以来信方式收到申请" — other work's words there are the channel. */
const BARE_OBJECT = /(?:受理|收到|新收|接收|接到)(?:了)?(?:群众|公众)?(?:的)?申请\s*$/;

/**
 * The clause that ends at `pos` is the applications' by a topic lead: the ，-clause right before it (in the same ；-clause) is
 * the applications named and nothing else ("依申请公开方面，政务服务大厅全年受理申请62件", "依申请公开方面：收到申请62件").
 */
export function appsTopicBefore(text: string, pos: number): boolean {
  const at = clauseStartOf(text, pos);
  if (at === 0 || !/[，,：:]/.test(text[at - 1] ?? '')) return false;
  return APPS_TOPIC.test(text.slice(clauseStartOf(text, at - 1), at - 1));
}

/** Whose intake a count is by its own clause's words: the applications' ("受理政府信息公开申请", "依申请公开方面，收到申请"), other work's ("受理群众诉求"), or not said. */
export function intakeOf(s: SentenceFigures, f: TextFigure): 'apps' | 'other' | null {
  if (APPS.test(f.label)) return OTHER_WORK.test(f.label) ? null : 'apps';
  // (rt81: "全年通过政务服务中心窗口受理申请20件，通过网上平台受理政府信息公开申请42件，上年结转4件…" — a channel of the
  // applications, not other work: 42 + 4 against 63 + 3 was a false error; a hall's own "政务服务大厅受理申请1260件" stays other work's;
  // under a topic lead of the applications, theirs: "依申请公开方面，通过政务服务中心窗口收到申请62件")
  if (OTHER_WORK.test(f.label) && !(BARE_OBJECT.test(f.label) && !SERVICE_HALL.test(f.label))) return 'other';
  if (ALL_KINDS.test(f.label)) return 'other'; // ("全年共受理各类申请1260件，新收政府信息公开申请62件…": every kind's, fix86)
  return /申请\s*$/.test(f.label) && appsTopicBefore(s.text, f.start) ? 'apps' : null;
}

/**
 * Of two intakes of one sentence, the applications' where the other, before it, is other work's; null where the words do not
 * tell, or the other work comes after ("受理政府信息公开申请62件，受理群众来信30件，上年结转4件…": whose the terms after it are is
 * not said).
 */
export function appsOfTwo(s: SentenceFigures, a: TextFigure, b: TextFigure): TextFigure | null {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return intakeOf(s, first) === 'other' && intakeOf(s, second) === 'apps' ? second : null;
}

/** An intake whose own words name other work (a service hall's whole among it) and not the applications. */
const othersIntake = (label: string): boolean => (OTHER_WORK.test(label) || SERVICE_HALL.test(label) || ALL_KINDS.test(label)) && !APPS.test(label);

/** The count the applications' clause gives, in the other work's stead, or null (the 受理 is the applications', or no such clause). */
export function appsIntake(s: SentenceFigures, accepted: TextFigure): TextFigure | null {
  // (a service hall's whole is other work's too — rt81: "依申请公开方面，市民服务中心共受理申请1260件，政府信息公开申请62件，
  // 上年结转4件，办结63件，结转下年度3件" was 1260 against 66)
  if (!othersIntake(accepted.label)) return null;
  const named = s.figures.filter((g) => {
    if (g === accepted || g.unit !== '件' || !isCount(g) || g.paren !== null) return false;
    // (under every kind's whole, its 其中 item too: "受理各类申请1260件，其中政府信息公开申请62件，上年结转4件…", rt86)
    const words = s.text.slice(clauseStartOf(s.text, g.start), g.start);
    return APPS_CLAUSE.test(ALL_KINDS.test(accepted.label) ? words.replace(/^\s*其中/, '') : words);
  });
  return named.length === 1 ? named[0]! : null;
}

/**
 * Other work's intake with a count after it that names the applications, not as their own clause (rt81: "全年受理群众诉求2356件，
 * 其中涉及政府信息公开的62件，上年结转4件，办结63件，结转下年度3件" was 2356 + 4 against 63 + 3): whose the terms are is not said.
 */
export function appsNamedAfterOther(s: SentenceFigures, accepted: TextFigure): boolean {
  if (!othersIntake(accepted.label)) return false;
  return s.figures.some((g) => g.start > accepted.end && g.unit === '件' && APPS.test(g.label));
}
