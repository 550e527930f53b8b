// The corpus database: its name, version and migrations. One place, so the background, the options page
// and the tests open it the same way.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { indexKeys } from '../corpus/keys';
import { contentHash } from './content-hash';

/** A stored corpus document (DESIGN.md §4) with what the store adds. */
export interface StoredDoc {
  id: string;
  url: string;
  title: string;
  outlet?: string;
  published?: string;
  /**
   * The text as UTF-8 (see storedText): a JavaScript string with one character beyond Latin-1 (a curly
   * quote) is stored as UTF-16, two bytes a character, which made the text most of a document's size on disk.
   */
  utf8: Uint8Array;
  addedFrom: 'history' | 'import' | 'feed' | 'starter';
  /** When it entered the corpus, ms since the epoch. */
  addedAt: number;
  /** Hash of the normalised text, as storedHash gives it: the same article under two addresses is one document. */
  hash: number | string;
  /** Lookup keys (a sparse subset of the text's fingerprints) as storedKey gives them, indexed multiEntry. */
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
  /**
   * Keyed by a number the store gives in the order documents come in (so the newest are last): every index
   * entry repeats the key of its record, and a number takes 9 bytes where a short id string took 24.
   */
  documents: {
    key: number;
    value: StoredDoc;
    indexes: { id: string; url: string; hash: number | string; keys: number; addedFrom: string; job: string };
  };
  /** One record, COUNTS_KEY: the counts, kept in the same transaction as every write (IndexedDB's count() walks every record). */
  meta: { key: string; value: CorpusCounts };
}

export const COUNTS_KEY = 'counts';

/** Counts of an empty corpus. */
export const emptyCounts = (): CorpusCounts => ({ documents: 0, bySource: { history: 0, import: 0, feed: 0, starter: 0 } });

export const DB_NAME = 'sourcelens-corpus';
export const DB_VERSION = 5;

/**
 * A lookup key as the store indexes it: its upper 30 bits, a small integer, which the browser writes in 5
 * bytes where a 32-bit number takes 9 (a double). Lookups map the page's keys the same way.
 */
export const storedKey = (key: number): number => key >>> 2;

/** The stored keys of a text. */
export const storedKeys = (text: string): number[] => Array.from(indexKeys(text), storedKey);

/**
 * What the unique `hash` index holds: the first 52 bits of the text's content hash as a number (9 bytes in
 * the index, where its 16 hex digits took 34), or `meta:<url>` for a document without text (a feed item
 * kept as metadata), which only its address identifies.
 */
export function storedHash(text: string, url: string): number | string {
  return text.trim() ? parseInt(contentHash(text).slice(0, 13), 16) : `meta:${url}`;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
/** A document's text as the store keeps it. */
export const storedText = (text: string): Uint8Array => utf8Encoder.encode(text);
/** A stored document's text. */
export const textOf = (doc: Pick<StoredDoc, 'utf8'>): string => utf8Decoder.decode(doc.utf8);

/** Creates the documents store as version 5 lays it out. */
function createDocumentsStore(db: IDBPDatabase<CorpusSchema>) {
  const docs = db.createObjectStore('documents', { autoIncrement: true });
  docs.createIndex('id', 'id', { unique: true });
  docs.createIndex('url', 'url', { unique: true });
  docs.createIndex('hash', 'hash', { unique: true });
  docs.createIndex('keys', 'keys', { multiEntry: true });
  docs.createIndex('addedFrom', 'addedFrom');
  docs.createIndex('job', 'job');
}

/** Opens (creating or migrating) the corpus database. */
export async function openCorpusDb(name = DB_NAME): Promise<IDBPDatabase<CorpusSchema>> {
  const db = await openDB<CorpusSchema>(name, DB_VERSION, {
    async upgrade(typed, oldVersion, _newVersion, typedTx) {
      // Migrations run in order from the stored version; each step is written once and never changed.
      // Versions 1 to 4 kept documents in 'docs', keyed by their id; their steps read it untyped.
      const db = typed as unknown as IDBPDatabase;
      const tx = typedTx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
      if (oldVersion < 1) {
        const docs = db.createObjectStore('docs', { keyPath: 'id' });
        docs.createIndex('url', 'url', { unique: true });
        docs.createIndex('hash', 'hash', { unique: true });
        docs.createIndex('keys', 'keys', { multiEntry: true });
        docs.createIndex('addedFrom', 'addedFrom');
      }
      // Version 2 changed the lookup keys (hash-sampled shingles and paragraph anchors instead of winnowed
      // fingerprints); version 4 computes every document's keys again, so its step does version 2's work too.
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
      if (oldVersion >= 1 && oldVersion < 4) {
        // Version 4 keeps the text as UTF-8 bytes, the keys as 30-bit integers and the content hash as a
        // number (half the bytes on disk).
        const store = tx.objectStore('docs');
        for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
          const { text, ...rest } = cursor.value as Omit<StoredDoc, 'utf8'> & { text: string };
          await cursor.update({ ...rest, utf8: storedText(text), keys: storedKeys(text), hash: storedHash(text, rest.url) });
        }
      }
      if (oldVersion < 5) {
        // Version 5 keys documents by a number given in the order they came in, in place of their id (which
        // every index entry repeated), and lists the newest by that key rather than by an index of times.
        // The documents are copied oldest first, so the numbers follow the order they came in.
        createDocumentsStore(typed);
        // Requests in one transaction run in order: the copies are not awaited one by one.
        const documents = tx.objectStore('documents');
        const copies: Promise<unknown>[] = [];
        for (let cursor = await tx.objectStore('docs').index('addedAt').openCursor(); cursor; cursor = await cursor.continue()) {
          copies.push(documents.add(cursor.value));
        }
        await Promise.all(copies);
        db.deleteObjectStore('docs');
      }
    },
  });
  // A newer version opened elsewhere (an updated extension page) needs the database: let it go.
  db.addEventListener('versionchange', () => db.close());
  return db;
}
