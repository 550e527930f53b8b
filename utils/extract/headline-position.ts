// Where things stand relative to the headline, in document order: dates printed near the headline (or
// in the byline below it) are the article's; dates far above it are the site's header ("today").
import type { Page } from './page';
import { classOf } from './chrome';
import { TWO_LETTERS } from '../letter-patterns';

/** Document-order positions of the page's elements and of its headline. */
export interface HeadlinePosition {
  /** Elements between the headline and `el` (negative: before the headline); undefined when unknown. */
  distance(el: Element): number | undefined;
  /** The headline and its ancestors: the article's frame, which is never page furniture. */
  frame: ReadonlySet<Element>;
}

/** A heading that is the site's logo: no words, or only a link home ("/", the site's root). */
export function isLogoHeading(h: Element): boolean {
  const text = (h.textContent ?? '').trim();
  if (!TWO_LETTERS.test(text)) return true;
  const link = h.querySelector('a');
  if (!link || (link.textContent ?? '').trim() !== text) return false;
  const href = (link.getAttribute('href') ?? '').trim();
  return /^(?:\.?\/|(?:https?:)?\/\/[^/]+\/?)$/i.test(href) || /logo/i.test(classOf(link) ?? '');
}

/** The first of `headings` that is not the site's logo (or the first one when all are). */
const firstHeadline = (headings: Element[]): Element | null => headings.find((el) => !isLogoHeading(el)) ?? headings[0] ?? null;

/**
 * Indexes the body's elements once (in the page's document-order list, where the body's descendants follow
 * it in one run); the headline is the first <h1> that is not the site's logo (or the first <h2> without one).
 * The headings are picked from the same run by name: CSS matching over the page costs more than the run.
 */
export function headlinePosition(page: Pick<Page, 'body' | 'elements'>, limit = 30000): HeadlinePosition {
  const order = new Map<Element, number>();
  const body = page.body;
  const h1s: Element[] = [];
  const h2s: Element[] = [];
  if (body) {
    // The body's run ends at the first element after its subtree.
    let stop: Element | null = null;
    for (let el: Element | null = body; el && !stop; el = el.parentElement) stop = el.nextElementSibling;
    const els = page.elements();
    const start = els.indexOf(body);
    for (let i = start + 1; i > 0 && i < els.length && els[i] !== stop; i++) {
      const el = els[i];
      if (i - start < limit) order.set(el, i - start);
      const tag = el.localName;
      if (tag === 'h1') h1s.push(el);
      else if (tag === 'h2') h2s.push(el);
    }
    if (start >= 0) order.set(body, 0);
  }
  const headline = firstHeadline(h1s) ?? firstHeadline(h2s);
  const at = headline ? order.get(headline) : undefined;
  const frame = new Set<Element>();
  for (let el: Element | null = headline; el; el = el.parentElement) frame.add(el);
  return {
    frame,
    distance(el) {
      if (at === undefined) return undefined;
      const i = order.get(el);
      return i === undefined ? undefined : i - at;
    },
  };
}

const cache = new WeakMap<Page, HeadlinePosition>();

/** `headlinePosition(page)`, indexed once per page for all the detectors that ask. */
export function headlinePositionOf(page: Page): HeadlinePosition {
  let p = cache.get(page);
  if (!p) cache.set(page, (p = headlinePosition(page)));
  return p;
}

/** Confidence change for a date printed at `distance` elements from the headline. */
export function positionAdjustment(distance: number | undefined): number {
  if (distance === undefined) return 0;
  if (distance >= -3 && distance <= 40) return 0.05;
  if (distance < -30) return -0.2;
  if (distance > 400) return -0.1;
  return 0;
}
