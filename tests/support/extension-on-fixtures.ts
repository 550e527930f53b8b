// The setup the end-to-end tests share: the fixture pages served on 127.0.0.1 under their own host names,
// the built extension in Chromium, and a toolbar click on a fixture page with its popup.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/launch';
import { listFixturePages, startFixtureServer, type ExtraPage, type FixturePage, type FixtureServer } from '../../scripts/browser/fixture-server';

export interface ExtensionOnFixtures {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
  /** The browser's address of a fixture page. */
  urlOf(slug: string): string;
  /** Opens a fixture page, clicks the toolbar button and waits for the popup to match `until`. */
  open(slug: string, until?: string): Promise<{ page: Page; popup: Page }>;
  /** The same for an extra page, served at `path` on a fixture host. */
  openExtra(path: string, until?: string): Promise<{ page: Page; popup: Page }>;
}

/** Starts the server and the browser before the file's tests and closes them after; `extra` pages (path -> HTML) are served on every fixture host. */
export function useExtensionOnFixtures(extra: Record<string, ExtraPage> = {}): ExtensionOnFixtures {
  const pages = listFixturePages();
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer(pages, extra);
    browser = await launchWithExtension({ hostRules: server.hostRules });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const bySlug = (slug: string): FixturePage => {
    const page = pages.find((p) => p.slug === slug);
    if (!page) throw new Error(`no fixture page ${slug}`);
    return page;
  };
  const urlOf = (slug: string) => server.browserUrl(bySlug(slug));
  const openUrl = async (url: string, until = 'main[data-state="ready"]') => {
    const page = await browser.context.newPage();
    await page.goto(url);
    await browser.clickAction(page);
    const popup = await browser.openPopupFor(page);
    await popup.waitForSelector(until, { timeout: 30_000 });
    return { page, popup };
  };
  return {
    get browser() {
      return browser;
    },
    get server() {
      return server;
    },
    urlOf,
    open: (slug, until) => openUrl(urlOf(slug), until),
    openExtra: (path, until) => openUrl(`${new URL(server.browserUrl(pages[0])).origin}${path}`, until),
  };
}
