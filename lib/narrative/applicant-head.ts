/**
 * A head naming the year's applications with no count of its own, and the applicants' counts after it (txt64):
 * "全年新收申请中，商业企业3件，法律服务机构2件", "全年收到的申请中，公民个人申请56件，企业申请3件…", "新收申请中，企业申请3件".
 * The head says whose split it is as "收到申请62件，其中…" does (applicant-columns.ts anchors), without the figure: the parts
 * are read against table 三's columns as that whole's would be — 新收 against 本年新收 only, 收到/受理/接收 against 本年新收 and
 * 本年新收 + 上年结转 (the two readings of a bare 受理, measures.ts 'received'). Only a head that is the sentence's first ，-clause
 * and holds nothing but a time, the body, the verb and the noun: a channel's, a part's or another year's head
 * ("网上申请中", "上年结转的申请中", "2021年收到的申请中") is no such head (part-of-applications.ts skips their counts).
 */
import type { SentenceFigures } from './figures-in-text.ts';

export type HeadFit = { new: boolean; withCarried: boolean };

const HEAD = /^\s*(?:(全年|全年度|本年度?|今年|年内|(\d{4})年度?)[，,]?\s*)?(?:(?:我|本)(?:局|委|办|厅|署|机关|单位|部门|中心|政府|街道|镇|乡)[，,]?\s*)?(?:共|累计)?(新收|新受理|收到|受理|接收)(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请(?:件)?(?:中|当中)\s*[，,：:]/;

/** The rows the head's applications are, or null where the sentence opens on no such head. */
export function applicantHeadFit(s: SentenceFigures, year: number | null): HeadFit | null {
  // (申请 looked for first: a page that never says it so never compiles HEAD, perf63)
  const m = s.text.includes('申请') ? HEAD.exec(s.text) : null;
  if (!m) return null;
  if (m[2] !== undefined && (year === null || Number(m[2]) !== year)) return null;
  const first = s.figures[0];
  if (!first || first.start < m[0].length) return null;
  return /新/.test(m[3] ?? '') ? { new: true, withCarried: false } : { new: true, withCarried: true };
}
