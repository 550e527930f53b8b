// Reading corpus imports: JSON Lines ({id?, url, title, outlet?, published?, text | html}), RSS 2.0 and
// Atom feeds (content:encoded or description; items without text kept as metadata, read without a DOM) and saved HTML pages
// (the same extraction as live pages). Every rejected line or item says where and why.
import { extractArticle } from '../extract/article';
import { extractDates } from '../extract/dates';
import { readPage } from '../extract/page';
import type { ParsedImport } from './import-types';
import { readJsonl, readJsonlLine, type JsonlLine } from './jsonl-import';

export type { ImportedDoc, ParsedImport } from './import-types';
// Feeds are read without a DOM, in their own module, so that the background does not bundle the extractor.
export { parseFeed } from './feed-import';

/** Parses markup; the caller supplies the DOM implementation (DOMParser in a page, linkedom in Node). */
export type ParseMarkup = (text: string, type: 'text/html' | 'text/xml') => Document;

/** The plain text of an HTML fragment or page, through the article extractor. */
function htmlText(html: string, url: string, parse: ParseMarkup): { text: string; title: string; published?: string } {
  const page = readPage(parse(/<html|<body/i.test(html) ? html : `<html><body><article>${html}</article></body></html>`, 'text/html'), url);
  const art = extractArticle(page);
  const text = art.text || (page.doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { text, title: art.title, published: extractDates(page).published?.iso };
}

/** JSON Lines, one document per line; line numbers start at 1; `html` fields read with the article extractor. */
export function parseJsonl(text: string, parse: ParseMarkup, idPrefix = 'import'): ParsedImport {
  return readJsonl(text, idPrefix, (html, url) => htmlText(html, url, parse));
}

/** One line of a JSON Lines import (numbered from 1): a document, a rejection, or null for a blank line. */
export function parseJsonlLine(line: string, n: number, parse: ParseMarkup, idPrefix = 'import'): JsonlLine {
  return readJsonlLine(line, n, idPrefix, (html, url) => htmlText(html, url, parse));
}

/** One saved HTML page; its address from rel=canonical or og:url, else the file name. */
export function parseHtmlPage(html: string, fileName: string, parse: ParseMarkup, index = 1): ParsedImport {
  const out: ParsedImport = { docs: [], rejected: [], unit: 'file' };
  if (!/<(html|body|p|div|article)\b/i.test(html.slice(0, 50000))) {
    out.rejected.push({ index, reason: `${fileName}: not an HTML page` });
    return out;
  }
  const doc = parse(html, 'text/html');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '';
  let url = `file:///${encodeURIComponent(fileName)}`;
  try {
    if (canonical) url = new URL(canonical).href;
  } catch {
    // keep the file address
  }
  const page = readPage(doc, url);
  const art = extractArticle(page);
  if (!art.text.trim()) {
    out.rejected.push({ index, reason: `${fileName}: no article text found` });
    return out;
  }
  out.docs.push({ index, id: `page:${url}`, url, title: art.title || fileName, outlet: art.siteName, published: extractDates(page).published?.iso, text: art.text });
  return out;
}
