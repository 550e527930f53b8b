// The page's own teaser: lists of articles (a "latest news" box, a menu, an archive) often link to the page
// itself, and the date printed beside that link is the page's date, even where the article shows none.
import type { DateClaim } from '../annotation';
import { parseDate } from './date-parse';
import { elementText } from './chrome';
import type { Page } from './page';

const MAX_LINKS = 3000;
const MAX_TEASER = 200;
const EARLIEST_WEB_YEAR = 1995;

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** A comparable form of an address: host and path, without "www.", query, fragment or final slash. */
export function addressKey(href: string, base?: URL | null): string | null {
  try {
    const u = new URL(href, base ?? undefined);
    if (!/^https?:$/.test(u.protocol)) return null;
    const path = safeDecode(u.pathname.replace(/\/(index\.\w+)?$/, ''));
    return `${u.hostname.replace(/^www\./, '')}${path}`.toLowerCase();
  } catch {
    return null;
  }
}

/** The page's own addresses: its URL, its canonical link and og:url. */
function ownAddresses(page: Page): Set<string> {
  const out = new Set<string>();
  const add = (href: string | null | undefined) => {
    const k = href ? addressKey(href, page.url) : null;
    // A site's home page is linked from everywhere: its "teasers" are not the page's.
    if (k && k.includes('/')) out.add(k);
  };
  add(page.url?.href);
  add(page.doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'));
  add(page.meta.find((m) => m.key === 'og:url')?.content);
  return out;
}

/** Whether every link inside `el` leads to one of `own` (or within the page). */
function linksOnlyTo(el: Element, own: Set<string>, base: URL | null): boolean {
  return Array.from(el.querySelectorAll('a[href]')).every((a) => {
    const href = a.getAttribute('href') ?? '';
    return href.startsWith('#') || own.has(addressKey(href, base) ?? '');
  });
}

/** Dates printed in a short teaser around a link to the page itself. */
export function ownTeaserDates(page: Page): DateClaim[] {
  const own = ownAddresses(page);
  if (!own.size) return [];
  // Parsing every link's address costs; only links that name the page's last path segment can lead to it.
  const needles = [...own].map((k) => k.slice(k.lastIndexOf('/') + 1)).filter(Boolean);
  const out: DateClaim[] = [];
  const seen = new Set<Element>();
  const links = page.doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i];
    const raw = a.getAttribute('href');
    if (!raw || raw.startsWith('#')) continue;
    const href = (raw.includes('%') ? safeDecode(raw) : raw).toLowerCase();
    if (!needles.some((n) => href.includes(n)) || !own.has(addressKey(raw, page.url) ?? '')) continue;
    for (let cur = a.parentElement, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
      const text = elementText(cur);
      // A teaser links to one page; around links to other pages it is a list, whose dates are theirs.
      if (text.length > MAX_TEASER || !linksOnlyTo(cur, own, page.url)) break;
      const p = parseDate(text, { lang: page.lang });
      if (!p) continue;
      if (p.precision !== 'month' && Number(p.iso.slice(0, 4)) >= EARLIEST_WEB_YEAR && !seen.has(cur)) {
        seen.add(cur);
        out.push({ iso: p.iso, precision: p.precision, from: 'text', evidence: `teaser of this page: ${text}`.slice(0, 200), confidence: 0.4, kind: 'published' });
      }
      break;
    }
  }
  return out;
}
