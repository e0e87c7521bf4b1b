/**
 * XML into XNodes with htmlparser2 (which the batch checker parses pages with already), for
 * docx-html.ts in Node; the extension uses the browser's DOMParser (components/docx-read.ts).
 */
import { Parser } from 'htmlparser2';
import type { XNode } from './xml-node.ts';

export function parseXml(xml: string): XNode {
  const root: XNode = { name: '#root', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const node: XNode = { name, attrs, children: [] };
        stack[stack.length - 1]!.children.push(node);
        stack.push(node);
      },
      ontext(text) {
        stack[stack.length - 1]!.children.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}
