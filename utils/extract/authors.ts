// Authors from JSON-LD, meta tags, rel=author links and Readability's byline, cleaned:
// "By Jane Doe and John Roe, Reuters" -> Jane Doe, John Roe (agency Reuters).
import type { Annotation } from '../annotation';
import { isArticleNode, namesOf } from './json-ld';
import { metaContent } from './meta';
import type { Page } from './page';
import type { OutletRegistry } from '../sources/registry';

type Author = Annotation['authors'][number];

const NOT_A_NAME = /^(staff|admin|editor|editorial|redaktion|newsroom|news desk|web desk|desk|team|reporter|correspondent|null|undefined)$/i;

/** Splits a byline into names, separating an agency credit the registry knows. */
export function splitByline(byline: string, registry?: OutletRegistry): Author[] {
  const cleaned = byline
    .replace(/\s+/g, ' ')
    .replace(/^\s*(by|von|par|por|di|door|from)\s+/i, '')
    .replace(/\s*[|•·]\s*.*$/, '')
    .replace(/\b(updated|published|posted)\b.*$/i, '')
    .trim();
  if (!cleaned || cleaned.length > 160) return [];
  // Single-letter conjunctions ("y", "e") are left alone: they are too often initials ("Sarah E. Needleman").
  const parts = cleaned.split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*/i).map((p) => p.trim()).filter((p) => p && !/^\p{L}\.?$/u.test(p));
  const agencies: string[] = [];
  const names: string[] = [];
  for (const p of parts) {
    const outlet = registry?.byName(p);
    if (outlet && outlet.type === 'wire-agency') agencies.push(outlet.name);
    else if (!NOT_A_NAME.test(p) && /\p{L}/u.test(p) && p.split(' ').length <= 5 && !/\d/.test(p)) names.push(p);
  }
  const agency = agencies[0];
  return names.length ? names.map((name) => (agency ? { name, agency } : { name })) : agencies.map((a) => ({ name: a, agency: a }));
}

/** The article's authors, from the most to the least structured source; duplicates removed. */
export function extractAuthors(page: Page, byline: string | undefined, registry?: OutletRegistry): Author[] {
  const found: Author[] = [];
  const add = (list: Author[]) => {
    for (const a of list) if (!found.some((f) => f.name.toLowerCase() === a.name.toLowerCase())) found.push(a);
  };
  for (const node of page.jsonLd.filter(isArticleNode)) add(namesOf(node.author).flatMap((n) => splitByline(n, registry)));
  if (!found.length) {
    const meta = metaContent(page.meta, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'citation_author');
    if (meta && !/^https?:/.test(meta)) add(splitByline(meta, registry));
  }
  if (!found.length && byline) add(splitByline(byline, registry));
  if (!found.length) {
    const rel = Array.from(page.doc.querySelectorAll('a[rel~="author"]')).map((a) => a.textContent ?? '').filter(Boolean);
    add(rel.flatMap((n) => splitByline(n, registry)));
  }
  return found.slice(0, 8);
}
