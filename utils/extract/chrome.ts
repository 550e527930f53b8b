// Page furniture around an article: navigation, footers, sidebars, comments, teaser and "related" lists.
// What is printed there (dates, headings, names) belongs to other pages or to the site, not to the article.

/** What counts as furniture: element names (`localName`, lower case), and words in class names (and ids, for comments). */
export interface Furniture {
  tags: ReadonlySet<string>;
  classes: RegExp;
}

/** Furniture for dates and headings: navigation, footers, asides, sidebars, comments, teasers, related links. */
export const CHROME: Furniture = { tags: new Set(['nav', 'footer', 'aside']), classes: /related|sidebar|comment|teaser|recommend|navigation/i };

/**
 * Whether `el` sits in page furniture. The page's outer frame (body, html, and with `frame` every element
 * around the headline) is never furniture, and main and article elements are judged by their name only.
 * Walks the ancestors once with string tests: CSS matching in `closest()` costs far more on large pages.
 */
export function inFurniture(el: Element, furniture: Furniture = CHROME, frame?: ReadonlySet<Element>): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = cur.localName;
    // What holds the headline is the article's frame, whatever its classes ("page-with-sidebar").
    if (tag === 'body' || tag === 'html' || frame?.has(cur)) return false;
    if (furniture.tags.has(tag) || cur.getAttribute('role') === 'navigation') return true;
    if (tag === 'main' || tag === 'article') continue;
    const cls = classOf(cur);
    if (cls && furniture.classes.test(cls)) return true;
    if (cur.id && /comment/i.test(cur.id)) return true;
  }
  return false;
}

/** Class names of posts embedded from elsewhere (a tweet, an Instagram or Facebook post, an oEmbed card). */
const EMBED_CLASS = /\b(twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video|wp-embedded-content|bluesky-embed|mastodon-embed)\b/i;

/**
 * Whether `el` sits in another document shown inside the page: an embedded post or a quotation. Its dates,
 * names and headings are that document's, not the article's.
 */
export function inEmbeddedDocument(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = cur.localName;
    if (tag === 'blockquote' || tag === 'q') return true;
    if (tag === 'body') return false;
    const cls = classOf(cur);
    if (cls && EMBED_CLASS.test(cls)) return true;
  }
  return false;
}

/** The nearest of `el` and its ancestors whose element name (`localName`, lower case) is one of `tags`; closest() by names, without CSS matching. */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (tags.has(cur.localName)) return cur;
  return null;
}

const PICTURE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'picture', 'img', 'video']);
/** Classes of pictures, their captions and galleries. */
const PICTURE_CLASS = /caption|image|img|photo|foto|picture|media|gallery|slide|video|thumb/i;

/** Ancestors looked at for a picture's caption around a credit. */
const CAPTION_DEPTH = 3;

/**
 * Whether `el` is, or is within a few levels part of, a picture, its caption or a gallery: by tag, and by class
 * up to `classLevels` levels (a byline's wrapper may be named "media" for its layout, its own class is not).
 */
export function inPicture(el: Element, classLevels = CAPTION_DEPTH): boolean {
  for (let cur: Element | null = el, depth = 0; cur && depth <= CAPTION_DEPTH; cur = cur.parentElement, depth++) {
    if (PICTURE_TAGS.has(cur.localName) || (depth <= classLevels && PICTURE_CLASS.test(classOf(cur) ?? ''))) return true;
  }
  return false;
}

/** The nearest of `el` and its ancestors that passes `test`: closest() by string tests, without CSS matching. */
export function closestWhere(el: Element, test: (el: Element) => boolean): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (test(cur)) return cur;
  return null;
}

/** The first `limit` elements under `root` (itself excluded) that pass `test`, in document order: a querySelectorAll by string tests, without CSS matching. */
export function elementsWhere(root: Element | Document, test: (el: Element) => boolean, limit = Infinity): Element[] {
  const out: Element[] = [];
  // Forward only (first child, next sibling, parent): some DOMs find a previous sibling by walking back.
  let el: Element | null = root.firstElementChild;
  while (el && out.length < limit) {
    if (test(el)) out.push(el);
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}

/**
 * The class attribute as written: what getAttribute('class') gives in a browser. linkedom (the command line's
 * DOM) answers getAttribute('class') by building the element's token set and joining it again, which made the
 * class tests the costliest part of reading a page's dates and bylines there; the attribute node is read directly.
 */
export function classOf(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An element's text with its whitespace collapsed and trimmed. */
export const elementText = (el: Element): string => collapse(el.textContent ?? '');

/**
 * `elementText(el)` when it is at most `max` characters long, else null. A long text is judged by its head:
 * once a prefix, collapsed, is longer than `max`, so is the whole, and the rest is never collapsed (the parent
 * of a date line can be a whole article).
 */
export function shortElementText(el: Element, max: number): string | null {
  const raw = el.textContent ?? '';
  const head = 4 * max + 4;
  if (raw.length > head && collapse(raw.slice(0, head)).length > max) return null;
  const text = collapse(raw);
  return text.length > max ? null : text;
}

/** Whether the whitespace-separated list in attribute `name` of `el` holds `token` (CSS `[name~="token"]`). */
export function hasToken(el: Element, name: string, token: string): boolean {
  return holdsToken(name === 'class' ? classOf(el) : el.getAttribute(name), token);
}

/** Whether a space-separated attribute value holds `token`. Most values do not hold it at all: only those that do are split. */
export function holdsToken(value: string | null, token: string): boolean {
  return !!value && value.includes(token) && value.split(/\s+/).includes(token);
}

/** Elements whose contents are not text a reader sees. */
const NOT_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select']);

/**
 * The text nodes under `root` (or `root` itself, a text node) in document order, at most `limit`, skipping
 * scripts, styles and other non-text elements. Walks forward only (first child, next sibling, parent), without
 * a stack: some DOMs find a last child or a previous sibling by walking back, and a generator's turns cost more
 * than the walk on pages of thousands of nodes.
 */
export function textNodes(root: Node, limit = Infinity): Text[] {
  const out: Text[] = [];
  if (root.nodeType === 3) {
    if (limit > 0) out.push(root as Text);
    return out;
  }
  if (root.nodeType === 1 && NOT_TEXT.has((root as Element).localName)) return out;
  let n: Node | null = root.firstChild;
  while (n && out.length < limit) {
    const type = n.nodeType;
    if (type === 3) out.push(n as Text);
    const child = type === 3 || (type === 1 && NOT_TEXT.has((n as Element).localName)) ? null : n.firstChild;
    if (child) {
      n = child;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    n = n && n !== root ? n.nextSibling : null;
  }
  return out;
}
