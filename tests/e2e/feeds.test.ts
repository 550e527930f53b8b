// Feed subscriptions in real Chromium: a feed server on 127.0.0.1, the subscription added in the options
// page, items read into the corpus, a failing feed shown as such, and the refresh alarm set.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/launch';

let browser: ExtensionBrowser;
let server: http.Server;
let base = '';
const item = (i: number) =>
  `<item><title>Harbour note ${i}</title><link>http://news.example/harbour-${i}</link><pubDate>Fri, 14 Mar 2025 0${i}:00:00 +0000</pubDate><description>Harbour note ${i}: the port authority said on Friday that berth ${i} would reopen after repairs, and that shipping lines had been told to expect delays of up to ${i} days.</description></item>`;
// Served as ISO-8859-1, named only in its XML declaration, as some older sites still do.
const RSS = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Harbour Notes from Lübeck</title>${[1, 2, 3].map(item).join('')}</channel></rss>`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    // The feed allows any origin to read it, as many public feeds do; the test does not grant site access.
    res.setHeader('access-control-allow-origin', '*');
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(Buffer.from(RSS, 'latin1'));
    }
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('broken');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('feeds', () => {
  it('follows a feed, reads its items into the corpus, shows failures per feed, and sets the refresh alarm', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Feed address (RSS or Atom)').fill('not a url at all');
    await options.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect.poll(() => options.locator('section[aria-labelledby="feeds-h"] [role="status"]').innerText()).toMatch(/not a web address/);

    await options.getByLabel('Feed address (RSS or Atom)').fill(`${base}/feed.xml`);
    await options.getByRole('button', { name: 'Follow', exact: true }).click();
    const feeds = options.locator('ul.feeds');
    await expect.poll(() => feeds.innerText(), { timeout: 15_000 }).toMatch(/Harbour Notes from Lübeck[\s\S]*3 new/);

    await options.getByLabel('Feed address (RSS or Atom)').fill(`${base}/gone.xml`);
    await options.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect.poll(() => feeds.innerText(), { timeout: 15_000 }).toMatch(/Could not refresh: the site answered 500/);

    // Refreshing again adds nothing new: the items are already in the corpus.
    await options.getByRole('button', { name: 'Refresh Harbour Notes' }).click();
    await expect.poll(() => feeds.innerText(), { timeout: 15_000 }).toMatch(/Harbour Notes[\s\S]*0 new/);
    await expect.poll(() => options.locator('.stats').innerText()).toMatch(/3 from feeds/);

    const alarm = await browser.worker.evaluate(() => (globalThis as any).chrome.alarms?.get('sourcelens-feeds'));
    expect(alarm?.periodInMinutes).toBe(60);
  });
});
