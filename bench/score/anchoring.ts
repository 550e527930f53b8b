// Anchoring on real pages in real Chromium: the article-extraction-benchmark pages served on 127.0.0.1
// under their own addresses (every host maps to the local server, so nothing reaches the network), the
// extension analyses each page as a toolbar click would, and its paint report says how many spans of
// the Annotation were placed on the page.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { DEFAULT_TOGGLES, type AnalyseReply } from '../../utils/messages';
import { launchWithExtension } from '../../scripts/browser/launch';
import { readText, type BenchmarkPage } from '../eval-data';

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
  const byPath = new Map<string, string>();
  for (const p of pages) {
    const u = new URL(p.url);
    byPath.set(`${u.host}${u.pathname}${u.search}`, p.file);
  }
  // HTTPS, because many news hosts are on the browser's HSTS preload list; the certificate is a
  // throwaway self-signed one and the browser is told to accept it.
  const server = https.createServer(selfSignedCert(), (req, res) => {
    const file = byPath.get(`${req.headers.host}${req.url}`);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readText(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await launchWithExtension({ hostRules: `MAP * 127.0.0.1:${port}, EXCLUDE localhost`, extraArgs: ['--ignore-certificate-errors'] });
  const score: AnchorScore = { pages: pages.length, analysed: 0, spans: 0, anchored: 0, share: 0, worst: [] };
  try {
    for (const p of pages) {
      const u = new URL(p.url);
      const page = await browser.context.newPage();
      try {
        await page.goto(`https://${u.host}${u.pathname}${u.search}`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
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

/** A throwaway self-signed certificate made with openssl for the local HTTPS server. */
function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-cert-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=sourcelens-eval'], { stdio: 'ignore' });
  const out = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}
