// A very long article in Chromium: about 50,000 words analysed by the extension as a toolbar click would.
// The page's own PerformanceObserver records the long tasks on its main thread meanwhile (the content
// script shares that thread): the longest one says how long the page was frozen at worst.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchWithExtension } from '../scripts/browser/launch';
import { DEFAULT_TOGGLES, type AnalyseReply } from '../utils/messages';
import { stats } from './eval-data';
import { benchPage } from './paint-bench';

export interface LongPageBench {
  words: number;
  /** From the message to the reply: extraction, detectors, painting. */
  totalMs: { median: number; p95: number };
  /** The longest main-thread task while it ran, and how many were over 200 ms. */
  longestTaskMs: { median: number; p95: number };
  tasksOver200: number;
  /** Median milliseconds per stage: the annotation's timings, placing the spans and painting them. */
  stages: Record<string, number>;
  runs: number;
}

export async function benchLongPage(runs = 3): Promise<LongPageBench> {
  // 50,000 words of generated diary prose (each sentence names two people and two places).
  const html = benchPage(3000);
  const words = html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await launchWithExtension({ hostRules: `MAP long.bench.example 127.0.0.1:${port}` });
  const total: number[] = [];
  const longest: number[] = [];
  let over200 = 0;
  const stageRuns: Record<string, number>[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const page = await browser.context.newPage();
      await page.goto('http://long.bench.example/diary');
      await page.evaluate(() => {
        const w = window as unknown as { __tasks: number[] };
        w.__tasks = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({ type: 'longtask' });
      });
      await browser.clickAction(page);
      const tabId = await browser.tabIdOf(page);
      const t0 = performance.now();
      const reply = (await browser.worker.evaluate(async ([id, toggles]) => {
        const chrome = (globalThis as any).chrome;
        await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content-scripts/article.js'] });
        return chrome.tabs.sendMessage(id, { type: 'sourcelens/analyse', force: false, toggles }, { frameId: 0 });
      }, [tabId, DEFAULT_TOGGLES] as const)) as AnalyseReply;
      total.push(performance.now() - t0);
      if (!reply?.ok) throw new Error(`analysis failed: ${reply && 'error' in reply ? reply.error : 'no answer'}`);
      stageRuns.push({ ...reply.annotation.timings, anchor: reply.paint.anchorMs ?? 0, paint: reply.paint.paintMs ?? 0 });
      await new Promise((r) => setTimeout(r, 300));
      const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
      longest.push(Math.max(0, ...tasks));
      over200 += tasks.filter((t) => t > 200).length;
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const stages: Record<string, number> = {};
  for (const k of Object.keys(stageRuns[0] ?? {})) stages[k] = Math.round(stats(stageRuns.map((r) => r[k] ?? 0)).median);
  return { words, totalMs: stats(total), longestTaskMs: stats(longest), tasksOver200: over200, stages, runs };
}
