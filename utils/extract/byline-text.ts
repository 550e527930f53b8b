// Bylines printed as plain text, without author markup: "Posted by Konstantin 21.10.2019", "Von R. R. am
// 3. Mai", "Ein Artikel von Pamela Sladky | 27.01.2022", "par Didier Roy, 21 juin 2018", "Autor: Peter Maahn",
// "11.12.2019 - Amelie Loevenich". Read from short lines near the headline or closing the article.
import { closestTag, elementText, type Furniture, inFurniture } from './chrome';
import { lowerInPlace, MONTH_NAME, parseDate } from './date-parse';
import { headlinePositionOf } from './headline-position';
import type { Page } from './page';
import { INVISIBLE, LETTER, letterPattern } from '../letter-patterns';

/**
 * A byline label and what follows it; the label opens the line or follows a separator or a date. A hyphen
 * separates only with a space before it ("---- by …"): "Brand-as-Author" is one word, no label. This and
 * NAME_END are written in lower case and run on lower-cased text (lowerInPlace): a case-insensitive flag
 * makes a pattern this long several times costlier to compile, in every site's renderer.
 */
const LABELLED = new RegExp(
  String.raw`(?:^|[|•·,–—:\]】]\s*|(?:^|\s)-+\s*|\d\s+)(?:(?:written|posted|published|reported|created|edited|submitted)\s+by\s*[:：]?|(?:geschrieben|erstellt|gespeichert|verfasst|veröffentlicht|publiziert|eingestellt)\s+von|(?:ein|eine)\s+(?:artikel|beitrag|interview|gastbeitrag|kommentar|kolumne|glosse|bericht|reportage)\s+von|(?:a|an)\s+(?:guest\s+)?(?:post|column|essay|commentary|op-ed|interview|analysis|report)\s+by|(?:blog[- ]?)?(?:artikel|beitrag)\s+von|text(?:\s+und\s+fotos?)?\s+von|by|von|par|por|door|autor(?:in)?\s*[:：]?|author\s*[:：]?|auteur\s*(?:\(s\))?\s*[:：]?|texto\s*[:：]|text\s*[:：]|redaktion\s*[:：]|(?:责任编辑|作者|编辑|记者)\s*[:：])(?:\s+|(?<=[:：]))(.+)$`,
  'u',
);
/** Where a name ends: a date preposition or the category a post is filed under, a separator, a month before a day ("Regan September 15, 2014"), a digit, a bracket. */
const NAME_END = new RegExp(
  String.raw`\s+(?:datum|date|tags?|schlagworte?|kategorien?|categor(?:y|ies)|rubrik|ressort|quelle|source|veröffentlicht|published|erstellt|created)\s*[:：].*$|\s+(?:am|on|le|el|il|op|um|at|en|im|in|für|for|with|mit|under|unter|und die|and the)\s+.*$|\s+(?:fotos?|photos?|bilder?|illustrations?|grafik)\b.*$|\s*[|•·,;(/–—]\s*.*$|\s+-\s+.*$|\s+(?:${MONTH_NAME})\.?\s+\d.*$|\s+\d.*$`,
  'u',
);
/** A personal name or handle: up to four words, each capitalised or a particle, or one handle; or a Chinese name. */
const NAME_SHAPE = letterPattern(/^(?:(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|(?:de|da|van|von|der|den|del|di|du|le|la|bin|al|y|zu)\b)\s?){1,5}$|^[\p{L}\d_.-]{3,24}$|^\p{Script=Han}{2,4}$/u);
/** A label set apart, alone in its element ("Autor:"). */
const LABEL_ALONE = letterPattern(/^[\p{L} ]{2,30}[:：]$/u);
/** A few words: two letters, a space, a letter. */
const FEW_WORDS = letterPattern(/\p{L}{2,}.*\s.*\p{L}/u);
/** Spaces and stops after a name, not the stop of a closing initial ("R."). */
const AFTER_NAME = letterPattern(/(?<!\b\p{Lu})[\s:.,]+$/u);
/** A name opening with a capital or a Chinese character. */
const NAME_OPENING = letterPattern(/^[\p{Lu}\p{Script=Han}]/u);
/** Two or three capitalised words. */
const PERSONAL_NAME = letterPattern(/^(?:\p{Lu}[\p{Ll}'’-]+\s){1,2}\p{Lu}[\p{Ll}'’-]+$/u);
/** Furniture whose names are not this article's authors (a site footer may be an entry's footer, and teaser
 * modules may frame the article's own header, so neither rules a line out). */
const BYLINE_FURNITURE: Furniture = { tags: new Set(['nav', 'aside', 'figure', 'figcaption']), classes: /related|sidebar|comment|recommend|navigation/i };
/** Credits for pictures and sources: "Foto: Jane Doe von Pexels". */
const PICTURE_CREDIT = /^(?:©|\(c\)|foto|fotos|photo|bild|bilder|image|quelle|source|illustration|grafik|video|credit)s?\b/i;
/** Words that open a byline, to pick the few text nodes worth a closer look. */
const LABEL_HINT = /\b(by|von|par|por|door|autor|autorin|author|auteur|texto?|redaktion)\b|责任编辑|作者|编辑|记者/i;
/** Unlabelled "date – name" lines count only this close to the headline (just above it, or below). */
const isUnderHeadline = (distance: number | undefined) => distance !== undefined && distance >= -5 && distance <= 25;
/** Lines longer than this are prose, not a byline. */
const MAX_LINE = 140;
/** How far (in elements) from the headline a byline is looked for. */
const NEAR_HEADLINE = 80;
const MAX_TEXT_NODES = 15000;
/** Elements that end a line of text. */
const LINE_END = /^(BR|P|DIV|UL|OL|LI|TABLE|H\d)$/i;
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The line a text node belongs to: the smallest element around it (up to three levels up) that holds a
 * few words, or, inside a long block, the node's own text with the element that follows it ("von <a>X</a>"). */
function lineOf(node: Text): { el: Element; text: string; afterLabel?: boolean } | null {
  // A label set apart ("<strong>Autor:</strong> <a>Jane Doe</a><br>") goes on with what follows it on the line.
  const parent = node.parentElement;
  if (parent && LABEL_ALONE.test(elementText(parent))) {
    const line = labelLine(parent);
    if (line) return line;
  }
  let best: { el: Element; text: string } | null = null;
  for (let el = node.parentElement, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    const t = elementText(el);
    if (t.length > MAX_LINE) break;
    best = { el, text: t };
    if (FEW_WORDS.test(t) && t.length >= 12) break;
  }
  if (best || !node.parentElement) return best;
  const text = `${node.nodeValue ?? ''}${restOfLine(node)}`.replace(/\s+/g, ' ').trim();
  return text.length <= MAX_LINE ? { el: node.parentElement, text } : null;
}

/** The text after `node` up to the end of its line: "Autor: <a>Rechtsanwalt</a> Max Muster<br>". */
function restOfLine(node: Node): string {
  let text = '';
  for (let n = node.nextSibling; n && text.length <= MAX_LINE; n = n.nextSibling) {
    if (n.nodeType === 1 && LINE_END.test((n as Element).tagName)) break;
    text += ` ${n.textContent ?? ''}`;
  }
  return text;
}

/** A label element and what follows it up to the end of its line (a <br> or a block). */
function labelLine(label: Element): { el: Element; text: string; afterLabel: boolean } | null {
  let text = label.textContent ?? '';
  for (let n = label.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 && LINE_END.test((n as Element).tagName)) break;
    text += n.textContent ?? '';
    if (text.length > MAX_LINE) return null;
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > label.textContent!.trim().length + 1 ? { el: label, text, afterLabel: true } : null;
}

/** The name a labelled line credits, or null. */
export function nameAfterLabel(line: string): string | null {
  const low = lowerInPlace(line);
  const m = LABELLED.exec(low);
  if (!m) return null;
  // What follows the label, as printed (the match runs to the end of the line).
  const credited = line.slice(line.length - m[1].length);
  const end = lowerInPlace(credited).search(NAME_END);
  // A final period ends the sentence unless it closes an initial ("Von R. R. am …").
  const upToEnd = (end < 0 ? credited : credited.slice(0, end)).replace(/[)\]]+$/, '');
  const name = upToEnd.replace(AFTER_NAME.for(upToEnd), '').replace(/[\s:,]+$/, '').trim();
  if (!name || name.length > 60 || !NAME_SHAPE.test(name)) return null;
  // A lower-case word after "von"/"by" is prose ("von außen", "by far"), unless the line ends with it or a date.
  if (!NAME_OPENING.test(name) && !/^(?:posted|written|erstellt|gespeichert|geschrieben|verfasst|autor|author)/i.test(line.slice(low.search(LABELLED)).replace(/^[\s|•·,–—:\d]+/, ''))) return null;
  return name;
}

/** A bare label ("By", "Von") opening a paragraph: a heading as often as a credit ("By the Numbers", "Von Rund bis Eckig"). */
const BARE_LABEL = /^(?:by|von|par|por|door)\s/;
/** Paragraphs of the article's text read for a credit opening it. */
const LEAD_PARAGRAPHS = 3;
const MAX_LEAD_CREDIT = 100;

/**
 * The writer a short paragraph opening the article credits by the kind of piece ("Ein Interview von Eugen
 * Zentner mit Sonja Silberhorn.", "Blog Beitrag von Margarita Koreneva", "Eine Kolumne von Nils Pickert"): on
 * a blog or magazine printing a guest's piece ("A guest post by …"), the page's markup names the account that
 * posted it instead. A bare label ("Von Matthias Lauerer") counts when the paragraph is nothing but it and a
 * person's name that opens with a given name (`isForename`): headings open so too ("By the Numbers").
 */
export function leadCredit(text: string | undefined, isForename?: (word: string) => boolean): string | null {
  if (!text) return null;
  for (let start = 0, read = 0; start < text.length && read < LEAD_PARAGRAPHS; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (!line) continue;
    read++;
    if (line.length > MAX_LEAD_CREDIT) continue;
    const low = lowerInPlace(line);
    if (BARE_LABEL.test(low)) {
      const name = line.slice(line.indexOf(' ') + 1).replace(INVISIBLE, '').replace(/[.:]$/, '').trim();
      if (isForename && PERSONAL_NAME.test(name) && isForename(name.slice(0, name.indexOf(' ')))) return name;
      continue;
    }
    if (LABELLED.exec(low)?.index !== 0) continue;
    const name = nameAfterLabel(line);
    if (name) return name;
  }
  return null;
}

/** "11.12.2019 - Amelie Loevenich", "Redaktion - 31. Januar 2022": a date and a name alone on a line. */
export function nameBesideDate(line: string): string | null {
  if (line.length > 70) return null;
  const p = parseDate(line);
  if (!p) return null;
  // Separators set the name apart from the date; one left inside it makes a list ("12 March 2024 · Compost, Soil").
  const rest = line.replace(p.matched, ' ').replace(/\b\d{1,2}[:.]\d{2}\b|\b(?:uhr|h)\b/gi, ' ').replace(/\s+/g, ' ').replace(/^[\s|•·,–—-]+|[\s|•·,–—-]+$/g, '').replace(/\s+[|•·–—-]+\s+/g, ' | ');
  return PERSONAL_NAME.test(rest) ? rest : null;
}

/** Names credited in the page's visible bylines, nearest to the headline first. */
export function visibleBylines(page: Page): string[] {
  const body = page.body;
  if (!body) return [];
  const position = headlinePositionOf(page);
  const found: { name: string; rank: number }[] = [];
  const seen = new Set<Element>();
  let n = 0;
  for (const node of page.texts()) {
    if (++n > MAX_TEXT_NODES) break;
    const t = node.nodeValue ?? '';
    if (t.length > MAX_LINE || !LETTER.test(t)) continue;
    // Only lines with a byline word, or with a digit right under the headline, are worth reading whole.
    const labelled = LABEL_HINT.test(t);
    if (!labelled && !(/\d/.test(t) && isUnderHeadline(position.distance(node.parentElement!)))) continue;
    const line = lineOf(node);
    if (!line || seen.has(line.el)) continue;
    seen.add(line.el);
    // A headline that opens with "Von …" or "By …" is not a byline.
    if (inFurniture(line.el, BYLINE_FURNITURE, position.frame)) continue;
    const text = line.text;
    // (A label styled as a small heading, "<h5>Autor:</h5> Jane Doe", is a byline all the same.)
    if (!line.afterLabel && closestTag(line.el, HEADINGS) && LABELLED.exec(lowerInPlace(text))?.index === 0) continue;
    if (PICTURE_CREDIT.test(text)) continue;
    const distance = position.distance(line.el);
    const near = distance === undefined || (distance >= -10 && distance <= NEAR_HEADLINE);
    const name = nameAfterLabel(text) ?? (isUnderHeadline(distance) ? nameBesideDate(text) : null);
    if (!name) continue;
    // Lines just under the headline are the byline; others (an entry footer) count after them.
    found.push({ name, rank: near ? Math.abs(distance ?? 0) : 1000 + (distance ?? 0) });
  }
  return found.sort((a, b) => a.rank - b.rank).map((f) => f.name);
}
