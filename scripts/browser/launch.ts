// Starts the system Chromium with the built extension (playwright-core, persistent context, no browser
// download) and clicks the toolbar button the way the browser does, through CDP's Extensions.triggerAction.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from './find-chromium';

export const CHROME_BUILD = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The browser profile (removed on close). */
  userDataDir: string;
  /** The tab id the extension APIs use for `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Clicks the toolbar icon for `page` (opens the real popup, grants activeTab). */
  clickAction(page: Page): Promise<void>;
  /** Opens `popup.html?tabId=N` in a tab of its own, sized like the popup. */
  openPopupFor(page: Page): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  hostRules?: string;
  /** Show the browser window (needs a display). */
  headed?: boolean;
  /** More Chromium switches (e.g. --ignore-certificate-errors for a local HTTPS server). */
  extraArgs?: string[];
  /** A browser profile to use and keep (benchmarks reusing a filled corpus); a fresh one, removed on close, by default. */
  userDataDir?: string;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? CHROME_BUILD;
  if (!fs.existsSync(path.join(ext, 'manifest.json'))) throw new Error(`No extension build at ${ext}: run "npm run build" first.`);
  const executablePath = ensureChromium();
  const keepProfile = !!opts.userDataDir;
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-chromium-'));
  const args = [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--enable-unsafe-extension-debugging',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter',
  ];
  if (!opts.headed) args.unshift('--headless=new');
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  if (opts.hostRules) args.push(`--host-resolver-rules=${opts.hostRules}`);
  if (opts.extraArgs) args.push(...opts.extraArgs);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false,
    args,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  let cdp: CDPSession | null = null;
  const browserSession = async () => (cdp ??= await context.browser()!.newBrowserCDPSession());

  // The page brought to the front is the active tab; its address may be hidden from the extension
  // (browser pages, tabs without activeTab), so the active tab is asked for, not matched by address.
  const tabIdOf = async (page: Page) => {
    await page.bringToFront();
    const url = page.url();
    const id = await worker.evaluate(async (u: string) => {
      const [active]: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active && (!active.url || active.url === u) ? (active.id ?? -1) : -1;
    }, url);
    if (id < 0) throw new Error(`No tab found for ${url}`);
    return id;
  };

  return {
    context,
    extensionId,
    worker,
    userDataDir,
    tabIdOf,
    async clickAction(page) {
      await page.bringToFront();
      const s = await browserSession();
      const { targetInfos } = await s.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const target = targetInfos.find((t) => t.url === page.url());
      if (!target) throw new Error(`No tab target for ${page.url()}`);
      await s.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
    },
    async openPopupFor(page) {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      if (!keepProfile) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
