// The fallback painter for browsers without the CSS Custom Highlight API: anchored spans are wrapped in
// <mark> elements (text nodes split at the span edges, whitespace-only runs left alone), overlapping
// spans share one mark per piece, and unwrapping puts the page's text nodes back as they were.
import type { DomSpan } from './text-map';

/** The attribute that marks Sourcelens's wrappers and lists the highlight names painted on them. */
export const MARK_ATTR = 'data-sourcelens';

export interface MarkPainting {
  /** Every mark inserted, in document order. */
  marks: HTMLElement[];
  /** The first and last mark of each span (null when the span covered only whitespace). */
  spanMarks: ({ first: HTMLElement; last: HTMLElement } | null)[];
}

/** The next text node after `node` in document order, not leaving `root`. */
function nextText(node: Node, root: Node): Text | null {
  let n: Node | null = node;
  for (;;) {
    if (n.firstChild && n.nodeType !== 3) n = n.firstChild;
    else {
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      if (!n || n === root) return null;
      n = n.nextSibling!;
    }
    if (n.nodeType === 3) return n as Text;
  }
}

/** The text nodes a span covers, each with the part covered. */
function pieces(span: DomSpan, root: Node): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  let node: Text | null = span.startNode;
  while (node) {
    const start = node === span.startNode ? span.startOffset : 0;
    const end = node === span.endNode ? span.endOffset : (node.nodeValue ?? '').length;
    if (end > start) out.push({ node, start, end });
    if (node === span.endNode) break;
    node = nextText(node, root);
  }
  return out;
}

/** Wraps each span (with its highlight names) in marks; `root` bounds the walk (document.body). */
export function wrapSpans(doc: Document, root: Node, spans: { dom: DomSpan; names: string[] }[]): MarkPainting {
  // Per text node: the covered intervals with the span that covers them.
  const byNode = new Map<Text, { start: number; end: number; span: number }[]>();
  spans.forEach((s, i) => {
    for (const p of pieces(s.dom, root)) {
      const list = byNode.get(p.node) ?? [];
      list.push({ start: p.start, end: p.end, span: i });
      byNode.set(p.node, list);
    }
  });
  const spanMarks: MarkPainting['spanMarks'] = spans.map(() => null);
  const marks: HTMLElement[] = [];
  for (const [node, intervals] of byNode) {
    const text = node.nodeValue ?? '';
    const cuts = [...new Set([0, text.length, ...intervals.flatMap((iv) => [iv.start, iv.end])])].sort((a, b) => a - b);
    const parts: Node[] = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const [a, b] = [cuts[k], cuts[k + 1]];
      const piece = text.slice(a, b);
      const covering = intervals.filter((iv) => iv.start <= a && iv.end >= b);
      if (!covering.length || !piece.trim()) {
        parts.push(doc.createTextNode(piece));
        continue;
      }
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, [...new Set(covering.flatMap((c) => spans[c.span].names))].join(' '));
      mark.append(doc.createTextNode(piece));
      parts.push(mark);
      marks.push(mark);
      for (const c of covering) {
        const sm = spanMarks[c.span];
        if (!sm) spanMarks[c.span] = { first: mark, last: mark };
        else sm.last = mark;
      }
    }
    node.replaceWith(...parts);
  }
  return { marks, spanMarks };
}

/** Removes the marks, joining the text they split back into single text nodes. */
export function unwrapMarks(marks: HTMLElement[]): void {
  const parents = new Set<Node>();
  for (const m of marks) {
    const parent = m.parentNode;
    if (!parent) continue;
    m.replaceWith(...Array.from(m.childNodes));
    parents.add(parent);
  }
  for (const p of parents) mergeTextRuns(p);
}

/** Merges adjacent text nodes (what normalize() does, written out because not every DOM has it). */
function mergeTextRuns(parent: Node): void {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    while (n.nodeType === 3 && n.nextSibling?.nodeType === 3) {
      const next = n.nextSibling as Text;
      (n as Text).nodeValue = (n.nodeValue ?? '') + (next.nodeValue ?? '');
      next.remove();
    }
  }
}
