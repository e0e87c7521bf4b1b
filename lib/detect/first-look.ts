/**
 * The content script's first look (Zotero's cheap URL/title filter before any DOM walk): can this
 * page be a 政府信息公开工作年度报告 at all? It must never say no to a page detectReport would call a
 * report — the loader (entrypoints/content/index.ts) only fetches the lens when it says yes — but
 * it may say yes to pages detectReport then dismisses. It reads document.title and the body's
 * textContent once (one native string build in a browser: no per-node script, no layout), and
 * tests each necessary condition of detectReport on that raw text:
 *
 *  1. the <title> names another document (法治政府建设, 预算, 解读…): detectReport's own first
 *     test, run with its own functions;
 *  2. a report title somewhere: detectReport needs the <title> or a line of the body to carry
 *     PHRASE or PHRASE_OLD (title.ts), both "政府信息公开[工作][情况]" followed by 年度/年报/报告;
 *  3. a report's body: detectReport needs two section headings ("一、总体情况"), a table label of
 *     tables 二–四, or the opening's legal basis or statistics period (container.ts).
 *
 * Lines are read in labelKey form (no whitespace, no zero-width characters, full-width ASCII made
 * half-width), so the raw text is matched with those characters allowed anywhere: the whitespace
 * and zero-width ones are removed first, the full-width forms are in the patterns. A line never
 * spans two text nodes that textContent would not also join, so what a line holds is a substring
 * of that text. (Known gap, accepted: text NFKC changes beyond full-width ASCII — compatibility
 * ideographs in a title — and a title split by a <script> inside it.)
 */
import { matchReportTitle, mainSegment, otherKind } from './title.ts';
import { labelKey, normalizeText } from '../text/normalize.ts';

export interface FirstLook {
  /** false: certainly not a report; true: read it (detectReport decides) */
  maybe: boolean;
  /** why not, in a short Chinese phrase (for tests and the benchmark) */
  reason: string;
}

/** Whitespace and the characters labelKey drops. */
const DROPPED = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff\u00ad]+/g;

/** "政府信息公开" in raw text: any run of DROPPED characters between two of its characters. */
const RAW_GOV_INFO = new RegExp([...'政府信息公开'].join('[\\s\\u00a0\\u3000\\u200b-\\u200d\\u2060\\ufeff\\u00ad]*'));

/** PHRASE and PHRASE_OLD of title.ts, loosened to what both have in common. */
const REPORT_PHRASE = /政府信息公开(?:工作)?(?:情况)?(?:年度|年报|报告)/;

/** container.ts's TABLE_MARKERS, with full-width parentheses. */
const TABLE_MARKER =
  /本年新收政府信息公开申请数量|结转下年度继续办理|本年度办理结果|第二十条第[(（][一五六八九][)）]项|本年新制作数量|本年制发件数|上一年项目数量|对外公开总数量|未经复议直接起诉|复议后起诉/;

/** container.ts's OPENING, with full-width digits. */
const OPENING = /本(?:年度)?(?:年报|报告)(?:是)?根据《中华人民共和国政府信息公开条例》|统计期(?:限)?(?:为|是|自|从)?[0-9０-９]{4}/;

/**
 * container.ts's section heading: a number, then one of its words within the heading's 40
 * characters. Without line breaks a match may start early; it still ends in the heading's word,
 * so every heading ends a match of its own.
 */
const SECTION =
  /(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分)[^]{0,38}?(?:总体情况|概述|主动公开|依申请|收到和处理|申请情况|行政复议|行政诉讼|复议和诉讼|存在的(?:主要)?问题|问题与不足|改进|整改|其他需要报告|收费|减免|工作人员|下一步)/g;

export function firstLook(doc: Document): FirstLook {
  const docTitle = normalizeText(doc.title ?? '');
  const titleMatch = docTitle ? matchReportTitle(docTitle) : null;
  // 1. exactly detectPage's first test
  const titleOther = docTitle ? otherKind(titleMatch ? mainSegment(labelKey(docTitle)) : docTitle) : null;
  if (titleOther) return { maybe: false, reason: titleOther };
  const body = doc.body ?? doc.documentElement;
  if (!body) return { maybe: false, reason: '页面没有正文' };
  const raw = body.textContent ?? '';
  // 2. on the raw text first (no copy): "政府信息公开" with droppable characters anywhere
  if (!titleMatch && !RAW_GOV_INFO.test(raw)) return { maybe: false, reason: '未发现年度报告标题' };
  const text = raw.replace(DROPPED, '');
  if (!titleMatch && !REPORT_PHRASE.test(text)) return { maybe: false, reason: '未发现年度报告标题' };
  // 3. a report's body
  if (TABLE_MARKER.test(text) || OPENING.test(text)) return { maybe: true, reason: '' };
  SECTION.lastIndex = 0;
  let sections = 0;
  while (SECTION.exec(text) && ++sections < 2);
  return sections >= 2 ? { maybe: true, reason: '' } : { maybe: false, reason: '标题是年度报告，但页面上没有报告正文' };
}
