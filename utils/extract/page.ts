// What several detectors read from the same page, parsed once.
import { readJsonLd, type JsonLdNode } from './json-ld';
import { readMeta, type MetaTag } from './meta';
import { textNodes } from './chrome';

/** The page as the detectors see it. */
export interface Page {
  doc: Document;
  /** The page's URL, null when unknown or unparsable. */
  url: URL | null;
  jsonLd: JsonLdNode[];
  meta: MetaTag[];
  /** Language from `<html lang>` or `og:locale`, lower case. */
  lang?: string;
  /** The element holding the page's content: its <body> (see `contentBody`). */
  body: Element | null;
  /**
   * Every element in document order (template contents aside, as in browsers), listed once on first use: the
   * date and byline detectors each scan them all (time elements, date-named and byline-named ones, author
   * links), and listing them costs more than the tests they make. `querySelectorAll('*')` lists them natively
   * in a browser and, in linkedom, in about half the time of a walk by first child and next sibling.
   */
  elements(): readonly Element[];
  /** The body's text nodes in document order (scripts and styles left out, at most MAX_TEXTS), walked once on first use: the date and byline detectors both read them. */
  texts(): readonly Text[];
}

/** Text nodes read from a page at most: beyond them is a huge page's tail (comments, listings). */
export const MAX_TEXTS = 20_000;

const firstTexts = (body: Element | null): Text[] => (body ? textNodes(body, MAX_TEXTS) : []);

/**
 * The <body> that holds the page's content. Browsers always give one; a parser in Node may not when markup
 * precedes <html> (PHP warnings, a stray <style>): it leaves an empty <body> and the content in another
 * one, or in an <html> without <body>. Reading `doc.body` is avoided: linkedom creates one on access.
 */
export function contentBody(doc: Document): Element | null {
  const bodies = Array.from(doc.querySelectorAll('body'));
  const full = bodies.find((b) => b.firstElementChild);
  if (full && (bodies.length === 1 || full === bodies[0])) return full;
  if (bodies.length > 1) return bodies.reduce((a, b) => (b.childNodes.length > a.childNodes.length ? b : a));
  return full ?? doc.querySelector('html') ?? doc.documentElement;
}

/** Reads the parts of `doc` that several detectors share. */
export function readPage(doc: Document, url: string): Page {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  const meta = readMeta(doc);
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim();
  const ogLocale = meta.find((m) => m.key === 'og:locale')?.content.replace('_', '-');
  const lang = (htmlLang || ogLocale || undefined)?.toLowerCase();
  let elements: Element[] | undefined;
  let texts: Text[] | undefined;
  const body = contentBody(doc);
  return { doc, url: parsed, jsonLd: readJsonLd(doc), meta, lang, body, elements: () => (elements ??= Array.from(doc.querySelectorAll('*'))), texts: () => (texts ??= firstTexts(body)) };
}
