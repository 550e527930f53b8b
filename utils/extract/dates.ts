// Publication and modification dates: every candidate the page offers, with the exact evidence and a
// confidence, then the best published and modified claims.
import { readingKey, type DateClaim, type DateSource } from '../annotation';
import { hasTime, isCoarse, isoToEpoch, isValidDay, parseDate, type ParsedDate, pathDay, roundConfidence } from './date-parse';
import { headlinePositionOf, positionAdjustment, type HeadlinePosition } from './headline-position';
import { isArticleNode, typesOf } from './json-ld';
import type { Page } from './page';
import { collectMarkupDates } from './markup-dates';
import { classOf, inEmbeddedDocument, inFurniture } from './chrome';
import { localReading } from './local-time';
import { markedElements } from './marked-elements';
import { collectTextDates, isLabelledUpdate, labelledAsUpdate, notThePagesDate } from './text-dates';
import { ownTeaserDates } from './teaser-dates';

type Kind = 'published' | 'modified';

const META_KEYS: Record<string, { kind: Kind; confidence: number }> = {
  'article:published_time': { kind: 'published', confidence: 0.9 },
  'og:article:published_time': { kind: 'published', confidence: 0.9 },
  'article:published': { kind: 'published', confidence: 0.85 },
  'og:published_time': { kind: 'published', confidence: 0.85 },
  datepublished: { kind: 'published', confidence: 0.85 },
  'article.published': { kind: 'published', confidence: 0.85 },
  'parsely-pub-date': { kind: 'published', confidence: 0.85 },
  'sailthru.date': { kind: 'published', confidence: 0.8 },
  'citation_publication_date': { kind: 'published', confidence: 0.85 },
  'citation_online_date': { kind: 'published', confidence: 0.75 },
  citation_date: { kind: 'published', confidence: 0.75 },
  'dc.date.issued': { kind: 'published', confidence: 0.8 },
  'dcterms.issued': { kind: 'published', confidence: 0.8 },
  'dcterms.created': { kind: 'published', confidence: 0.75 },
  'dc.date.created': { kind: 'published', confidence: 0.75 },
  'dc.date': { kind: 'published', confidence: 0.7 },
  'dc.created': { kind: 'published', confidence: 0.7 },
  pubdate: { kind: 'published', confidence: 0.8 },
  publishdate: { kind: 'published', confidence: 0.8 },
  publish_date: { kind: 'published', confidence: 0.8 },
  'publish-date': { kind: 'published', confidence: 0.8 },
  'published-date': { kind: 'published', confidence: 0.8 },
  published_date: { kind: 'published', confidence: 0.8 },
  publication_date: { kind: 'published', confidence: 0.8 },
  'article.created': { kind: 'published', confidence: 0.75 },
  'bt:pubdate': { kind: 'published', confidence: 0.75 },
  'original-publish-date': { kind: 'published', confidence: 0.8 },
  'rnews:datepublished': { kind: 'published', confidence: 0.8 },
  displaydate: { kind: 'published', confidence: 0.7 },
  // The generic name is often the CMS's last change rather than the publication.
  date: { kind: 'published', confidence: 0.5 },
  'article:modified_time': { kind: 'modified', confidence: 0.85 },
  'og:updated_time': { kind: 'modified', confidence: 0.8 },
  'article:modified': { kind: 'modified', confidence: 0.8 },
  datemodified: { kind: 'modified', confidence: 0.8 },
  'dcterms.modified': { kind: 'modified', confidence: 0.75 },
  'dc.date.modified': { kind: 'modified', confidence: 0.75 },
  'article.updated': { kind: 'modified', confidence: 0.75 },
  lastmod: { kind: 'modified', confidence: 0.6 },
  'last-modified': { kind: 'modified', confidence: 0.6 },
};

const claim = (p: ParsedDate, from: DateSource, evidence: string, confidence: number, kind: Kind): DateClaim => ({
  iso: p.iso,
  precision: p.precision,
  from,
  evidence: evidence.trim().slice(0, 200),
  confidence: roundConfidence(confidence),
  kind,
});

function fromJsonLd(page: Page, out: DateClaim[]) {
  for (const node of page.jsonLd) {
    const weight = isArticleNode(node) ? 0.95 : typesOf(node).some((t) => /WebPage$/i.test(t)) ? 0.75 : 0.45;
    const fields: [string, Kind, number][] = [
      ['datePublished', 'published', 0],
      ['dateCreated', 'published', -0.1],
      ['uploadDate', 'published', -0.2],
      ['dateModified', 'modified', -0.05],
    ];
    for (const [field, kind, delta] of fields) {
      const v = node[field];
      const raw = Array.isArray(v) ? v[0] : v;
      if (typeof raw !== 'string') continue;
      const p = parseDate(raw, { lang: page.lang });
      if (p) out.push(claim(p, 'json-ld', `${field}: ${raw}`, weight + delta, kind));
    }
  }
}

function fromMeta(page: Page, out: DateClaim[]) {
  for (const m of page.meta) {
    const spec = META_KEYS[m.key];
    if (!spec) continue;
    const p = parseDate(m.content, { lang: page.lang });
    if (p) out.push(claim(p, 'meta', `${m.attr}="${m.key}" content="${m.content}"`, spec.confidence, spec.kind));
  }
}

function fromTimeElements(page: Page, position: HeadlinePosition, out: DateClaim[]) {
  // 'time, [itemprop="datePublished"], [itemprop="dateModified"]', by string tests.
  const els = markedElements(page).dateItems.slice(0, 30);
  // Many different times on one page are teaser cards and comments, not this page's date.
  const distinctDays = new Set(els.map((el) => (el.getAttribute('datetime') ?? el.textContent ?? '').slice(0, 10))).size;
  const crowded = distinctDays > 3;
  for (const el of els) {
    if (el.localName === 'meta' || inEmbeddedDocument(el)) continue;
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '';
    const p = parseDate(raw, { lang: page.lang });
    if (!p || (!el.hasAttribute('datetime') && !el.hasAttribute('content') && notThePagesDate(raw, raw.indexOf(p.matched)))) continue;
    const hints = `${el.getAttribute('itemprop') ?? ''} ${classOf(el) ?? ''} ${el.hasAttribute('pubdate') ? 'pubdate' : ''} ${(el.parentElement && classOf(el.parentElement)) ?? ''}`.toLowerCase();
    const published = /publish|pubdate|created|posted/.test(hints);
    // WordPress marks a post never updated "entry-date published updated": published wins.
    // An element not named for either may say what it is in its text: "Updated Mar 12, 2020".
    const modified = !published && (/modif|updat/.test(hints) || labelledAsUpdate((el.textContent ?? '').trim().slice(0, 120)));
    const inChrome = inFurniture(el, undefined, position.frame);
    const base = published || modified ? 0.8 : crowded ? 0.3 : 0.6;
    const confidence = base + positionAdjustment(position.distance(el)) - (inChrome ? 0.3 : 0);
    if (confidence < 0.15) continue;
    const attr = el.hasAttribute('datetime') ? `datetime="${raw}"` : el.hasAttribute('content') ? `content="${raw}"` : raw;
    out.push(claim(p, 'time', `<${el.tagName.toLowerCase()}> ${attr}`, confidence, modified ? 'modified' : 'published'));
  }
}

/** The page's share image filed under a day ("/files/2016/05/04/report.png"): weak, the image may be older. */
function fromShareImage(page: Page, out: DateClaim[]) {
  const image = page.meta.find((m) => m.key === 'og:image' || m.key === 'twitter:image');
  if (!image) return;
  let path: string;
  try {
    path = decodeURIComponent(new URL(image.content, page.url ?? undefined).pathname);
  } catch {
    return;
  }
  const p = pathDay(path);
  if (p) out.push(claim(p, 'url', `${image.key}: ${image.content}`, 0.25, 'published'));
}

function fromUrl(page: Page, out: DateClaim[]) {
  if (!page.url) return;
  const path = decodeURIComponent(page.url.pathname);
  const p = pathDay(path);
  if (p) {
    out.push(claim(p, 'url', path, 0.55, 'published'));
    return;
  }
  const m = /\/(\d{4})\/(\d{2})\//.exec(path);
  if (m && isValidDay(+m[1], +m[2], 1)) {
    out.push({ iso: `${m[1]}-${m[2]}`, precision: 'month', from: 'url', evidence: path, confidence: 0.3, kind: 'published' });
  }
}

/** Chooses the best claim of a kind: highest confidence, raised when other sources agree on the day. */
function best(cands: DateClaim[], kind: Kind): DateClaim | undefined {
  const of = cands.filter((c) => c.kind === kind);
  if (!of.length) return undefined;
  const day = (c: DateClaim) => c.iso.slice(0, 10);
  // The sources dating each day. Only claims of the same kind agree: a modification on that day does not
  // make it the publication day.
  const sourcesOf = new Map<string, Set<DateSource>>();
  for (const o of of) {
    if (o.confidence < 0.3) continue;
    const sources = sourcesOf.get(day(o));
    if (sources) sources.add(o.from);
    else sourcesOf.set(day(o), new Set([o.from]));
  }
  let top: DateClaim | undefined;
  let topScore = -1;
  for (const c of of) {
    // The other sources that date its day.
    const sources = sourcesOf.get(day(c));
    const agreeing = sources ? sources.size - (sources.has(c.from) ? 1 : 0) : 0;
    const precisionBonus = hasTime(c) ? 0.02 : isCoarse(c) ? -0.1 : 0;
    const score = c.confidence + 0.05 * agreeing + precisionBonus;
    if (score > topScore) {
      topScore = score;
      top = c;
    }
  }
  // The address is evidence the reader does not see: the same day printed on the page shows it better.
  if (top?.from === 'url') {
    const url = top;
    const shown = of.filter((o) => (o.from === 'text' || o.from === 'time') && o.confidence >= 0.3 && day(o) === day(url)).sort((a, b) => b.confidence - a.confidence)[0];
    if (shown) top = shown;
  }
  return top && (localReading(top, cands) ?? top);
}

/**
 * A publication after the last modification cannot be: prefer the best published claim that fits. With none,
 * a weak one (a date in the text, not labelled: "Der nächste Stammtisch findet am 5. Februar 2020 statt") is no
 * publication date against a modification stated as surely ("Diese Seite wurde zuletzt am 29. Januar 2020 geändert").
 */
function consistentPublished(cands: DateClaim[], published?: DateClaim, modified?: DateClaim): DateClaim | undefined {
  if (!published || !modified || isCoarse(published) || isCoarse(modified)) return published;
  if (!after(published, modified)) return published;
  const fitting = cands.filter((c) => c.kind === 'published' && c.confidence >= 0.5 && !after(c, modified));
  // (Weaker than a date line by the headline: HEADLINE_DATE_CONFIDENCE.)
  return best(fitting, 'published') ?? (published.confidence < HEADLINE_DATE_CONFIDENCE && modified.confidence >= published.confidence ? undefined : published);
}

/**
 * Whether `a` is later than `b`: by more than an hour when both give a time, on a later day when either
 * gives only the day ("Updated November 18, 2019" is not before a publication at 16:18 that day).
 */
function after(a: DateClaim, b: DateClaim): boolean {
  if (hasTime(a) && hasTime(b)) return isoToEpoch(a.iso) > isoToEpoch(b.iso) + 36e5;
  return a.iso.slice(0, 10) > b.iso.slice(0, 10);
}

/** A published claim this strong leaves nothing to the page's teasers of itself. */
const SURE_DATE_CONFIDENCE = 0.6;

/** A visible claim this close to the headline (label and position counted in) is the page's own date line. */
const HEADLINE_DATE_CONFIDENCE = 0.45;

/**
 * A metadata publication that is only the page's last save (the very instant of its modification, or
 * later; a correction minutes after the publication is no republication) or the generic "date" field is
 * weaker evidence than a date printed by the headline on an earlier day: the page shows when it first
 * appeared, the CMS stamped the republication.
 */
export function visibleOverResaved(cands: DateClaim[], published?: DateClaim, modified?: DateClaim): DateClaim | undefined {
  if (!published || (published.from !== 'meta' && published.from !== 'json-ld')) return published;
  // Saved at the very instant of its modification or later; with only the modification's day, on a later day.
  const resaved =
    modified && !isCoarse(modified) && (hasTime(modified) ? isoToEpoch(published.iso) >= isoToEpoch(modified.iso) : published.iso.slice(0, 10) > modified.iso.slice(0, 10));
  if (!resaved && published.confidence > 0.5) return published;
  const day = localDay(published, cands);
  const dated = shownByHeadline(cands);
  // A date by the headline that shows the metadata's day confirms it (read either way round: "11/01/2021").
  if (dated.some((c) => c.iso.slice(0, 10) === day || swappedDay(c) === day)) return published;
  const shown = best(dated, 'published');
  return shown && shown.iso.slice(0, 10) < day ? shown : published;
}

/** The published claims a reader sees by the headline: visible, to the day, and close or labelled enough. */
const shownByHeadline = (cands: DateClaim[]) =>
  cands.filter((c) => (c.from === 'text' || c.from === 'time') && c.kind === 'published' && !isCoarse(c) && c.confidence >= HEADLINE_DATE_CONFIDENCE);

/**
 * A page that prints as its date (not as an update) the day its metadata say it was modified, and nowhere
 * the day they say it was published, was republished: the site reworked an older article and presents it
 * as of that day. Two independent sources agree on that day against one; the version the reader sees is
 * the one dated.
 */
export function republishedAsShown(cands: DateClaim[], published?: DateClaim, modified?: DateClaim): DateClaim | undefined {
  if (!published || !modified || (published.from !== 'meta' && published.from !== 'json-ld')) return published;
  if (modified.from !== 'meta' && modified.from !== 'json-ld') return published;
  const pubDay = localDay(published, cands);
  const modDay = localDay(modified, cands);
  if (modDay <= pubDay) return published;
  const shown = shownByHeadline(cands);
  if (shown.some((c) => c.iso.slice(0, 10) === pubDay || swappedDay(c) === pubDay)) return published;
  // The page labels that day as an update ("Updated Nov 13, 2019, 10:28am EST", its <time> unlabelled inside).
  // ("Stand: 07.11.2023" is the version's date, not an update.)
  if (cands.some((c) => c.iso.slice(0, 10) === modDay && isLabelledUpdate(c))) return published;
  // The page's own date line is its best visible date; a weaker one on that day may be a teaser's.
  const line = best(shown, 'published');
  return line && line.iso.slice(0, 10) === modDay ? line : published;
}

/** The other reading of a numeric date whose day and month could be swapped ("11/01/2021"), if any. */
export function swappedDay(c: DateClaim): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(c.iso);
  if (!m || +m[3] > 12 || m[2] === m[3]) return undefined;
  const numeric = /\b(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\b/.exec(c.evidence);
  if (!numeric || +numeric[1] > 12 || +numeric[2] > 12) return undefined;
  return `${m[1]}-${m[3]}-${m[2]}`;
}

/** The day of a claim as the page prints it: its local reading when the page gives one, else its own day. */
const localDay = (c: DateClaim, cands: DateClaim[]) => (localReading(c, cands) ?? c).iso.slice(0, 10);

/**
 * A page prints its numeric dates one way round: when the metadata's days match the visible ambiguous
 * dates only read month first ("11/01/2021" for 1 November), every such visible date is read so.
 */
export function alignDayMonthOrder(cands: DateClaim[]): DateClaim[] {
  const markup = new Set(cands.filter((c) => (c.from === 'json-ld' || c.from === 'meta') && !isCoarse(c)).map((c) => c.iso.slice(0, 10)));
  // The other reading of each visible date that has one.
  const swaps = new Map<DateClaim, string>();
  for (const c of cands) {
    const other = c.from === 'text' || c.from === 'time' ? swappedDay(c) : undefined;
    if (other !== undefined) swaps.set(c, other);
  }
  let swapMatches = 0;
  let ownMatches = 0;
  for (const [c, other] of swaps) {
    if (markup.has(other)) swapMatches++;
    if (markup.has(c.iso.slice(0, 10))) ownMatches++;
  }
  if (!swapMatches || ownMatches >= swapMatches) return cands;
  return cands.map((c) => {
    const other = swaps.get(c);
    return other ? { ...c, iso: other + c.iso.slice(10) } : c;
  });
}

/** The same reading found by two rules (a labelled line that is also a short date line) counts once, at its strongest: `sorted` runs strongest first. */
function strongestOfEach(sorted: DateClaim[]): DateClaim[] {
  const seen = new Set<string>();
  return sorted.filter((c) => {
    const id = readingKey(c);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** All date candidates of the page and the chosen published and modified dates. */
export function extractDates(page: Page): { published?: DateClaim; modified?: DateClaim; candidates: DateClaim[] } {
  const position = headlinePositionOf(page);
  const candidates: DateClaim[] = [];
  fromJsonLd(page, candidates);
  fromMeta(page, candidates);
  fromTimeElements(page, position, candidates);
  fromUrl(page, candidates);
  fromShareImage(page, candidates);
  candidates.push(...collectTextDates(page, position));
  candidates.push(...collectMarkupDates(page, position, new Set(Object.keys(META_KEYS))));
  // The page's teasers of itself are sought only where the page states no good date (reading every link costs).
  if (!candidates.some((c) => c.kind === 'published' && c.confidence >= SURE_DATE_CONFIDENCE)) candidates.push(...ownTeaserDates(page));
  const aligned = strongestOfEach(alignDayMonthOrder(candidates).sort((a, b) => b.confidence - a.confidence));
  const modified = best(aligned, 'modified');
  const published = republishedAsShown(aligned, visibleOverResaved(aligned, consistentPublished(aligned, best(aligned, 'published'), modified), modified), modified);
  return { published, modified, candidates: aligned };
}
