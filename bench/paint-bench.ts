// Painting in Chromium: a page written for the benchmark with about a thousand entity mentions, analysed
// by the extension as a toolbar click would; the content script's paint report says how long placing
// the spans and painting them took. Median of several fresh page loads.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchWithExtension } from '../scripts/browser/launch';
import { DEFAULT_TOGGLES, type AnalyseReply } from '../utils/messages';
import { stats } from './eval-data';

const PEOPLE = ['Anna Keller', 'Marco Rossi', 'Ingrid Dahl', 'Tomas Berglund', 'Priya Raman', 'Samuel Okafor', 'Lena Fischer', 'Diego Alvarez'];
const PLACES = ['Lisbon', 'Oslo', 'Nairobi', 'Toronto', 'Lyon', 'Valencia', 'Gdansk', 'Porto'];

/** An article of `sentences` sentences, each naming two people and two places. */
export function benchPage(sentences: number): string {
  const paras: string[] = [];
  for (let i = 0; i < sentences; i += 5) {
    const s: string[] = [];
    for (let j = i; j < Math.min(sentences, i + 5); j++) {
      const p = (k: number) => PEOPLE[(j + k) % PEOPLE.length];
      const l = (k: number) => PLACES[(j * 3 + k) % PLACES.length];
      s.push(`${p(0)} met ${p(3)} in ${l(0)} on day ${j + 1}, before both travelled on to ${l(5)} for the conference.`);
    }
    paras.push(`<p>${s.join(' ')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Conference diary</title><meta property="og:type" content="article"></head><body><article><h1>Conference diary</h1>${paras.join('\n')}</article></body></html>`;
}

export interface PaintBench {
  highlights: number;
  anchorMs: { median: number; p95: number };
  paintMs: { median: number; p95: number };
  runs: number;
}

export async function benchPaint(runs = 7): Promise<PaintBench> {
  const html = benchPage(250);
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await launchWithExtension({ hostRules: `MAP paint.bench.example 127.0.0.1:${port}` });
  const anchor: number[] = [];
  const paint: number[] = [];
  let highlights = 0;
  try {
    for (let r = 0; r < runs; r++) {
      const page = await browser.context.newPage();
      await page.goto('http://paint.bench.example/diary');
      await browser.clickAction(page);
      const tabId = await browser.tabIdOf(page);
      const reply = (await browser.worker.evaluate(async ([id, toggles]) => {
        const chrome = (globalThis as any).chrome;
        await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content-scripts/article.js'] });
        return chrome.tabs.sendMessage(id, { type: 'sourcelens/analyse', force: false, toggles }, { frameId: 0 });
      }, [tabId, DEFAULT_TOGGLES] as const)) as AnalyseReply;
      if (!reply?.ok) throw new Error(`analysis failed: ${reply && 'error' in reply ? reply.error : 'no answer'}`);
      highlights = Object.values(reply.paint.painted).reduce((a, b) => a + (b ?? 0), 0);
      anchor.push(reply.paint.anchorMs ?? NaN);
      paint.push(reply.paint.paintMs ?? NaN);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { highlights, anchorMs: stats(anchor), paintMs: stats(paint), runs };
}
