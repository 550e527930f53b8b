// Feed refresh in the background: fetch each subscribed feed, read it (without a DOM: this is a service
// worker), add new items to the corpus, record per feed what happened. Runs on the alarm and on request.
import { browser } from 'wxt/browser';
import { FEED_ALARM, FEED_INTERVAL_KEY, FEEDS_KEY, parseFeedList, parseInterval, type FeedSubscription } from '../../utils/feeds';
import { decodeDocument } from '../../utils/extract/charset';
import { parseFeed } from '../../utils/store/feed-import';
import { getCorpus } from './corpus-service';

const TIMEOUT_MS = 20_000;
const MAX_BYTES = 10_000_000;

async function fetchFeed(url: string): Promise<string> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
  try {
    // The reader asked for this feed: no cookies, no referrer.
    const res = await fetch(url, { signal: ctrl.signal, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' });
    if (!res.ok) throw new Error(`the site answered ${res.status} ${res.statusText}`.trim());
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > MAX_BYTES) throw new Error('the feed is larger than 10 MB');
    // In the encoding the server or the feed's XML declaration names (res.text() would read UTF-8 only).
    return decodeDocument(bytes, res.headers.get('content-type'));
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw new Error('no answer within 20 seconds');
    if (e instanceof TypeError) throw new Error('it could not be reached (offline, or the site does not allow Sourcelens to read it: allow access when asked)');
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** Refreshes one feed; returns its updated record (never throws: failures are recorded). */
export async function refreshFeed(feed: FeedSubscription): Promise<FeedSubscription> {
  const next: FeedSubscription = { ...feed, lastFetched: Date.now() };
  try {
    const parsed = parseFeed(await fetchFeed(feed.url), feed.url);
    if (!parsed.docs.length && parsed.rejected.some((r) => r.index === 0)) throw new Error(`it is not a feed (${parsed.rejected[0].reason})`);
    const corpus = await getCorpus();
    const r = await corpus.add(parsed.docs, { addedFrom: 'feed' });
    next.title = parsed.docs[0]?.outlet ?? feed.title;
    next.lastAdded = r.added;
    delete next.lastError;
  } catch (e) {
    next.lastError = `Could not refresh: ${e instanceof Error ? e.message : String(e)}.`;
  }
  return next;
}

/** Refreshes the given feeds (all when none given) and stores their new state. */
export async function refreshFeeds(only?: string): Promise<FeedSubscription[]> {
  const feeds = parseFeedList((await browser.storage.local.get(FEEDS_KEY))[FEEDS_KEY]);
  const updated = await Promise.all(feeds.map((f) => (!only || f.url === only ? refreshFeed(f) : f)));
  // Read again before writing: the reader may have added or removed a feed meanwhile.
  const latest = parseFeedList((await browser.storage.local.get(FEEDS_KEY))[FEEDS_KEY]);
  const merged = latest.map((f) => updated.find((u) => u.url === f.url) ?? f);
  await browser.storage.local.set({ [FEEDS_KEY]: merged });
  return merged;
}

/** (Re)creates the refresh alarm at the reader's interval, when the alarms permission is granted. */
export async function scheduleFeedAlarm(): Promise<void> {
  const alarms = (browser as unknown as { alarms?: typeof browser.alarms }).alarms;
  if (!alarms) return;
  const stored = await browser.storage.local.get([FEEDS_KEY, FEED_INTERVAL_KEY]);
  if (!parseFeedList(stored[FEEDS_KEY]).length) {
    await alarms.clear(FEED_ALARM);
    return;
  }
  const periodInMinutes = parseInterval(stored[FEED_INTERVAL_KEY]);
  const existing = await alarms.get(FEED_ALARM);
  if (existing?.periodInMinutes !== periodInMinutes) await alarms.create(FEED_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
}
