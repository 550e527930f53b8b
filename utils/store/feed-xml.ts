// RSS 2.0, RSS 1.0 and Atom read without a DOM: the background is a service worker, which has no XML
// parser. Feeds are flat and regular (items of a few text fields), so tag-level reading is enough; CDATA
// and character references are decoded, markup in content is turned into paragraph text.

export interface FeedItem {
  title: string;
  link: string;
  date: string;
  /** Plain text with paragraphs separated by blank lines ('' when the item has none). */
  text: string;
}

export interface FeedXml {
  kind: 'rss' | 'atom';
  title: string;
  items: FeedItem[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', copy: '©' };

/** Decodes character references (&amp;, &#8217;, &#x2019;, and common named ones). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/** The text of an element's content: CDATA unwrapped, character references decoded. */
function contentOf(raw: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
  return cdata ? cdata[1] : decodeEntities(raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'));
}

const BLOCK = /<\/?(p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|figure|figcaption|table|tr|pre|hr)\b[^>]*>/gi;

/** Plain text of an HTML fragment: scripts dropped, blocks as paragraphs, <br> as a line break. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|noscript|template|svg|iframe)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

const esc = (tag: string) => tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The content of the first child element named one of `tags` (namespaced names as written). */
function field(block: string, ...tags: string[]): string {
  for (const t of tags) {
    const m = new RegExp(`<${esc(t)}(?:\\s[^>]*)?>([\\s\\S]*?)</${esc(t)}>`, 'i').exec(block);
    if (m) return contentOf(m[1]).trim();
  }
  return '';
}

function atomLink(block: string): string {
  for (const m of block.matchAll(/<link\b([^>]*)\/?>/gi)) {
    const attrs = m[1];
    const rel = /\brel\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1] ?? 'alternate';
    const href = /\bhref\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1];
    if (href && rel === 'alternate') return decodeEntities(href);
  }
  return '';
}

/** Reads a feed; an error sentence when the text is not an RSS or Atom feed. */
export function readFeedXml(xml: string): FeedXml | { error: string } {
  const head = xml.slice(0, 4000);
  const atom = /<feed\b[^>]*>/i.test(head) && !/<rss\b/i.test(head);
  if (!atom && !/<(rss|rdf:RDF)\b/i.test(head)) return { error: 'neither an RSS nor an Atom feed' };
  const tag = atom ? 'entry' : 'item';
  const firstItem = xml.search(new RegExp(`<${tag}[\\s>]`, 'i'));
  const channel = firstItem >= 0 ? xml.slice(0, firstItem) : xml;
  const items: FeedItem[] = [];
  for (const m of xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    const b = m[1];
    const rich = atom ? field(b, 'content', 'summary') : field(b, 'content:encoded', 'description');
    items.push({
      title: htmlToText(field(b, 'title')).replace(/\s+/g, ' '),
      link: atom ? atomLink(b) : field(b, 'link') || field(b, 'guid'),
      date: atom ? field(b, 'published', 'updated') : field(b, 'pubDate', 'dc:date', 'date'),
      text: /<\w[^>]*>/.test(rich) ? htmlToText(rich) : rich.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim(),
    });
  }
  return { kind: atom ? 'atom' : 'rss', title: htmlToText(field(channel, 'title')).replace(/\s+/g, ' '), items };
}
