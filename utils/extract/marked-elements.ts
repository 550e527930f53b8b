// The elements the date and byline detectors look for, found in one pass over the page's elements: each
// element's name, class, id and itemprop are read once and given to every detector's test, instead of each
// detector scanning all elements and reading them again (six scans read about fourteen attributes an
// element; the one pass reads eight).
import { namedAsDate } from './markup-dates';
import { authorLink, namedAsByline } from './author-markup';
import { classOf, holdsToken } from './chrome';
import type { Page } from './page';

/** Each list holds exactly what its test selects from the page's elements, in document order. */
export interface MarkedElements {
  /** `<time>` elements and elements whose itemprop is datePublished or dateModified. */
  dateItems: Element[];
  /** Elements whose naming says they hold a date (`namedAsDate`). */
  dateNamed: Element[];
  /** Inline scripts (no src). */
  scripts: Element[];
  /** Elements whose itemprop holds the token "author". */
  authorItems: Element[];
  /** Author links (`authorLink`). */
  authorLinks: Element[];
  /** Elements named as a byline (`namedAsByline`). */
  bylineNamed: Element[];
  /** Elements whose class names a credit ("credit", "article-credit"). */
  creditNamed: Element[];
}

const CREDIT = /credit/i;
const DATE_ITEMPROPS: ReadonlySet<string> = new Set(['datePublished', 'dateModified']);

function mark(elements: readonly Element[]): MarkedElements {
  const m: MarkedElements = { dateItems: [], dateNamed: [], scripts: [], authorItems: [], authorLinks: [], bylineNamed: [], creditNamed: [] };
  for (const el of elements) {
    const tag = el.localName;
    // Most elements carry no attribute: only their tag can mark them.
    if (!el.hasAttributes()) {
      if (tag === 'time') m.dateItems.push(el);
      else if (tag === 'script') m.scripts.push(el);
      continue;
    }
    const cls = classOf(el);
    const id = el.id;
    const itemprop = el.getAttribute('itemprop');
    if (tag === 'time' || (itemprop && DATE_ITEMPROPS.has(itemprop))) m.dateItems.push(el);
    if (namedAsDate(el, tag, cls, id)) m.dateNamed.push(el);
    if (tag === 'script' && !el.hasAttribute('src')) m.scripts.push(el);
    if (holdsToken(itemprop, 'author')) m.authorItems.push(el);
    if (authorLink(el, tag, cls)) m.authorLinks.push(el);
    if (namedAsByline(el, cls, id)) m.bylineNamed.push(el);
    if (cls && CREDIT.test(cls)) m.creditNamed.push(el);
  }
  return m;
}

const marked = new WeakMap<Page, MarkedElements>();

/** The page's marked elements, found on first use. */
export function markedElements(page: Page): MarkedElements {
  let m = marked.get(page);
  if (!m) marked.set(page, (m = mark(page.elements())));
  return m;
}
