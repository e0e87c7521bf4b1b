/**
 * A report published as a Word file (.docx), read as the page it would be: many bodies post the
 * report as an attachment only (detect/attachment.ts), and researchers download those files by the
 * hundred. A .docx is a zip of XML parts; its body (word/document.xml) is paragraphs (w:p) and
 * tables (w:tbl), which map onto HTML one for one, so the same core checks it: paragraphs become
 * <p>, tables <table> with Word's merges as the HTML table model has them (w:gridSpan → colspan,
 * a w:vMerge run → rowspan), so every CellRef is a cell of that table as a browser would lay it out.
 *
 * Read: the text of w:t in runs (w:r), w:tab as a space, w:br and w:cr as <br>, inserted text
 * (w:ins) and content controls (w:sdtContent) as text; not read: deleted text (w:delText), field
 * codes (w:instrText: "PAGE", "HYPERLINK …"), the document's properties and drawing text.
 *
 * The page's <title> is the file's name when it names a report (downloads keep the attachment's
 * name: "…2023年政府信息公开工作年度报告.docx"), else the document's title property.
 */
import { elements, escapeHtml, find, officePage, ownText, htmlTable, type CellHtml, type XNode, type XmlParse } from './xml-node.ts';

/** The parts of a .docx the conversion reads, as text. */
export interface DocxParts {
  /** word/document.xml */
  document: string;
  /** docProps/core.xml, when present */
  core?: string;
}

export type { XNode, XmlParse } from './xml-node.ts';

/** A paragraph's text as HTML (escaped, <br> for its line breaks). */
function paragraphHtml(p: XNode): string {
  let out = '';
  const visit = (n: XNode): void => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:t':
          out += escapeHtml(ownText(c));
          break;
        case 'w:tab':
          out += ' ';
          break;
        case 'w:br':
        case 'w:cr':
          out += '<br>';
          break;
        case 'w:noBreakHyphen':
          out += '-';
          break;
        case 'w:delText':
        case 'w:instrText':
        case 'w:pPr':
        case 'w:rPr':
        case 'w:del':
        case 'w:drawing':
        case 'w:pict':
        case 'w:footnoteReference':
        case 'mc:AlternateContent':
          break;
        default:
          visit(c); // w:r, w:hyperlink, w:ins, w:smartTag, w:sdt, w:sdtContent, w:fldSimple…
      }
    }
  };
  visit(p);
  return out;
}

/** The body's blocks (paragraphs, tables, content controls' blocks) as HTML. */
function blocksHtml(container: XNode): string {
  let out = '';
  for (const c of elements(container)) {
    if (c.name === 'w:p') out += `<p>${paragraphHtml(c)}</p>\n`;
    else if (c.name === 'w:tbl') out += tableHtml(c);
    else if (c.name === 'w:sdt') {
      const content = find(c, 'w:sdtContent');
      if (content) out += blocksHtml(content);
    } else if (c.name === 'w:customXml' || c.name === 'w:ins') out += blocksHtml(c);
  }
  return out;
}

function intAttr(node: XNode | null, fallback: number): number {
  const v = node ? Number.parseInt(node.attrs['w:val'] ?? '', 10) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/**
 * A table with Word's merges as HTML spans: each cell takes w:gridSpan grid columns (after the
 * row's w:gridBefore, an empty cell here); a cell whose w:vMerge continues the one above (no w:val,
 * or "continue") is not a cell of its own but one more row of that cell's rowspan.
 */
function tableHtml(tbl: XNode): string {
  const rows: CellHtml[][] = [];
  /** per grid column: the cell a vertical merge started there, while it runs */
  const open = new Map<number, CellHtml>();
  for (const tr of elements(tbl)) {
    if (tr.name !== 'w:tr') continue;
    const trPr = find(tr, 'w:trPr');
    let col = trPr ? intAttr(find(trPr, 'w:gridBefore'), 0) : 0;
    // the grid columns a row skips (w:gridBefore) as an empty cell: HTML has no gap before a row
    const row: CellHtml[] = col > 0 ? [{ html: '', colspan: col, rowspan: 1 }] : [];
    for (let c = 0; c < col; c++) open.delete(c);
    for (const tc of cellsOf(tr)) {
      const tcPr = elements(tc).next().value?.name === 'w:tcPr' ? elements(tc).next().value! : null;
      const span = intAttr(tcPr ? find(tcPr, 'w:gridSpan') : null, 1);
      const vMerge = tcPr ? find(tcPr, 'w:vMerge') : null;
      const merge = vMerge ? (vMerge.attrs['w:val'] ?? 'continue') : null;
      const above = open.get(col);
      if (merge === 'continue' && above) {
        above.rowspan++;
      } else {
        const cell: CellHtml = { html: blocksHtml(tc), colspan: span, rowspan: 1 };
        row.push(cell);
        for (let c = col; c < col + span; c++) open.delete(c);
        if (merge === 'restart') open.set(col, cell);
      }
      if (merge === null) for (let c = col; c < col + span; c++) open.delete(c);
      col += span;
    }
    rows.push(row);
  }
  return htmlTable(rows);
}

/** A row's cells, those inside content controls (w:sdt) and custom XML too. */
function* cellsOf(tr: XNode): Generator<XNode> {
  for (const c of elements(tr)) {
    if (c.name === 'w:tc') yield c;
    else if (c.name === 'w:sdt') {
      const content = find(c, 'w:sdtContent');
      if (content) yield* cellsOf(content);
    } else if (c.name === 'w:customXml') yield* cellsOf(c);
  }
}

/**
 * The .docx's body as an HTML page. fileName: the file's name without its folder (its extension is
 * dropped); it is the page's <title> when it names a report (xml-node.ts officePage).
 */
export function docxToHtml(parts: DocxParts, fileName: string, parseXml: XmlParse): string {
  const body = find(parseXml(parts.document), 'w:body');
  return officePage(body ? blocksHtml(body) : '', fileName, parts.core, parseXml);
}
