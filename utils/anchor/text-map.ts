// The live page's visible text as one string with whitespace collapsed, and a map from every character
// back to its DOM text node, so that text offsets become DOM ranges. Takes the root as a parameter.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD']);

/** Visible text of a subtree, with each character's text node and offset. */
export interface TextMap {
  /** Whitespace runs collapsed to one space. */
  text: string;
  nodes: Text[];
  /** For character i: index into `nodes`, and offset inside that node. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

function hidden(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden')) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el, { visibilityProperty: true }) && el.getClientRects().length === 0 : false;
}

/** Builds the text map of `root`, descending into open shadow roots. */
export function buildTextMap(root: Node): TextMap {
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let text = '';
  let lastSpace = true;
  const pushSpace = (n: number, o: number) => {
    if (lastSpace) return;
    text += ' ';
    nodeOf.push(n);
    offsetOf.push(o);
    lastSpace = true;
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      if (!v) return;
      const n = nodes.push(node as Text) - 1;
      for (let i = 0; i < v.length; i++) {
        const c = v[i];
        if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0') pushSpace(n, i);
        else {
          text += c;
          nodeOf.push(n);
          offsetOf.push(i);
          lastSpace = false;
        }
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (hidden(el)) return;
      if (el.tagName.toUpperCase() === 'BR') return pushSpace(Math.max(0, nodes.length - 1), 0);
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) visit(shadow);
    }
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (node.nodeType === 1 && nodes.length) pushBlockBreak(node as Element, nodes.length - 1);
  };
  const pushBlockBreak = (el: Element, n: number) => {
    // Block boundaries separate words even without whitespace in the markup.
    if (!/^(P|DIV|LI|H[1-6]|TD|TH|TR|BLOCKQUOTE|SECTION|ARTICLE|HEADER|FOOTER|FIGCAPTION|DT|DD|PRE|UL|OL|TABLE|ASIDE|NAV|MAIN)$/i.test(el.tagName)) return;
    pushSpace(n, (nodes[n].nodeValue ?? '').length);
  };
  visit(root);
  return { text, nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/** Where a span lies in the DOM: text nodes and offsets, ready to become a Range. */
export interface DomSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** The DOM position of map characters [start, end), or null when out of bounds. */
export function domSpanOf(map: TextMap, start: number, end: number): DomSpan | null {
  if (start < 0 || end > map.text.length || end <= start) return null;
  const endNode = map.nodes[map.nodeOf[end - 1]];
  return {
    startNode: map.nodes[map.nodeOf[start]],
    startOffset: map.offsetOf[start],
    endNode,
    endOffset: Math.min((endNode.nodeValue ?? '').length, map.offsetOf[end - 1] + 1),
  };
}

/** A live Range for a DomSpan. */
export function toRange(span: DomSpan, doc: Document): Range {
  const r = doc.createRange();
  r.setStart(span.startNode, span.startOffset);
  r.setEnd(span.endNode, span.endOffset);
  return r;
}
