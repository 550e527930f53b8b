// Starts Debian's Firefox ESR with the built extension as a temporary add-on, driven over WebDriver BiDi
// (puppeteer-core; Playwright cannot drive stock Firefox). Page hosts go to a local server through Firefox's
// HTTP proxy setting, so the extension sees http://kayhan.ir/... as a reader would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureFirefox } from './find-firefox';

export const FIREFOX_BUILD = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');
const GECKO_ID = 'sourcelens@sourcelens.local';
const UUID = '5a7c1e0d-3b9f-4d62-8e41-0c2f6b9d7a13';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://…/<file> of the installed add-on. */
  extensionUrl(file: string): string;
  /** Opens an extension page in a tab and waits until `selector` is there. */
  openExtensionPage(file: string, selector: string): Promise<Page>;
  /** Navigates `page` to an extension page and waits until `selector` is there. */
  gotoExtensionPage(page: Page, file: string, selector: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Launches Firefox with the build in `extensionDir`. Firefox offers no way to click the toolbar button from a
 * test, which is what grants `activeTab`; so the add-on is installed from a copy whose manifest also grants
 * host access (what the click grants for one tab). Nothing else differs from the shipped build.
 */
export async function launchFirefoxWithExtension(opts: { proxyPort: number; extensionDir?: string }): Promise<FirefoxWithExtension> {
  const src = opts.extensionDir ?? FIREFOX_BUILD;
  if (!fs.existsSync(path.join(src, 'manifest.json'))) throw new Error(`No Firefox build at ${src}: run "npx wxt build -b firefox" first.`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-firefox-ext-'));
  fs.cpSync(src, copy, { recursive: true });
  const manifestFile = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  manifest.host_permissions = ['<all_urls>'];
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: ensureFirefox(),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.proxyPort,
      'network.proxy.no_proxies_on': '',
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
    },
  });
  const extensionUrl = (file: string) => `moz-extension://${UUID}/${file}`;
  try {
    await browser.installExtension(copy);
  } catch (e) {
    await browser.close();
    fs.rmSync(copy, { recursive: true, force: true });
    throw e;
  }
  const gotoExtensionPage = async (page: Page, file: string, selector: string) => {
    const url = extensionUrl(file);
    // Extension pages never send the load events goto waits for: navigate, then poll for the content. Queries
    // made while the page is still switching documents can fail over BiDi; they are simply asked again.
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const found = await page
        .evaluate((u, sel) => location.href === u && !!document.querySelector(sel), url, selector)
        .catch(() => false);
      if (found) return;
      if (Date.now() > deadline) throw new Error(`${url}: no ${selector} after 30 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return {
    browser,
    extensionUrl,
    gotoExtensionPage,
    async openExtensionPage(file, selector) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, file, selector);
      return page;
    },
    async close() {
      await browser.close();
      fs.rmSync(copy, { recursive: true, force: true });
    },
  };
}
