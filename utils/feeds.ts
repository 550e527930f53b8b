// Feed subscriptions: what is stored for each feed and how it is checked. Pure: the background fetches
// and the options page edits; both read and write this shape under FEEDS_KEY.

/** Storage keys. */
export const FEEDS_KEY = 'feeds';
export const FEED_INTERVAL_KEY = 'feedIntervalMinutes';
/** The alarm that refreshes every feed. */
export const FEED_ALARM = 'sourcelens-feeds';
export const DEFAULT_INTERVAL_MINUTES = 60;
export const INTERVAL_CHOICES = [15, 60, 360, 1440] as const;

/** One subscription and how its last refresh went. */
export interface FeedSubscription {
  url: string;
  title?: string;
  addedAt: number;
  lastFetched?: number;
  /** Documents added by the last refresh (duplicates are not counted). */
  lastAdded?: number;
  /** Why the last refresh failed, in words; absent when it worked. */
  lastError?: string;
}

/** The feed address as typed, made absolute; an error sentence when it cannot be one. */
export function checkFeedUrl(raw: string): { url: string } | { error: string } {
  const t = raw.trim();
  if (!t) return { error: 'Type the address of an RSS or Atom feed.' };
  if (/\s/.test(t)) return { error: `“${t}” is not a web address.` };
  let u: URL;
  try {
    u = new URL(/^[a-z][\w+.-]*:/i.test(t) ? t : `https://${t}`);
  } catch {
    return { error: `“${t}” is not a web address.` };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { error: 'Feeds are read over http or https only.' };
  if (!/^([a-z0-9-]+\.)+[a-z0-9-]+$|^localhost$|^\[[0-9a-f:]+\]$/i.test(u.hostname)) return { error: `“${t}” is not a web address.` };
  return { url: u.href };
}

/** The host permission pattern that lets the extension read a feed's site. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Valid stored subscriptions; anything malformed is dropped. */
export function parseFeedList(raw: unknown): FeedSubscription[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((f): f is FeedSubscription => !!f && typeof f === 'object' && typeof (f as FeedSubscription).url === 'string' && 'url' in checkFeedUrl((f as FeedSubscription).url));
}

/** The stored interval if it is one of the choices, else the default. */
export function parseInterval(raw: unknown): number {
  return INTERVAL_CHOICES.includes(raw as (typeof INTERVAL_CHOICES)[number]) ? (raw as number) : DEFAULT_INTERVAL_MINUTES;
}
