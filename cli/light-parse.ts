/**
 * Text → the batch checker's DOM (light-dom.ts): htmlparser2's events build the tree, then
 * light-dom-fixups.ts moves what a browser's tree construction would have put elsewhere.
 */
import { COMMENT, ELEMENT, FRAGMENT, LComment, LDoctype, LDocument, LElement, LFragment, LText, TEXT, type LNode } from './light-dom.ts';
import { ScopedParser } from './light-scope.ts';
import { fitsIn, fosterAsBrowsersDo, placeAsBrowsersDo, strayIn, TABLE_PARTS } from './light-dom-fixups.ts';


/**
 * The text parsed into an LDocument, by htmlparser2's events with a browser's scope rules
 * (light-scope.ts), attribute names lower-cased as a browser's parser does.
 */
export function parseLight(html: string | readonly string[]): LDocument {
  const doc = new LDocument();
  let node: LNode = doc;
  // the node a template's content is built in stands in for the template until its end tag
  const templates: LElement[] = [];
  // tables holding what a browser's parser would not leave in them (fix-ups below)
  const tablesToFix = new Set<LElement>();
  const parser = new ScopedParser(
    {
      onprocessinginstruction(name, data) {
        if (name.toLowerCase() === '!doctype') parser.doctype(data);
        if (name.toLowerCase() === '!doctype' && !doc.doctype) {
          doc.doctype = doc.appendChild(new LDoctype(doc, data.slice(name.length).trim().split(/\s/)[0] ?? 'html'));
        }
      },
      onopentag(name, attribs) {
        if (node.nodeType === ELEMENT && !fitsIn((node as LElement).localName, name)) strayIn(node as LElement, tablesToFix);
        const el = node.appendChild(new LElement(doc, name, attribs));
        if (name === 'template') {
          el.content = new LFragment(doc);
          templates.push(el);
          node = el.content;
        } else node = el;
      },
      ontext(text) {
        if (node.nodeType === ELEMENT && TABLE_PARTS.has((node as LElement).localName) && /[^\t\n\f\r ]/.test(text)) strayIn(node as LElement, tablesToFix);
        const last = node.lastChild;
        if (last && last.nodeType === TEXT) (last as LText).data += text;
        else node.appendChild(new LText(doc, text));
      },
      oncomment(data) {
        node.appendChild(new LComment(doc, data));
      },
      onclosetag() {
        if (node.nodeType === FRAGMENT) {
          const t = templates.pop()!;
          node = t.parentNode!;
        } else node = node.parentNode ?? doc;
      },
    },
    { lowerCaseAttributeNames: true, decodeEntities: true },
  );
  if (typeof html === 'string') parser.write(html);
  else for (const piece of html) parser.write(piece);
  parser.end();
  placeAsBrowsersDo(doc);
  for (const t of tablesToFix) fosterAsBrowsersDo(t);
  return doc;
}
