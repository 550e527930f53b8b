// JSON Lines imports, one document per line ({id?, url, title, outlet?, published?, text | html}), numbered
// from 1. Reading `html` needs the article extractor, which the caller passes in (the options page and the
// command line do; the background reads its text-only starter corpus without it).
import type { ImportedDoc, ParsedImport } from './import-types';

/** Plain text, title and date of an HTML document or fragment. */
export type HtmlReader = (html: string, url: string) => { text: string; title: string; published?: string };

/** One line read: a document, a rejection, or null for a blank line. */
export type JsonlLine = { doc: ImportedDoc } | { rejected: { index: number; reason: string } } | null;

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Every line of a JSON Lines text. */
export function readJsonl(text: string, idPrefix = 'import', readHtml?: HtmlReader): ParsedImport {
  const out: ParsedImport = { docs: [], rejected: [], unit: 'line' };
  text.split('\n').forEach((line, i) => {
    const r = readJsonlLine(line, i + 1, idPrefix, readHtml);
    if (r && 'doc' in r) out.docs.push(r.doc);
    else if (r) out.rejected.push(r.rejected);
  });
  return out;
}

/** Line `n` of a JSON Lines import; without `readHtml`, a line with only `html` is rejected. */
export function readJsonlLine(line: string, n: number, idPrefix = 'import', readHtml?: HtmlReader): JsonlLine {
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
  if (!body.trim() && typeof r.html === 'string' && readHtml) {
    const h = readHtml(r.html, url);
    body = h.text;
    title ||= h.title;
    published ||= h.published;
  }
  if (!body.trim()) return reject('no "text" or "html" with article text');
  return { doc: { index: n, id: str(r.id) || `${idPrefix}:${url}`, url, title, outlet: str(r.outlet) || undefined, published, text: body } };
}
