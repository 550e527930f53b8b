// Issue 3's speed bound where the extension runs: on the real pages of article-extraction-benchmark in
// Chromium, the extension's own timings of source, dates, authors and dateline against Mozilla Readability
// alone on the same live document (run in the page, on a clone, as the Node bench does). The pages are
// served on 127.0.0.1 under their own addresses (bench/benchmark-server.ts), with their scripts and remote
// resources blocked by a CSP header, so that nothing but our code and the page's markup runs.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { launchWithExtension } from '../scripts/browser/launch';
import { DEFAULT_TOGGLES } from '../utils/messages';
import { articleBenchmarkPages, runAsScript, stats } from './eval-data';
import { startBenchmarkServer } from './benchmark-server';

/** The stages issue 3 bounds together (as in bench.ts). */
export const METADATA_STAGES = ['source', 'dates', 'authors', 'dateline'];

type Spread = { median: number; p95: number };

/**
 * Cold is what a reader meets: the first run in a page, whose code and patterns the browser compiles
 * first (each site gets a fresh renderer). Warm is a second run in the same page.
 */
export interface MetadataChromiumBench {
  pages: number;
  /** Readability alone in the page's own world (ms). */
  readability: { cold: Spread; warm: Spread };
  /** The four metadata stages together, from the content script's analyses of the page (ms). */
  metadata: { cold: Spread; warm: Spread };
  /** Median of each stage, cold and warm (ms). */
  stages: { cold: Record<string, number>; warm: Record<string, number> };
  /** Pages the extension could not analyse (left out of the figures). */
  failed: number;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

export async function benchMetadataChromium(evalDir: string, log: (s: string) => void = () => undefined): Promise<MetadataChromiumBench> {
  const pages = articleBenchmarkPages(evalDir);
  const server = await startBenchmarkServer(pages, { 'content-security-policy': CSP, 'cache-control': 'no-store' });
  const readabilitySource = fs.readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  const browser = await launchWithExtension(server.launch);
  const readability = { cold: [] as number[], warm: [] as number[] };
  const metadata = { cold: [] as number[], warm: [] as number[] };
  const stageRuns = { cold: [] as Record<string, number>[], warm: [] as Record<string, number>[] };
  let failed = 0;
  try {
    for (const [i, p] of pages.entries()) {
      const page = await browser.context.newPage();
      try {
        await page.goto(server.urlOf(p), { waitUntil: 'domcontentloaded', timeout: 20_000 });
        // Readability in the page's own world (through the debugger, which the page's CSP does not govern).
        const rMs = (await page.evaluate(`(() => {
          ${readabilitySource}
          const ms = [];
          for (let r = 0; r < 2; r++) {
            const t0 = performance.now();
            new Readability(document.cloneNode(true)).parse();
            ms.push(performance.now() - t0);
          }
          return ms;
        })()`)) as [number, number];
        // The toolbar click grants activeTab and opens the popup, which runs the first analysis; the
        // second ("analyse anyway") runs the whole pipeline again in the same content script.
        await browser.clickAction(page);
        const tabId = await browser.tabIdOf(page);
        const r = (await browser.worker.evaluate(
          async ([id, toggles]) => {
            const chrome = (globalThis as any).chrome;
            await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content-scripts/article.js'] });
            // (No named helper here: the bench's transpiler would wrap it in a function the worker lacks.)
            // The first answer is the popup's analysis (the page's first run), the second a fresh one.
            const first = await chrome.tabs.sendMessage(id, { type: 'sourcelens/analyse', force: false, toggles }, { frameId: 0 });
            const second = await chrome.tabs.sendMessage(id, { type: 'sourcelens/analyse', force: true, toggles }, { frameId: 0 });
            return first?.ok && second?.ok ? [first.annotation.timings, second.annotation.timings] : null;
          },
          [tabId, DEFAULT_TOGGLES] as const,
        )) as [Record<string, number>, Record<string, number>] | null;
        if (!r) throw new Error('no analysis');
        (['cold', 'warm'] as const).forEach((run, k) => {
          readability[run].push(rMs[k]);
          metadata[run].push(METADATA_STAGES.reduce((sum, s) => sum + (r[k][s] ?? 0), 0));
          stageRuns[run].push(Object.fromEntries(['extract', ...METADATA_STAGES].map((s) => [s, r[k][s] ?? 0])));
        });
      } catch (e) {
        failed++;
        log(`  ${p.url}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      } finally {
        for (const other of browser.context.pages()) if (other !== page && other.url().includes('popup.html')) await other.close();
        await page.close();
      }
      if ((i + 1) % 25 === 0) log(`  ${i + 1} of ${pages.length} pages…`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const stageMedians = (runs: Record<string, number>[]) => Object.fromEntries(Object.keys(runs[0] ?? {}).map((k) => [k, stats(runs.map((s) => s[k])).median]));
  return {
    pages: metadata.cold.length,
    readability: { cold: stats(readability.cold), warm: stats(readability.warm) },
    metadata: { cold: stats(metadata.cold), warm: stats(metadata.warm) },
    stages: { cold: stageMedians(stageRuns.cold), warm: stageMedians(stageRuns.warm) },
    failed,
  };
}

await runAsScript(import.meta, (evalDir, log) => benchMetadataChromium(evalDir, log));
