// An upgrade of the corpus database in real Chromium: a version-4 database (documents keyed by their id)
// left by an earlier release is opened by the woken background, which moves it to the current layout
// and answers from it, every document kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/launch';
import type { MatchReply, StatsReply } from '../../utils/messages';
import { DB_NAME, DB_VERSION, storedHash, storedKeys } from '../../utils/store/schema';

const wire =
  'The two governments agreed on Thursday to extend the ceasefire along the northern border by ninety days, officials said after talks in Geneva. ' +
  'Under the agreement, observers from both sides will patrol the crossing points together and report every incident to a joint commission within a day.';
const other = 'The central bank left its main interest rate unchanged for a fourth meeting in a row, saying that prices were still rising faster than it wanted.';
const third = 'A third report, on the city council, which came in last of all and which the settings page should list first after the upgrade.';

let browser: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});
afterAll(async () => {
  await browser?.close();
});

const send = <R>(message: unknown) =>
  options.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), message) as Promise<R>;

describe('corpus database upgrade', () => {
  it('moves a version-4 database to the current layout when the stopped worker wakes, keeping every document', async () => {
    // The starter corpus is in before the database is replaced by the old one.
    await expect.poll(async () => (await send<StatsReply>({ type: 'sourcelens/stats' })).ok, { timeout: 15_000 }).toBe(true);
    const old = [
      { id: 'bank', url: 'https://bank.example/1', title: 'Rates', text: other, addedAt: 10, addedFrom: 'import' },
      { id: 'wire', url: 'https://wire.example/1', title: 'Truce', text: wire, addedAt: 20, addedFrom: 'import' },
      { id: 'council', url: 'https://council.example/1', title: 'Council', text: third, addedAt: 30, addedFrom: 'feed' },
    ].map(({ text, ...d }) => ({ ...d, text, keys: storedKeys(text), hash: storedHash(text, d.url) }));
    await options.evaluate(
      async ({ name, docs }) => {
        const done = (r: IDBRequest | IDBOpenDBRequest) => new Promise((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
        // Open connections (the background's, this page's) close on the version change; the old database replaces the new.
        await done(indexedDB.deleteDatabase(name));
        const open = indexedDB.open(name, 4);
        open.onupgradeneeded = () => {
          const s = open.result.createObjectStore('docs', { keyPath: 'id' });
          s.createIndex('url', 'url', { unique: true });
          s.createIndex('hash', 'hash', { unique: true });
          s.createIndex('keys', 'keys', { multiEntry: true });
          s.createIndex('addedFrom', 'addedFrom');
          s.createIndex('job', 'job');
          s.createIndex('addedAt', 'addedAt');
          open.result.createObjectStore('meta');
        };
        const db = (await done(open)) as IDBDatabase;
        const tx = db.transaction(['docs', 'meta'], 'readwrite');
        for (const { text, ...d } of docs) tx.objectStore('docs').put({ ...d, utf8: new TextEncoder().encode(text) });
        tx.objectStore('meta').put({ documents: 3, bySource: { history: 0, import: 2, feed: 1, starter: 0 } }, 'counts');
        await new Promise((ok) => (tx.oncomplete = ok));
        db.close();
      },
      { name: DB_NAME, docs: old },
    );
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    const reply = await send<MatchReply>({ type: 'sourcelens/match', text: `In other news today. ${wire} More on this story later.`, url: 'https://news.example/truce' });
    expect(reply.ok).toBe(true);
    expect(reply.ok && reply.matches.map((m) => m.ref.id)).toEqual(['wire']);
    expect(await send<StatsReply>({ type: 'sourcelens/stats' })).toEqual({ ok: true, documents: 3 });
    const layout = await options.evaluate(async (name) => {
      const dbs = await indexedDB.databases();
      const open = indexedDB.open(name);
      const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
      const stores = [...db.objectStoreNames];
      const tx = db.transaction('documents');
      // Newest first, as the settings page lists them.
      const ids = await new Promise<string[]>((ok) => {
        const out: string[] = [];
        const c = tx.objectStore('documents').openCursor(null, 'prev');
        c.onsuccess = () => (c.result ? (out.push(c.result.value.id), c.result.continue()) : ok(out));
      });
      db.close();
      return { version: dbs.find((d) => d.name === name)?.version, stores, ids };
    }, DB_NAME);
    expect(layout).toEqual({ version: DB_VERSION, stores: ['documents', 'meta'], ids: ['council', 'wire', 'bank'] });
  });
});
