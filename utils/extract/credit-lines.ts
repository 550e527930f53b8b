// Credit lines by the headline: a short element named for a credit ("credit", "article-credit") printed
// just above or below the headline, as outlets credit wire copy ("<p class="credit">JIJI</p>"). A
// picture's credit ("Reuters/Tom Brenner" under a photo, in its caption) is not the article's.
import { elementText, inFurniture, inPicture } from './chrome';
import { headlinePositionOf } from './headline-position';
import { markedElements } from './marked-elements';
import type { Page } from './page';

/** Credit elements by the headline read at most. */
const MAX_ELEMENTS = 12;
/** A credit line is a few words: longer is a caption or prose. */
const MAX_LENGTH = 60;
/** How far from the headline (in elements) a credit line is printed: just above it, or in its header below. */
const isByHeadline = (distance: number | undefined) => distance !== undefined && distance >= -3 && distance <= 40;

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
