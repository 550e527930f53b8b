// The article-extraction-benchmark pages served on 127.0.0.1 under their own addresses, for the benches
// and scores that run in Chromium: every host maps to this server (so nothing reaches the network), over
// HTTPS because many news hosts are on the browser's HSTS preload list; the certificate is a throwaway
// self-signed one and the browser is told to accept it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { LaunchOptions } from '../scripts/browser/launch';
import { readText, type BenchmarkPage } from './eval-data';

export interface BenchmarkServer {
  /** What launchWithExtension needs to reach the server under the pages' own hosts. */
  launch: Pick<LaunchOptions, 'hostRules' | 'extraArgs'>;
  /** The address a page is served at (https, its own host and path). */
  urlOf(page: BenchmarkPage): string;
  close(): void;
}

/** Serves `pages`; `headers` are sent with every page (e.g. a CSP that blocks the page's own scripts). */
export async function startBenchmarkServer(pages: BenchmarkPage[], headers: Record<string, string> = {}): Promise<BenchmarkServer> {
  const byPath = new Map<string, string>();
  for (const p of pages) {
    const u = new URL(p.url);
    byPath.set(`${u.host}${u.pathname}${u.search}`, p.file);
  }
  const server = https.createServer(selfSignedCert(), (req, res) => {
    const file = byPath.get(`${req.headers.host}${req.url}`);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(readText(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    launch: { hostRules: `MAP * 127.0.0.1:${port}, EXCLUDE localhost`, extraArgs: ['--ignore-certificate-errors'] },
    urlOf(p) {
      const u = new URL(p.url);
      return `https://${u.host}${u.pathname}${u.search}`;
    },
    close: () => server.close(),
  };
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
