// Dates the reader sees: "Publish Date : 08 August 2025 - 22:25", "Veröffentlicht am 5. November 2024",
// "Stand: 06.11.2024 09:30 Uhr", "Updated June 2, 2025", and unlabelled dates, weaker the further from
// the headline they are printed. The label patterns are written in lower case and run on lower-cased text
// (a case-insensitive flag makes a pattern several times costlier to compile, in every site's renderer).
import type { DateClaim } from '../annotation';
import { lowerInPlace, mayHoldDate, parseDate, pathDay, roundConfidence, type ParsedDate } from './date-parse';
import { classOf, closestTag, inEmbeddedDocument, inFurniture, shortElementText, textNodes } from './chrome';
import { positionAdjustment, type HeadlinePosition } from './headline-position';
import type { Page } from './page';
import { letterPattern } from '../letter-patterns';

const PUBLISHED_LABEL =
  /(?:^|\b)(publish(?:ed)?(?: date| on)?|first published|date published|posted(?: on)?|released|written(?: on)?|created(?: on)?|veröffentlicht(?: am)?|publiziert(?: am)?|erschienen(?: am)?|erstellt(?: am)?|geschrieben(?: am)?|publié(?: le)?|publicado(?: el| em)?|publicada|pubblicato(?: il)?|gepubliceerd(?: op)?)\s*[:：]?/;
/** A bare "Date:" / "Datum:" label: often the page's date, but also a photo's, an event's or a table's. */
const DATE_LABEL = /(?:^|\b)(datum|date|fecha|data)\s*[:：]/;
const MODIFIED_LABEL =
  /(?:^|\b)(last updated|updated(?: on| at)?|last modified|modified|aktualisiert(?: am)?|zuletzt aktualisiert|(?:zuletzt )?(?:geändert|bearbeitet|editiert)(?: am)?|mis à jour(?: le)?|actualizado(?: el)?|atualizado(?: em)?|aggiornato(?: il)?|bijgewerkt(?: op)?)\s*[:：]?/;
/** "Stand:" / "as of": the version the reader sees; its publication, unless the page states another. */
const AS_OF_LABEL = /(?:^|\b)(stand\s*:|as of\b|état au\b|estado a\b)\s*/;
/** The site's clock ("Aktuelle Zeit: 14.10.2020, 12:18", "Today is …"): the visit's date, not the page's. */
const NOW_LABEL = /(?:^|\b)(aktuelle zeit|aktuelles datum|heute ist|current time|current date|today is|it is currently|nous sommes le|hoy es)\b/;
/** A person's dates beside a forum post or profile ("Registriert: 18.09.2008", "Member since …"): not the page's. */
const ACCOUNT_LABEL = /(?:^|\b)(registriert(?: seit| am)?|registered(?: on)?|joined(?: on)?|member since|mitglied seit|dabei seit|geboren(?: am)?|born(?: on)?)\s*[:：]?\s*$/;
/** An auxiliary verb before a label makes it a sentence ("…was released on November 5, 2019"), not a date line. */
const AUXILIARY_BEFORE = /\b(?:was|were|is|are|be|been|has|have|had|will|wird|wurde|wurden|ist|sind|war|waren|hat|haben|est|a été|fue|foi|è|werd)\s+$/;

/** Whether lower-cased text holds a publication, modification or "as of" label. */
const hasLabel = (low: string) => PUBLISHED_LABEL.test(low) || MODIFIED_LABEL.test(low) || AS_OF_LABEL.test(low);

/** An element named for the site's clock ("today", "current-date", "heute"): it shows the visit's date. */
const CLOCK_NAME = /(?:^|[\s_-])(?:today|todays?[-_]?date|date[-_]?today|current[-_]?date|currentdate|heute|clock)(?:$|[\s_-])/;

/** Whether `el` or one of its two nearest ancestors is named as the site's clock. */
export function inSiteClock(el: Element): boolean {
  for (let cur: Element | null = el, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    if (CLOCK_NAME.test(lowerInPlace(classOf(cur) ?? '')) || CLOCK_NAME.test(lowerInPlace(cur.id))) return true;
  }
  return false;
}

/** Whether the date at `at` in `text` is the site's clock or a person's account date rather than the page's. */
export function notThePagesDate(text: string, at: number): boolean {
  const low = lowerInPlace(text);
  return NOW_LABEL.test(low) || ACCOUNT_LABEL.test(low.slice(Math.max(0, at - 40), Math.max(0, at)));
}
/** Whether a short date line says it is an update ("Updated Mar 12, 2020", "Aktualisiert am 06.03.2023") and not a publication. */
export function labelledAsUpdate(text: string): boolean {
  const low = lowerInPlace(text);
  const m = MODIFIED_LABEL.exec(low);
  return !!m && m.index <= LABEL_MAX_OFFSET && !PUBLISHED_LABEL.test(low);
}
/** A visible claim read from a line that says it is an update ("Updated Nov 13, 2019, 10:28am EST"). */
export const isLabelledUpdate = (c: DateClaim): boolean => c.from === 'text' && c.kind === 'modified' && labelledAsUpdate(c.evidence);
/** "23.09.22" alone on a line: a two-digit year is read only where nothing but a date is printed. */
const SHORT_YEAR_LINE = /^(?:\D{0,40}[:|,]\s*)?(\d{1,2})\.(\d{1,2})\.(\d{2})$/u;
/** "26 | 01 | 2022" alone on a line: day, month and four-digit year set apart by one separator, spaced out. */
const SPACED_NUMERIC_LINE = /^(\d{1,2})\s*([|/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

/** The date of a line that is nothing but a spaced-out numeric date, read as the compact form would be. */
export function spacedNumericDate(text: string, lang?: string): ParsedDate | null {
  const m = SPACED_NUMERIC_LINE.exec(text.trim());
  if (!m) return null;
  const sep = m[2] === '|' ? '.' : m[2];
  return parseDate(`${m[1]}${sep}${m[3]}${sep}${m[4]}`, { lang });
}
/** A label further into the text than this is prose ("…was released on November 5, 2019"), not a date line. */
const LABEL_MAX_OFFSET = 30;
const MAX_CONTEXT = 220;
/** Unlabelled dates before this year are not a web page's date. */
const EARLIEST_WEB_YEAR = 1995;

/** The smallest short element around `el` that holds a date-like digit sequence. */
function shortContext(el: Element | null): { el: Element; text: string } | null {
  for (let cur = el, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    const text = shortElementText(cur, MAX_CONTEXT);
    if (text === null) return null;
    if (/\d/.test(text) && text.length >= 6) return { el: cur, text: /\d\d/.test(text) ? spacedText(cur) : text };
  }
  return null;
}

/**
 * The text of a short element with numbers set apart by markup kept apart: a date callout
 * `<span>Feb</span> <span>18</span><span>2009</span>` reads "Feb 18 2009", not "Feb 182009", and
 * `Nov 19 2019<span class="divider"></span>7:05 AM` reads "Nov 19 2019 7:05 AM".
 */
export function spacedText(el: Element): string {
  let out = '';
  let previous: Text | null = null;
  for (const node of textNodes(el)) {
    const t = node.nodeValue ?? '';
    // Markup lies between two text nodes unless the second directly follows the first.
    out += /\d$/.test(out) && /^\d/.test(t) && node.previousSibling !== previous ? ' ' + t : t;
    previous = node;
  }
  return out.replace(/\s+/g, ' ').trim();
}

const THREE_LOWER_WORDS = letterPattern(/\p{Ll}{3,}[,;]? \p{Ll}{3,}[,;]? \p{Ll}{3,}/u);
/** Words of two letters or more (global: for match). */
const WORDS = letterPattern(/\p{L}{2,}/gu);

/** Running words of a sentence (three lower-case words in a row, or many words without the separators of a date line). */
function isProse(text: string): boolean {
  if (THREE_LOWER_WORDS.test(text)) return true;
  return !/[|·•]/.test(text) && (text.match(WORDS.for(text))?.length ?? 0) >= 8;
}

type TextClaim = { kind: 'published' | 'modified'; base: number; iso: string; precision: DateClaim['precision'] };

/** Claims read from one short element: each label with the date after it, or the bare date. */
function claimsOf(text: string, page: Page): TextClaim[] {
  const out: TextClaim[] = [];
  const labels: [RegExp, 'published' | 'modified', number][] = [
    [PUBLISHED_LABEL, 'published', 0.85],
    [DATE_LABEL, 'published', 0.6],
    [MODIFIED_LABEL, 'modified', 0.8],
    [AS_OF_LABEL, 'modified', 0.8],
    [AS_OF_LABEL, 'published', 0.6],
  ];
  const low = lowerInPlace(text);
  if (NOW_LABEL.test(low)) return out;
  for (const [re, kind, base] of labels) {
    const m = re.exec(low);
    // A label opens a date line ("Published: …", "Posted by X on …"); deep inside a sentence it is prose,
    // except that a modification stated in a sentence ("This page was last modified on …") is still one.
    if (!m || (m.index > LABEL_MAX_OFFSET && text.length > 60)) continue;
    // "Last update date:" names a modification.
    if (re === DATE_LABEL && MODIFIED_LABEL.test(low.slice(Math.max(0, m.index - 20), m.index + m[0].length))) continue;
    if (kind === 'published' && m.index > 0 && !/[:：]\s*$/.test(m[0]) && (isProse(text.slice(0, m.index)) || AUXILIARY_BEFORE.test(low.slice(0, m.index)))) continue;
    const p = parseDate(text.slice(m.index + m[0].length), { lang: page.lang });
    if (p) out.push({ kind, base, iso: p.iso, precision: p.precision });
  }
  if (out.length) return out;
  const short = SHORT_YEAR_LINE.exec(text.trim());
  if (short) {
    const p = parseDate(`${short[1]}.${short[2]}.20${short[3]}`);
    if (p) out.push({ kind: 'published', base: 0.4, iso: p.iso, precision: p.precision });
    return out;
  }
  const p = parseDate(text, { lang: page.lang }) ?? spacedNumericDate(text, page.lang);
  if (!p || p.precision === 'month' || Number(p.iso.slice(0, 4)) < EARLIEST_WEB_YEAR) return out;
  if (notThePagesDate(text, text.indexOf(p.matched))) return out;
  // A date line ("29.04.2020, 12:01 Uhr") is metadata; a date inside a sentence is content.
  const prose = text.length > 60 && isProse(text.replace(p.matched, ' '));
  out.push({ kind: 'published', base: prose ? 0.25 : 0.4, iso: p.iso, precision: p.precision });
  return out;
}

/** A paragraph that opens with its date, as press releases and agency copy do: "29.11.2022 – Mehrfach …",
 * "Berlin, 25. Januar 2022 – …", "Pressemitteilung vom 25. Januar 2022 | Berlin". */
function datedLead(text: string, page: Page): DateClaim | null {
  const head = text.trimStart().slice(0, 70);
  if (head.length < 12 || !/\d/.test(head.slice(0, 40))) return null;
  const p = parseDate(head, { lang: page.lang });
  if (!p || p.precision === 'month' || Number(p.iso.slice(0, 4)) < EARLIEST_WEB_YEAR) return null;
  const at = head.indexOf(p.matched);
  const before = head.slice(0, at);
  let after = head.slice(at + p.matched.length);
  // A few words before (a place, "Meldung vom"), none of them a range or a deadline, and a separator after;
  // a date in brackets may end with a full stop ("Karlsruhe, (12.11.2021). Traditionell …").
  if (at < 0 || before.split(/\s+/).filter(Boolean).length > 3 || /\d|\b(bis|until|till|ab|seit|since|from|vor|before|after|nach)\b/i.test(before)) return null;
  const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(after);
  if (bracketed) after = after.replace(/^\s*\)/, '');
  if (!/^\s*(?:[–—|]|-\s|:\s)/.test(after) && !(bracketed && /^\s*[.,]\s/.test(after))) return null;
  return { iso: p.iso, precision: p.precision, from: 'text', evidence: head.trim(), confidence: 0.45, kind: 'published' };
}

/** The sentence a blog prints below a post: "This entry was posted on Monday, December 14th, 2015 at 2:48 pm",
 * "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von … geschrieben"; and a wiki below a page, of its last
 * change: "This page was last edited on 5 March 2020", "Diese Seite wurde zuletzt am 29. Januar 2020 geändert". */
const POST_SENTENCE =
  /^\s*(?:this (?:article|entry|post|story|item|page)|dieser (?:artikel|beitrag|eintrag|text)|diese seite|cet article|este (?:artículo|articulo|post))\s+(?:was|wurde|a été|fue)\s+(?:(?:first |originally )?(?:posted|published|written|publié|publicado)\s+|last (?:edited|modified|updated)\s+|zuletzt\s+)?(?:on|am|le|el)\s+/;
const CHANGE_WORD = /\b(?:updat|modif|revis|edited|aktualisiert|geändert|bearbeitet|überarbeitet|mis à jour|actualizado)/;

/** A blog's "this entry was posted on …" sentence: the post's date, or its last change when the sentence says so. */
export function postedSentence(text: string, page: Pick<Page, 'lang'>): DateClaim | null {
  // Most text nodes fail on their first word; lower-casing each of them first cost more than the match.
  if (!/^\s*(?:this|diese[rs]?|cet|este)\s/i.test(text)) return null;
  const low = lowerInPlace(text);
  const m = POST_SENTENCE.exec(low);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const p = parseDate(rest.slice(0, 80), { lang: page.lang });
  // The date follows the label directly ("…posted on Monday, December 14th, 2015").
  if (!p || p.precision === 'month' || rest.indexOf(p.matched) > 12) return null;
  const kind = CHANGE_WORD.test(low) ? 'modified' : 'published';
  return { iso: p.iso, precision: p.precision, from: 'text', evidence: text.trim().slice(0, 200), confidence: 0.7, kind };
}

/** Labelled publication lines on several different days ("Posted by A on …", "Posted by B on …") are a list
 * of posts (comments, embedded posts, teasers), none of them surely the page's own: each counts for less. */
function withoutListedPosts(claims: DateClaim[]): DateClaim[] {
  const labelled = claims.filter((c) => c.kind === 'published' && c.confidence >= 0.7);
  if (new Set(labelled.map((c) => c.iso.slice(0, 10))).size < 2) return claims;
  return claims.map((c) => (labelled.includes(c) ? { ...c, confidence: roundConfidence(c.confidence - 0.3) } : c));
}

/** Whether a date's link leads to the archive of that very day ("/blog/2017/08/08/"): a blog's own post date. */
export function linksToArchiveOf(link: Element, iso: string, page: Pick<Page, 'url'>): boolean {
  const href = link.getAttribute('href');
  if (!href) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(href, page.url ?? 'http://x.invalid/').pathname);
  } catch {
    return false;
  }
  // The archive is a day, not an article filed under it nor a title with a date: the last segments are the date.
  return /\/\d{4}(?:\/\d{1,2}\/\d{1,2}|-\d{2}-\d{2})\/?$/.test(path) && pathDay(path)?.iso === iso.slice(0, 10);
}

const CONTROLS: ReadonlySet<string> = new Set(['button', 'option']);
const LINK: ReadonlySet<string> = new Set(['a']);

/** Visible dates of the page with their label, position and the confidence that follows. */
export function collectTextDates(page: Page, position: HeadlinePosition): DateClaim[] {
  const body = page.body;
  if (!body) return [];
  const out: DateClaim[] = [];
  const seen = new Set<Element>();
  let unlabelled = 0;
  for (const node of page.texts()) {
    const t = node.nodeValue ?? '';
    // Most text nodes are the whitespace between elements; a date line and a dated lead need a digit.
    if (!/\S/.test(t)) continue;
    const digit = /\d/.test(t);
    const lead = digit ? datedLead(t, page) : null;
    const posted = postedSentence(t, page);
    if (posted && node.parentElement && !inEmbeddedDocument(node.parentElement)) {
      const adjust = positionAdjustment(position.distance(node.parentElement)) - (inFurniture(node.parentElement, undefined, position.frame) ? 0.35 : 0);
      out.push({ ...posted, confidence: roundConfidence(Math.max(0.05, posted.confidence + adjust)) });
      continue;
    }
    if (lead && node.parentElement && !inEmbeddedDocument(node.parentElement)) {
      const adjust = positionAdjustment(position.distance(node.parentElement)) - (inFurniture(node.parentElement, undefined, position.frame) ? 0.35 : 0);
      out.push({ ...lead, confidence: roundConfidence(Math.max(0.05, 0.45 + adjust)) });
      continue;
    }
    if (t.length > MAX_CONTEXT || (!digit && !hasLabel(lowerInPlace(t)))) continue;
    const ctx = shortContext(node.parentElement);
    // A line without a year (a count, a page number) gives no claim: its element is not weighed.
    if (!ctx || !mayHoldDate(ctx.text) || seen.has(ctx.el) || closestTag(ctx.el, CONTROLS) || inEmbeddedDocument(ctx.el) || inSiteClock(ctx.el)) continue;
    seen.add(ctx.el);
    const inChrome = inFurniture(ctx.el, undefined, position.frame);
    // Dates inside links are mostly other pages' (teasers, archives); a blog's own date link stays possible.
    const link = closestTag(ctx.el, LINK);
    const adjust = positionAdjustment(position.distance(ctx.el)) - (inChrome ? 0.35 : 0);
    for (const c of claimsOf(ctx.text, page)) {
      if (c.base < 0.5 && ++unlabelled > 200) continue;
      const linkAdjust = !link ? 0 : linksToArchiveOf(link, c.iso, page) ? 0.1 : -0.15;
      const confidence = roundConfidence(Math.max(0.05, c.base + adjust + linkAdjust));
      out.push({ iso: c.iso, precision: c.precision, from: 'text', evidence: ctx.text, confidence, kind: c.kind });
    }
  }
  return withoutListedPosts(out);
}
