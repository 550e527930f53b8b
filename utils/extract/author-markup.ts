// Elements that name an article's authors by their markup: byline-named elements and author links.
import { classOf, hasToken, holdsToken } from './chrome';

/**
 * Whether an element is named as a byline: what '[class*="author" i], [class*="byline" i], [id*="author" i],
 * [class*="verfasser" i], [class*="autor" i]' selects, by string tests (CSS matching over every element is slow).
 */
export function namedAsByline(el: Element, cls = classOf(el), id = el.id): boolean {
  return (!!cls && /author|byline|verfasser|autor/i.test(cls)) || (!!id && /author/i.test(id));
}

/** An author link: 'a[rel~="author"], a[href*="/author/"], a[href*="/autor/"], a[href*="/authors/"], .vcard .fn', by string tests. */
export function authorLink(el: Element, tag = el.localName, cls = classOf(el)): boolean {
  if (tag === 'a') {
    if (hasToken(el, 'rel', 'author')) return true;
    const href = el.getAttribute('href');
    if (href && /\/(?:author|autor|authors)\//.test(href)) return true;
  }
  if (!holdsToken(cls, 'fn')) return false;
  for (let cur = el.parentElement; cur; cur = cur.parentElement) if (hasToken(cur, 'class', 'vcard')) return true;
  return false;
}
