// The reader's corpus in IndexedDB: documents and their lookup keys (multiEntry index); matching looks
// the page's keys up, aligns the best candidates and scores them. Every write is one transaction.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { ProvenanceMatch } from '../annotation';
import type { Corpus } from '../corpus/corpus';
import type { CorpusDoc } from '../corpus/memory-corpus';
import { lookupKeys, prepareText } from '../corpus/keys';
import { chooseCandidates, commonLimit, matchDocument } from '../corpus/match';
import { COUNTS_KEY, emptyCounts, storedHash, storedKey, storedKeys, storedText, textOf, type CorpusCounts, type CorpusSchema, type StoredDoc } from './schema';

/** Why a document was not added. */
export interface Rejection {
  /** Position in the batch (0-based) or the source line, as the caller numbered it. */
  index: number;
  reason: string;
}

export interface AddResult {
  added: number;
  rejected: Rejection[];
}

export type CorpusStats = CorpusCounts;

type WriteTx = IDBPTransaction<CorpusSchema, ('documents' | 'meta')[], 'readwrite'>;

/** Adds `delta` documents of `source` to the counts record, inside the writing transaction. */
async function adjustCounts(tx: WriteTx, changes: [StoredDoc['addedFrom'], number][]): Promise<void> {
  if (!changes.length) return;
  const meta = tx.objectStore('meta');
  const counts = (await meta.get(COUNTS_KEY)) ?? emptyCounts();
  for (const [source, delta] of changes) {
    counts.documents += delta;
    counts.bySource[source] += delta;
  }
  await meta.put(counts, COUNTS_KEY);
}

/** Turns storage errors into sentences a reader understands. */
export function storageErrorMessage(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError') return 'The browser’s storage for Sourcelens is full: delete documents or free disk space, then try again. Nothing was written.';
  return `The corpus could not be written (${name || String(e)}). Nothing was written.`;
}

export class IdbCorpus implements Corpus {
  constructor(private db: IDBPDatabase<CorpusSchema>) {}

  /** Adds documents in one transaction: all or none; duplicates (same URL or same text) are rejected, not errors. */
  async add(docs: (CorpusDoc & { index?: number })[], opts: { addedFrom: StoredDoc['addedFrom']; job?: string }): Promise<AddResult> {
    // Keys and hashes are computed before the transaction opens, so it stays short.
    const prepared = docs.map((d, i) => ({ i: d.index ?? i, doc: d, hash: storedHash(d.text, d.url), keys: storedKeys(d.text), utf8: storedText(d.text) }));
    const tx = this.db.transaction(['documents', 'meta'], 'readwrite');
    const store = tx.objectStore('documents');
    const rejected: Rejection[] = [];
    let added = 0;
    const seenUrls = new Set<string>();
    const seenHashes = new Set<number | string>();
    const seenIds = new Set<string>();
    try {
      // Every lookup of the batch is sent at once and every write after them: requests in one transaction
      // run in order, so nothing waits for a round trip per document.
      const urls = store.index('url');
      const hashes = store.index('hash');
      const ids = store.index('id');
      const found = await Promise.all(prepared.map(({ doc, hash }) => Promise.all([urls.getKey(doc.url), hashes.getKey(hash), ids.getKey(doc.id)])));
      const writes: Promise<unknown>[] = [];
      prepared.forEach(({ i, doc, hash, keys, utf8 }, k) => {
        const [sameUrl, sameText, sameId] = found[k];
        if (sameUrl !== undefined || seenUrls.has(doc.url)) {
          rejected.push({ index: i, reason: `already in the corpus (same address ${doc.url})` });
          return;
        }
        if (sameText !== undefined || seenHashes.has(hash)) {
          rejected.push({ index: i, reason: 'already in the corpus (same text under another address)' });
          return;
        }
        seenUrls.add(doc.url);
        seenHashes.add(hash);
        const id = sameId !== undefined || seenIds.has(doc.id) ? `${doc.id}~${String(hash).slice(-6)}` : doc.id;
        seenIds.add(id);
        const stored: StoredDoc = {
          id,
          url: doc.url,
          title: doc.title,
          outlet: doc.outlet,
          published: doc.published,
          utf8,
          addedFrom: opts.addedFrom,
          addedAt: Date.now(),
          hash,
          keys,
          ...(opts.job ? { job: opts.job } : {}),
        };
        writes.push(store.add(stored));
        added++;
      });
      await Promise.all(writes);
      await adjustCounts(tx, [[opts.addedFrom, added]]);
      await tx.done;
    } catch (e) {
      tx.done.catch(() => undefined); // the reason is reported below
      try {
        tx.abort();
      } catch {
        // already aborted
      }
      throw new Error(storageErrorMessage(e));
    }
    return { added, rejected };
  }

  /** Milliseconds spent in each stage of the last findMatches (for benchmarks). */
  lastTimings: { keys: number; postings: number; fetch: number; align: number; candidates: number } | null = null;

  async findMatches(text: string): Promise<ProvenanceMatch[]> {
    const clock = () => performance.now();
    const t0 = clock();
    const page = prepareText(text);
    const keys = lookupKeys(page);
    if (!keys.length) return [];
    const t1 = clock();
    const tx = this.db.transaction(['documents', 'meta'], 'readonly');
    const store = tx.objectStore('documents');
    const total = (await tx.objectStore('meta').get(COUNTS_KEY))?.documents ?? (await store.count());
    const limit = commonLimit(total);
    const index = store.index('keys');
    // One request per key, all in flight at once; a key in more than `limit` documents is boilerplate.
    const postings = await Promise.all(Array.from(keys, (k) => index.getAllKeys(storedKey(k), limit + 1)));
    const { candidates, common } = chooseCandidates(keys, postings, total);
    const t2 = clock();
    const docs = await Promise.all(candidates.map((id) => store.get(id)));
    await tx.done;
    const t3 = clock();
    const out: ProvenanceMatch[] = [];
    for (const d of docs) {
      if (!d) continue;
      const m = matchDocument(page, { ...d, text: textOf(d) }, common);
      if (m) out.push(m);
    }
    const r = (x: number) => Math.round(x * 10) / 10;
    this.lastTimings = { keys: r(t1 - t0), postings: r(t2 - t1), fetch: r(t3 - t2), align: r(clock() - t3), candidates: candidates.length };
    return out;
  }

  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(['documents', 'meta'], 'readwrite');
    const cursor = await tx.objectStore('documents').index('id').openCursor(id);
    if (cursor) {
      const source = cursor.value.addedFrom;
      await cursor.delete();
      await adjustCounts(tx, [[source, -1]]);
    }
    await tx.done;
  }

  /** Removes what one import job added (a cancelled import). */
  async deleteJob(job: string): Promise<number> {
    const tx = this.db.transaction(['documents', 'meta'], 'readwrite');
    const removed = new Map<StoredDoc['addedFrom'], number>();
    let n = 0;
    for (let cursor = await tx.objectStore('documents').index('job').openCursor(job); cursor; cursor = await cursor.continue()) {
      removed.set(cursor.value.addedFrom, (removed.get(cursor.value.addedFrom) ?? 0) + 1);
      await cursor.delete();
      n++;
    }
    await adjustCounts(tx, [...removed].map(([source, k]) => [source, -k]));
    await tx.done;
    return n;
  }

  /** Removes every document that came one way (e.g. the starter set); returns how many. */
  async deleteSource(addedFrom: StoredDoc['addedFrom']): Promise<number> {
    const tx = this.db.transaction(['documents', 'meta'], 'readwrite');
    let n = 0;
    for (let cursor = await tx.objectStore('documents').index('addedFrom').openCursor(addedFrom); cursor; cursor = await cursor.continue()) {
      await cursor.delete();
      n++;
    }
    await adjustCounts(tx, [[addedFrom, -n]]);
    await tx.done;
    return n;
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(['documents', 'meta'], 'readwrite');
    await tx.objectStore('documents').clear();
    await tx.objectStore('meta').put(emptyCounts(), COUNTS_KEY);
    await tx.done;
  }

  /** Counts from their record: no walk over the documents. */
  async stats(): Promise<CorpusStats> {
    return (await this.db.get('meta', COUNTS_KEY)) ?? emptyCounts();
  }

  /** A page of documents for the options page's list, newest first (the store's numbers follow the order they came in). */
  async list(offset = 0, limit = 50): Promise<Omit<StoredDoc, 'utf8' | 'keys'>[]> {
    const out: Omit<StoredDoc, 'utf8' | 'keys'>[] = [];
    const tx = this.db.transaction('documents', 'readonly');
    let c = await tx.store.openCursor(null, 'prev');
    if (c && offset > 0) c = await c.advance(offset);
    for (; c && out.length < limit; c = await c.continue()) {
      const { utf8: _t, keys: _k, ...meta } = c.value;
      out.push(meta);
    }
    await tx.done;
    return out;
  }

  /** Every document as JSON Lines (the import format), in batches so large corpora stream. */
  async *exportJsonl(batch = 200): AsyncGenerator<string> {
    let last: number | undefined;
    for (;;) {
      const range = last === undefined ? undefined : IDBKeyRange.lowerBound(last, true);
      const tx = this.db.transaction('documents', 'readonly');
      const [keys, docs] = await Promise.all([tx.store.getAllKeys(range, batch), tx.store.getAll(range, batch)]);
      await tx.done;
      if (!docs.length) return;
      for (const d of docs) {
        yield JSON.stringify({ id: d.id, url: d.url, title: d.title, outlet: d.outlet, published: d.published, text: textOf(d), addedFrom: d.addedFrom }) + '\n';
      }
      last = keys[keys.length - 1];
    }
  }
}
