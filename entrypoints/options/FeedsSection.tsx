import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkFeedUrl, FEED_INTERVAL_KEY, FEEDS_KEY, INTERVAL_CHOICES, originPattern, parseFeedList, parseInterval, type FeedSubscription } from '../../utils/feeds';
import type { FeedsReply, ToBackground } from '../../utils/messages';

const INTERVAL_LABEL: Record<number, string> = { 15: 'every 15 minutes', 60: 'every hour', 360: 'every 6 hours', 1440: 'once a day' };
const when = (t?: number) => (t ? new Date(t).toLocaleString() : 'never');

async function refresh(url?: string): Promise<FeedsReply> {
  const msg: ToBackground = { type: 'sourcelens/feeds-refresh', ...(url ? { url } : {}) };
  return ((await browser.runtime.sendMessage(msg).catch((e: unknown) => ({ ok: false, error: String(e) }))) ?? { ok: false, error: 'no answer' }) as FeedsReply;
}

/** Feed subscriptions: add (asking for that site's permission then), refresh, remove, interval. */
export function FeedsSection(props: { onCorpusChanged: () => void }) {
  const [feeds, setFeeds] = useState<FeedSubscription[]>([]);
  const [interval, setIntervalMinutes] = useState(60);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void browser.storage.local.get([FEEDS_KEY, FEED_INTERVAL_KEY]).then((r) => {
      setFeeds(parseFeedList(r[FEEDS_KEY]));
      setIntervalMinutes(parseInterval(r[FEED_INTERVAL_KEY]));
    });
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[FEEDS_KEY]) setFeeds(parseFeedList(changes[FEEDS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  const run = async (url?: string) => {
    setBusy(true);
    const r = await refresh(url);
    setBusy(false);
    if (r.ok) {
      setFeeds(r.feeds);
      props.onCorpusChanged();
    } else setMessage(`Refresh failed: ${r.error}`);
  };

  const subscribe = async (e: Event) => {
    e.preventDefault();
    const checked = checkFeedUrl(draft);
    if ('error' in checked) return setMessage(checked.error);
    if (feeds.some((f) => f.url === checked.url)) return setMessage('You already follow this feed.');
    // Both asked inside the click: alarms (no prompt) for the refresh, then the feed's site (the browser asks the reader).
    await browser.permissions.request({ permissions: ['alarms'] }).catch(() => false);
    const siteAllowed = browser.permissions.request({ origins: [originPattern(checked.url)] }).catch(() => false);
    const next = [...feeds, { url: checked.url, addedAt: Date.now() }];
    await browser.storage.local.set({ [FEEDS_KEY]: next });
    setFeeds(next);
    setDraft('');
    setMessage(`Following ${checked.url}. Reading it now…`);
    void run(checked.url);
    void siteAllowed.then((ok) => {
      if (ok) void run(checked.url);
      else setMessage(`Sourcelens may not read ${new URL(checked.url).hostname}: it can read this feed only if the site allows it. Allow access to follow it reliably.`);
    });
  };

  const remove = async (url: string) => {
    const next = feeds.filter((f) => f.url !== url);
    await browser.storage.local.set({ [FEEDS_KEY]: next });
    setFeeds(next);
    setMessage(`Stopped following ${url}. Its articles stay in the corpus.`);
  };

  return (
    <section aria-labelledby="feeds-h">
      <h3 id="feeds-h">Feeds</h3>
      <form class="feed-form" onSubmit={(e) => void subscribe(e)}>
        <label for="feed-url">Feed address (RSS or Atom)</label>
        <div class="row">
          <input id="feed-url" type="text" inputMode="url" placeholder="https://example.org/feed.xml" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          <button type="submit" class="primary">
            Follow
          </button>
        </div>
      </form>
      <div class="field">
        <label for="feed-interval">Refresh</label>
        <select
          id="feed-interval"
          value={String(interval)}
          onChange={(e) => {
            const v = Number((e.target as HTMLSelectElement).value);
            setIntervalMinutes(v);
            void browser.storage.local.set({ [FEED_INTERVAL_KEY]: v });
          }}
        >
          {INTERVAL_CHOICES.map((m) => (
            <option value={String(m)} key={m}>
              {INTERVAL_LABEL[m]}
            </option>
          ))}
        </select>
      </div>
      {feeds.length ? (
        <ul class="feeds">
          {feeds.map((f) => (
            <li key={f.url} class={f.lastError ? 'failed' : undefined}>
              <div>
                <strong>{f.title ?? f.url}</strong> <span class="muted small">{f.url}</span>
              </div>
              <div class={f.lastError ? 'error small' : 'muted small'}>
                {f.lastError ?? `Last read ${when(f.lastFetched)}${f.lastAdded !== undefined ? `, ${f.lastAdded} new` : ''}.`}
              </div>
              <div class="row-actions">
                <button type="button" disabled={busy} onClick={() => void run(f.url)} aria-label={`Refresh ${f.title ?? f.url}`}>
                  Refresh
                </button>
                <button type="button" onClick={() => void remove(f.url)} aria-label={`Stop following ${f.title ?? f.url}`}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">You follow no feeds.</p>
      )}
      <p class="status" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
