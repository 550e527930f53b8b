// The corpus database: its name, version and migrations. One place, so the background, the options page
// and the tests open it the same way.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { indexKeys } from '../corpus/keys';

/** A stored corpus document (DESIGN.md §4) with what the store adds. */
export interface StoredDoc {
  id: string;
  url: string;
  title: string;
  outlet?: string;
  published?: string;
  text: string;
  addedFrom: 'history' | 'import' | 'feed' | 'starter';
  /** When it entered the corpus, ms since the epoch. */
  addedAt: number;
  /** Hash of the normalised text: the same article under two addresses is one document. */
  hash: string;
  /** Lookup keys (a sparse subset of the text's fingerprints), indexed multiEntry. */
  keys: number[];
  /** The import job that added it, so a cancelled import can be undone. */
  job?: string;
}

/** How many documents the corpus holds, in all and by the way they came in. */
export interface CorpusCounts {
  documents: number;
  bySource: Record<StoredDoc['addedFrom'], number>;
}

export interface CorpusSchema extends DBSchema {
  docs: {
    key: string;
    value: StoredDoc;
    indexes: { url: string; hash: string; keys: number; addedFrom: string; job: string; addedAt: number };
  };
  /** One record, COUNTS_KEY: the counts, kept in the same transaction as every write (IndexedDB's count() walks every record). */
  meta: { key: string; value: CorpusCounts };
}

export const COUNTS_KEY = 'counts';

/** Counts of an empty corpus. */
export const emptyCounts = (): CorpusCounts => ({ documents: 0, bySource: { history: 0, import: 0, feed: 0, starter: 0 } });

export const DB_NAME = 'sourcelens-corpus';
export const DB_VERSION = 3;

/** Opens (creating or migrating) the corpus database. */
export async function openCorpusDb(name = DB_NAME): Promise<IDBPDatabase<CorpusSchema>> {
  const db = await openDB<CorpusSchema>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // Migrations run in order from the stored version; each step is written once and never changed.
      if (oldVersion < 1) {
        const docs = db.createObjectStore('docs', { keyPath: 'id' });
        docs.createIndex('url', 'url', { unique: true });
        docs.createIndex('hash', 'hash', { unique: true });
        docs.createIndex('keys', 'keys', { multiEntry: true });
        docs.createIndex('addedFrom', 'addedFrom');
      }
      if (oldVersion >= 1 && oldVersion < 2) {
        // Version 2 changed the lookup keys (hash-sampled shingles and paragraph anchors instead of winnowed
        // fingerprints): every stored document keeps its text and gets its keys again.
        const store = tx.objectStore('docs');
        for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
          await cursor.update({ ...cursor.value, keys: Array.from(indexKeys(cursor.value.text)) });
        }
      }
      if (oldVersion < 3) {
        // Version 3 keeps the counts in a record of their own and indexes documents by import job and by
        // the time they came in (the settings page lists the newest first).
        const docs = tx.objectStore('docs');
        docs.createIndex('job', 'job');
        docs.createIndex('addedAt', 'addedAt');
        const counts = emptyCounts();
        for (let cursor = await docs.index('addedFrom').openKeyCursor(); cursor; cursor = await cursor.continue()) {
          counts.documents++;
          counts.bySource[cursor.key as StoredDoc['addedFrom']]++;
        }
        await db.createObjectStore('meta').put(counts, COUNTS_KEY);
      }
    },
  });
  // A newer version opened elsewhere (an updated extension page) needs the database: let it go.
  db.addEventListener('versionchange', () => db.close());
  return db;
}
