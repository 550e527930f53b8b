// The headline as the page prints it: the visible heading that the metadata (JSON-LD headline, og:title,
// <title>) confirm; else the metadata's wording with the site's name cut off ("Yellow Vests and I —
// Pamela Anderson" -> "Yellow Vests and I"); else the article's own heading.
import { getDomain, parse } from 'tldts';
import { decodeEntities } from './html-entities';
import { visibleHeadings, type Heading } from './headings';
import { isArticleNode, textValue } from './json-ld';
import { metaContent } from './meta';
import type { Page } from './page';
import { letterPattern } from '../letter-patterns';

// Chinese and Japanese titles join the site's name without spaces ("标题！-新华网", "NEWS WEB|見出し").
const SEPARATORS = letterPattern(/\s+[|\-–—·•›»«:]{1,2}\s+|\s*::\s*|\s+\/\s+|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}！？。」』])[-_|｜](?=\p{Script=Han})|[|｜](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u);
// Composed (NFC), as a reader's copy of the text would be.
const norm = (s: string) => decodeEntities(s).replace(/\s+/g, ' ').trim().normalize('NFC');
const key = (s: string) => norm(s).toLowerCase().replace(/[“”„"'‘’«»]/g, '');

/** Segments of a title split at its separators. */
function segments(title: string): string[] {
  return title.split(SEPARATORS.for(title)).map(norm).filter(Boolean);
}

/** Whether a segment names the site (its name, its domain, or the publisher); `exact`: it is nothing else. */
export function isSiteName(segment: string, siteNames: string[], exact = false): boolean {
  const s = key(segment);
  // A domain name printed in a title ("… | Example.net") is a site's name, whichever site; an account name
  // shaped like one ("john.smith") is not, its last part being no top-level domain.
  const low = norm(segment).toLowerCase();
  if (DOMAIN_LIKE.test(low) && parse(low).isIcann) return true;
  return siteNames.some((n) => {
    const k = key(n);
    if (exact) return s === k;
    // A segment that merely mentions the brand ("… zur neuen Caritas-Präsidentin gewählt") is not the site's name.
    return k.length > 1 && (s === k || (s.includes(k) && s.length <= 2 * k.length + 12) || (k.includes(s) && s.length >= 4));
  });
}

const DOMAIN_LIKE = letterPattern(/^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.[a-z]{2,6}$/u);
/** The separator before a title's last segment (Chinese and Japanese titles set it without spaces: "标题！-新华网"). */
const SUFFIX_SEPARATOR = letterPattern(/(?:\s|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}！？。」』]))([|\-–—·•»_｜])\s*$/u);
/** WordPress's "Blog Archive" crumb between the blog's name and the post's title. */
const ARCHIVE_CRUMB = /^(blog[- ]?archiv(e)?|archiv(e)?)$/i;

/** `title` without the segments that name the site; the whole title when nothing is left. `guessSuffix`: when no
 * segment names the site, cut a short last segment all the same (not when the page declares its name elsewhere). */
export function stripSiteName(title: string, siteNames: string[], guessSuffix = true): string {
  const t = norm(title);
  const parts = segments(t);
  if (parts.length < 2) return t;
  const isSite = (p: string) => isSiteName(p, siteNames) || ARCHIVE_CRUMB.test(p);
  const kept = parts.filter((p) => !isSite(p));
  if (!kept.length || kept.length === parts.length) {
    // Without a known site name, a short last (or first) segment after a separator is the usual site suffix.
    const last = parts[parts.length - 1];
    const first = parts[0];
    const head = t.slice(0, t.lastIndexOf(last));
    const sep = SUFFIX_SEPARATOR.exec(head);
    if (guessSuffix && sep && kept.length === parts.length && last.split(' ').length <= 4 && first.length > last.length * 1.5) return head.replace(/[\s|\-–—·•›»:/_｜]+$/, '');
    return t;
  }
  // The longest run of segments that do not name the site, as printed (a headline may contain a separator).
  const runs: string[][] = [[]];
  for (const p of parts) {
    if (isSite(p)) {
      if (runs[runs.length - 1].length) runs.push([]);
    } else runs[runs.length - 1].push(p);
  }
  const run = runs.filter((r) => r.length).sort((a, b) => b.join(' ').length - a.join(' ').length)[0];
  const start = t.indexOf(run[0]);
  const end = t.indexOf(run[run.length - 1], start) + run[run.length - 1].length;
  return t.slice(start, end);
}

/** A heading that copies the <title> ends in " | Site": that last segment goes when it names the site. */
function withoutSiteSuffix(text: string, siteNames: string[]): string {
  const m = /^(.*\S)\s+[|·•–—-]\s+([^|·•–—]+)$/.exec(text);
  return m && isSiteName(m[2], siteNames) ? m[1] : text;
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

const WORDS = letterPattern(/[\p{L}\p{N}]+/gu);
const words = (s: string) => {
  const k = key(s);
  return new Set(k.match(WORDS.for(k)) ?? []);
};

/** How well a heading and a metadata title agree: the share of the shorter one's words the other holds. */
function agreement(heading: Set<string>, meta: Set<string>): { covered: number; dice: number; extra: number } {
  let shared = 0;
  for (const w of heading) if (meta.has(w)) shared++;
  const min = Math.min(heading.size, meta.size) || 1;
  return { covered: shared / min, dice: (2 * shared) / (heading.size + meta.size || 1), extra: Math.abs(heading.size - meta.size) };
}

/** The heading the metadata confirm: it holds (almost) all of a metadata title's words, or they hold all of its. */
function confirmedHeading(headings: Heading[], metas: string[], siteWords: Set<string>): Heading | undefined {
  let best: Heading | undefined;
  let bestScore = 0;
  // Words of the site's name do not count against a heading ("Trails! Ischgl" confirms "Ischgl").
  const metaWords = metas.map((m) => new Set([...words(m)].filter((w) => !siteWords.has(w)))).filter((m) => m.size > 0);
  for (const h of headings) {
    const hw = words(h.text);
    if (!hw.size) continue;
    for (const mw of metaWords) {
      const a = agreement(hw, mw);
      // One-word headings ("News", "Home") must equal the metadata; longer ones may add or drop a kicker.
      const enough = Math.min(hw.size, mw.size) < 2 ? a.dice === 1 : a.covered >= 0.8 && a.extra <= Math.max(4, Math.min(hw.size, mw.size));
      const score = a.dice + (h.level === 1 ? 0.1 : 0);
      if (enough && score > bestScore) [best, bestScore] = [h, score];
    }
  }
  return best;
}

/** The page's only <h1> when it shares at least half its words with a metadata title (an SEO title reworded). */
function soleH1(headings: Heading[], metas: string[]): Heading | undefined {
  const h1s = headings.filter((h) => h.level === 1);
  if (h1s.length !== 1) return undefined;
  const hw = words(h1s[0].text);
  return metas.some((m) => hw.size >= 2 && agreement(hw, words(m)).covered >= 0.5) ? h1s[0] : undefined;
}

/** A heading printed as "Kicker / Headline", "Section | Headline" or "<em>Kicker</em> Headline": what
 * follows the kicker when the metadata name exactly that. */
function withoutKicker(h: Heading, metas: string[]): string {
  const keys = new Set(metas.map(key));
  const m = /^[^|/]{1,60}?\s+[|/]\s+(.+)$/.exec(h.text);
  if (m && keys.has(key(m[1]))) return m[1];
  return h.afterLead && keys.has(key(h.afterLead)) ? h.afterLead : h.text;
}

/** A short heading ("World") that a metadata title names more fully ("World news"): the metadata's wording is
 * the page's name, the heading its abbreviation. */
function fullerName(heading: string, metas: string[]): boolean {
  const hw = words(heading);
  if (hw.size >= 3) return false;
  return metas.some((m) => {
    const mw = words(m);
    return mw.size > hw.size && mw.size <= hw.size + 2 && [...hw].every((w) => mw.has(w));
  });
}

/** Whether a heading shares a content word (four letters or more) with a metadata title: the same story reworded. */
function sharesWord(heading: string, metas: string[]): boolean {
  const hw = words(heading);
  return metas.some((m) => [...words(m)].some((w) => w.length >= 4 && hw.has(w)));
}

/** A <title> made of several parts ("Training - Fire Brigade"), or one that ends in a separator ("Timetables -"). */
function templateTitle(title: string): boolean {
  return segments(title).length > 1 || /\s[|\-–—·•:]$/.test(title);
}

/** The part of a <title> of several parts that `description` repeats whole, if it is more than a word or two. */
function describedSegment(title: string, description: string | undefined): string | undefined {
  const parts = segments(title);
  if (parts.length < 2 || !description) return undefined;
  return parts.find((p) => key(p) === key(description) && p.split(/\s+/).length >= 3);
}

/** The article's JSON-LD headline when og:title or <title> say the same (og:title mostly copies <title>). */
function agreedHeadline(headline: string | undefined, others: string[]): boolean {
  return !!headline && others.some((o) => key(o) === key(headline));
}

/** The page's headline. */
export function extractTitle(page: Page, readabilityTitle?: string): string {
  const host = page.url?.hostname ?? '';
  const domain = getDomain(host) ?? host;
  const og = metaContent(page.meta, 'og:title', 'twitter:title');
  const headline = page.jsonLd.filter(isArticleNode).map((n) => textValue(n.headline) ?? textValue(n.name)).find(Boolean);
  const docTitle = norm((page.doc.querySelector('head > title') ?? page.doc.querySelector('title'))?.textContent ?? '');
  // A site's name is short; an og:site_name that repeats the page's title is a template mistake.
  const plausibleName = (x: string | undefined): x is string => !!x && x.length > 1 && x.length <= 50 && key(x) !== key(docTitle) && key(x) !== key(og ?? '');
  // A page that declares its name (og:site_name) and prints another last segment keeps it ("… | A Beginner's Guide").
  const declaredName = plausibleName(metaContent(page.meta, 'og:site_name'));
  const siteNames = [
    metaContent(page.meta, 'og:site_name'),
    metaContent(page.meta, 'application-name'),
    ...page.jsonLd.map((n) => textValue(n.publisher)),
    ...brandNames(page),
    domain,
    domain.split('.')[0],
  ].filter(plausibleName);
  // Some headings repeat the <title> with its site suffix ("Headline | Site"): it goes as it does from <title>.
  const headings = visibleHeadings(page.doc)
    .map((h) => ({ ...h, text: key(h.text) === key(docTitle) ? stripSiteName(h.text, siteNames, !declaredName) : withoutSiteSuffix(h.text, siteNames) }))
    .filter((h) => !isSiteName(h.text, siteNames, true));
  const metas = [headline, og, docTitle].filter((x): x is string => !!x).map((t) => stripSiteName(t, siteNames, !declaredName)).filter((t) => !isSiteName(t, siteNames, true));
  // A heading the metadata repeat is the headline as printed, with its own wording and punctuation.
  // The raw titles confirm too: "Headline | Site | Slogan" holds the headline whatever the site is called.
  const raw = [headline, og, docTitle].filter((x): x is string => !!x).flatMap(segments);
  const siteWords = new Set(siteNames.flatMap((n) => [...words(n)]));
  const confirmed = confirmedHeading(headings, metas, siteWords) ?? confirmedHeading(headings, raw, siteWords);
  if (confirmed) return withoutKicker(confirmed, metas);
  const reworded = soleH1(headings, metas);
  if (reworded) return reworded.text;
  // Metadata that share nothing with the page's <h1> describe something else (a section, the site): the
  // headline the reader sees wins, unless JSON-LD and og:title agree on a wording the <h1> shares no word with
  // (then the <h1> names the section: "Politics").
  const printed = headings.find((h) => h.level === 1 && words(h.text).size > 0 && !fullerName(h.text, metas));
  if (printed && (sharesWord(printed.text, metas) || !agreedHeadline(headline && stripSiteName(headline, siteNames, !declaredName), metas.slice(1)))) return printed.text;
  // Without an <h1>, og:title or JSON-LD, a <title> built as "Section - Site" names the page's place in the site:
  // the page's first <h2> is its own heading.
  const sub = !printed && !og && !headline && templateTitle(docTitle) ? headings.find((h) => h.el.localName === 'h2') : undefined;
  if (sub) return sub.text;
  // A <title> of several parts whose description repeats one of them whole: that part is the page's own
  // ("Club - Headline - Section - News", described as "Headline").
  const described = describedSegment(docTitle, metaContent(page.meta, 'description', 'og:description'));
  if (described && !og && !headline) return described;
  if (metas.length) return metas[0];
  return headings[0]?.text ?? (docTitle || norm(readabilityTitle ?? ''));
}
