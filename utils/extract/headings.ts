// The page's visible headings that may be the article's headline, with the text a reader sees as the
// headline: kicker labels, dates and screen-reader-only text inside the heading left out.
import { classOf, type Furniture, inFurniture } from './chrome';
import { INVISIBLE, LETTER } from '../letter-patterns';

/** A heading element and its headline text. */
export interface Heading {
  text: string;
  /** 1 for <h1>, 2 for <h2> and headline-classed elements. */
  level: 1 | 2;
  el: Element;
  /** The text after a leading child element ("<em>Kicker</em> Headline" -> "Headline"), when there is one. */
  afterLead?: string;
}

const HEADING_SELECTOR = 'h1, h2, [itemprop="headline"], .entry-title, .post-title, .article-title, .headline';
/** Parts of a heading that are not the headline: kickers, topic labels, dates, hidden helper text. */
const NOT_HEADLINE = /(kicker|small|overline|eyebrow|strapline|top-?line|top-?title|dachzeile|roofline|topic|label|category|rubri|section|sub-?heading|sub-?title|subline|date|time|byline|screen-reader|sr-only|visually-hidden)/i;
const MAX_HEADINGS = 40;
/** Separators left at the edge once a kicker is removed ("Politik | Headline", "Kicker: Headline"). */
const EDGE_PUNCTUATION = /^[\s:|·•\-–—]+|[\s:|·•\-–—]+$/g;
/** Footers, asides and side panels never hold the article's <h1>; other class names are too weak a sign to drop
 * one, and "sidebar" counts only as a whole class ("has-sidebar" wraps whole pages). */
const H1_FURNITURE: Furniture = { tags: new Set(['footer', 'aside']), classes: /(?:^|\s)(?:sidebar|side-?panel)(?:\s|$)/i };
/** Headings only screen readers announce: a copy of <title>, not the printed headline. */
const HIDDEN = /(visually-?hidden|sr-only|screen-reader|hidden|invisible|text-hide|(?:^|\s)hide(?:\s|$))/i;
/** A heading element styled as the kicker above the headline ("<h1 class=strapline>"): not the headline itself. */
const KICKER_HEADING = /(kicker|overline|eyebrow|strapline|dachzeile|roofline)/i;
/** Elements whose text is never the headline's: styles, scripts, and ruby readings (furigana) set above the letters. */
const SKIPPED_TAGS = new Set(['TIME', 'SCRIPT', 'STYLE', 'SMALL', 'RT', 'RP']);
/** Elements that carry none of the printed text: styles, scripts, ruby readings. */
const TEXTLESS_TAGS = new Set(['SCRIPT', 'STYLE', 'RT', 'RP']);

/** A <nav> holds the article's <h1> only as the last crumb of a breadcrumb. */
function inNavigation(el: Element): boolean {
  let nav = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (/breadcrumb/i.test(classOf(cur) ?? '')) return false;
    if (cur.tagName.toUpperCase() === 'NAV' || cur.getAttribute('role') === 'navigation') nav = true;
  }
  return nav;
}

function isFurniture(el: Element, h1: boolean): boolean {
  return h1 ? inFurniture(el, H1_FURNITURE) || inNavigation(el) : inFurniture(el);
}

/** Text as printed: hyphenation hints gone, whitespace collapsed, separators at the edges cut, composed (NFC). */
const clean = (s: string) => s.replace(INVISIBLE, '').replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '').trim().normalize('NFC');

/** The text of `node` without styles, scripts and ruby readings. */
function printedText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 || TEXTLESS_TAGS.has((node as Element).tagName.toUpperCase())) return '';
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) out += printedText(c);
  return out;
}

/** A separator the reader does not see ("<span aria-hidden="true"> – </span>", "<span class="invisible">: </span>"). */
function hiddenSeparator(el: Element): boolean {
  const hidden = el.getAttribute('aria-hidden') === 'true' || HIDDEN.test(classOf(el) ?? '');
  return hidden && /^[\s:|·•\-–—/]+$/.test(el.textContent ?? '');
}

/** The heading's text without kicker, date and hidden parts, whitespace collapsed. */
export function headlineText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const child = c as Element;
        const tag = child.tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        // "Kicker<span aria-hidden> – </span>Headline": the page shows the two on separate lines, the kicker as a label.
        if (hiddenSeparator(child) && LETTER.test(out)) {
          out = '';
          continue;
        }
        if (NOT_HEADLINE.test(`${classOf(child) ?? ''} ${child.id}`)) continue;
        if (tag === 'BR') out += ' ';
        walk(child);
        if (tag === 'DIV' || tag === 'P') out += ' ';
      }
    }
  };
  walk(el);
  return clean(out) || clean(printedText(el));
}

/** The heading's text after its first child element, when the heading opens with one and goes on. */
function afterLeadingElement(el: Element): string | undefined {
  let c = el.firstChild;
  // Blank text, comments and styles before the first element do not count.
  while (c && (c.nodeType === 8 || (c.nodeType !== 1 && !(c.nodeValue ?? '').trim()) || (c.nodeType === 1 && TEXTLESS_TAGS.has((c as Element).tagName.toUpperCase())))) c = c.nextSibling;
  if (!c || c.nodeType !== 1) return undefined;
  let rest = '';
  for (let n = c.nextSibling; n; n = n.nextSibling) rest += printedText(n);
  return clean(rest) || undefined;
}

/** Headings outside the page's navigation, sidebars, footers and teaser lists, in document order. */
export function visibleHeadings(doc: Document): Heading[] {
  const out: Heading[] = [];
  for (const el of Array.from(doc.querySelectorAll(HEADING_SELECTOR)).slice(0, MAX_HEADINGS)) {
    const h1 = el.tagName.toUpperCase() === 'H1';
    // Class names are a weak sign of furniture ("has-sidebar" wraps whole pages): an <h1> yields to semantic markup only.
    const cls = classOf(el) ?? '';
    if (isFurniture(el, h1) || HIDDEN.test(cls) || KICKER_HEADING.test(cls)) continue;
    // A wrapper around a real heading is read through that heading.
    if (!/^H[12]$/i.test(el.tagName) && el.querySelector('h1, h2')) continue;
    const text = headlineText(el);
    if (text.length < 2 || text.length > 300) continue;
    out.push({ text, level: h1 ? 1 : 2, el, afterLead: afterLeadingElement(el) });
  }
  return out;
}
