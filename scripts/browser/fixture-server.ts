// Serves the fixture pages on 127.0.0.1 under their own addresses: the browser maps their hosts to this
// server (--host-resolver-rules), so the extension sees https://kayhan.ir/... exactly as a reader would.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');

/** A fixture page: its folder name, the address it is served at, the HTML. */
export interface FixturePage {
  slug: string;
  url: string;
  file: string;
}

/** Every fixture page with its address from `page.json`. */
export function listFixturePages(dir = FIXTURE_DIR): FixturePage[] {
  return fs
    .readdirSync(dir)
    .filter((slug) => fs.existsSync(path.join(dir, slug, 'source.html')))
    .sort()
    .map((slug) => {
      const meta = JSON.parse(fs.readFileSync(path.join(dir, slug, 'page.json'), 'utf8')) as { url: string };
      return { slug, url: meta.url, file: path.join(dir, slug, 'source.html') };
    });
}

export interface FixtureServer {
  port: number;
  /** `--host-resolver-rules` value sending every page host to this server. */
  hostRules: string;
  /** The address to open in the browser for a page (http, on its own host name). */
  browserUrl(page: FixturePage): string;
  close(): Promise<void>;
}

/** An extra page: its HTML, or its HTML with response headers (e.g. a Content-Security-Policy). */
export type ExtraPage = string | { html: string; headers: Record<string, string> };

/** Starts the server on 127.0.0.1; extra routes (path -> page) can be served too. */
export async function startFixtureServer(pages: FixturePage[], extra: Record<string, ExtraPage> = {}): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  for (const p of pages) {
    const u = new URL(p.url);
    routes.set(`${u.host}${u.pathname}`, p.file);
  }
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = routes.get(`${host}${pathname}`);
    if (file) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(fs.readFileSync(file));
    }
    const page = extra[pathname];
    if (page !== undefined) {
      const { html, headers } = typeof page === 'string' ? { html: page, headers: {} } : page;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      return res.end(html);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const hosts = [...new Set(pages.map((p) => new URL(p.url).hostname))];
  return {
    port,
    hostRules: [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'EXCLUDE localhost'].join(', '),
    browserUrl: (p) => {
      const u = new URL(p.url);
      return `http://${u.host}${u.pathname}${u.search}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
