// Elements that name an article's authors by their markup: byline-named elements and author links.
import { classOf, hasToken } from './chrome';

/**
 * Whether an element is named as a byline: what '[class*="author" i], [class*="byline" i], [id*="author" i],
 * [class*="verfasser" i], [class*="autor" i]' selects, by string tests (CSS matching over every element is slow).
 */
export function namedAsByline(el: Element): boolean {
  const cls = classOf(el);
  return (!!cls && /author|byline|verfasser|autor/i.test(cls)) || (!!el.id && /author/i.test(el.id));
}

/** An author link: 'a[rel~="author"], a[href*="/author/"], a[href*="/autor/"], a[href*="/authors/"], .vcard .fn', by string tests. */
export function authorLink(el: Element): boolean {
  if (el.localName === 'a') {
    if (hasToken(el, 'rel', 'author')) return true;
    const href = el.getAttribute('href');
    if (href && /\/(?:author|autor|authors)\//.test(href)) return true;
  }
  if (!hasToken(el, 'class', 'fn')) return false;
  for (let cur = el.parentElement; cur; cur = cur.parentElement) if (hasToken(cur, 'class', 'vcard')) return true;
  return false;
}
