// Anchors spans of the article text in the live page: each paragraph is found in the page's visible
// text (in order, then anywhere), spans map through it; a span whose paragraph is not found is searched
// on its own by its quote and context.
import type { Span } from '../annotation';
import { matchQuote } from './match-quote';
import { buildTextMap, domSpanOf, type DomSpan, type TextMap } from './text-map';

const CONTEXT = 32;

/** Collapses whitespace runs to one space, keeping the length of already-collapsed text. */
const collapse = (s: string) => s.replace(/\s+/g, ' ');

interface Paragraph {
  start: number;
  end: number;
  /** Offset of the paragraph in the page's text map, -1 when not found. */
  at: number;
}

function locateParagraphs(articleText: string, map: TextMap): Paragraph[] {
  const paras: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let from = 0;
  for (const m of articleText.matchAll(re)) {
    const start = m.index!;
    const body = collapse(m[0]);
    let at = map.text.indexOf(body, from);
    if (at < 0) at = map.text.indexOf(body);
    if (at >= 0) from = at + body.length;
    paras.push({ start, end: start + m[0].length, at });
  }
  return paras;
}

/** The page's text map, built once per anchoring pass. */
export interface Anchorer {
  map: TextMap;
  /** The DOM position of each span, null where the text is not found on the page. */
  anchor(spans: Span[]): (DomSpan | null)[];
}

/** Prepares anchoring of `articleText` spans in `root` (usually `document.body`). */
export function createAnchorer(root: Node, articleText: string): Anchorer {
  const map = buildTextMap(root);
  const paras = locateParagraphs(articleText, map);
  const paraOf = (offset: number) => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paras[mid].end <= offset) lo = mid + 1;
      else if (paras[mid].start > offset) hi = mid - 1;
      else return paras[mid];
    }
    return undefined;
  };
  const anchorOne = (span: Span): DomSpan | null => {
    const p = paraOf(span.start);
    if (p && p.at >= 0 && span.end <= p.end) return domSpanOf(map, p.at + span.start - p.start, p.at + span.end - p.start);
    const quote = collapse(articleText.slice(span.start, span.end)).trim();
    const found = matchQuote(map.text, quote, {
      prefix: collapse(articleText.slice(Math.max(0, span.start - CONTEXT), span.start)),
      suffix: collapse(articleText.slice(span.end, span.end + CONTEXT)),
      hint: (span.start / Math.max(1, articleText.length)) * map.text.length,
    });
    return found ? domSpanOf(map, found.start, found.end) : null;
  };
  return { map, anchor: (spans) => spans.map(anchorOne) };
}
