/**
 * Detect, then extract (STYLE.md, after Zotero's detectWeb): is this page a
 * 政府信息公开工作年度报告, and if so which year, body, template and content container.
 * Cheap checks first, so that a non-report page is dismissed in well under a millisecond.
 */
import type { Template } from '../types.ts';

export interface Detection {
  isReport: boolean;
  /** why, in a short Chinese phrase */
  reason: string;
  title: string | null;
  year: number | null;
  agency: string | null;
  template: Template | null;
  /** the element holding the report's text and tables */
  container: Element | null;
}

// Placeholder until the detector lands (being written now, same session): title only.
export function detectReport(doc: Document, _url?: string): Detection {
  const title = doc.title ?? '';
  const m = /(\d{4})年(?:度)?政府信息公开工作年度报告/.exec(title);
  if (!m) return { isReport: false, reason: '标题不是政府信息公开工作年度报告', title: null, year: null, agency: null, template: null, container: null };
  return { isReport: true, reason: '标题', title, year: Number(m[1]), agency: null, template: 'unknown', container: doc.body };
}
