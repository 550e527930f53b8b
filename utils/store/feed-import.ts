// Feed items as corpus documents: RSS 2.0, RSS 1.0 or Atom, read without a DOM (the background refreshes
// feeds in its service worker). Kept apart from the other import formats so that the background does not
// bundle the article extractor.
import { parseDate } from '../extract/date-parse';
import { readFeedXml } from './feed-xml';
import type { ParsedImport } from './import-types';

const isoOf = (s: string) => (s ? (parseDate(s)?.iso ?? undefined) : undefined);

/** RSS 2.0, RSS 1.0 or Atom; items numbered from 1 in document order. Needs no DOM (service worker). */
export function parseFeed(xml: string, feedUrl = ''): ParsedImport {
  const out: ParsedImport = { docs: [], rejected: [], unit: 'item' };
  const feed = readFeedXml(xml);
  if ('error' in feed) {
    out.rejected.push({ index: 0, reason: feed.error });
    return out;
  }
  const outlet = feed.title || undefined;
  feed.items.forEach((item, i) => {
    const n = i + 1;
    let url: string;
    try {
      if (!item.link.trim()) throw new Error('no link');
      url = new URL(item.link.trim(), feedUrl || undefined).href;
    } catch {
      return out.rejected.push({ index: n, reason: 'no valid link' });
    }
    // An item without text stays as metadata: it can be named, not matched.
    out.docs.push({ index: n, id: `feed:${url}`, url, title: item.title, outlet, published: isoOf(item.date), text: item.text });
  });
  return out;
}
