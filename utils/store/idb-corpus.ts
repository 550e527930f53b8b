// The reader's corpus in IndexedDB: documents and their lookup keys (multiEntry index); matching looks
// the page's keys up, aligns the best candidates and scores them. Every write is one transaction.
import type { IDBPDatabase } from 'idb';
import type { ProvenanceMatch } from '../annotation';
import type { Corpus } from '../corpus/corpus';
import type { CorpusDoc } from '../corpus/memory-corpus';
import { contentHash } from './content-hash';
import { indexKeys, keysOf, prepareText } from '../corpus/keys';
import { chooseCandidates, commonLimit, matchDocument } from '../corpus/match';
import type { CorpusSchema, StoredDoc } from './schema';

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

export interface CorpusStats {
  documents: number;
  bySource: Record<StoredDoc['addedFrom'], number>;
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
    const prepared = docs.map((d, i) => ({ i: d.index ?? i, doc: d, hash: d.text.trim() ? contentHash(d.text) : `meta:${d.url}`, keys: Array.from(indexKeys(d.text)) }));
    const tx = this.db.transaction('docs', 'readwrite');
    const rejected: Rejection[] = [];
    let added = 0;
    const seenUrls = new Set<string>();
    const seenHashes = new Set<string>();
    try {
      for (const { i, doc, hash, keys } of prepared) {
        if (seenUrls.has(doc.url) || (await tx.store.index('url').getKey(doc.url))) {
          rejected.push({ index: i, reason: `already in the corpus (same address ${doc.url})` });
          continue;
        }
        const sameText = seenHashes.has(hash) ? doc.id : await tx.store.index('hash').getKey(hash);
        if (sameText) {
          rejected.push({ index: i, reason: 'already in the corpus (same text under another address)' });
          continue;
        }
        seenUrls.add(doc.url);
        seenHashes.add(hash);
        const stored: StoredDoc = {
          id: doc.id,
          url: doc.url,
          title: doc.title,
          outlet: doc.outlet,
          published: doc.published,
          text: doc.text,
          addedFrom: opts.addedFrom,
          addedAt: Date.now(),
          hash,
          keys,
          ...(opts.job ? { job: opts.job } : {}),
        };
        if (await tx.store.getKey(doc.id)) stored.id = `${doc.id}~${hash.slice(0, 6)}`;
        await tx.store.add(stored);
        added++;
      }
      await tx.done;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already aborted
      }
      throw new Error(storageErrorMessage(e));
    }
    return { added, rejected };
  }

  async findMatches(text: string): Promise<ProvenanceMatch[]> {
    const page = prepareText(text);
    const keys = keysOf(page);
    if (!keys.length) return [];
    const tx = this.db.transaction('docs', 'readonly');
    const total = await tx.store.count();
    const limit = commonLimit(total);
    const index = tx.store.index('keys');
    // One request per key, all in flight at once; a key in more than `limit` documents is boilerplate.
    const postings = await Promise.all(Array.from(keys, (k) => index.getAllKeys(k, limit + 1)));
    const { candidates, common } = chooseCandidates(keys, postings, total);
    const docs = await Promise.all(candidates.map((id) => tx.store.get(id)));
    await tx.done;
    const out: ProvenanceMatch[] = [];
    for (const d of docs) {
      if (!d) continue;
      const m = matchDocument(page, d, common);
      if (m) out.push(m);
    }
    return out;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('docs', id);
  }

  /** Removes what one import job added (a cancelled import). */
  async deleteJob(job: string): Promise<number> {
    const tx = this.db.transaction('docs', 'readwrite');
    let n = 0;
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.job === job) {
        await cursor.delete();
        n++;
      }
    }
    await tx.done;
    return n;
  }

  /** Removes every document that came one way (e.g. the starter set); returns how many. */
  async deleteSource(addedFrom: StoredDoc['addedFrom']): Promise<number> {
    const tx = this.db.transaction('docs', 'readwrite');
    let n = 0;
    for (let cursor = await tx.store.index('addedFrom').openCursor(addedFrom); cursor; cursor = await cursor.continue()) {
      await cursor.delete();
      n++;
    }
    await tx.done;
    return n;
  }

  async clear(): Promise<void> {
    await this.db.clear('docs');
  }

  async stats(): Promise<CorpusStats> {
    const tx = this.db.transaction('docs', 'readonly');
    const by = tx.store.index('addedFrom');
    const [documents, history, imported, feed, starter] = await Promise.all([
      tx.store.count(),
      by.count('history'),
      by.count('import'),
      by.count('feed'),
      by.count('starter'),
    ]);
    await tx.done;
    return { documents, bySource: { history, import: imported, feed, starter } };
  }

  /** A page of documents for the options page's list, newest first. */
  async list(offset = 0, limit = 50): Promise<Omit<StoredDoc, 'text' | 'keys'>[]> {
    const out: Omit<StoredDoc, 'text' | 'keys'>[] = [];
    let skipped = 0;
    const tx = this.db.transaction('docs', 'readonly');
    for (let c = await tx.store.openCursor(null, 'prev'); c && out.length < limit; c = await c.continue()) {
      if (skipped++ < offset) continue;
      const { text: _t, keys: _k, ...meta } = c.value;
      out.push(meta);
    }
    await tx.done;
    return out;
  }

  /** Every document as JSON Lines (the import format), in batches so large corpora stream. */
  async *exportJsonl(batch = 200): AsyncGenerator<string> {
    let last: string | undefined;
    for (;;) {
      const range = last === undefined ? undefined : IDBKeyRange.lowerBound(last, true);
      const docs = await this.db.getAll('docs', range, batch);
      if (!docs.length) return;
      for (const d of docs) {
        yield JSON.stringify({ id: d.id, url: d.url, title: d.title, outlet: d.outlet, published: d.published, text: d.text, addedFrom: d.addedFrom }) + '\n';
      }
      last = docs[docs.length - 1].id;
    }
  }
}
