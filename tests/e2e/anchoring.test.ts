// Highlights that hold on real pages (issue 6), in Chromium on pages written for it: nested inline markup
// and an advertisement inside a paragraph, a live re-render, right-to-left text, an embedded frame,
// keyboard navigation with the card, and a single-page navigation that clears the old annotation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionOnFixtures } from '../support/extension-on-fixtures';

const ext = useExtensionOnFixtures();

function analyse(slug: string): Promise<{ page: Page; popup: Page }> {
  return ext.open(slug);
}

type Registry = Map<string, Set<Range>>;
const highlightTexts = (page: Page, name: string) =>
  page.evaluate((n) => [...((CSS as unknown as { highlights: Registry }).highlights.get(n) ?? [])].map((r) => r.toString()), name);
const connected = (page: Page) =>
  page.evaluate(() => {
    const all = [...(CSS as unknown as { highlights: Registry }).highlights.values()].flatMap((h) => [...h]);
    return { total: all.length, live: all.filter((r) => r.startContainer.isConnected && r.toString().trim()).length };
  });

describe('anchoring on pages written for it', () => {
  it('places every span across nested inline markup and an advertisement, and changes no DOM', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(ext.urlOf('testbed-inline-markup'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await ext.browser.clickAction(page);
    const popup = await ext.browser.openPopupFor(page);
    await popup.waitForSelector('main[data-state="ready"]');
    expect(await popup.locator('.not-found').count()).toBe(0);
    const people = await highlightTexts(page, 'sourcelens-person');
    expect(people).toContain('Amara Quist'); // across <a><em>Amara <strong>Quist</strong></em></a>
    expect(people).toContain('Priya Raman');
    expect(await highlightTexts(page, 'sourcelens-organization')).toContain('Northgate Chamber of Commerce');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('follows a live re-render of the article', async () => {
    const { page } = await analyse('testbed-live-update');
    expect((await connected(page)).live).toBeGreaterThan(2);
    await page.evaluate(() => document.dispatchEvent(new Event('testbed:rerender')));
    // The old ranges now point at removed nodes; after the debounce every highlight is live again.
    await expect.poll(async () => (await connected(page)).live === (await connected(page)).total && (await connected(page)).total > 2, { timeout: 5000 }).toBe(true);
    expect(await highlightTexts(page, 'sourcelens-person')).toContain('Tomas Berglund');
  });

  it('paints a reused passage in right-to-left text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-rtl-'));
    const file = path.join(dir, 'port.jsonl');
    const reused = 'وقالت الهيئة في بيان إن التوسعة ستسمح للميناء باستقبال سفن أطول بمئة متر من السفن الحالية، وإن حركة الشحن لن تتوقف خلال فترة الأعمال.';
    fs.writeFileSync(file, JSON.stringify({ id: 'port-statement', url: 'https://port.example/ar/statement', title: 'بيان هيئة الميناء', outlet: 'هيئة الميناء', published: '2025-05-21T12:00:00+03:00', text: reused }) + '\n');
    const options = await ext.browser.context.newPage();
    await options.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
    await options.setInputFiles('#import-files', file);
    await expect.poll(() => options.locator('.import-report').innerText(), { timeout: 15_000 }).toContain('Imported 1 document');
    const { page, popup } = await analyse('testbed-rtl-reuse');
    expect(await popup.locator('.provenance').innerText()).toContain('هيئة الميناء');
    const reuse = await highlightTexts(page, 'sourcelens-reuse-0');
    expect(reuse.join(' ')).toContain('التوسعة ستسمح للميناء');
  });

  it('says that embedded frames are not analysed', async () => {
    const { popup } = await analyse('testbed-iframe');
    expect(await popup.locator('.highlights').innerText()).toMatch(/not the 1 frame it embeds/);
  });

  it('moves between highlights with the keyboard and shows the card', async () => {
    const { page } = await analyse('kayhan-142327');
    await page.bringToFront();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const first = await page.evaluate(() => getSelection()?.toString());
    expect(first && first.length).toBeTruthy();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const second = await page.evaluate(() => getSelection()?.toString());
    expect(second).toBeTruthy();
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string } }[] };
    expect(nodes.map((n) => n.name?.value ?? '').join('\n')).toMatch(/Person: |Place: |Organisation: |Reused from /);
    await page.keyboard.press('Escape');
  });

  it('clears the old annotation when a single-page app moves to another address', async () => {
    const { page } = await analyse('testbed-live-update');
    expect((await connected(page)).total).toBeGreaterThan(0);
    await page.evaluate(() => {
      history.pushState({}, '', '/2025/05/22/another-story');
      document.getElementById('story')!.textContent = 'Another story, loaded by the app.';
    });
    await expect.poll(async () => (await connected(page)).total, { timeout: 5000 }).toBe(0);
  });
});
