// A very long article in Chromium: about 50,000 words analysed by the extension as a toolbar click would.
// The page's own PerformanceObserver records the long tasks on its main thread meanwhile (the content
// script shares that thread): the longest one says how long the page was frozen at worst.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchWithExtension } from '../scripts/browser/launch';
import { DEFAULT_TOGGLES } from '../utils/messages';
import { medians, stats } from './eval-data';
import { benchPage } from './paint-bench';

export interface LongPageBench {
  words: number;
  /** From injecting the content script to the reply, timed in the service worker: extraction, detectors, painting. */
  totalMs: { median: number; p95: number };
  /** The longest main-thread task while it ran, and how many were over 200 ms. */
  longestTaskMs: { median: number; p95: number };
  tasksOver200: number;
  /** Median milliseconds per stage: the annotation's timings, placing the spans and painting them. */
  stages: Record<string, number>;
  runs: number;
}

export async function benchLongPage(runs = 3, sentences = 3000): Promise<LongPageBench> {
  // 50,000 words of generated diary prose (each sentence names two people and two places).
  const html = benchPage(sentences);
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
      // Timed in the service worker, as the popup would see it: injecting the content script, then the
      // analysis and its reply; only a summary crosses back to Node.
      const r = (await browser.worker.evaluate(async ([id, toggles]) => {
        const chrome = (globalThis as any).chrome;
        const t0 = performance.now();
        await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content-scripts/article.js'] });
        const t1 = performance.now();
        const reply = await chrome.tabs.sendMessage(id, { type: 'sourcelens/analyse', force: false, toggles }, { frameId: 0 });
        const t2 = performance.now();
        const summary = reply?.ok ? { timings: reply.annotation.timings, anchorMs: reply.paint.anchorMs ?? 0, paintMs: reply.paint.paintMs ?? 0, bytes: JSON.stringify(reply).length } : null;
        return { ok: !!reply?.ok, error: reply && 'error' in reply ? reply.error : 'no answer', inject: t1 - t0, analyse: t2 - t1, summary };
      }, [tabId, DEFAULT_TOGGLES] as const)) as { ok: boolean; error: string; inject: number; analyse: number; summary: { timings: Record<string, number>; anchorMs: number; paintMs: number; bytes: number } | null };
      if (!r.ok || !r.summary) throw new Error(`analysis failed: ${r.error}`);
      total.push(r.inject + r.analyse);
      stageRuns.push({ inject: r.inject, ...r.summary.timings, anchor: r.summary.anchorMs, paint: r.summary.paintMs, 'reply kB': r.summary.bytes / 1024, 'reply and rest': r.analyse - (r.summary.timings.total ?? 0) - r.summary.anchorMs - r.summary.paintMs });
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
  const stages = Object.fromEntries(Object.entries(medians(stageRuns)).map(([k, v]) => [k, Math.round(v)]));
  return { words, totalMs: stats(total), longestTaskMs: stats(longest), tasksOver200: over200, stages, runs };
}
