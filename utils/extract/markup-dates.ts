// Dates in markup that is not a standard date field: elements whose class, id or property names a date
// ("post-date", "meta__date", "entry-date", RDFa schema:dateCreated, data-date-time), date fields in
// inline JSON that is not JSON-LD (app state), and meta tags whose name says date without being a standard.
import type { DateClaim } from '../annotation';
import { parseDate, roundConfidence } from './date-parse';
import { positionAdjustment, type HeadlinePosition } from './headline-position';
import type { Page } from './page';
import { classOf, elementText, inEmbeddedDocument, inFurniture } from './chrome';
import { markedElements } from './marked-elements';
import { inSiteClock, labelledAsUpdate, notThePagesDate, spacedText } from './text-dates';
const DATE_HINT = /(date|datum|fecha|publish|posted|pubdate|timestamp|dateline|time)/i;
const MODIFIED_HINT = /(updat|modif|aktualisiert)/i;
const DATE_ATTRS = ['datetime', 'content', 'title', 'data-date', 'data-time', 'data-date-time', 'data-datetime', 'data-published', 'data-timestamp'];
const MAX_ELEMENTS = 150;

/** Whether an element carries a date in a data attribute named for one. */
const hasDateData = (el: Element): boolean => el.hasAttribute('data-date') || el.hasAttribute('data-date-time') || el.hasAttribute('data-published');

/**
 * Whether an element's naming may say it holds a date: what the selector '[class*="date" i], [id*="date" i],
 * [class*="publish" i], [class*="posted" i], [class*="time" i]:not(time), [property*="date" i], [data-date],
 * [data-date-time], [data-published]' selects, by string tests (CSS matching over every element is slow).
 */
export function namedAsDate(el: Element, tag = el.localName, cls = classOf(el), id = el.id): boolean {
  if (cls && (/date|publish|posted/i.test(cls) || (/time/i.test(cls) && tag !== 'time'))) return true;
  if (id && /date/i.test(id)) return true;
  const property = el.getAttribute('property');
  if (property && /date/i.test(property)) return true;
  return hasDateData(el);
}

/** Elements whose naming says they hold a date. */
function fromNamedElements(page: Page, position: HeadlinePosition, out: DateClaim[]) {
  const found: DateClaim[] = [];
  const els = markedElements(page).dateNamed;
  let seen = 0;
  for (const el of els) {
    if (++seen > MAX_ELEMENTS) break;
    const tag = el.localName;
    if (tag === 'meta' || tag === 'time' || tag === 'script' || tag === 'style' || tag === 'input' || tag === 'body' || tag === 'html') continue;
    if (inEmbeddedDocument(el) || inSiteClock(el)) continue;
    const names = `${classOf(el) ?? ''} ${el.id} ${el.getAttribute('property') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    const named = DATE_HINT.test(names) || hasDateData(el);
    if (!named) continue;
    let raw = '';
    let evidence = '';
    for (const a of DATE_ATTRS) {
      const v = el.getAttribute(a);
      if (v && /\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(v) && parseDate(v, { lang: page.lang })) {
        raw = v;
        evidence = `<${tag} class="${(classOf(el) ?? '').trim()}"> ${a}="${v}"`;
        break;
      }
    }
    if (!raw) {
      const whole = elementText(el);
      if (!whole || whole.length > 120) continue;
      const text = spacedText(el);
      raw = text;
      evidence = text;
    }
    const p = parseDate(raw, { lang: page.lang });
    if (!p) continue;
    if (Number(p.iso.slice(0, 4)) < 1995 || (raw === evidence && notThePagesDate(raw, raw.indexOf(p.matched)))) continue;
    const inChrome = inFurniture(el, undefined, position.frame);
    const published = /publish|pubdate|posted|created|entry-date|post-date|article-date/i.test(names);
    const modified = (MODIFIED_HINT.test(names) || (raw === evidence && labelledAsUpdate(raw))) && !/publish|pubdate|posted|created/i.test(names);
    const base = published ? 0.6 : 0.5;
    const confidence = roundConfidence(base + positionAdjustment(position.distance(el)) - (inChrome ? 0.35 : 0));
    found.push({ iso: p.iso, precision: p.precision, from: 'time', evidence: evidence.slice(0, 200), confidence, kind: modified ? 'modified' : 'published' });
  }
  // Many different dates in date-named elements are a list of other articles.
  const crowded = new Set(found.map((c) => c.iso.slice(0, 10))).size > 3;
  for (const c of found) out.push(crowded ? { ...c, confidence: Math.max(0.05, roundConfidence(c.confidence - 0.25)) } : c);
}

const JSON_DATE = /"(datePublished|dateCreated|dateModified|publishDate|publishedDate|pubDate|publishedAt|published_at|publish_date|date_published|firstPublished|first_published_at|createdAt|updatedAt|lastModified|modified_at)"\s*:\s*"([^"]{8,40})"/g;

/** Date fields in inline scripts that are not JSON-LD (framework state, analytics objects). */
function fromScriptJson(page: Page, out: DateClaim[]) {
  let budget = 2_000_000;
  // The page's marked elements, not querySelectorAll('script:not([src])'): CSS matching costs more than the walk.
  for (const script of markedElements(page).scripts) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type.includes('ld+json')) continue;
    const text = script.textContent ?? '';
    budget -= text.length;
    if (budget < 0) break;
    if (!text.includes('"')) continue;
    let n = 0;
    for (const m of text.matchAll(JSON_DATE)) {
      if (++n > 20) break;
      const p = parseDate(m[2], { lang: page.lang });
      if (!p || p.precision === 'month') continue;
      const modified = /modif|updat/i.test(m[1]);
      const created = /created/i.test(m[1]);
      out.push({ iso: p.iso, precision: p.precision, from: 'json-ld', evidence: `script: "${m[1]}": "${m[2]}"`, confidence: created ? 0.55 : 0.65, kind: modified ? 'modified' : 'published' });
    }
  }
}

/** Non-standard meta names that say date ("five_hundred_pixels:uploaded", "og:pubdate"): weak evidence. */
function fromOtherMeta(page: Page, known: Set<string>, out: DateClaim[]) {
  for (const m of page.meta) {
    if (known.has(m.key) || !/(date|time|publish|created|uploaded|issued)/i.test(m.key)) continue;
    if (/(expir|valid|end|start|event|birth|copyright|refresh)/i.test(m.key)) continue;
    const p = parseDate(m.content, { lang: page.lang });
    if (!p || p.precision === 'month') continue;
    const modified = /modif|updat/i.test(m.key);
    out.push({ iso: p.iso, precision: p.precision, from: 'meta', evidence: `${m.attr}="${m.key}" content="${m.content}"`, confidence: 0.5, kind: modified ? 'modified' : 'published' });
  }
}

/** Dates from non-standard markup, each weaker than the standard fields. */
export function collectMarkupDates(page: Page, position: HeadlinePosition, knownMetaKeys: Set<string>): DateClaim[] {
  const out: DateClaim[] = [];
  fromNamedElements(page, position, out);
  fromScriptJson(page, out);
  fromOtherMeta(page, knownMetaKeys, out);
  return out;
}
