// Where a page names its writer outside a byline, read only when no byline, markup or metadata names one:
// a Creative Commons attribution ("<span>Ein Tagebuch</span> von <a rel="cc:attributionURL">Jane Doe</a>"),
// an author box ("<div class="author-bio"><h3>Jane Doe</h3>…"), and, on a site that is not a known outlet,
// the person its footer names as copyright holder ("© 2012– Jane Doe. All rights reserved."), and the writer who
// signs off at the end of the text ("Viel Glück!\n\nEuer HansEhrlich", "Benni\n10. September 2017").
import { authorLink } from './author-markup';
import { classOf, elementText, type Furniture, hasToken, inFurniture } from './chrome';
import type { Page } from './page';
import { parseDate } from './date-parse';
import { letterPattern } from '../letter-patterns';

/** The work's attribution in Creative Commons markup (RDFa `cc:attributionName`, a `cc:attributionURL` link). */
export function licenseAttribution(page: Page): string[] {
  for (const el of page.elements()) {
    const v = hasToken(el, 'property', 'cc:attributionName') ? el.getAttribute('content') ?? elementText(el) : el.localName === 'a' && hasToken(el, 'rel', 'cc:attributionURL') ? elementText(el) : '';
    // A name, not an address or a one-word label ("Blog").
    if (v && v.length <= 80 && /\S\s+\S/.test(v) && !/^https?:/.test(v)) return [v];
  }
  return [];
}

/** Class names of a box presenting an article's author ("author-bio", "about-the-author", "autorenbox"). */
const AUTHOR_BOX = /author[-_]?(?:bio|box|info|card|profile|details|about|description)|about[-_]?(?:the[-_]?)?author|autor(?:en)?[-_]?(?:box|info|bio|profil)/i;
/** Boxes of other people: commenters, related articles' authors. */
const OTHER_PEOPLE = /comment|related|recommend|teaser/i;
const OTHER_PEOPLES_PLACES: Furniture = { tags: new Set(), classes: OTHER_PEOPLE };
const HEADING = /^(?:h[2-6]|strong|b)$/;
/** Author boxes read at most. */
const MAX_BOXES = 12;

/** A name as a box prints it: two to four capitalised words or initials, none of them a function word. */
const BOX_NAME = letterPattern(/^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u);
const FUNCTION_WORD = /(?:^|\s)(?:the|to|of|and|for|from|with|about|more|all|alle|der|die|das|und|von|le|la|les|articles?|artikel|posts|beiträge|staff|editorial)(?:\s|$)/i;
const isBoxName = (t: string) => t.length <= 60 && BOX_NAME.test(t) && !FUNCTION_WORD.test(t);

/** The name an author box presents: its first heading that is a name (not the box's title), else its link to the author's page. */
export function authorBoxNames(page: Page): string[] {
  let boxes = 0;
  for (const box of page.elements()) {
    const cls = classOf(box);
    if (!cls || !AUTHOR_BOX.test(cls)) continue;
    // A listing of many writers' boxes (or broken markup nesting them) is not read to its end.
    if (++boxes > MAX_BOXES) break;
    if (inFurniture(box, OTHER_PEOPLES_PLACES)) continue;
    let heading: string | undefined;
    let link: string | undefined;
    for (const el of Array.from(box.querySelectorAll('*'))) {
      // A heading may hold the name's link and a button beside it ("<h3><a>Jane Doe</a><a>Follow</a></h3>").
      const isHeading = HEADING.test(el.localName);
      const shown = isHeading ? (el.querySelector('a') ?? el) : authorLink(el) ? el : null;
      const t = shown ? elementText(shown) : '';
      if (!isBoxName(t)) continue;
      if (isHeading) heading ??= t;
      else link ??= t;
      if (heading) break;
    }
    const name = heading ?? link;
    if (name) return [name];
  }
  return [];
}

/** A person's name as a footer prints it: two or three capitalised words, maybe with a middle initial. */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}`;
/** "© 2019 Jane Doe", "(c) Jane Doe •", "Copyright (c) 2012- Jane Doe.", "2006-2008 by Jane Doe": the holder, then the end of the credit. */
const COPYRIGHT = letterPattern(new RegExp(
  String.raw`(?:(?:©|\([cC]\)|[cC]opyright|COPYRIGHT)\s*(?:©|\([cC]\))?\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?(?:[bB]y\s+)?|\b\d{4}(?:\s*[-–]\s*\d{4})?\s+[bB]y\s+)(${NAME})\s*(?:$|[.,;•|·]|\s[-–]\s|\s+(?:[aA]ll|[aA]lle)\s)`,
  'u',
));
/** Words of a business's or a site's name, not of a person's. */
const NOT_PERSONAL = /\b(?:The|Media|Medien|Group|Gruppe|Verlag|Press|Presse|News|Design|Studio|Digital|Blog|Magazin|Magazine|Online|Team|Redaktion|Company|Holding|Holdings|Publishing|Network|Agentur|Agency|Marketing|Solutions|Services|Software|Systems|Consulting|Partners|Rights|Reserved|Theme|Themes|Wordpress|WordPress|Corporation|Corp|Entertainment|Productions|Co|Ltd|Inc|GmbH|AG|Daily|Weekly|Times|Post|Star|Herald|Tribune|Gazette|Journal|Zeitung|Courier|Observer|Chronicle|Review)\b/;
/** How many elements from the end of the page are searched for the footer's copyright line. */
const FOOTER_ELEMENTS = 400;
/** Names of a site footer's parts (class or id). */
const FOOTER_NAME = /foot|copyright|colophon|credits|site-info|legal|bottom/i;
/** Picture credits ("© Jane Doe, 31.05.2013" under a photo) name a photographer. */
const PICTURE = /caption|photo|image|img|bild|foto|media|gallery|slide|hero|banner|head/i;

/** Whether `el` is in the site's footer and not in a picture's caption. */
function inSiteFooter(el: Element): boolean {
  let footer = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = cur.localName;
    if (tag === 'body') break; // its classes describe the whole page ("fade-imgs-in")
    if (tag === 'figure' || tag === 'figcaption') return false;
    const cls = classOf(cur) ?? '';
    if (PICTURE.test(cls) || PICTURE.test(cur.id)) return false;
    if (tag === 'footer' || FOOTER_NAME.test(cls) || FOOTER_NAME.test(cur.id)) footer = true;
  }
  return footer;
}

/** The person a site's footer names as its copyright holder (a personal site's owner, who writes its pages). */
export function footerCopyrightHolder(page: Page): string[] {
  const els = page.elements();
  for (let i = els.length - 1, n = 0; i >= 0 && n < FOOTER_ELEMENTS; i--, n++) {
    const el = els[i];
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) continue;
      const line = lineFrom(c);
      if (!/©|\(c\)|copyright|\d{4}\s+by\s/i.test(line)) continue;
      const m = COPYRIGHT.exec(line);
      if (m && !NOT_PERSONAL.test(m[1]) && inSiteFooter(el)) return [m[1].replace(/\s+/g, ' ')];
    }
  }
  return [];
}

/** A text node's text, and its next sibling's when the node ends before the name ("© 2019 <a>Jane Doe</a>"). */
function lineFrom(node: ChildNode): string {
  const own = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
  if (!/(?:©|\(c\)|copyright|\d{4}|\bby)$/i.test(own)) return own;
  const next = node.nextSibling;
  return next ? `${own} ${(next.textContent ?? '').replace(/\s+/g, ' ').trim()}` : own;
}

/** A greeting a writer signs off with before the name ("Euer HansEhrlich", "Eure Anna", "Cheers, Jane"), lower case. */
const SIGN_OFF = /^(?:(?:euer|eure|dein|deine|ihr|ihre|your)\s+|(?:cheers|liebe grüße|viele grüße|herzliche grüße),\s*)/;
/** A signature alone on its line: a name of one to three capitalised words, or an account name. */
const SIGNATURE = letterPattern(/^\p{Lu}[\p{L}\d_.'’-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u);
/** Lines of the text's end read for a signature. */
const SIGNATURE_TAIL = 300;

/**
 * The name a writer signs the text with at its end: after a greeting ("Euer HansEhrlich"), or alone on the line
 * before the date they wrote it ("Benni\n10. September 2017"), as blogs do.
 */
export function closingSignature(text: string | undefined): string[] {
  if (!text) return [];
  const lines = text.slice(-SIGNATURE_TAIL).split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1] ?? '';
  if (last.length > 40) return [];
  const greeting = SIGN_OFF.exec(last.toLowerCase());
  if (greeting) {
    const name = last.slice(greeting[0].length).replace(/[.!]$/, '');
    return SIGNATURE.test(name) ? [name] : [];
  }
  const p = parseDate(last);
  const before = lines[lines.length - 2] ?? '';
  // The date is the whole line ("10. September 2017"), the name the whole line before it.
  return p && p.precision !== 'month' && p.matched.length >= last.replace(/[.,]$/, '').length - 2 && before.length <= 30 && SIGNATURE.test(before) ? [before] : [];
}
