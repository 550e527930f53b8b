// The corpus at 100,000 documents in real Chromium: the recipe of bench/corpus-100k.ts written as one JSON
// Lines file, imported through the options page as a reader would (streamed, batch by batch, into the
// extension's IndexedDB), then pages looked up through the background's message, from a cold service
// worker (stopped before each lookup) and warm. Reports the import rate, the options page's JS heap
// during the import, the database's size on disk per document beyond the text, and lookup p50/p95.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../scripts/browser/launch';
import type { MatchReply } from '../utils/messages';
import { benchmarkParagraphs, buildCorpus } from './corpus-100k';
import { medians, p95s, runAsScript, stats } from './eval-data';
import { reuseQueryTexts } from './score/reuse';

/** Lookups from a stopped worker: the first pages of the reuse set. */
const COLD_RUNS = 40;

export interface CorpusChromiumBench {
  documents: number;
  jsonlMB: number;
  importSeconds: number;
  /** Lines read per second (documents added and duplicates refused). */
  importDocsPerSecond: number;
  duplicatesRefused: number;
  importPeakHeapMB: number;
  textBytesPerDoc: number;
  diskBytesPerDoc: number;
  /**
   * Disk bytes per document beyond its text (UTF-8): the keys, their index, the other fields, overhead;
   * the smallest size over a minute after the import (see settledBytes).
   */
  beyondTextBytesPerDoc: number;
  /** The same read as soon as the import reported: compaction then still holds tables it is replacing. */
  beyondTextBytesPerDocAtImportEnd: number;
  /** Seconds after the import at which the smallest size on disk was seen. */
  settleSeconds: number;
  /**
   * Round trips from the options page, and the background's own stage timings (medians, ms); `inWorker` is
   * the lookup inside the woken worker (opening the corpus included), `workerStart` the round trip of a
   * request that reads one record (the counts) from a stopped worker: what starting it costs.
   */
  cold: { median: number; p95: number; runs: number; stages: Record<string, number>; stagesP95: Record<string, number>; inWorker: { median: number; p95: number }; workerStart: { median: number; p95: number } };
  warm: { median: number; p95: number; runs: number; stages: Record<string, number> };
  warmMatchedPages: number;
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    // A compaction may delete a table between the listing and its stat: it no longer takes space.
    n += e.isDirectory() ? dirBytes(p) : (fs.statSync(p, { throwIfNoEntry: false })?.size ?? 0);
  }
  return n;
}

/**
 * The folder's smallest size over SETTLE_MS after the import, and when it was seen. Compaction comes in
 * bursts, each writing its new tables before it deletes the ones they replace, with quiet spells of several
 * seconds between them, so neither the size at the end of the import nor the size after a quiet spell is what
 * the data take; between bursts the folder holds each table once.
 */
async function settledBytes(dir: string): Promise<{ bytes: number; seconds: number }> {
  const SETTLE_MS = 60_000;
  const t0 = performance.now();
  let best = { bytes: dirBytes(dir), seconds: 0 };
  while (performance.now() - t0 < SETTLE_MS) {
    await new Promise((r) => setTimeout(r, 1000));
    const bytes = dirBytes(dir);
    if (bytes < best.bytes) best = { bytes, seconds: Math.round((performance.now() - t0) / 1000) };
  }
  return best;
}

export async function benchCorpusChromium(evalDir: string, docs = 100_000, log: (s: string) => void = () => undefined): Promise<CorpusChromiumBench> {
  const bodies = benchmarkParagraphs(evalDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-corpus-bench-'));
  const file = path.join(tmp, `corpus-${docs}.jsonl`);
  let textBytes = 0;
  {
    const corpus = buildCorpus(bodies, docs);
    const fd = fs.openSync(file, 'w');
    for (const d of corpus) {
      textBytes += Buffer.byteLength(d.text);
      fs.writeSync(fd, JSON.stringify(d) + '\n');
    }
    fs.closeSync(fd);
  }
  const jsonlMB = fs.statSync(file).size / 2 ** 20;
  log(`  ${docs} documents written as ${jsonlMB.toFixed(0)} MB of JSON Lines; importing through the options page…`);
  const browser = await launchWithExtension();
  try {
    const optionsUrl = `chrome-extension://${browser.extensionId}/options.html`;
    const options = await browser.context.newPage();
    await options.goto(optionsUrl);
    // The starter documents stay: a reader's corpus has them too.
    await options.waitForFunction(() => /^[\d,]+ documents/.test(document.querySelector('.stats')?.textContent ?? ''));
    const heap = () => options.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
    let peak = await heap();
    const t0 = performance.now();
    await options.setInputFiles('#import-files', file);
    for (;;) {
      peak = Math.max(peak, await heap());
      const done = await options.locator('.import-report').count();
      if (done) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const importSeconds = (performance.now() - t0) / 1000;
    const report = await options.locator('.import-report').innerText();
    // The recipe repeats a few windows of the shortest bodies word for word: those are duplicates, rightly refused.
    const count = (re: RegExp) => Number(re.exec(report)?.[1].replace(/,/g, '') ?? 0);
    const imported = count(/Imported ([\d,]+) documents/) || NaN;
    const refused = count(/([\d,]+) not imported/);
    if (imported + refused !== docs || /not valid|missing|Stopped/.test(report)) throw new Error(`import did not complete: ${report.slice(0, 300)}`);
    log(`  ${imported} imported in ${importSeconds.toFixed(1)} s (${refused} duplicates refused); looking pages up…`);
    await options.close();

    // Size on disk: the extension's origin has one IndexedDB folder. Right after a large write LevelDB is
    // still compacting, and a table it is replacing stays on disk until its replacement is written (in one
    // run: 1,023 bytes beyond the text at the end of the import, 787 thirty seconds later, 1,127 in another
    // run after a six-second quiet spell), so the size the data take is read between compactions.
    const idbRoot = path.join(browser.userDataDir, 'Default', 'IndexedDB');
    const idbDir = fs.readdirSync(idbRoot).find((d) => d.includes(browser.extensionId) && d.endsWith('.leveldb'));
    const diskAtImportEnd = idbDir ? dirBytes(path.join(idbRoot, idbDir)) : NaN;
    const settle = idbDir ? await settledBytes(path.join(idbRoot, idbDir)) : { bytes: NaN, seconds: 0 };
    const diskBytes = settle.bytes;

    const page = await browser.context.newPage();
    await page.goto(optionsUrl);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // A message to the background from the options page, timed there (the round trip).
    const send = <R>(message: unknown) =>
      page.evaluate(async (m: unknown) => {
        const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
        const t0 = performance.now();
        const reply = await c.runtime.sendMessage(m);
        return { ms: performance.now() - t0, reply };
      }, message) as Promise<{ ms: number; reply: R }>;
    const lookup = async (text: string) => {
      const { ms, reply: r } = await send<MatchReply>({ type: 'sourcelens/match', text, url: 'https://bench.example/page' });
      return { ms, matches: r.ok ? r.matches.length : -1, timings: r.ok ? (r.timings ?? {}) : {} };
    };
    // Reuse-set pages first (the cold lookups take the first COLD_RUNS), then the whole benchmark bodies.
    const texts = [...(await reuseQueryTexts(evalDir)), ...bodies.map((ps) => ps.join('\n\n'))];
    const stopWorker = async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 200));
    };
    const cold: number[] = [];
    const coldStages: Record<string, number>[] = [];
    const workerStart: number[] = [];
    for (const t of texts.slice(0, COLD_RUNS)) {
      await stopWorker();
      const r = await lookup(t);
      cold.push(r.ms);
      coldStages.push(r.timings);
      await stopWorker();
      workerStart.push((await send({ type: 'sourcelens/stats' })).ms);
    }
    const inWorker = coldStages.map((s) => Object.entries(s).reduce((sum, [k, v]) => (k === 'candidates' ? sum : sum + v), 0));
    for (const t of texts.slice(0, 5)) await lookup(t);
    const warm: number[] = [];
    const warmStages: Record<string, number>[] = [];
    let matched = 0;
    for (const t of texts) {
      const r = await lookup(t);
      if (r.matches < 0) throw new Error('the background could not look the page up');
      warm.push(r.ms);
      warmStages.push(r.timings);
      if (r.matches > 0) matched++;
    }
    const c = stats(cold);
    const w = stats(warm);
    return {
      documents: imported,
      jsonlMB: Math.round(jsonlMB),
      importSeconds: Math.round(importSeconds * 10) / 10,
      importDocsPerSecond: Math.round(docs / importSeconds),
      duplicatesRefused: refused,
      importPeakHeapMB: Math.round(peak / 2 ** 20),
      textBytesPerDoc: Math.round(textBytes / docs),
      diskBytesPerDoc: Math.round(diskBytes / imported),
      beyondTextBytesPerDoc: Math.round((diskBytes - textBytes) / imported),
      beyondTextBytesPerDocAtImportEnd: Math.round((diskAtImportEnd - textBytes) / imported),
      settleSeconds: settle.seconds,
      cold: { median: c.median, p95: c.p95, runs: cold.length, stages: medians(coldStages), stagesP95: p95s(coldStages), inWorker: stats(inWorker), workerStart: stats(workerStart) },
      warm: { median: w.median, p95: w.p95, runs: warm.length, stages: medians(warmStages) },
      warmMatchedPages: matched,
    };
  } finally {
    await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await runAsScript(import.meta, (evalDir, log, args) => benchCorpusChromium(evalDir, Number(args[0] ?? 100_000), log));
