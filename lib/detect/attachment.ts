/**
 * A report published as an attachment: many bodies (a 局's, a 乡镇's) post the report as a page
 * that holds only its title and a link to the file ("附件：…2023年政府信息公开工作年度报告.pdf",
 * "点击下载"), or the PDF shown in an embedded viewer. Such a page was dismissed as "标题是年度报告，
 * 但页面上没有报告正文", which a reader took to mean the lens did not know the page: it is the
 * report, in a file the lens cannot read, and is said so (analyze.ts notes each table missing with
 * that reason, and names the file).
 *
 * Which file is the report's: on a page whose <title> names the report and which holds no report
 * text, the first document file (PDF, Word, WPS, OFD, Excel) that follows the report's heading and
 * is either named as the report (年度报告, 年报) or offered as the page's attachment (its line starts
 * with 附件 or 下载, or the file is embedded in the page). A file of another year
 * (…2022年…年度报告.pdf on a 2023 page) is not this report's; a page that offers two reports' files
 * (a column's few 年报, each a PDF) is a list of them; beside the report's file, its 解读 or other
 * files offered are not it; a title without a year names a column. Nor is a file named for another
 * body (a related list's "…财政局2023年…年度报告.pdf"), last year's in words (上一年度), or another
 * document (a 指南, 申请表, 工作要点, 决算); a list under a line that says only "附件：" is offered.
 */
import { labelKey } from '../text/normalize.ts';
import { readText } from '../text/traditional.ts';
import { tagOf } from '../dom/attr.ts';

export interface Attachment {
  /** what kind of file: PDF, Word, WPS, OFD, Excel */
  kind: string;
  /** its name as the page shows it (the link's text, else the file's name), at most NAME_CHARS long */
  name: string;
  /** the file's address as the page gives it (relative or not): the viewed file's, for a viewer */
  href: string;
}

const KINDS: Readonly<Record<string, string>> = {
  pdf: 'PDF', doc: 'Word', docx: 'Word', wps: 'WPS', et: 'WPS', ofd: 'OFD', xls: 'Excel', xlsx: 'Excel',
};

/** A file name's extension among KINDS ("…报告.PDF", "a.docx"), as a kind, or null. */
export function kindOf(name: string): string | null {
  const m = /\.([a-z]{3,4}|et)$/i.exec(name.trim());
  return m ? KINDS[m[1]!.toLowerCase()] ?? null : null;
}

/**
 * The file an address names: its own (path: its path; href: the whole address, a download's
 * "?id=8812" kept), or, for a viewer's page (viewer.html?file=%2F…pdf), the file it is given.
 */
function fileOf(url: string): { path: string; href: string } {
  const [path = '', query = ''] = url.split(/[?#]/, 2);
  const own = { path, href: url };
  if (kindOf(path)) return own;
  // a download script given the stored file's name (大汉 Hanweb's downfile.jsp?classid=0&filename=
  // 2401251034567.xlsx): the file's kind is that name's, its address the script's, whole
  // (开普云's download?fileId=…&name=统计表.xlsx, ?showname=…): the name decoded, as the page's reader sees it
  const stored = /(?:^|&)(?:file_?name|showname|name)=([^&#]*)/i.exec(query.replace(/&amp;/g, '&'))?.[1];
  if (stored && kindOf(stored)) return { path: fileName(stored), href: url };
  const viewed = /(?:^|&)(?:file|url|src|path)=([^&#]*)/i.exec(query)?.[1];
  if (!viewed) return own;
  let file = viewed;
  try {
    file = decodeURIComponent(viewed);
  } catch {
    // a malformed escape: read as it stands
  }
  return kindOf(file.split(/[?#]/, 1)[0]!) ? { path: file.split(/[?#]/, 1)[0]!, href: file } : own;
}

/** The file's name from its path: the last part, decoded. */
export function fileName(path: string): string {
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

const NAME_CHARS = 60;
/** A file's size after its name: "(12.5KB)", "（1.2 MB）", "[80K]". */
const SIZE = /\s*[(（[【]\s*\d+(?:\.\d+)?\s*[KMG]B?\s*[)）\]】]$/i;
/** Link texts that name no file ("点击下载", "下载附件", "查看原文"). */
const GENERIC = /^(?:点击)?(?:下载|查看|预览|浏览)?(?:附件|原文|全文|文件|PDF|此处)?(?:下载|查看)?$/i;
/** A line that offers the page's file: "附件：", "附件1", "下载：", "相关附件". */
const OFFERS = /^(?:相关)?(?:附件|下载|点击下载)/;
/** What a link's text says before the file's name ("附件：", "点击下载：", 繁體 "點擊下載"). */
const LEAD = /^(?:相关|相關)?(?:附件\s*\d*|点击下载|點擊下載|下载附件|下載附件|下载|下載)\s*[:：]?\s*/;
/** The file is named as a report (a 年报 of the body)… */
const NAMED_REPORT = /年度报告|年报|工作报告/;
/** …or as a document about one: its 解读, a notice that publishes it. */
const ABOUT_REPORT = /解读|图解|一图|说明|通知|公告|问答/;
/** …or as last year's report, by words not digits ("上一年度年报.pdf" beside this year's text) */
const PAST = /上一?年度|往年|历年|去年/;
/** Documents a report page offers that are no report nor its tables: a 工作要点, a 方案, a rule, a 决算 or 清单 */
const OTHER_DOC = /要点|方案|计划|规划|办法|规定|制度|任务|分解|预算|决算|清单/;
/** A list's number before a file's name ("1.统计表.xlsx", "2、统计表.pdf", "（1）"): not part of the name */
const ORDINAL = /^(?:[(（]?\d{1,2}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十][、.．])\s*/;

/** The elements that may hold the report's file, and the attribute that names it. */
export const FILE_AT: Readonly<Record<string, string>> = { a: 'href', embed: 'src', iframe: 'src', object: 'data' };

/**
 * A line that titles a table of a file joined to the report's page ("三、收到和处理政府信息公开申请
 * 情况"): short, and no sentence. Joined with its table (components/attached-tables.ts, cli/attached.ts).
 */
export function isTableTitle(text: string): boolean {
  return text !== '' && text.length <= 40 && !/[。；;]/.test(text);
}

/** Reads an element's attribute, or '' (happy-dom and linkedom answer null alike). */
function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').trim();
}

/**
 * The report's file on a page with no report text: see the file comment. heading: the report's
 * title element (null when only the <title> names it: then any file of the page may be it); year:
 * the report's year, when known.
 */
export function reportAttachment(body: Element, heading: Element | null, year: number | null): Attachment | null {
  // a report's own title names its year: a title without one is a column's ("政府信息公开年报")
  if (year === null) return null;
  const files: Candidate[] = [];
  const own = ownTitle(body, heading);
  let after = heading === null;
  // in document order, from the heading on
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!after) {
      after = el === heading;
      continue;
    }
    const c = candidate(el, year, own);
    if (!c) continue;
    // the same report as a PDF and as a Word file (one name), or one file linked twice (an icon and
    // its name), is one: the form the lens can read whole (a Word or Excel file: readableForm), else the first link that
    // gives it a name of its own
    const same = files.find((f) => f.sameName === c.sameName || f.samePath === c.samePath);
    if (!same) files.push(c);
    else if (preference(c) > preference(same)) files[files.indexOf(same)] = c;
  }
  // the file named as the report, else the one file offered; two reports' files are a list of them
  // (a column's few 年报), and a report among other files (its 解读) is the one named
  const named = files.filter((f) => f.named);
  // the report beside its tables' workbook ("…年度报告.pdf", "…年度报告统计表.xlsx"): the whole report's file
  const whole = named.filter((f) => !f.tables);
  const pick = whole.length === 1 ? whole : named.length > 0 ? named : files;
  // another body's report alone (a sidebar's "附件：…财政局…年度报告.pdf") is not this page's
  return pick.length === 1 && !pick[0]!.other ? pick[0]!.attachment : null;
}

interface Candidate {
  attachment: Attachment;
  /** named as the report (NAMED_REPORT), not as a document about it */
  named: boolean;
  /** named as another body's report: one of a list of reports, never the page's */
  other: boolean;
  /** named for the report's tables (…年度报告统计表.xlsx): not the whole report, beside its file */
  tables: boolean;
  /** its name as the page shows it, and its path, without the extension: the same file's twice */
  sameName: string;
  samePath: string;
  /** its path with the extension */
  samePathFull: string;
  /** named by the link's text, not by the file's own name */
  byName: boolean;
}

/** A file named as holding the report's tables: 统计表, 附表, 数据表, 情况表… */
const NAMED_TABLES = /统计表|统计数据|数据表|附表|表格|情况表|报表/;
/** …but not a form a report page offers beside it: 申请表（格）, 登记表, 意见表, 目录 */
const FORMS = /申请|登记|意见|调查|申报|目录|指南/;

/**
 * The file that holds the report's tables, on a page that holds its text and no table of it: many
 * bodies post the prose and attach the three tables ("以上三项统计数据详见附件", "附件：…统计表.xlsx"),
 * or attach the whole report beside a text that left them out. Such a page said "页面上没有找到报告
 * 的表格", which reads as if the report had none; it names the file instead, and the panel offers
 * to read it when it can (components/attached-tables.ts).
 *
 * The file, after the report's heading: the one named for tables (统计表, 附表…), else the one
 * named as this report (年度报告.docx: the tables are in the whole report), else the one spreadsheet
 * (Excel) offered as the page's attachment. Another year's file, a 解读 or a notice is not it, and
 * two candidates of the same standing are left unnamed: which holds the tables is not guessed.
 * Files in the report's container come first; many CMSs list an article's attachments in a block
 * of their own after it ("相关附件"), where a file counts when it is offered there (附件…) and named
 * for tables or as the report.
 */
export function tablesAttachment(body: Element, container: Element, heading: Element | null, year: number | null): Attachment | null {
  const own = ownTitle(body, heading);
  const files: { attachment: Attachment; rank: number; key: string; path: string; inside: boolean }[] = [];
  let after = heading === null;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!after) {
      after = el === heading;
      continue;
    }
    const c = fileLink(el);
    if (!c) continue;
    const key = unnumbered(labelKey(readText(c.shown)));
    if (ABOUT_REPORT.test(key) || FORMS.test(key) || PAST.test(key) || (year !== null && otherYear(key, year))) continue;
    // a 工作要点 or 方案 is no table of the report; a body's name may hold those words (自然资源和规划局)
    if (OTHER_DOC.test(key) && !NAMED_TABLES.test(key) && !NAMED_REPORT.test(key)) continue;
    if (otherBody(key, own)) continue;
    const rank = NAMED_TABLES.test(key) ? 0 : NAMED_REPORT.test(key) ? 1 : c.attachment.kind === 'Excel' && c.offered ? 2 : -1;
    const inside = container.contains(el);
    if (rank < 0 || (!inside && (rank > 1 || !c.offered))) continue;
    // one file linked twice (an icon and its name), or the tables in two forms (统计表.pdf and
    // 统计表.xlsx), is one: the form the lens can read, else the first
    const same = key.replace(/\.(?:[a-z]{3,4}|et)$/i, '');
    const seen = files.find((f) => f.key === same);
    if (!seen) files.push({ attachment: c.attachment, rank, key: same, path: c.path, inside });
    else if (!readableForm(seen.attachment, seen.path) && readableForm(c.attachment, c.path)) Object.assign(seen, { attachment: c.attachment, rank: Math.min(rank, seen.rank), path: c.path });
  }
  const near = files.some((f) => f.inside) ? files.filter((f) => f.inside) : files;
  const best = Math.min(...near.map((f) => f.rank));
  const picked = near.filter((f) => f.rank === best);
  return picked.length === 1 ? picked[0]!.attachment : null;
}

/** A link (or embed) to a document file: the file, named as the page shows it, and whether it is offered as an attachment. */
function fileLink(el: Element): { attachment: Attachment; shown: string; path: string; offered: boolean } | null {
  const tag = tagOf(el);
  const at = FILE_AT[tag];
  if (!at) return null;
  const url = attr(el, at);
  // a script's link ("javascript:;", "#" with an onclick) gives no address of the file: the lens would offer the page itself
  if (url === '' || url.startsWith('#') || /^(?:javascript|data|mailto):/i.test(url)) return null;
  const file = fileOf(url);
  const raw = el.textContent ?? '';
  // the file's size a CMS writes after its name ("统计表.xlsx(12.5KB)") is not part of it: without it,
  // one file's two forms are seen as one, a download address's kind is read from the name, and the
  // notes name the file as it is called
  const whole = raw.replace(/\s+/g, ' ').trim().replace(SIZE, '');
  const text = labelKey(readText(whole));
  const kind = kindOf(file.path) ?? (tag === 'a' ? kindOf(text) : null);
  if (!kind) return null;
  // the lead cut from the name ("附件1：统计表.xlsx", "附件1.…年度报告.pdf": det65), unless it is all the name ("附件1.xlsx")
  const led = whole.replace(LEAD, '');
  const cut = led !== whole ? led.replace(/^[.、．]\s*/, '') : led;
  const shown = text === '' || GENERIC.test(text) ? fileName(file.path) : /^(?:\.(?:[a-z]{3,4}|et))?$/i.test(led) ? whole : cut;
  return {
    attachment: { kind, name: shown.length > NAME_CHARS ? `${shown.slice(0, NAME_CHARS - 1)}…` : shown, href: file.href },
    shown,
    path: file.path,
    offered: tag !== 'a' || offered(el),
  };
}

/** An element that offers a document file that may be the report's (see the file comment), or null. */
function candidate(el: Element, year: number, own: string): Candidate | null {
  const link = fileLink(el);
  if (!link) return null;
  // read as the core reads the page (a page in 繁體 in simplified characters); named as it shows it
  const key = unnumbered(labelKey(readText(link.shown)));
  const named = NAMED_REPORT.test(key) && !ABOUT_REPORT.test(key);
  // another year's file, last year's in words, another body's report (a sidebar's "附件"), are not this report
  if (otherYear(key, year) || PAST.test(key)) return null;
  // a file offered but named as another document (a 指南, an 申请表, a 解读, a 工作要点) is not the report
  if (!named && (FORMS.test(key) || ABOUT_REPORT.test(key) || OTHER_DOC.test(key))) return null;
  if (!named && !link.offered) return null;
  // another body's report in a related list ("相关信息") is a link of the site, not of this page:
  // only when offered as the page's file (附件2：…财政局…) does it make the page a list of reports
  const other = otherBody(key, own);
  if (other && !link.offered) return null;
  return {
    attachment: link.attachment,
    named,
    other,
    tables: NAMED_TABLES.test(key),
    sameName: key.replace(/\.(?:[a-z]{3,4}|et)$/i, ''),
    samePath: link.path.replace(/\.(?:[a-z]{3,4}|et)$/i, ''),
    samePathFull: link.path,
    byName: link.shown !== fileName(link.path),
  };
}

/**
 * A file in a form the lens reads as it was written, its tables whole: Word and Excel, old and new
 * (.docx, .doc, .xlsx, .xls), and WPS's own (.wps, .et: a Word 97 document and an Excel 97 workbook
 * with WPS's additions), by its path or its name; not a PDF, whose tables are rebuilt from their
 * borders (lib/pdf), nor a form no reader reads.
 */
function readableForm(a: Attachment, path: string): boolean {
  return READ_AS_WRITTEN.test(path) || READ_AS_WRITTEN.test(a.name);
}

const READ_AS_WRITTEN = /\.(?:docx?|xlsx?|wps|et)$/i;

/** Which of one report's links names it best: a form the lens can read first, then a link with a name of its own. */
function preference(c: Candidate): number {
  return (readableForm(c.attachment, c.samePathFull) ? 2 : 0) + (c.byName ? 1 : 0);
}

/** A year named in the file's name that is not the report's (and no name of the report's year). */
function otherYear(key: string, year: number): boolean {
  const years: string[] = key.match(/(?:19|20)\d\d(?=年)/g) ?? [];
  return years.length > 0 && !years.includes(String(year));
}

/** A file's name without a list's number before it, unless the number is all its name ("一.pdf"). */
function unnumbered(key: string): string {
  const rest = key.replace(ORDINAL, '');
  return rest === '' || /^\.?(?:[a-z]{3,4}|et)$/i.test(rest) ? key : rest;
}

/** The report's own title as the core reads it: its heading's, else the page's <title>. */
function ownTitle(body: Element, heading: Element | null): string {
  return labelKey(readText(heading?.textContent ?? body.ownerDocument.title ?? ''));
}

/**
 * A file named as a body's report, or its tables, that is not the body whose report this is: the
 * name before its year ("临川区财政局" in "临川区财政局2023年…年度报告.pdf") is not in the report's own
 * title. A sidebar or related list offers other bodies' reports of the same year.
 */
function otherBody(key: string, own: string): boolean {
  if (own === '') return false;
  const prefix = unnumbered(/^(.*?)(?:19|20)\d\d年/.exec(key)?.[1]?.replace(LEAD, '') ?? '');
  // the report's own body, maybe named shorter than in the file ("临川区农业农村局" of "抚州市临川区农业农村局")
  // (a news headline's verb is no part of it: "东湖区正式发布《2025年…" names 东湖区, "我局发布2025年…" no body: det65)
  const ownPrefix = (/^(.*?)(?:19|20)\d\d年/.exec(own)?.[1] ?? '').replace(/(?:正式|隆重)?(?:发布|公布|晒出|亮出)了?《?$/, '');
  // a title that names no body ("2023年政府信息公开工作年度报告", the body in the site's banner) tells no other body from its own
  if (ownPrefix.length < 2 || /^(?:我|本)[局委办区县市镇乡院厅部]$/.test(ownPrefix)) return false;
  if (prefix.endsWith(ownPrefix)) return false;
  // a bare lead ("关于", "图解") names no body
  return prefix.length >= 3 && /(?:局|委|办|院|府|区|县|市|镇|乡|街道|会|所|中心|厅|部)$/.test(prefix) && !own.includes(prefix);
}

const INLINE = new Set(['a', 'span', 'font', 'strong', 'b', 'em', 'i', 'u', 'small', 'label']);

/** Is the link offered as the page's attachment: in a block whose text starts "附件", "下载"? */
function offered(link: Element): boolean {
  let block = link.parentElement;
  while (block && INLINE.has(tagOf(block)) && block.parentElement) block = block.parentElement;
  if (OFFERS.test(labelKey(readText(block?.textContent ?? link.textContent ?? '')))) return true;
  // a list under a heading of its own: "<p>附件：</p><p><a>…</a></p>", TRS's
  // "<div class="fj_tit">附件：</div><ul><li><a>…</a></li></ul>": the block, or its list, follows a
  // line that says only 附件 (相关附件, 附件下载)
  for (let el: Element | null = block, up = 0; el && up < 3; el = el.parentElement, up++) {
    let prev = el.previousElementSibling;
    // the list's earlier items ("<p>附件：</p><p>1.…</p><p>2.…</p>")
    while (prev && tagOf(prev) === tagOf(el) && fileLinkIn(prev) && !HEADS.test(labelKey(readText(prev.textContent ?? '')))) prev = prev.previousElementSibling;
    if (prev && HEADS.test(labelKey(readText(prev.textContent ?? '')))) return true;
  }
  return false;
}

/**
 * A line that says only that attachments follow: "附件：", "相关附件", "附件下载", "附件1". Not a bare
 * "下载" or "相关下载": a site's sidebar or footer heads its downloads (手册, apps) so.
 */
const HEADS = /^(?:(?:相关)?附件(?:\d{1,2}|下载|列表)?|下载附件)[:：]?$/;

/** Does the element hold a link to a document file (an earlier item of an attachment list)? */
function fileLinkIn(el: Element): boolean {
  // by the address or the name alone: fileLink would ask offered() of each earlier item in turn,
  // which asks it of the items before it, and a long list would take exponential time
  return Array.from(el.querySelectorAll('a')).some((a) => kindOf(fileOf(attr(a, 'href')).path) !== null || kindOf(labelKey(readText(a.textContent ?? ''))) !== null);
}
