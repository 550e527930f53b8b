// The headline: the page's <h1> when the metadata confirm it, else og:title / JSON-LD headline / <title>
// with the site's name cut off ("Yellow Vests and I — Pamela Anderson" -> "Yellow Vests and I").
import { getDomain } from 'tldts';
import { isArticleNode, textValue } from './json-ld';
import { metaContent } from './meta';
import type { Page } from './page';

const SEPARATORS = /\s+[|\-–—·•›»:]{1,2}\s+|\s*::\s*|\s+\/\s+/;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const key = (s: string) => norm(s).toLowerCase().replace(/[“”„"'‘’«»]/g, '');

/** Segments of a title split at its separators. */
function segments(title: string): string[] {
  return title.split(SEPARATORS).map(norm).filter(Boolean);
}

/** Whether a segment names the site (its name, its domain, or the publisher). */
function isSiteName(segment: string, siteNames: string[]): boolean {
  const s = key(segment);
  return siteNames.some((n) => {
    const k = key(n);
    return k.length > 1 && (s === k || s.includes(k) || (k.includes(s) && s.length >= 4));
  });
}

/** `title` without the segments that name the site; the whole title when nothing is left. */
export function stripSiteName(title: string, siteNames: string[]): string {
  const t = norm(title);
  const parts = segments(t);
  if (parts.length < 2) return t;
  const kept = parts.filter((p) => !isSiteName(p, siteNames));
  if (!kept.length || kept.length === parts.length) {
    // Without a known site name, a short last (or first) segment after a separator is the usual site suffix.
    const last = parts[parts.length - 1];
    const first = parts[0];
    if (kept.length === parts.length && last.split(' ').length <= 4 && first.length > last.length * 1.5) return t.slice(0, t.lastIndexOf(last)).replace(/[\s|\-–—·•›»:/]+$/, '');
    return t;
  }
  // The first run of segments that do not name the site, as printed (a headline may contain a separator).
  const runs: string[][] = [[]];
  for (const p of parts) {
    if (isSiteName(p, siteNames)) {
      if (runs[runs.length - 1].length) runs.push([]);
    } else runs[runs.length - 1].push(p);
  }
  const run = runs.filter((r) => r.length).sort((a, b) => b.join(' ').length - a.join(' ').length)[0];
  const start = t.indexOf(run[0]);
  const end = t.indexOf(run[run.length - 1], start) + run[run.length - 1].length;
  return t.slice(start, end);
}

/** What the page's header calls the site: logo and site-title elements, headings that link home. */
function brandNames(page: Page): string[] {
  const out: string[] = [];
  const origin = page.url?.origin ?? '';
  const sel = '.site-title, .site-name, .blog-title, #site-title, #blog-title, .logo, .brand, a[rel="home"], header a[href="/"], h1 a[href="/"]';
  for (const el of Array.from(page.doc.querySelectorAll(sel)).slice(0, 6)) {
    const t = norm(el.textContent ?? '');
    if (t && t.length < 80) out.push(t);
  }
  for (const a of Array.from(page.doc.querySelectorAll('h1 a[href], h2 a[href]')).slice(0, 6)) {
    const href = a.getAttribute('href') ?? '';
    if (href === '/' || href === origin || href === origin + '/') out.push(norm(a.textContent ?? ''));
  }
  return out.filter(Boolean);
}

/** The page's headline. */
export function extractTitle(page: Page, readabilityTitle?: string): string {
  const host = page.url?.hostname ?? '';
  const domain = getDomain(host) ?? host;
  const siteNames = [
    metaContent(page.meta, 'og:site_name'),
    metaContent(page.meta, 'application-name'),
    ...page.jsonLd.map((n) => textValue(n.publisher)),
    ...brandNames(page),
    domain,
    domain.split('.')[0],
  ].filter((x): x is string => !!x && x.length > 1);
  const og = metaContent(page.meta, 'og:title', 'twitter:title');
  const headline = page.jsonLd.filter(isArticleNode).map((n) => textValue(n.headline) ?? textValue(n.name)).find(Boolean);
  const docTitle = norm(page.doc.querySelector('title')?.textContent ?? '');
  const headings = Array.from(page.doc.querySelectorAll('h1, [itemprop="headline"], .entry-title, .post-title, .article-title, .headline'))
    .slice(0, 6)
    .map((h) => norm(h.textContent ?? ''))
    .filter((t) => t.length > 2 && t.length < 300 && !isSiteName(t, siteNames));
  const confirmations = [headline, og, docTitle].filter((x): x is string => !!x).map((t) => stripSiteName(t, siteNames));
  // A heading that the metadata repeat is the headline as printed; a heading that holds more (a
  // standfirst, a date) gives way to the metadata's wording.
  for (const h of headings) {
    const k = key(h);
    for (const c of confirmations) {
      const ck = key(c);
      if (ck === k || ck.includes(k)) return h;
      if (k.includes(ck) && ck.length > 10) return c;
    }
  }
  for (const t of [headline, og]) if (t && !isSiteName(t, siteNames)) return stripSiteName(t, siteNames);
  if (docTitle && !isSiteName(docTitle, siteNames)) return stripSiteName(docTitle, siteNames);
  return headings[0] ?? (docTitle || norm(readabilityTitle ?? ''));
}
