// Authors from the most to the least structured source the page offers (JSON-LD, meta, microdata,
// rel=author and /author/ links, byline elements, Readability's byline, agency credit lines by the headline,
// labelled bylines in the text), cleaned of labels and dates: "By Jane Doe and John Roe, Reuters" -> Jane
// Doe, John Roe (agency Reuters).
import type { Annotation } from '../annotation';
import type { OutletRegistry } from '../sources/registry';
import { isHandle, widerByline, withPrintedNames } from './author-merge';
import { cleanAuthorName, splitByline, teamCredit, withoutBylineLabel } from './author-names';
import { leadCredit, visibleBylines } from './byline-text';
import { namedAsByline } from './author-markup';
import { authorBoxNames, closingSignature, footerCopyrightHolder, licenseAttribution } from './author-fallbacks';
import { classOf, closestTag, closestWhere, elementsWhere, elementText, type Furniture, holdsToken, inFurniture, inPicture } from './chrome';
import { isArticleNode, namesOf, resolveRefs, typesOf, type JsonLdNode } from './json-ld';
import { metaContent } from './meta';
import { creditParts, isUnnamedAgency } from './dateline';
import { isOrganisationCredit, namesTheHost } from './site-credit';
import { isSiteName } from './title';
import { getDomain } from 'tldts';
import type { Page } from './page';
import { markedElements } from './marked-elements';
import { creditLines } from './credit-lines';
import { letterPattern, TWO_LETTERS } from '../letter-patterns';

export { cleanAuthorName, splitByline } from './author-names';
export { authorLink, namedAsByline } from './author-markup';

type Author = Annotation['authors'][number];

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

/** The JSON-LD node of this article: the one whose address is the page's, else the first article node. */
export function mainArticleNode(page: Page): JsonLdNode | undefined {
  const articles = page.jsonLd.filter(isArticleNode);
  const path = page.url?.pathname.replace(/\/$/, '');
  const own = articles.find((n) => {
    const ref = [n.url, n.mainEntityOfPage, (n.mainEntityOfPage as JsonLdNode | undefined)?.['@id']].find((x) => typeof x === 'string') as string | undefined;
    if (!ref || !path) return false;
    try {
      return new URL(ref, page.url!).pathname.replace(/\/$/, '') === path;
    } catch {
      return false;
    }
  });
  return own ?? articles[0];
}

/** Works whose author is someone else than the page's writer: readers' comments, reviews and answers. */
const NOT_THE_PAGES_WORK = /^(Comment|Review|Answer|Rating|AggregateRating|Person|Organization|WebSite|ImageObject|VideoObject|Offer|Product)$/i;

/** The work the page presents when it declares no article: a recipe, a how-to, a web page with an author. */
function mainWorkNode(page: Page): JsonLdNode | undefined {
  const article = mainArticleNode(page);
  if (article) return article;
  return page.jsonLd.find((n) => n.author !== undefined && typesOf(n).length > 0 && !typesOf(n).some((t) => NOT_THE_PAGES_WORK.test(t)));
}

/** Sidebars, menus, comments, related links and author bios name other people than the article's authors. */
const AUTHOR_FURNITURE: Furniture = { tags: new Set(['aside', 'nav']), classes: /comment|related|bio/i };

const FOOTER: ReadonlySet<string> = new Set(['footer']);
const ENTRY_CLASS = /post|entry/i;

/** An article, main content or a post or entry (by its class): what may have a footer of its own. */
const isEntry = (el: Element): boolean => el.localName === 'article' || el.localName === 'main' || ENTRY_CLASS.test(classOf(el) ?? '');

/** Page furniture, and the site footer (not an entry's footer). */
function inChrome(el: Element): boolean {
  if (inFurniture(el, AUTHOR_FURNITURE)) return true;
  const footer = closestTag(el, FOOTER);
  return !!footer && !closestWhere(footer, isEntry);
}

/** A microdata item inside the article that is another person's work: '[itemprop~="citation"], [itemprop~="review"], [itemprop~="comment"]'. */
const isCitedWork = (el: Element): boolean => {
  const itemprop = el.getAttribute('itemprop');
  return holdsToken(itemprop, 'citation') || holdsToken(itemprop, 'review') || holdsToken(itemprop, 'comment');
};

/** Names in microdata and links: itemprop=author (its name), rel=author, links to /author/ pages. */
function markupAuthors(page: Page): string[] {
  const out: string[] = [];
  for (const el of markedElements(page).authorItems.slice(0, 8)) {
    // Comment sections mark their writers up as authors too, and reference lists the cited works' authors.
    if (inChrome(el) || closestWhere(el, isCitedWork)) continue;
    const name = el.querySelector('[itemprop~="name"]');
    const v = name?.getAttribute('content') ?? (name ? elementText(name) : el.getAttribute('content') ?? elementText(el));
    if (v && v.length < 120) out.push(v);
  }
  if (out.length) return out;
  for (const a of markedElements(page).authorLinks.slice(0, 6)) {
    const t = elementText(a);
    if (t && t.length < 80 && !inChrome(a)) out.push(t);
  }
  return out;
}

/** Readers' comments (a comment's author line is named for an author too). */
const COMMENTS: Furniture = { tags: new Set(), classes: /comment/i };

/** Whether an element named for an author is a commenter's or a picture's, not the article's. */
const notTheArticles = (el: Element) => inFurniture(el, COMMENTS) || inPicture(el, 0);

/** Whether the page prints `byline` only in its readers' comments or a picture's credit: Readability takes any
 * element named for an author as the byline ("<div class="w-comments-item-author">", "<span class="media-license-author">zvg</span>"). */
function notTheArticlesOnly(page: Page, byline: string): boolean {
  const printed = markedElements(page).bylineNamed.filter((el) => elementText(el) === byline.trim());
  return printed.length > 0 && printed.every(notTheArticles);
}

const bylineElementsRead = new WeakMap<Page, string[]>();

/** Short byline elements (class or id naming author or byline), read once a page: a source, and the agency credit's lines. */
function bylineElements(page: Page): string[] {
  let out = bylineElementsRead.get(page);
  if (!out) bylineElementsRead.set(page, (out = readBylineElements(page)));
  return out;
}

function readBylineElements(page: Page): string[] {
  const out: string[] = [];
  for (const el of markedElements(page).bylineNamed.slice(0, 12)) {
    // A byline row holds the author element and dates, categories, comment counts: the inner one is the name.
    if (inChrome(el) || inPicture(el, 0) || elementsWhere(el, namedAsByline, 1).length) continue;
    const t = elementText(el);
    if (t && t.length <= 100 && !/^(about the author|über den autor|author|autor)$/i.test(t)) out.push(t);
  }
  return out;
}

/** A vendor's meta author ("vr:author", "cXenseParse:author"): last resort, as app banners use the name too. */
function vendorMetaAuthor(page: Page): string[] {
  const m = page.meta.find((t) => /^[\w-]+[:.](?:article_)?author(?:_name)?$/.test(t.key) && !/twitter|fb|facebook|banner|app/i.test(t.key));
  return m && !/^https?:/.test(m.content) ? [m.content] : [];
}

/** The account a page names as its creator for sharing ("@delta201"), without the "@", when the page names the
 * site's own account apart ("twitter:site" "@RoyalRoadL"): a creator alone is as often the site's. */
function creatorAccount(page: Page): string[] {
  const creator = metaContent(page.meta, 'twitter:creator')?.trim().replace(/^@/, '');
  const sites = page.meta.filter((m) => m.key === 'twitter:site').map((m) => m.content.trim().replace(/^@/, '').toLowerCase());
  // (A page may name several of the site's accounts: a network's and its edition's.)
  return creator && sites.length && !sites.includes(creator.toLowerCase()) && /^[\w.]{2,30}$/.test(creator) ? [creator] : [];
}

/** Whether a name opens with a given name ("Ivan Valetny", "Jean-Luc Muster"; not "Auto Illustrierte"). */
const opensWithGivenName = (name: string, isForename: (word: string) => boolean) => isForename(name.split(/[\s-]/)[0]);

/** A place authors are read from. */
export interface AuthorSource {
  source: string;
  /** Raw byline strings. */
  read: () => string[];
  /** The strings are alternatives, best first: the first naming a person counts, the site's own credit is passed over. */
  alternatives?: boolean;
  /** Read only when no other source credits anyone, not even the site. */
  fallback?: boolean;
}

/** What the fallback sources need beyond the page. */
export interface AuthorContext {
  /** The page is a known outlet's (the registry has its host). */
  knownOutlet?: boolean;
  /** Whether a word is a given name: a footer's copyright holder counts only when it is a person's name. */
  isForename?: (word: string) => boolean;
  /** The article's plain text: an account name ("christian.stadtfeld") credited as author is looked for there in full. */
  articleText?: string;
  /** The outlet registry: a credit line by the headline counts when it names wire agencies only. */
  registry?: OutletRegistry;
}

/** Whether `credit` names wire agencies and nothing else ("JIJI", "AFP/dpa"), by the registry. */
function agenciesOnly(credit: string, registry?: OutletRegistry): boolean {
  const parts = splitByline(credit, registry);
  return parts.length > 0 && parts.every((a) => !!a.agency && registry?.byName(a.name)?.type === 'wire-agency');
}

/** Where authors are read, from the most to the least structured. */
export function authorSources(page: Page, byline: string | undefined, ctx: AuthorContext = {}): AuthorSource[] {
  const personal = (name: string) => !!ctx.isForename && opensWithGivenName(name, ctx.isForename);
  return [
    // A guest's piece credited in its opening lines: the markup names the account that posted it.
    {
      source: 'lead-credit',
      read: () => {
        const name = leadCredit(ctx.articleText, ctx.isForename);
        return name ? [name] : [];
      },
    },
    // Organisations named as author are the publisher, not a person who wrote the piece.
    { source: 'json-ld', read: () => namesOf(personsOnly(resolveRefs(mainWorkNode(page)?.author, page.jsonLd))) },
    {
      source: 'meta',
      read: () => {
        // <meta itemprop="author"> is microdata, read with its item (it may be a cited work's).
        const meta = metaContent(page.meta.filter((m) => m.attr !== 'itemprop'), 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'citation_author', 'byl');
        return meta && !/^https?:/.test(meta) ? [meta] : [];
      },
    },
    { source: 'markup', read: () => markupAuthors(page) },
    { source: 'readability', read: () => (byline && !notTheArticlesOnly(page, byline) ? [byline] : []) },
    { source: 'byline-element', read: () => bylineElements(page).slice(0, 3), alternatives: true },
    // Agency copy credited on a line of its own by the headline ("<p class="credit">JIJI</p>").
    { source: 'credit-line', read: () => creditLines(page).filter((c) => agenciesOnly(c, ctx.registry)).slice(0, 1) },
    { source: 'byline-text', read: () => visibleBylines(page).slice(0, 3), alternatives: true },
    { source: 'vendor-meta', read: () => vendorMetaAuthor(page) },
    { source: 'license', read: () => licenseAttribution(page), fallback: true },
    { source: 'author-box', read: () => authorBoxNames(page), fallback: true },
    // A blog's writer signing off at the end of the text ("Euer HansEhrlich").
    { source: 'sign-off', read: () => closingSignature(ctx.articleText), fallback: true },
    // A news outlet's footer names its publisher; a personal site's names the one who writes it.
    { source: 'copyright', read: () => (ctx.knownOutlet ? [] : footerCopyrightHolder(page).filter(personal)), fallback: true },
    // A personal site's or a community's page names its writer's account for sharing ("twitter:creator" "@delta201").
    { source: 'creator-account', read: () => (ctx.knownOutlet ? [] : creatorAccount(page)), fallback: true },
  ];
}

/** The word naming an outlet's edition after its name ("Sputnik International", "Reuters Online"). */
const EDITION = /\s+(?:International|News|Online|Digital|English|World|Edition)$/;

/** Sources that may hold what a site sets on every page (its author meta, a link to its profile), not this article's byline. */
const SITE_WIDE_SOURCES = new Set(['meta', 'markup', 'readability']);
/** Sources read again to complete what a more structured one gave (the visible text is not: it is slow to scan). */
const MERGED_SOURCES = new Set(['meta', 'markup', 'readability', 'byline-element']);
/** Sources read again only for a name printed short (an account, a first name, initials): slow to scan, or rarely there. */
const PRINTED_NAME_SOURCES = new Set(['byline-text', 'license']);

/** Names of the site: og:site_name, the host and its registrable name ("Digitalcourage" for digitalcourage.de). */
function siteNamesOf(page: Page): string[] {
  const host = page.url?.hostname.replace(/^www\./, '') ?? '';
  const domain = getDomain(host) ?? host;
  return [metaContent(page.meta, 'og:site_name'), host, domain, domain.split('.')[0]].filter((x): x is string => !!x && x.length > 2);
}

const INITIALS = letterPattern(/^\p{Lu}{2,4}$/u);
const OPENS_WITH_LETTER = letterPattern(/^\p{L}/u);

/** Whether `name` is a business with the address of another site than `host` ("Web Commerce GmbH
 * www.w-commerce.de" on ekiba.de). A bare address stays: a blogger may sign with their own site's. */
function namesOtherSite(name: string, host: string): boolean {
  const m = /(?:https?:\/\/|\bwww\.)([\w.-]+\.[a-z]{2,})/i.exec(name);
  if (!m || !TWO_LETTERS.test(name.slice(0, m.index))) return false;
  const own = getDomain(host);
  return !own || getDomain(m[1]) !== own;
}

/** Whether `name` is the initials of one of the site's names ("JF" for "Junge Freiheit"). */
function isSiteInitials(name: string, site: string[]): boolean {
  if (!INITIALS.test(name)) return false;
  return site.some((s) => {
    const words = s.split(/[\s-]+/).filter((w) => OPENS_WITH_LETTER.test(w));
    return words.length >= 2 && words.map((w) => w[0].toUpperCase()).join('') === name;
  });
}

/** The article's authors, from the most to the least structured source; duplicates removed. When the page
 * credits only its own site or its editorial team ("Written by Miami Today", "von Redaktion"), that credit
 * is the author. */
export function extractAuthors(page: Page, byline: string | undefined, registry?: OutletRegistry, context?: Pick<AuthorContext, 'isForename' | 'articleText'>): Author[] {
  const site = siteNamesOf(page);
  const host = page.url?.hostname ?? '';
  // The outlet publishing on this host, credited by its name or an edition of it ("Sputnik International").
  const own = host ? registry?.byHost(host)?.outlet : undefined;
  const ownOutlet = (name: string) => !!own && (registry?.byName(name) ?? registry?.byName(name.replace(EDITION, ''))) === own;
  // Credits of the site, an organisation or an account stand for the author only when no person is named.
  const noPerson = (name: string) => isSiteName(name, site, true) || isSiteInitials(name, site) || (!!host && namesTheHost(name, host)) || isOrganisationCredit(name) || ownOutlet(name);
  let siteCredit: Author[] = [];
  // Each source is read once: the merging below reads some of them again.
  const isForename = context?.isForename;
  const sources = authorSources(page, byline, { knownOutlet: !!own, isForename, articleText: context?.articleText, registry }).map((s) => ({ ...s, read: once(s.read) }));
  const personal = isForename && ((name: string) => opensWithGivenName(name, isForename));
  const printedNames = (source: string) => (sources.find((s) => s.source === source)?.read() ?? []).flatMap((raw) => splitByline(raw, registry)).map((a) => a.name);
  const namesOfSource = (source: string) => printedNames(source).map((n) => n.toLowerCase());
  // Whether the post's author links and its printed bylines agree on someone, and on no one of `found`. The
  // printed bylines (slow to scan) are read only when the links name someone else.
  const postAuthorsBesides = (found: Author[]) => {
    const credited = new Set(found.map((a) => a.name.toLowerCase()));
    const linked = namesOfSource('markup');
    if (!linked.length || linked.some((n) => credited.has(n))) return false;
    const printed = new Set(namesOfSource('byline-text'));
    return linked.some((n) => printed.has(n)) && ![...printed].some((n) => credited.has(n));
  };
  // Whether the byline elements name a person, given name first, that `found` (which names no person) does not.
  // The given names are looked up only when they name someone else: the lookup unpacks the recogniser's lexicon,
  // which the analysis of a page in another language never needs.
  const bylineNamesOtherPerson = (found: Author[]) => {
    if (!personal || found.some((a) => a.agency)) return false;
    const credited = new Set(found.map((a) => a.name.toLowerCase()));
    const others = printedNames('byline-element').filter((n) => !credited.has(n.toLowerCase()) && !noPerson(n));
    return others.length > 0 && others.some((n) => personal(n)) && !found.some((a) => personal(a.name));
  };
  for (const [i, { read, alternatives, fallback }] of sources.entries()) {
    if (fallback && siteCredit.length) break;
    const found: Author[] = [];
    for (const raw of read()) {
      if (alternatives && found.length) break;
      const team = teamCredit(raw);
      if (team && !siteCredit.length) siteCredit = [{ name: team }];
      const parts = splitByline(raw, registry);
      // A credit that opens with the site's name goes on with its address ("example.de, Frankfurt, Germany").
      const siteFirst = parts.length > 1 && !parts[0].agency && noPerson(parts[0].name);
      // Past the first alternative only when that one credits the site.
      if (alternatives && !parts.length) break;
      for (const a of siteFirst ? parts.slice(0, 1) : parts) {
        // A credit carrying another site's address is its maker's ("Web Commerce GmbH www.w-commerce.de"), not the writer's.
        if (namesOtherSite(a.name, host)) continue;
        if (noPerson(a.name)) {
          if (!siteCredit.length) siteCredit = [a];
          continue;
        }
        if (!found.some((f) => f.name.toLowerCase() === a.name.toLowerCase())) found.push(a);
      }
    }
    if (!found.length) continue;
    // A site's author meta or link that names no person ("Auto Illustrierte", its publisher on every page;
    // Readability's byline repeats it; Google's blog links "Google") yields to a byline by the headline that
    // does ("Text & Fotos: Ivan Valetny").
    // (An agency credited there stays: "Associated Press" over a byline run together, "ANDREW DALTONAP Entertainment Writer".)
    if (SITE_WIDE_SOURCES.has(sources[i].source) && bylineNamesOtherPerson(found)) continue;
    // The site's author meta names others than the post's author link and its printed byline, which agree
    // ("Matthias Hille - Lukas Balbach", who run the blog, against "Fabian" twice).
    if ((sources[i].source === 'meta' || sources[i].source === 'readability') && postAuthorsBesides(found)) continue;
    // The less structured sources may print an account's or a first name in full, or list co-authors beside it.
    const merged = (s: AuthorSource) => MERGED_SOURCES.has(s.source) || (PRINTED_NAME_SOURCES.has(s.source) && found.some((a) => isHandle(a.name) || !/\s/.test(a.name)));
    const later = sources.slice(i + 1).filter(merged).flatMap((s) => s.read()).map((raw) => splitByline(raw, registry).filter((a) => !noPerson(a.name)));
    const named = inTextInFull(withPrintedNames(found.slice(0, 8), later.flat().map((a) => a.name)), context?.articleText);
    return withAgency(widerByline(named, later), [byline ?? '', ...bylineElements(page)], registry);
  }
  // A footer's copyright holder is an author only when it is a person's name on a site that is not a known
  // outlet (the fallback sources): on a news page that names no author (agency copy, a "Dispatches" credit)
  // it would put the publisher's name where the reader expects a writer's.
  return siteCredit;
}

/** Names printed in a text: two to four capitalised words, initials among them ("Christian P. Stadtfeld"). */
const PRINTED_NAME = letterPattern(/\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}/gu);
/** Names of the text read at most, looking for an account's owner. */
const MAX_PRINTED_NAMES = 500;

/** `authors` with each account name that is left replaced by its owner's name printed in the article's text
 * ("christian.stadtfeld" by "(Christian P. Stadtfeld)" closing the article). */
function inTextInFull(authors: Author[], text: string | undefined): Author[] {
  if (!text || !authors.some((a) => isHandle(a.name))) return authors;
  const printed: string[] = [];
  for (const m of text.matchAll(PRINTED_NAME.for(text))) if (printed.push(m[0]) >= MAX_PRINTED_NAMES) break;
  // Only account names: a first name alone may be anyone the text names in full.
  return authors.map((a) => (isHandle(a.name) ? withPrintedNames([a], printed)[0] : a));
}

/** `f`, computed at its first call only. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
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

/**
 * The credit a page prints instead of a writer when it runs agency copy without naming the agency
 * ("Agencies", "Dispatches", "Jane Doe with agencies"): in its metadata's author, the byline Readability
 * found, a byline element or a credit line by the headline.
 */
export function unnamedAgencyByline(page: Page, byline: string | undefined): string | undefined {
  const meta = metaContent(page.meta.filter((m) => m.attr !== 'itemprop'), 'author', 'article:author');
  // A credit names a few; a list of thousands (broken markup) is not read to its end.
  const credits = [...namesOf(resolveRefs(mainWorkNode(page)?.author, page.jsonLd)).slice(0, 12), meta ?? '', byline ?? '', ...bylineElements(page).slice(0, 3), ...creditLines(page).slice(0, 3)];
  for (const credit of credits) {
    const part = creditParts(credit).map((p) => withoutBylineLabel(p).trim()).find(isUnnamedAgency);
    if (part) return part;
  }
  return undefined;
}
