// Reading corpus imports: JSON Lines ({id?, url, title, outlet?, published?, text | html}), RSS 2.0 and
// Atom feeds (content:encoded or description; items without text kept as metadata, read without a DOM) and saved HTML pages
// (the same extraction as live pages). Every rejected line or item says where and why.
import type { CorpusDoc } from '../corpus/memory-corpus';
import { extractArticle } from '../extract/article';
import { parseDate } from '../extract/date-parse';
import { extractDates } from '../extract/dates';
import { readPage } from '../extract/page';
import { readFeedXml } from './feed-xml';

/** Parses markup; the caller supplies the DOM implementation (DOMParser in a page, linkedom in Node). */
export type ParseMarkup = (text: string, type: 'text/html' | 'text/xml') => Document;

/** A document read from an import, with the line or item it came from. */
export type ImportedDoc = CorpusDoc & { index: number };

export interface ParsedImport {
  docs: ImportedDoc[];
  rejected: { index: number; reason: string }[];
  /** What the numbers in `index` count: lines of a JSONL file, items of a feed, files. */
  unit: 'line' | 'item' | 'file';
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const isoOf = (s: string) => (s ? (parseDate(s)?.iso ?? undefined) : undefined);

/** The plain text of an HTML fragment or page, through the article extractor. */
function htmlText(html: string, url: string, parse: ParseMarkup): { text: string; title: string; published?: string } {
  const page = readPage(parse(/<html|<body/i.test(html) ? html : `<html><body><article>${html}</article></body></html>`, 'text/html'), url);
  const art = extractArticle(page);
  const text = art.text || (page.doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { text, title: art.title, published: extractDates(page).published?.iso };
}

/** JSON Lines, one document per line; line numbers start at 1. */
export function parseJsonl(text: string, parse: ParseMarkup, idPrefix = 'import'): ParsedImport {
  const out: ParsedImport = { docs: [], rejected: [], unit: 'line' };
  text.split('\n').forEach((line, i) => {
    const r = parseJsonlLine(line, i + 1, parse, idPrefix);
    if (r && 'doc' in r) out.docs.push(r.doc);
    else if (r) out.rejected.push(r.rejected);
  });
  return out;
}

/** One line of a JSON Lines import (numbered from 1): a document, a rejection, or null for a blank line. */
export function parseJsonlLine(line: string, n: number, parse: ParseMarkup, idPrefix = 'import'): { doc: ImportedDoc } | { rejected: { index: number; reason: string } } | null {
  if (!line.trim()) return null;
  const reject = (reason: string) => ({ rejected: { index: n, reason } });
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return reject('not valid JSON');
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) return reject('not a JSON object');
  const r = row as Record<string, unknown>;
  const url = str(r.url);
  if (!url) return reject('missing "url"');
  let body = typeof r.text === 'string' ? r.text.replace(/\r\n?/g, '\n') : '';
  let title = str(r.title);
  let published = str(r.published) || undefined;
  if (!body.trim() && typeof r.html === 'string') {
    const h = htmlText(r.html, url, parse);
    body = h.text;
    title ||= h.title;
    published ||= h.published;
  }
  if (!body.trim()) return reject('no "text" or "html" with article text');
  return { doc: { index: n, id: str(r.id) || `${idPrefix}:${url}`, url, title, outlet: str(r.outlet) || undefined, published, text: body } };
}

/** RSS 2.0, RSS 1.0 or Atom; items numbered from 1 in document order. Needs no DOM (service worker). */
export function parseFeed(xml: string, feedUrl = ''): ParsedImport {
  const out: ParsedImport = { docs: [], rejected: [], unit: 'item' };
  const feed = readFeedXml(xml);
  if ('error' in feed) {
    out.rejected.push({ index: 0, reason: feed.error });
    return out;
  }
  const outlet = feed.title || undefined;
  feed.items.forEach((item, i) => {
    const n = i + 1;
    let url: string;
    try {
      if (!item.link.trim()) throw new Error('no link');
      url = new URL(item.link.trim(), feedUrl || undefined).href;
    } catch {
      return out.rejected.push({ index: n, reason: 'no valid link' });
    }
    // An item without text stays as metadata: it can be named, not matched.
    out.docs.push({ index: n, id: `feed:${url}`, url, title: item.title, outlet, published: isoOf(item.date), text: item.text });
  });
  return out;
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
