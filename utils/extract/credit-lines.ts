// Credit lines by the headline: a short element named for a credit ("credit", "article-credit") printed
// just above or below the headline, as outlets credit wire copy ("<p class="credit">JIJI</p>"). A
// picture's credit ("Reuters/Tom Brenner" under a photo, in its caption) is not the article's.
import { classOf, elementText, inFurniture } from './chrome';
import { headlinePositionOf } from './headline-position';
import { markedElements } from './marked-elements';
import type { Page } from './page';

/** Credit elements by the headline read at most. */
const MAX_ELEMENTS = 12;
/** A credit line is a few words: longer is a caption or prose. */
const MAX_LENGTH = 60;
/** How far from the headline (in elements) a credit line is printed: just above it, or in its header below. */
const isByHeadline = (distance: number | undefined) => distance !== undefined && distance >= -3 && distance <= 40;

const PICTURE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'picture', 'img', 'video']);
/** Classes of pictures, their captions and galleries. */
const PICTURE_CLASS = /caption|image|img|photo|foto|picture|media|gallery|slide|video|thumb/i;

/** Ancestors looked at for a picture's caption around a credit. */
const CAPTION_DEPTH = 3;

/**
 * Whether `el` is, or is within a few levels part of, a picture, its caption or a gallery: by tag, and by class
 * up to `classLevels` levels (a byline's wrapper may be named "media" for its layout, its own class is not).
 */
export function inPicture(el: Element, classLevels = CAPTION_DEPTH): boolean {
  for (let cur: Element | null = el, depth = 0; cur && depth <= CAPTION_DEPTH; cur = cur.parentElement, depth++) {
    if (PICTURE_TAGS.has(cur.localName) || (depth <= classLevels && PICTURE_CLASS.test(classOf(cur) ?? ''))) return true;
  }
  return false;
}

const linesRead = new WeakMap<Page, string[]>();

/** The page's credit lines by the headline, as printed (whitespace collapsed), in document order. */
export function creditLines(page: Page): string[] {
  let out = linesRead.get(page);
  if (!out) linesRead.set(page, (out = readCreditLines(page)));
  return out;
}

function readCreditLines(page: Page): string[] {
  const position = headlinePositionOf(page);
  const out: string[] = [];
  let read = 0;
  // A gallery's credits elsewhere on the page do not crowd out the lines by the headline.
  for (const el of markedElements(page).creditNamed) {
    if (!isByHeadline(position.distance(el))) continue;
    if (++read > MAX_ELEMENTS) break;
    if (inPicture(el) || inFurniture(el, undefined, position.frame)) continue;
    const text = elementText(el);
    if (text && text.length <= MAX_LENGTH) out.push(text);
  }
  return out;
}
