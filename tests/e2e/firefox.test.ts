// The Firefox build in real Firefox ESR: the popup analyses the seed page and an agency's story (served on
// 127.0.0.1 under their own host names), with the outlet registry and the entity model read from the add-on's
// files, and the starter corpus in Firefox's IndexedDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixturePages, startFixtureServer, type FixtureServer } from '../../scripts/browser/fixture-server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/browser/launch-firefox';

let server: FixtureServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  server = await startFixtureServer(listFixturePages());
  ff = await launchFirefoxWithExtension({ proxyPort: server.port });
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** Opens fixture page `slug` in a tab and the popup analysing it (as in Chromium's tests, in a tab of its own). */
async function openWithPopup(slug: string) {
  const fixture = listFixturePages().find((p) => p.slug === slug)!;
  const page = await ff.browser.newPage();
  await page.goto(server.browserUrl(fixture));
  const popup = await ff.openExtensionPage('popup.html', 'main[data-state]');
  const tabId = await popup.evaluate(async (url) => {
    const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).browser;
    return (await b.tabs.query({})).find((t) => t.url === url)?.id;
  }, server.browserUrl(fixture));
  expect(tabId).toBeTypeOf('number');
  await ff.gotoExtensionPage(popup, `popup.html?tabId=${tabId}`, 'main[data-state="ready"]');
  return { page, popup };
}

describe('the Firefox build', () => {
  it('shows the seed page\'s source, date, dateline, key entities and its sources in the starter corpus in the popup', async () => {
    const { page, popup } = await openWithPopup('kayhan-142327');
    const text = await popup.$eval('main', (m) => (m as HTMLElement).innerText);
    expect(text).toContain('Kayhan');
    expect(text).toContain('state-affiliated');
    expect(text).toContain('8 Aug 2025');
    expect(text).toContain('Dispatches');
    for (const name of ['Vladimir Putin', 'Xi Jinping', 'Yury Ushakov', 'Bloomberg News']) expect(text).toContain(name);
    // Provenance from the starter corpus, stored at install in Firefox's IndexedDB (texts as UTF-8 bytes).
    expect(text).toContain('Atlas Newswire');
    expect(text).toContain('earliest');
    // The content script painted its highlights in the page.
    const painted = await page.evaluate(() => (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.size ?? document.querySelectorAll('mark').length);
    expect(painted).toBeGreaterThan(0);
  });

  it("profiles the dateline's agency from the registry the add-on reads from its files", async () => {
    const { popup } = await openWithPopup('wirewatch-ceasefire-talks');
    const card = await popup.$eval('section[aria-label="Dateline and byline"]', (m) => (m as HTMLElement).innerText);
    expect(card).toMatch(/Dateline\s+Geneva/);
    expect(card).toMatch(/Agency\s+Reuters\s+wire agency\s+United Kingdom/);
  });
});
