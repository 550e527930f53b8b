// Anchoring on real pages in real Chromium: the article-extraction-benchmark pages served on 127.0.0.1
// under their own addresses (every host maps to the local server, so nothing reaches the network), the
// extension analyses each page as a toolbar click would, and its paint report says how many spans of
// the Annotation were placed on the page.
import { execFileSync } from 'node:child_process';
import { DEFAULT_TOGGLES, type AnalyseReply } from '../../utils/messages';
import { launchWithExtension } from '../../scripts/browser/launch';
import { type BenchmarkPage } from '../eval-data';
import { startBenchmarkServer } from '../benchmark-server';

export interface AnchorScore {
  pages: number;
  analysed: number;
  spans: number;
  anchored: number;
  share: number;
  /** Pages with spans not found, worst first. */
  worst: { url: string; notFound: number; spans: number; examples: string[] }[];
}

export async function scoreAnchoring(pages: BenchmarkPage[]): Promise<AnchorScore> {
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await startBenchmarkServer(pages);
  const browser = await launchWithExtension(server.launch);
  const score: AnchorScore = { pages: pages.length, analysed: 0, spans: 0, anchored: 0, share: 0, worst: [] };
  try {
    for (const p of pages) {
      const page = await browser.context.newPage();
      try {
        await page.goto(server.urlOf(p), { waitUntil: 'domcontentloaded', timeout: 20_000 });
        await browser.clickAction(page);
        const tabId = await browser.tabIdOf(page);
        // The click's popup injects the content script too; injecting here first makes the order certain.
        const reply = (await browser.worker.evaluate(async ([id, toggles]) => {
          const chrome = (globalThis as any).chrome;
          await chrome.scripting.executeScript({ target: { tabId: id, frameIds: [0] }, files: ['/content-scripts/article.js'] });
          return chrome.tabs.sendMessage(id, { type: 'sourcelens/analyse', force: true, toggles }, { frameId: 0 });
        }, [tabId, DEFAULT_TOGGLES] as const)) as AnalyseReply | undefined;
        if (reply?.ok) {
          score.analysed++;
          const painted = Object.values(reply.paint.painted).reduce((a, b) => a + (b ?? 0), 0);
          const missed = reply.paint.notFound.length;
          score.spans += painted + missed;
          score.anchored += painted;
          if (missed) score.worst.push({ url: p.url, notFound: missed, spans: painted + missed, examples: reply.paint.notFound.slice(0, 3).map((n) => `${n.kind}: ${n.text}`) });
        }
      } catch {
        // A page that does not load or answer counts as not analysed.
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  score.share = score.anchored / Math.max(1, score.spans);
  score.worst.sort((a, b) => b.notFound - a.notFound);
  return score;
}
