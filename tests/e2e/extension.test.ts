// The built extension in real Chromium: a toolbar click on fixture pages served on 127.0.0.1 (under
// their own host names), the popup's content, and highlights registered without touching the page's DOM.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD } from '../../scripts/browser/launch';
import { useExtensionOnFixtures } from '../support/extension-on-fixtures';
import { benchPage } from '../../bench/paint-bench';

// A 15,000-word page of generated prose: long enough that each stage of its analysis lasts a while; and a
// short one whose Content-Security-Policy forbids every script and request of its own.
const STRICT_CSP = "default-src 'none'; script-src 'none'; connect-src 'none'; style-src 'unsafe-inline'";
const ext = useExtensionOnFixtures({
  '/long-diary': benchPage(800),
  '/strict-diary': { html: benchPage(40), headers: { 'content-security-policy': STRICT_CSP } },
});

function openAndClick(slug: string): Promise<{ page: Page; popup: Page }> {
  return ext.open(slug, 'main[data-state]:not([data-state="analysing"])');
}

const highlightSize = (page: Page, name: string) =>
  page.evaluate((n) => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n)?.size ?? 0, name);

describe('the built extension', () => {
  it('declares MV3 with exactly activeTab, scripting and storage, and no host permissions', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Feed subscriptions ask for their site (and alarms) when the reader adds one: opt-in only.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions).toEqual(['alarms']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    // The content script's data files, reachable only at Chrome's per-session address.
    expect(manifest.web_accessible_resources).toEqual([
      { resources: expect.arrayContaining(['knowledge/outlets.json', 'knowledge/ner-weights.bin', 'knowledge/ner-lexicon.json']), matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
    expect(manifest.web_accessible_resources[0].resources).toHaveLength(3);
    expect(manifest.commands._execute_action.suggested_key.default).toBeTruthy();
  });

  it('shows source, date and key entities of the seed page and paints highlights without changing its DOM', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto(ext.urlOf('kayhan-142327'));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await ext.browser.clickAction(page);
    const popup = await ext.browser.openPopupFor(page);
    await popup.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
    const text = await popup.locator('main').innerText();
    expect(text).toContain('Kayhan');
    expect(text).toContain('Iran');
    expect(text).toMatch(/state-affiliated/i);
    expect(text).toContain('8 Aug 2025, 22:25');
    expect(text).toContain('Publish Date : 08 August 2025 - 22:25');
    expect(text).toContain('Moscow');
    for (const name of ['Vladimir Putin', 'Donald Trump']) expect(text).toContain(name);
    // Ten places are shown, the rest on request (DESIGN.md §5 names Donetsk and Dnipropetrovsk among them).
    const places = popup.locator('.entities .group.place');
    expect(await places.innerText()).not.toContain('Dnipropetrovsk');
    await places.locator('button.more').click();
    expect(await places.locator('button.more').getAttribute('aria-expanded')).toBe('true');
    expect(await places.innerText()).toContain('Dnipropetrovsk');
    // Cited sources, grouped by kind, with the share of unnamed sourcing.
    const cited = await popup.locator('.citations').innerText();
    expect(cited).toContain('Bloomberg News');
    expect(cited).toContain('people familiar with the matter');
    expect(cited).toContain('Yury Ushakov (Kremlin aide)');
    expect(cited).toMatch(/TASS[\s\S]*agency/);
    expect(cited).toMatch(/\d+% to unnamed sources/);
    expect(await highlightSize(page, 'sourcelens-citation')).toBeGreaterThan(5);
    expect(await highlightSize(page, 'sourcelens-quote')).toBeGreaterThan(2);
    expect(await highlightSize(page, 'sourcelens-person')).toBeGreaterThan(5);
    expect(await highlightSize(page, 'sourcelens-place')).toBeGreaterThan(5);
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(before);
    // Highlighted text is the entity's text on the page.
    const first = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sourcelens-person')!;
      return [...h].map((r) => r.toString());
    });
    expect(first).toContain('Vladimir Putin');

    // Switching a kind off from the popup unregisters it; the choice persists.
    await popup.getByLabel(/People/).uncheck();
    await expect.poll(() => highlightSize(page, 'sourcelens-person')).toBe(0);
    expect(await highlightSize(page, 'sourcelens-place')).toBeGreaterThan(0);
    const stored = await ext.browser.worker.evaluate(() => (globalThis as any).chrome.storage.local.get('highlightToggles'));
    expect(stored.highlightToggles.person).toBe(false);
    await popup.getByLabel(/People/).check();
    await expect.poll(() => highlightSize(page, 'sourcelens-person')).toBeGreaterThan(0);
  });

  it('says "no article" on a section front and analyses it anyway on request', async () => {
    const { popup } = await openAndClick('rivermouth-section-front');
    expect(await popup.locator('main').getAttribute('data-state')).toBe('not-article');
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/No article found/);
    await popup.getByRole('button', { name: 'Analyse anyway' }).click();
    await popup.waitForSelector('main[data-state="ready"]');
  });

  it("names a personal site's owner, from its footer, when the post has no byline", async () => {
    // The footer's holder counts only if its first word is a given name: the content script unpacks the
    // recogniser's lexicon, read from the extension's files, for that.
    const { popup } = await openAndClick('allotment-notes-compost-heat');
    expect(await popup.locator('section[aria-label="Dateline and byline"]').innerText()).toMatch(/By\s+Margaret Ellison/);
  });

  it("profiles the agency a dateline credits from the registry, beside the byline's writers", async () => {
    const { popup } = await openAndClick('wirewatch-ceasefire-talks');
    const card = await popup.locator('section[aria-label="Dateline and byline"]').innerText();
    expect(card).toMatch(/Dateline\s+Geneva · credited “Reuters”/);
    expect(card).toMatch(/Agency\s+Reuters\s+wire agency\s+United Kingdom/);
    expect(card).not.toMatch(/state-affiliated/);
    expect(card).toMatch(/By\s+Jane Doe, John Roe/);
    // The dates it does not show as published or modified are one click away, each with its evidence.
    const others = popup.locator('.dates details.other-dates');
    expect(await others.locator('summary').innerText()).toBe('Other dates on the page (1)');
    await others.locator('summary').focus();
    await popup.keyboard.press('Enter');
    expect(await others.getAttribute('open')).not.toBeNull();
    expect(await others.innerText()).toMatch(/2 Jun 2025\s+published\s+From the address: \/world\/2025\/06\/02\/ceasefire-talks-resume\//);
  });

  it('says a byline of "Agencies" is agency copy without a named agency, not a writer', async () => {
    const { popup } = await openAndClick('deccanpost-monsoon-rains');
    const card = await popup.locator('section[aria-label="Dateline and byline"]').innerText();
    expect(card).toMatch(/Credited “Agencies” — agency copy, agency not named/);
    expect(card).not.toMatch(/\bBy\b/);
  });

  it('shows an agency credited by the byline alone once, with its profile', async () => {
    const { popup } = await openAndClick('lakeshoreledger-ferry-service');
    const card = await popup.locator('section[aria-label="Dateline and byline"]').innerText();
    expect(card).toMatch(/Agency\s+The Associated Press\s+wire agency\s+United States/);
    expect(card.match(/Associated Press/g)).toHaveLength(1);
  });

  it('explains that browser pages cannot be read', async () => {
    const page = await ext.browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await ext.browser.openPopupFor(page);
    await popup.waitForSelector('main[data-state="restricted"]');
    expect(await popup.locator('main').innerText()).toMatch(/page of the browser itself/);
  });
});

describe('the popup while it analyses', () => {
  it('shows how far the analysis is, then the result', async () => {
    const { popup } = await ext.openExtra('/long-diary', 'main[data-state]');
    const stage = await popup.waitForSelector('main[data-state="analysing"] .progress [data-stage]', { timeout: 30_000 });
    expect(await stage.getAttribute('data-stage')).toMatch(/^(extract|knowledge|source|dates|authors|dateline|entities|citations|provenance)$/);
    await popup.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
    expect(await popup.locator('section[aria-label="Key entities"]').count()).toBe(1);
  });
});

describe('a page that forbids scripts and requests (Content-Security-Policy)', () => {
  it('is analysed all the same: the content script reads the registry and model from the extension', async () => {
    const { popup } = await ext.openExtra('/strict-diary');
    expect(await popup.locator('section[aria-label="Key entities"] li').count()).toBeGreaterThan(3);
  });
});

describe('the options page', () => {
  it("adds the reader's own outlet, which the next analysis uses", async () => {
    const options = await ext.browser.context.newPage();
    await options.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
    // The built-in rows, read from the extension's file: counted, and found by domain.
    await expect.poll(() => options.locator('section[aria-labelledby="outlets-h"]').innerText()).toMatch(/Sourcelens knows [\d,]{4,} outlets/);
    await options.getByLabel('Search by name or domain').fill('kayhan.ir');
    await expect.poll(() => options.locator('section[aria-labelledby="outlets-h"] table').last().innerText()).toContain('Kayhan');
    await options.getByRole('button', { name: 'Add an outlet' }).click();
    await options.getByLabel('Name', { exact: true }).fill('The Northgate Courier');
    await options.getByLabel('Domains', { exact: true }).fill('northgatecourier.example');
    await options.getByLabel('Country', { exact: true }).fill('Germany');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => options.getByRole('alert').innerText()).toMatch(/two-letter/);
    await options.getByLabel('Country', { exact: true }).fill('GB');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => options.locator('section[aria-labelledby="outlets-h"] table').first().innerText()).toContain('northgatecourier.example');

    const { popup } = await openAndClick('northgate-harbour-strike');
    await popup.waitForSelector('main[data-state="ready"]');
    const text = await popup.locator('main').innerText();
    expect(text).toContain('The Northgate Courier');
    expect(text).toContain('United Kingdom');
    expect(text).not.toContain('not in registry');
  });
});
