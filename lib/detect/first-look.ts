/**
 * The content script's first look (after Zotero's cheap filter before any DOM walk): can this
 * page be a 政府信息公开工作年度报告 at all? It must never say no to a page detectReport would call a
 * report — the loader (entrypoints/content/index.ts) only fetches the lens when it says yes — but
 * it may say yes to pages detectReport then dismisses. It runs on every *.gov.cn page, nearly all
 * of them not reports, in a fresh isolated world where compiling its code, the first touch of each
 * kind of DOM object and the first run of each regular expression each cost more than reading the
 * text. (Measured in Chromium: testing the <title> and the URL first cost more than it saved, in
 * regular expressions and a Location object; walking the first headings, ~2 ms in element wrappers.)
 * So it asks for two things detectReport cannot do without, cheapest first:
 *
 *  1. "政府信息公开" somewhere in the document's text, <title> included: every report title
 *     (title.ts PHRASE, PHRASE_OLD) holds it, and a report titled without 政府 holds it in its text
 *     (the 条例's name, its sections: container.ts holdsProseReportItself asks for it). The text
 *     comes from one XPath call (no element is touched), the test is a string search (no regular
 *     expression); most pages stop here.
 *  2. the text holds a report's phrase ([政府]信息公开 or 政务公开, [工作][开展][情况], then
 *     年度/年报/报告: a title may lack 政府, detect-report.ts) and a report's
 *     body: two section headings ("一、总体情况"), a label of tables 二–四, or the opening's legal
 *     basis or statistics period (container.ts). The first PREFIX_CHARS characters first (a
 *     report's title and opening are near the top); the rest only when they do not have both.
 *
 * What it leaves to detectReport (which the lens runs next): a <title> that names another document
 * (法治政府建设, 解读…), and, on a page whose <title> and URL do not call it a report, a report
 * heading in the page's opening rather than anywhere (detect-report.ts, FIRST_LOOK). Deciding those
 * here would add their code to the loader, which Chromium compiles on every *.gov.cn page, to turn
 * away pages that are rare among them.
 *
 * Text is read as the document element's textContent joins it (head included, which only adds
 * text), as labelKey reads a line: whitespace and zero-width characters dropped, NFKC. A line is a
 * run of consecutive text nodes, so what a line holds is a substring of that text (a phrase may
 * also match across two lines here, which only says yes more often). Known gap, accepted: a
 * phrase split by a <script> or <style> inside it.
 */
import { FIRST_LOOK_SIMPLIFIED, FIRST_LOOK_TRADITIONAL } from './first-look-traditional.ts';

export interface FirstLook {
  /** false: certainly not a report; true: read it (detectReport decides) */
  maybe: boolean;
  /** why not, in a short Chinese phrase (for tests and the benchmark) */
  reason: string;
}

/** How much of the body's text is read before the rest: a report's title and opening are near its top. */
export const PREFIX_CHARS = 8000;

/**
 * container.ts's section heading: a number, then one of its words within the heading's 40
 * characters. Without line breaks a match may start early; it still ends in the heading's word,
 * so every heading ends a match of its own.
 */
const SECTION =
  /(?:[一二三四五六七八九十]{1,3}[、.]|第[一二三四五六七八九十]{1,3}部分)[^]{0,38}?(?:总体情况|概述|主动公开|依申请|收到和处理|申请情况|行政复议|行政诉讼|复议和诉讼|存在的(?:主要)?问题|问题与不足|改进|整改|其他需要报告|收费|减免|工作人员|下一步)/g;

/**
 * The text tests below are string searches, not regular expressions, wherever that is as easy to
 * read: in the content script's fresh world each regular expression's first run costs ~50–100 µs
 * to compile, more than searching the text. Each is checked against its pattern in
 * test/unit/first-look.test.ts.
 */

/** The characters a year is written in (title.ts CN_DIGIT's keys and the Arabic digits). */
const YEAR_DIGITS = '0123456789〇零○◯O一二三四五六七八九';

/**
 * title.ts's PHRASE, PHRASE_OLD and PHRASE_YEAR_INSIDE, loosened to what they have in common, in
 * labelKey text: 政府信息公开[工作][开展][情况] then 年度, 年报, 报告 or 的报告, or a year then 年.
 */
export function hasReportPhrase(key: string): boolean {
  return phraseAfter(key, '政府信息公开');
}

/**
 * title.ts's matchZhengwuTitle's forms, without 政府 ("…局2016年信息公开工作年度报告", "…2013年度
 * 信息公开工作报告", "…2024年政务公开工作年度报告", "…政务信息公开工作开展年度报告"): hasReportPhrase's
 * test after 信息公开 or 政务公开. The detector takes such a title only on a page that is the report
 * (detect-report.ts); the first look only asks for it.
 */
export function hasInfoReportPhrase(key: string): boolean {
  return phraseAfter(key, '信息公开') || phraseAfter(key, '政务公开');
}

function phraseAfter(key: string, lead: string): boolean {
  for (let at = key.indexOf(lead); at >= 0; at = key.indexOf(lead, at + lead.length)) {
    let end = at + lead.length;
    if (key.startsWith('工作', end)) end += 2;
    if (key.startsWith('开展', end)) end += 2;
    if (key.startsWith('情况', end)) end += 2;
    if (key.startsWith('年度', end) || key.startsWith('年报', end) || key.startsWith('报告', end) || key.startsWith('的报告', end)) return true;
    // "政府信息公开2009年度报告": four year digits (Arabic or Chinese) then 年
    if (key.charAt(end + 4) === '年' && YEAR_DIGITS.includes(key.charAt(end)) && YEAR_DIGITS.includes(key.charAt(end + 3))) return true;
  }
  return false;
}

/** container.ts's TABLE_MARKERS but the one with a number in it. */
const TABLE_LABELS = [
  '本年新收政府信息公开申请数量', '结转下年度继续办理', '本年度办理结果', '本年新制作数量', '本年制发件数',
  '上一年项目数量', '对外公开总数量', '未经复议直接起诉', '复议后起诉',
];

/** container.ts's TABLE_MARKERS in labelKey text (half-width parentheses). */
export function hasTableLabel(key: string): boolean {
  if (TABLE_LABELS.some((label) => key.includes(label))) return true;
  // 第二十条第(一)项, (五), (六), (八), (九)
  for (let at = key.indexOf('第二十条第('); at >= 0; at = key.indexOf('第二十条第(', at + 6)) {
    if ('一五六八九'.includes(key.charAt(at + 6)) && key.startsWith(')项', at + 7)) return true;
  }
  return false;
}

/**
 * container.ts's OPENING in labelKey text: 本[年度](年报|报告)[是]根据《…条例》, or the statistics
 * period (统计期限自2023年, 统计时限为2023年, 统计数据从2016年: container.ts STATS_PERIOD_SRC).
 */
export function hasOpening(key: string): boolean {
  const BASIS = '根据《中华人民共和国政府信息公开条例》';
  for (let at = key.indexOf(BASIS); at >= 0; at = key.indexOf(BASIS, at + 1)) {
    let head = key.slice(Math.max(0, at - 6), at);
    if (head.endsWith('是')) head = head.slice(0, -1);
    if (head.endsWith('本年报') || head.endsWith('本报告') || head.endsWith('本年度年报') || head.endsWith('本年度报告')) return true;
  }
  for (let at = key.indexOf('统计'); at >= 0; at = key.indexOf('统计', at + 2)) {
    for (const lead of STATS_LEADS) {
      if (!key.startsWith(lead, at + 2)) continue;
      for (const period of STATS_PERIODS) {
        // no period word: only after 数据 ("统计数据从2016年")
        if (period === '' && !lead.includes('数据')) continue;
        const from = at + 2 + lead.length;
        if (!key.startsWith(period, from)) continue;
        for (const joint of STATS_JOINTS) {
          const end = from + period.length;
          if (key.startsWith(joint, end) && fourDigits(key, end + joint.length)) return true;
        }
      }
    }
  }
  return false;
}

/** container.ts's STATS_PERIOD_SRC, its parts listed: what stands between 统计 and the period word, the word, the word after it. */
const STATS_LEADS = ['的数据的', '的数据', '数据的', '数据', '的', ''];
const STATS_PERIODS = ['期限', '期间', '期', '时限', '时间范围', '时间', '时段', '日期', '区间', '周期', '范围', '起止时间', '起止日期', ''];
const STATS_JOINTS = ['', '为', '是', '自', '从', '是从', '为自'];

function fourDigits(key: string, at: number): boolean {
  for (let i = 0; i < 4; i++) {
    const c = key.charCodeAt(at + i);
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
}

const NO_TITLE = '未发现年度报告标题';
/** The text names the report (anywhere: a title, a news item, a listing's links, a plan's task) and holds none of its body. */
const NO_BODY = '页面提到年度报告，但没有报告正文';
const MAYBE: FirstLook = { maybe: true, reason: '' };

/** prefixChars: how much text is judged before the rest (tests take every path with it). */
export function firstLook(doc: Document, { prefixChars = PREFIX_CHARS }: { prefixChars?: number } = {}): FirstLook {
  // 1. "政府信息公开" anywhere, <title> included (no character of it has an NFKC variant)
  let raw = documentText(doc);
  if (!mentionsGovInfo(raw)) {
    // a page a portal's 繁體 switch shows in traditional characters (政府信息公開, 政府資訊公開,
    // split or not): read in simplified ones, as the core reads it (text/traditional.ts)
    if (!raw.includes('開')) return { maybe: false, reason: NO_TITLE };
    raw = fromTraditional(raw);
    if (!mentionsGovInfo(raw)) return { maybe: false, reason: NO_TITLE };
  }

  // 2. the report's phrase and a report's body: in the first characters, else anywhere
  let seen = judgeText(raw, prefixChars);
  // a 繁體 page whose script or meta text names the report in simplified characters (a 公众号
  // article's msg_title): its body is read in simplified ones too (a converted text has no 開 left)
  if (seen !== MAYBE && raw.includes('開')) {
    const again = judgeText(fromTraditional(raw), prefixChars);
    if (again === MAYBE) return MAYBE;
  }
  // 3. no report text: the report may be the page's attached file (attachment.ts), when the
  // <title> is a report's, with its year, or the page's heading is (a column's <title> over it);
  // the detector looks for the file (few pages come here)
  if (seen.reason === NO_BODY && (titledReport(doc) || headedReport(doc))) return MAYBE;
  return seen;
}

/** judge over the page's text: its first characters, else all of it. */
function judgeText(raw: string, prefixChars: number): FirstLook {
  const text = raw.replace(DROPPED, '');
  const seen = judge(text.length > prefixChars ? text.slice(0, prefixChars) : text);
  return seen !== MAYBE && text.length > prefixChars ? judge(text) : seen;
}

/**
 * Does the <title> name a report of a year? The detector takes a page without report text for its
 * attached report only then (attachment.ts), and the lens is loaded to let it look. A column's
 * title ("政府信息公开年报", over a listing of many links) names no year and is turned away here.
 * (Searching the page for the file here, one XPath, added 0.5 ms of compile to every page the
 * loader runs on: scripts/browser-bench.mjs.)
 */
function titledReport(doc: Document): boolean {
  // the phrase first: most pages that come here are news items quoting the report's name, and
  // stop at a function the first look has compiled already
  return namesReportOfYear(doc.title ?? '');
}

/**
 * The elements detect-report.ts may take for the page's own heading (headingScore ≥ 85: h1–h3, a class
 * or id naming a title, heading-score.ts hasTitleClass), or for that heading's parent: h1–h3 and any
 * element whose class or id holds TITLE_WORD. "tit" holds "title", "bt" the whole-word "bt"; more
 * matches (a "btn") only make the first look say yes more often. Simple selectors and a test in code:
 * the batch checker's light DOM (cli/light-select.ts) reads no other.
 */
const HEADING_CANDIDATES = 'h1,h2,h3,[class],[id]';
const TITLE_WORD = /tit|bt|biaoti/i;
/**
 * The same elements as the selector engine finds them, for a DOM that reads substring selectors (the browser's,
 * linkedom's): h1–h3 and every class or id holding a TITLE_WORD, ASCII case-insensitive as the regex is. On a long
 * page that names the report (a news item quoting it, a listing), the loop over every element with a class or id
 * was most of the loader's work: 4,496 elements, ~5 ms in Chromium (perf62). A DOM that throws on it (the batch
 * checker's light DOM, happy-dom) takes HEADING_CANDIDATES; the loop's test stays, so the answer is the same.
 */
const HEADING_CANDIDATES_NARROW = 'h1,h2,h3,[class*=tit i],[id*=tit i],[class*=bt i],[id*=bt i],[class*=biaoti i],[id*=biaoti i]';

/** The DOMs (by their Document's constructor) whose selector engine threw on the narrow query: asked the wide one at once. */
const narrowUnread = new WeakSet<object>();

function headingCandidates(doc: Document): NodeListOf<Element> {
  // (an exception on every non-report page cost the batch checker's light DOM ~20 µs a page, (a) 22 → 43 µs: thrown once)
  const kind = doc.constructor;
  if (!narrowUnread.has(kind)) {
    try {
      return doc.querySelectorAll(HEADING_CANDIDATES_NARROW);
    } catch {
      narrowUnread.add(kind);
    }
  }
  return doc.querySelectorAll(HEADING_CANDIDATES);
}

/**
 * Does the page's heading name a report of a year, under a <title> that does not (a column's name,
 * "政府信息公开年报-…", det61)? The detector then takes the page for the report in its file
 * (detect-report.ts headedReport): a heading holding no link and inside none, or, where the element
 * matched holds links (a title class around a listing), one of its children that holds none. Only
 * pages with the report's phrase and no report text come here, so the query's cost (element
 * wrappers) is paid on few pages.
 */
function headedReport(doc: Document): boolean {
  for (const el of Array.from(headingCandidates(doc))) {
    const tag = el.localName;
    if (tag !== 'h1' && tag !== 'h2' && tag !== 'h3' && !TITLE_WORD.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    if (el.closest('a')) continue;
    if (!el.querySelector('a')) {
      if (namesReportOfYear(el.textContent ?? '')) return true;
      continue;
    }
    for (const child of Array.from(el.children)) {
      if (child.localName !== 'a' && !child.querySelector('a') && namesReportOfYear(child.textContent ?? '')) return true;
    }
  }
  return false;
}

/** titledReport's test of a text: the report's phrase and a year, as labelKey reads it (繁體 read as simplified). */
function namesReportOfYear(raw: string): boolean {
  let text = raw.replace(DROPPED, '');
  if (!mentionsGovInfo(text) && text.includes('開')) text = fromTraditional(text);
  return hasReportPhrase(text.normalize('NFKC')) && hasYear(text);
}

/**
 * A year as title.ts reads one (YEAR_SRC): four year digits (Arabic, full-width or Chinese) before
 * a 年. No regular expression, and one function (each one's first call in the loader's fresh world
 * compiles it).
 */
export function hasYear(text: string): boolean {
  for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
    let digits = 0;
    for (; digits < 4; digits++) {
      const c = text.charAt(at - 1 - digits);
      if (!YEAR_DIGITS.includes(c) && !(c >= '０' && c <= '９')) break;
    }
    if (digits === 4) return true;
  }
  return false;
}


/**
 * "政府信息公开" in raw text, as labelKey would find it: contiguous, or with any of the characters
 * it drops between two of its characters (Word and CMS editors split words with spaces, line
 * breaks and zero-width characters). A string search, then a look around each 息.
 */
export function mentionsGovInfo(raw: string): boolean {
  if (raw.includes('政府信息公开')) return true;
  for (let at = raw.indexOf('息'); at >= 0; at = raw.indexOf('息', at + 1)) {
    if (spells(raw, at, -1, '信府政') && spells(raw, at, 1, '公开')) return true;
  }
  return false;
}

/** Do `chars` follow raw[at] one by one in direction `step`, with dropped characters skipped? */
function spells(raw: string, at: number, step: 1 | -1, chars: string): boolean {
  let i = at;
  for (const c of chars) {
    i += step;
    while (i >= 0 && i < raw.length && DROPPED_CHARS.includes(raw.charAt(i))) i += step;
    if (raw.charAt(i) !== c) return false;
  }
  return true;
}

/**
 * Every character labelKey removes (DROPPED: JS's \s, NBSP, the ideographic space and the
 * zero-width ones), listed; test/unit/first-look.test.ts checks that the two agree on every code
 * point.
 */
export const DROPPED_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u200c\u200d\u2060\u00ad';

/** Whitespace and the characters labelKey drops. */
const DROPPED = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff\u00ad]+/g;

/** XPathResult.STRING_TYPE, as a number: lib/ uses no browser globals. */
const XPATH_STRING = 2;

/**
 * The text the first look reads: the document element's textContent (head included, which only
 * adds text). A browser gives it for one XPath call, string(/*): the script's isolated world then
 * makes no wrapper for any element (the first touch of each kind of DOM object costs it ~0.15 ms).
 * Measured in Chromium, that is also cheaper than textContent, and than asking XPath to drop
 * labelKey's characters itself (translate(), slow on long pages).
 */
function documentText(doc: Document): string {
  if (typeof doc.evaluate === 'function') {
    try {
      return doc.evaluate('string(/*)', doc, null, XPATH_STRING, null).stringValue;
    } catch {
      // below
    }
  }
  return doc.documentElement?.textContent ?? '';
}

let traditional: Map<string, string> | null = null;

/**
 * The traditional forms of the characters this file looks for, in simplified form (one for one:
 * first-look-traditional.ts, the core's table cut to them), and Taiwan's 資訊 as 信息. The core
 * reads such a page with its whole table, which agrees on every one of these characters.
 */
export function fromTraditional(raw: string): string {
  if (!traditional) {
    traditional = new Map();
    for (let i = 0; i < FIRST_LOOK_TRADITIONAL.length; i++) traditional.set(FIRST_LOOK_TRADITIONAL.charAt(i), FIRST_LOOK_SIMPLIFIED.charAt(i));
  }
  const map = traditional;
  let out = '';
  let from = 0;
  const text = raw.includes('資訊') ? raw.replaceAll('資訊', '信息') : raw;
  for (let i = 0; i < text.length; i++) {
    const s = text.charCodeAt(i) >= 0x3400 ? map.get(text.charAt(i)) : undefined;
    if (s === undefined) continue;
    out += text.slice(from, i) + s;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Dropped text (no DROPPED_CHARS), as a line's labelKey would read it, for the report's phrase and a report body. */
function judge(dropped: string): FirstLook {
  // labelKey's NFKC (toHalfWidth's fast path is the same mapping); ICU returns text that is NFKC
  // already after one quick pass. That the characters were dropped before NFKC, not after, finds
  // no less (test/unit/first-look.test.ts).
  const normalized = dropped.normalize('NFKC');
  const key = normalized === dropped ? dropped : normalized.replace(DROPPED, '');
  // hasReportPhrase's every find is one of hasInfoReportPhrase's (政府信息公开… holds 信息公开…)
  if (!hasInfoReportPhrase(key)) return { maybe: false, reason: NO_TITLE };
  if (hasTableLabel(key) || hasOpening(key)) return MAYBE;
  SECTION.lastIndex = 0;
  let sections = 0;
  while (SECTION.exec(key) && ++sections < 2);
  return sections >= 2 ? MAYBE : { maybe: false, reason: NO_BODY };
}
