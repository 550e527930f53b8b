// Authors from the most to the least structured source the page offers (JSON-LD, meta, microdata,
// rel=author and /author/ links, byline elements, Readability's byline), cleaned of labels and dates:
// "By Jane Doe and John Roe, Reuters" -> Jane Doe, John Roe (agency Reuters).
import type { Annotation } from '../annotation';
import type { OutletRegistry } from '../sources/registry';
import { isArticleNode, namesOf } from './json-ld';
import { metaContent } from './meta';
import type { Page } from './page';

type Author = Annotation['authors'][number];

const LABEL =
  /^\s*(?:(?:written|posted|published|reported|story|words|text|photos?|texto|testo|tekst)\s+(?:by|von)\b|by|von|par|por|di|door|from|autor(?:in)?|author|auteur|verfasst von|geschrieben von|veröffentlicht von|erstellt von|publiziert von|redaktion|text|texto|текст|автор|Von)\s*[:：]?\s*/iu;
const NOT_A_NAME =
  /^(staff|admin|administrator|editor|editorial|editors|redaktion|newsroom|news desk|web desk|desk|team|reporter|correspondent|null|undefined|home|by|von|unknown|anonymous|guest|gast|user|posted|published|publiziert am|veröffentlicht am|share|teilen|comments?|kommentare?)$/i;
const DATE_TAIL = /\s*(?:[,|•·–-]\s*)?(?:\b(?:on|am|le|el|il|op|at|um)\b\s*)?(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d+\s+(?:min|hours?|stunden?|minutes?)\b).*$/u;

/** Link texts around author names that are not names ("More posts", "Alle Artikel von …", "Follow"). */
const LINK_PHRASE = /^(zeige|show|more|alle|all|view|see|mehr|follow|folgen|weitere|read|lesen|profil|profile|website|e-?mail|twitter|facebook)\b|\b(posts?|artikel|articles|beiträge)\b/i;

/** A single name from a byline fragment, or null when what is left is not a name. */
export function cleanAuthorName(raw: string): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) s = s.replace(LABEL, '');
  s = s
    .replace(DATE_TAIL, '')
    .replace(/\s*[|•·]\s*.*$/, '')
    .replace(/\S+@\S+\.\S+/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\s*\((?:[^)]*)\)\s*$/, '')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim();
  s = s
    .replace(/\s+(?:am|on|le|el|il|op)\s+(?:\d|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\p{L}*).*$/iu, '')
    .replace(/\s+(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?$/i, '')
    .replace(/^[\p{L}-]{2,24}:\s+/u, '')
    .trim();
  if (!s || s.length < 2 || s.length > 60 || NOT_A_NAME.test(s) || LINK_PHRASE.test(s) || /\d{3,}|\d{1,2}:\d{2}/.test(s) || !/\p{L}/u.test(s)) return null;
  if (s.split(/\s+/).length > 5) return null;
  return s;
}

/** Splits a byline into names, separating an agency credit the registry knows. */
export function splitByline(byline: string, registry?: OutletRegistry): Author[] {
  const one = byline.replace(/\s+/g, ' ').trim();
  if (!one || one.length > 200) return [];
  const stripped = one.replace(LABEL, '');
  // Single-letter conjunctions ("y", "e") are left alone: they are too often initials ("Sarah E. Needleman").
  const parts = stripped.split(/\s*(?:,|;|&|\/|\band\b|\bund\b|\bet\b|\s[-–]\s)\s*/i).map((p) => p.trim()).filter((p) => p && !/^\p{L}\.?$/u.test(p));
  const agencies: string[] = [];
  const names: string[] = [];
  for (const p of parts) {
    const outlet = registry?.byName(p);
    if (outlet && outlet.type === 'wire-agency') {
      agencies.push(outlet.name);
      continue;
    }
    const name = cleanAuthorName(p);
    if (name && !names.includes(name)) names.push(name);
  }
  const agency = agencies[0];
  return names.length ? names.map((name) => (agency ? { name, agency } : { name })) : agencies.map((a) => ({ name: a, agency: a }));
}

/** Drops Organization objects from a JSON-LD author value. */
function personsOnly(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(personsOnly).filter((x) => x !== undefined);
  if (v && typeof v === 'object') {
    const t = (v as Record<string, unknown>)['@type'];
    const types = (Array.isArray(t) ? t : [t]).map(String);
    if (types.some((x) => /Organization|Corporation|NewsMediaOrganization|WebSite/i.test(x)) && !types.includes('Person')) return undefined;
  }
  return v;
}

/** Page furniture: sidebars, menus, comments, related links, and the site footer (not an entry's footer). */
function inChrome(el: Element): boolean {
  if (el.closest('aside, nav, [class*="comment" i], [class*="related" i], [class*="bio" i]')) return true;
  const footer = el.closest('footer');
  return !!footer && !footer.closest('article, main, [class*="post" i], [class*="entry" i]');
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Names in microdata and links: itemprop=author (its name), rel=author, links to /author/ pages. */
function markupAuthors(page: Page): string[] {
  const out: string[] = [];
  for (const el of Array.from(page.doc.querySelectorAll('[itemprop~="author"]')).slice(0, 5)) {
    const name = el.querySelector('[itemprop~="name"]');
    const v = name?.getAttribute('content') ?? (name ? textOf(name) : el.getAttribute('content') ?? textOf(el));
    if (v && v.length < 120) out.push(v);
  }
  if (out.length) return out;
  for (const a of Array.from(page.doc.querySelectorAll('a[rel~="author"], a[href*="/author/"], a[href*="/autor/"], a[href*="/authors/"], .vcard .fn')).slice(0, 6)) {
    const t = textOf(a);
    if (t && t.length < 80 && !inChrome(a)) out.push(t);
  }
  return out;
}

/** Short byline elements (class or id naming author or byline). */
function bylineElements(page: Page): string[] {
  const out: string[] = [];
  for (const el of Array.from(page.doc.querySelectorAll('[class*="author" i], [class*="byline" i], [id*="author" i], [class*="verfasser" i], [class*="autor" i]')).slice(0, 12)) {
    if (inChrome(el)) continue;
    const t = textOf(el);
    if (t && t.length <= 100 && !/^(about the author|über den autor|author|autor)$/i.test(t)) out.push(t);
  }
  return out;
}

/** The article's authors, from the most to the least structured source; duplicates removed. */
export function extractAuthors(page: Page, byline: string | undefined, registry?: OutletRegistry): Author[] {
  const sources: (() => string[])[] = [
    // Organisations named as author are the publisher, not a person who wrote the piece.
    () => page.jsonLd.filter(isArticleNode).flatMap((n) => namesOf(personsOnly(n.author))),
    () => {
      const meta = metaContent(page.meta, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'citation_author', 'byl');
      return meta && !/^https?:/.test(meta) ? [meta] : [];
    },
    () => markupAuthors(page),
    () => (byline ? [byline] : []),
    () => bylineElements(page).slice(0, 1),
  ];
  const site = [metaContent(page.meta, 'og:site_name'), page.url?.hostname.replace(/^www\./, '')].filter(Boolean).map((x) => x!.toLowerCase());
  for (const source of sources) {
    const found: Author[] = [];
    for (const raw of source()) {
      for (const a of splitByline(raw, registry)) {
        const lower = a.name.toLowerCase();
        if (site.includes(lower)) continue;
        if (!found.some((f) => f.name.toLowerCase() === lower)) found.push(a);
      }
    }
    if (found.length) return withAgency(found.slice(0, 8), [byline ?? '', ...bylineElements(page)], registry);
  }
  return [];
}

/** Adds the agency a visible byline credits ("By Jane Doe and John Roe, Reuters") to the same names. */
function withAgency(authors: Author[], bylines: string[], registry?: OutletRegistry): Author[] {
  if (authors.some((a) => a.agency)) return authors;
  for (const b of bylines) {
    if (!authors.some((a) => b.includes(a.name))) continue;
    const agency = splitByline(b, registry).find((a) => a.agency)?.agency;
    if (agency) return authors.map((a) => ({ ...a, agency }));
  }
  return authors;
}
