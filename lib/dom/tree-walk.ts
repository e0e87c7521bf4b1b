/**
 * Walking a subtree fast on both DOMs. A TreeWalker's nextNode() is the cheapest way through a
 * tree on linkedom (it lists the subtree's nodes once, from its internal linked list, where
 * firstChild has to step over attribute nodes and nextSibling looks up the element's end on every
 * call) and native in a browser. Walks use it with an explicit stack of open elements: a node
 * whose parent is not the top of the stack closes the elements above its parent.
 */

/** NodeFilter.SHOW_ALL, as a number: lib/ uses no browser globals. */
export const SHOW_ALL = 0xffffffff;

export function treeWalker(root: Node): TreeWalker {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) throw new Error('node outside a document');
  return doc.createTreeWalker(root, SHOW_ALL);
}

/**
 * The first node after el's subtree, in document order, that is still inside top, or null: where
 * a walk that skips el's subtree resumes (every node in between is el's descendant).
 */
export function following(el: Node, top: Node): Node | null {
  for (let n: Node | null = el; n && n !== top; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}
