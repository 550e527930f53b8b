// One contract for both corpora: the in-memory one (command line) and the IndexedDB one (extension),
// here on fake-indexeddb; the end-to-end tests run the IndexedDB one in real Chromium.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../utils/corpus/corpus';
import { MemoryCorpus, type CorpusDoc } from '../../utils/corpus/memory-corpus';
import { openDB } from 'idb';
import { indexKeys } from '../../utils/corpus/keys';
import { IdbCorpus } from '../../utils/store/idb-corpus';
import { DB_VERSION, openCorpusDb, storedHash, storedKeys, storedText, textOf } from '../../utils/store/schema';

const wire = 'Washington and Moscow are aiming to reach a deal to halt the war in Ukraine that would lock in Russia’s occupation of territory seized during its military invasion, people familiar with the matter said on Friday.';
const other = 'The central bank left interest rates unchanged on Thursday, saying inflation had eased but remained above its target for the third quarter running, and signalled no cut before the summer.';
const docs: CorpusDoc[] = [
  { id: 'wire', url: 'https://wire.example/1', title: 'Truce', published: '2025-08-08T10:00:00Z', text: wire },
  { id: 'bank', url: 'https://bank.example/1', title: 'Rates', text: other },
];
const page = `An original first paragraph written for this page about the summit plans and little else.\n\n${wire}\n\nAnother original paragraph that nobody else has written before today.`;

let dbCount = 0;
const makers: [string, () => Promise<Corpus>][] = [
  ['MemoryCorpus', async () => new MemoryCorpus(docs)],
  [
    'IdbCorpus',
    async () => {
      const c = new IdbCorpus(await openCorpusDb(`contract-${dbCount++}`));
      await c.add(docs, { addedFrom: 'import' });
      return c;
    },
  ],
];

for (const [name, make] of makers) {
  describe(`Corpus contract: ${name}`, () => {
    it('finds the reused passage with offsets into both texts', async () => {
      const matches = await (await make()).findMatches(page);
      expect(matches.map((m) => m.ref.id)).toEqual(['wire']);
      const [p] = matches[0].passages;
      expect(page.slice(p.start, p.end)).toBe(wire.slice(p.refStart, p.refEnd));
      expect(matches[0].ref).toEqual({ id: 'wire', url: 'https://wire.example/1', title: 'Truce', outlet: undefined, published: '2025-08-08T10:00:00Z' });
      expect(matches[0].coverage).toBeGreaterThan(0.5);
      expect(matches[0].containment).toBeGreaterThan(0.95);
    });
    it('finds nothing in unrelated or empty text', async () => {
      const c = await make();
      expect(await c.findMatches('A story about gardening in spring and which tomatoes to plant in a small balcony this year.')).toEqual([]);
      expect(await c.findMatches('')).toEqual([]);
    });
  });
}

/** A database as an earlier version of the schema created it (1: documents only; 3 and 4: job and time indexes, counts). */
function openOldDb(name: string, version: 1 | 3 | 4) {
  return openDB(name, version, {
    upgrade(db) {
      const s = db.createObjectStore('docs', { keyPath: 'id' });
      s.createIndex('url', 'url', { unique: true });
      s.createIndex('hash', 'hash', { unique: true });
      s.createIndex('keys', 'keys', { multiEntry: true });
      s.createIndex('addedFrom', 'addedFrom');
      if (version < 3) return;
      s.createIndex('job', 'job');
      s.createIndex('addedAt', 'addedAt');
      db.createObjectStore('meta');
    },
  });
}

describe('IdbCorpus store', () => {
  const fresh = async () => new IdbCorpus(await openCorpusDb(`store-${dbCount++}`));

  it('rejects duplicates by address and by text, in one transaction', async () => {
    const c = await fresh();
    expect(await c.add(docs, { addedFrom: 'import' })).toEqual({ added: 2, rejected: [] });
    const again = await c.add(
      [
        { ...docs[0], id: 'x' },
        { id: 'y', url: 'https://elsewhere.example/copy', title: 'Copy', text: wire.toUpperCase() },
        { id: 'z', url: 'https://new.example/1', title: 'New', text: 'Something new entirely, long enough to be a document of its own here.' },
      ],
      { addedFrom: 'import' },
    );
    expect(again.added).toBe(1);
    expect(again.rejected.map((r) => [r.index, r.reason])).toEqual([
      [0, 'already in the corpus (same address https://wire.example/1)'],
      [1, 'already in the corpus (same text under another address)'],
    ]);
    expect((await c.stats()).documents).toBe(3);
  });

  it('counts, lists, exports, deletes, undoes a job and clears', async () => {
    const c = await fresh();
    await c.add(docs, { addedFrom: 'starter' });
    await new Promise((r) => setTimeout(r, 5));
    await c.add([{ id: 'j1', url: 'https://job.example/1', title: 'Job', text: 'Imported by a job that is cancelled afterwards, so it must go again.' }], { addedFrom: 'import', job: 'job-1' });
    expect(await c.stats()).toEqual({ documents: 3, bySource: { history: 0, import: 1, feed: 0, starter: 2 } });
    expect((await c.list()).map((d) => d.id).sort()).toEqual(['bank', 'j1', 'wire']);
    expect((await c.list())[0].id).toBe('j1'); // the newest first
    const lines: string[] = [];
    for await (const l of c.exportJsonl(2)) lines.push(l);
    // In the order they came in.
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['wire', 'bank', 'j1']);
    expect(JSON.parse(lines[0]).text).toBe(wire);
    expect(await c.deleteJob('job-1')).toBe(1);
    expect(await c.deleteSource('starter')).toBe(2);
    await c.add(docs, { addedFrom: 'starter' });
    await c.delete('bank');
    expect((await c.stats()).documents).toBe(1);
    await c.clear();
    expect((await c.stats()).documents).toBe(0);
  });

  it('keeps metadata-only items (feeds without text) without matching them', async () => {
    const c = await fresh();
    const r = await c.add(
      [
        { id: 'm1', url: 'https://feed.example/1', title: 'Headline one', text: '' },
        { id: 'm2', url: 'https://feed.example/2', title: 'Headline two', text: '' },
      ],
      { addedFrom: 'feed' },
    );
    expect(r.added).toBe(2);
    expect(await c.findMatches(page)).toEqual([]);
  });

  it('upgrades a version-1 database: every document kept, its lookup keys computed again, its counts recorded', async () => {
    const name = `upgrade-${dbCount++}`;
    // The database as version 1 created it, with the keys of the old method (winnowed fingerprints).
    const v1 = await openOldDb(name, 1);
    for (const [i, d] of docs.entries()) await v1.put('docs', { ...d, addedFrom: 'import', addedAt: 1, hash: `h${i}`, keys: [1, 2, 3] });
    v1.close();
    const db = await openCorpusDb(name);
    expect(db.version).toBe(DB_VERSION);
    const stored = await db.getAll('documents');
    expect(stored.map((d) => d.id).sort()).toEqual(['bank', 'wire']);
    expect(stored.find((d) => d.id === 'wire')!.keys).toEqual(storedKeys(wire));
    expect(textOf(stored.find((d) => d.id === 'wire')!)).toBe(wire);
    expect((await new IdbCorpus(db).findMatches(page)).map((m) => m.ref.id)).toEqual(['wire']);
    // Version 3 counted them into their own record.
    expect(await new IdbCorpus(db).stats()).toEqual({ documents: 2, bySource: { history: 0, import: 2, feed: 0, starter: 0 } });
  });

  it('upgrades a version-3 database: texts kept character for character, stored as UTF-8, keys and hashes stored small, counts kept', async () => {
    const name = `upgrade3-${dbCount++}`;
    // The database as version 3 left it: texts as strings, keys as 32-bit numbers.
    const v3 = await openOldDb(name, 3);
    for (const [i, d] of docs.entries()) await v3.put('docs', { ...d, addedFrom: 'feed', addedAt: i, hash: `h${i}`, keys: Array.from(indexKeys(d.text)) });
    await v3.put('meta', { documents: 2, bySource: { history: 0, import: 0, feed: 2, starter: 0 } }, 'counts');
    v3.close();
    const db = await openCorpusDb(name);
    const c = new IdbCorpus(db);
    let exported = '';
    for await (const line of c.exportJsonl()) exported += line;
    expect(exported.trim().split('\n').map((l) => JSON.parse(l).text).sort()).toEqual([other, wire].sort());
    const stored = (await db.getFromIndex('documents', 'id', 'wire'))!;
    expect(stored.keys).toEqual(storedKeys(wire));
    expect(stored.hash).toBe(storedHash(wire, 'https://wire.example/1'));
    expect(Object.keys(stored)).not.toContain('text');
    expect((await c.findMatches(page)).map((m) => m.ref.id)).toEqual(['wire']);
    expect(await c.stats()).toEqual({ documents: 2, bySource: { history: 0, import: 0, feed: 2, starter: 0 } });
  });

  it('upgrades a version-4 database: every document kept under its id, the newest still listed first, jobs still undone', async () => {
    const name = `upgrade4-${dbCount++}`;
    // The database as version 4 left it: documents keyed by their id, an index of the times they came in.
    const v4 = await openOldDb(name, 4);
    const third = 'A third document, imported by a job, which came in last of all and is listed first.';
    const old = [
      { id: 'wire', url: 'https://wire.example/1', title: 'Truce', text: wire, addedAt: 20, addedFrom: 'import' },
      { id: 'bank', url: 'https://bank.example/1', title: 'Rates', text: other, addedAt: 10, addedFrom: 'starter' },
      { id: 'a-job', url: 'https://job.example/1', title: 'Job', text: third, addedAt: 30, addedFrom: 'import', job: 'job-4' },
    ];
    for (const { text, ...d } of old) await v4.put('docs', { ...d, utf8: storedText(text), keys: storedKeys(text), hash: storedHash(text, d.url) });
    await v4.put('meta', { documents: 3, bySource: { history: 0, import: 2, feed: 0, starter: 1 } }, 'counts');
    v4.close();
    const db = await openCorpusDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['documents', 'meta']);
    const c = new IdbCorpus(db);
    expect((await c.list()).map((d) => d.id)).toEqual(['a-job', 'wire', 'bank']);
    expect(textOf((await db.getFromIndex('documents', 'id', 'wire'))!)).toBe(wire);
    expect((await c.findMatches(page)).map((m) => m.ref.id)).toEqual(['wire']);
    expect(await c.stats()).toEqual({ documents: 3, bySource: { history: 0, import: 2, feed: 0, starter: 1 } });
    // The stored ids still refuse a second document under the same id (it gets a suffix) and still delete.
    expect((await c.add([{ id: 'wire', url: 'https://wire.example/2', title: 'Other', text: 'Another text altogether, long enough to count as a document in the corpus.' }], { addedFrom: 'import' })).added).toBe(1);
    expect((await c.list())[0].id).toMatch(/^wire~/);
    expect(await c.deleteJob('job-4')).toBe(1);
    await c.delete('bank');
    expect((await c.list()).map((d) => d.id)).toEqual([expect.stringMatching(/^wire~/), 'wire']);
  });
});
