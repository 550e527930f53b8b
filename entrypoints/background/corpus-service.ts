// The background's corpus service: one IndexedDB corpus for the extension, the starter corpus loaded on
// install, and the answers to validated messages from content scripts, the popup and the options page.
import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { AddReply, FeedsReply, MatchReply, StatsReply, ToBackground } from '../../utils/messages';
import { refreshFeeds, scheduleFeedAlarm } from './feeds';
import { contentHash } from '../../utils/store/content-hash';
import { IdbCorpus } from '../../utils/store/idb-corpus';
import { openCorpusDb, type CorpusSchema } from '../../utils/store/schema';

let corpus: Promise<IdbCorpus> | null = null;

/**
 * The extension's corpus, opened once per background lifetime (and again after a failed open). The
 * background opens it as it starts, so a lookup that woke the worker does not wait for it.
 */
export function getCorpus(): Promise<IdbCorpus> {
  corpus ??= whileKeptAlive(openCorpusDb()).then(
    (db: IDBPDatabase<CorpusSchema>) => new IdbCorpus(db),
    (e: unknown) => {
      corpus = null;
      throw e;
    },
  );
  return corpus;
}

/**
 * Opening may upgrade the database: copying 100,000 documents into a new layout took 53 s in Chromium, and
 * Chromium stops an extension's worker after 30 s without an extension event or call, which would abort the
 * upgrade (it is one transaction, so nothing would be lost, but it would start again and never end). A call
 * every 20 s keeps the worker while the database opens.
 */
function whileKeptAlive<T>(work: Promise<T>): Promise<T> {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), 20_000);
  return work.finally(() => clearInterval(timer));
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Answers one validated message. */
export async function handle(msg: ToBackground): Promise<MatchReply | AddReply | StatsReply | FeedsReply> {
  try {
    if (msg.type === 'sourcelens/feeds-refresh') {
      const feeds = await refreshFeeds(msg.url);
      await scheduleFeedAlarm();
      return { ok: true, feeds };
    }
    const t0 = performance.now();
    const c = await getCorpus();
    if (msg.type === 'sourcelens/match') {
      const opened = performance.now() - t0;
      const matches = await c.findMatches(msg.text);
      return { ok: true, matches, timings: { open: Math.round(opened * 10) / 10, ...c.lastTimings } };
    }
    if (msg.type === 'sourcelens/stats') return { ok: true, documents: (await c.stats()).documents };
    const id = `${msg.addedFrom}:${contentHash(msg.doc.text)}`;
    const r = await c.add([{ id, ...msg.doc }], { addedFrom: msg.addedFrom });
    return r.added ? { ok: true, added: true } : { ok: true, added: false, reason: r.rejected[0]?.reason };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}
