/**
 * Where a 其中 list under other work's whole must end: at the first ； past the 其中 whose clause turns to the disclosure
 * applications (rt78). "全年受理12345工单2.3万件，其中涉及我厅政府信息公开的诉求23件，同比增长15%；新收政府信息公开申请62件"
 * and "本街道全年共受理群众诉求2356件，其中12345热线转办1890件，办结率100%；政府信息公开申请1件" read the applications'
 * count as one more item of the tickets (a skip saying "所列各项之和85件小于总数2.3万件", words not true of the
 * paragraph). The tickets' list stops at that ；: the sentence's end is not one of its ends (parts-qizhong.ts).
 * Only where the whole's words name other work and no application, and the clause past the ； names disclosure
 * before its first figure; or where the whole is the cases the body decides as the 复议机关 and the clause past the ；
 * opens on those against it ("…其中政府信息公开类12件；本厅被申请行政复议1件": the 1 was summed in, "所列各项之和13件").
 */
import type { SentenceFigures, TextFigure } from './figures-in-text.ts';
import { AS_REVIEWER, NOT_APPLICATION } from './claim-scope.ts';
import { OTHER_WORK } from './other-work.ts';
import { clauseEnd } from './parts-sum.ts';
import { lastMark } from '../text/marks.ts';

/** The applications named: "政府信息公开申请", "依申请公开", "信息公开申请". */
const DISCLOSURE = /政府信息公开|依申请公开|信息公开申请/;
/** A clause on the cases against the body: "本厅被申请行政复议1件", "被提起行政诉讼1件". */
const AGAINST_BODY = /^\s*(?:[本我][^，,；;。\d被]{0,4})?被(?:申请|提起|起诉)/;

/** The list's ends past its own ；-clause: the turns before its last end, and that end (parts-qizhong.ts). */
export function listEnds(s: SentenceFigures, q: number, whole: TextFigure, turns: readonly number[]): number[] {
  const end = listEnd(s, q, whole);
  return [end, ...turns.filter((t) => t <= end)];
}

/** The list's last end: the ； before the clause on applications, or the sentence's end. */
function listEnd(s: SentenceFigures, q: number, whole: TextFigure): number {
  const from = lastMark(s.text, '；;', whole.start - 1) + 1;
  const words = s.text.slice(from, whole.start);
  // (and the cases the body decides as the 复议机关, then those against it: "作为行政复议机关办理行政复议案件268件，其中政府信息
  // 公开类12件；本厅被申请行政复议1件")
  const reviewer = AS_REVIEWER.test(words);
  if (!reviewer && (!(OTHER_WORK.test(words) || NOT_APPLICATION.test(words)) || DISCLOSURE.test(words) || /申请/.test(words))) return s.text.length;
  const re = /[；;]/g;
  re.lastIndex = clauseEnd(s.text, q);
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const next = s.figures.find((f) => f.start > m.index);
    const clause = next ? s.text.slice(m.index + 1, next.start) : '';
    if (next && (reviewer ? AGAINST_BODY.test(clause) : DISCLOSURE.test(clause))) return m.index;
  }
  return s.text.length;
}
