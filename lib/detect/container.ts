/**
 * The element that holds the report: the smallest one containing its heading, its section
 * headings and its tables, so that portal chrome (nav, metadata, related links, footer) stays out
 * of what later stages read. Falls back to <body>.
 */
import { tagOf } from '../dom/attr.ts';
import type { Line } from './lines.ts';

/**
 * Section headings, in the wording of the 2019/2021 formats and of older reports:
 * "一、总体情况", "三、收到和处理政府信息公开申请情况", "五、存在的主要问题及整改措施", "一、概述",
 * "四、因政府信息公开申请行政复议、提起行政诉讼的情况", "六、其他需要报告的事项".
 */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.]|第[一二三四五六七八九十]{1,3}部分)/;
const SECTION_WORDS =
  /总体情况|概述|主动公开|依申请|收到和处理|申请情况|行政复议|行政诉讼|复议和诉讼|存在的(?:主要)?问题|问题与不足|改进|整改|其他需要报告|收费|减免|工作人员|下一步/;

/** key: the line's labelKey form (Line.key). */
export function isSectionHeading(key: string): boolean {
  return key.length <= 40 && SECTION_NUMBER.test(key) && SECTION_WORDS.test(key);
}

/**
 * The statistics period's sentence, up to its first year's digits: "统计期限自2023年", "统计期为2019",
 * "统计时限为2023年", "统计时段为2024年", "统计数据时间范围为2024年", "统计的数据时限为2023年",
 * "统计期限是从2016年", "统计数据从2016年", "统计起止时间为2025"
 * (detect34: real reports of every level open so). A period word, or 数据 (统计数据从…), must stand
 * between 统计 and the year: "据统计2023年全市…" in a news item is no report's opening. first-look.ts
 * hasOpening searches the same by hand; title.ts yearFromText reads the year from it.
 */
export const STATS_PERIOD_SRC =
  '统计(?:(?:的?数据)?的?(?:期限|期间|期|时限|时间范围|时间|时段|日期|区间|周期|范围|起止时间|起止日期)|的?数据的?)(?:为|是|自|从|是从|为自)?(\\d{4})';

/**
 * Sentences only a report's opening carries: the legal basis it was compiled under and the
 * statistics period. Enough to recognise a narrative report (pre-2019) with no tables.
 */
const OPENING = new RegExp('本(?:年度)?(?:年报|报告)(?:是)?根据《中华人民共和国政府信息公开条例》|' + STATS_PERIOD_SRC);

export function isReportOpening(key: string): boolean {
  return OPENING.test(key);
}

/**
 * Labels of the 第二十条 tables 二, 三 and 四 (either format), each short enough to sit in one cell:
 * table 二's block heads and column heads, table 三's row heads, table 四's group heads.
 */
const TABLE_MARKERS =
  /本年新收政府信息公开申请数量|结转下年度继续办理|本年度办理结果|第二十条第\([一五六八九]\)项|本年新制作数量|本年制发件数|上一年项目数量|对外公开总数量|未经复议直接起诉|复议后起诉/;

/**
 * The report's data tables: for each cell label (a short line in a table, not a sentence such as
 * "办结37件，结转下年度继续办理2件" in a layout table's cell), the nearest table around it; a table
 * holding other tables is layout and is dropped. Found from the lines already read rather than by
 * getElementsByTagName + textContent per table, which on linkedom walks the page once per table.
 * holdsTable: what the page walk already knows of nested tables (else getElementsByTagName).
 */
export function findReportTables(lines: readonly Line[], holdsTable?: (table: Element) => boolean | undefined): Element[] {
  const found: Element[] = [];
  for (const l of lines) {
    if (!l.inTable || l.key.length > 40 || /[,。;]/.test(l.key) || !TABLE_MARKERS.test(l.key)) continue;
    let t: Element | null = l.el;
    while (t && tagOf(t) !== 'table') t = t.parentElement;
    if (t && !found.includes(t)) found.push(t);
  }
  return found.filter((t) => !(holdsTable?.(t) ?? t.getElementsByTagName('table').length > 0));
}

/** Each of the tables 二, 三 and 四 by the labels only it carries (TABLE_MARKERS, split by table). */
const MARKERS_BY_TABLE: ReadonlyArray<readonly ['t2' | 't3' | 't4', RegExp]> = [
  ['t2', /第二十条第\([一五六八九]\)项|本年新制作数量|本年制发件数|上一年项目数量|对外公开总数量/],
  ['t3', /本年新收政府信息公开申请数量|结转下年度继续办理|本年度办理结果/],
  ['t4', /未经复议直接起诉|复议后起诉/],
];

/**
 * The opening of a report in the 国办 format: "本报告根据《中华人民共和国政府信息公开条例》…和
 * 《…关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制".
 */
const FORMAT_OPENING = /本(?:年度)?(?:年报|报告)(?:是)?根据《中华人民共和国政府信息公开条例》.*(?:年度报告格式|国办公开办函)/;

/**
 * Is the page itself a 条例 report, whatever its title says? Its table 三 and table 二 or 四 stand
 * on it as tables (labels in table cells, not in sentences), or its opening names the 条例 and the
 * 国办 format. A 政务公开 work summary or 工作要点 has neither: at most one table of statistics.
 */
export function holdsReportItself(lines: readonly Line[]): boolean {
  const kinds = new Set<string>();
  for (const l of lines) {
    if (l.isLink) continue;
    if (!l.inTable) {
      if (FORMAT_OPENING.test(l.key)) return true;
      continue;
    }
    if (l.key.length > 40 || /[,。;]/.test(l.key)) continue;
    for (const [kind, re] of MARKERS_BY_TABLE) if (re.test(l.key)) kinds.add(kind);
  }
  return kinds.has('t3') && (kinds.has('t2') || kinds.has('t4'));
}

/**
 * What in a report's text speaks of the 条例 rather than of a university's or a company's rules:
 * the 条例 cited by its full name, and section headings of the 条例's report (art. 32 of 2008, art. 50
 * of 2019): on 政府信息, on 收费/减免, on 行政复议/行政诉讼. A 高校's report cites the 高等学校信息公开办法
 * and heads its sections "主动公开情况", "因学校信息公开工作受到举报、复议、诉讼的情况".
 */
const CITES_TIAOLI = /《中华人民共和国政府信息公开条例》/;
const TIAOLI_SECTIONS: readonly RegExp[] = [/政府信息/, /收费|减免/, /行政复议|行政诉讼/];

/**
 * Is the page a 条例 report in prose, whatever its title says (a pre-2019 department's
 * "…局2016年信息公开工作年度报告", detect34)? At least three section headings, and two of these
 * marks: the 条例 cited by its full name, a section on 政府信息, one on 收费/减免, one on 行政复议 or
 * 行政诉讼; and "政府信息公开" in its text, which the content script's first look asks of every page
 * (first-look.ts: a report saying only "信息公开" is missed). Links are left out. The detector asks this only of a title naming a body of government
 * (title.ts isGovernmentBody), and the page must still state figures (detect-report.ts statesFigures).
 */
export function holdsProseReportItself(lines: readonly Line[]): boolean {
  let sections = 0;
  let cites = false;
  let named = false;
  const kinds = new Set<number>();
  for (const l of lines) {
    if (l.isLink) continue;
    if (!named) named = l.key.includes('政府信息公开');
    if (isSectionHeading(l.key)) {
      sections++;
      TIAOLI_SECTIONS.forEach((re, i) => {
        if (re.test(l.key)) kinds.add(i);
      });
    } else if (!cites && CITES_TIAOLI.test(l.key)) cites = true;
  }
  return named && sections >= 3 && kinds.size + (cites ? 1 : 0) >= 2;
}

/**
 * Never the container: inline wrappers and paragraphs, and the parts of a table (a layout table
 * that holds both the heading and the text is a fine container; its rows are not).
 */
const TOO_SMALL = new Set(['thead', 'tbody', 'tfoot', 'tr', 'p', 'span', 'font', 'strong', 'b', 'em', 'i', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ucaptitle', 'o:p']);

/**
 * The lowest common ancestor of the anchors (heading, section headings, tables, opening), widened
 * out of a data table (when every anchor sat in one) and past table parts and inline elements.
 * Null when there are no anchors.
 */
export function findContainer(body: Element, anchors: readonly Element[], tables: readonly Element[] = []): Element | null {
  const inBody = anchors.filter((a) => a !== body && body.contains(a));
  const first = inBody[0];
  if (!first) return null;
  let c: Element = first;
  for (const a of inBody) {
    while (!c.contains(a)) {
      const p = c.parentElement;
      if (!p) return body;
      c = p;
    }
  }
  const data = tables.find((t) => t.contains(c));
  if (data?.parentElement) c = data.parentElement;
  while (c !== body && TOO_SMALL.has(tagOf(c)) && c.parentElement) c = c.parentElement;
  return c;
}

/** What the body's lines say of a report's text: each line tested once. */
export interface BodyLines {
  /** section headings among the lines that are not links */
  sections: number;
  /** a line (not a link) carries the opening's legal basis or statistics period */
  opening: boolean;
  /** those lines' elements, in document order: anchors of the container */
  anchors: Element[];
}

export function readBodyLines(lines: readonly Line[]): BodyLines {
  const out: BodyLines = { sections: 0, opening: false, anchors: [] };
  for (const l of lines) {
    if (l.isLink) continue;
    const section = isSectionHeading(l.key);
    const opening = isReportOpening(l.key);
    if (section) out.sections++;
    if (opening) out.opening = true;
    if (section || opening) out.anchors.push(l.el);
  }
  return out;
}

/** The anchors a container must hold: the heading, the body's anchoring lines, the tables. */
export function containerAnchors(heading: Element | null, body: BodyLines, tables: readonly Element[]): Element[] {
  const anchors: Element[] = [];
  if (heading) anchors.push(heading);
  anchors.push(...body.anchors, ...tables);
  return anchors;
}
