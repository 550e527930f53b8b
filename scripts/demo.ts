// npm run demo: builds the extension, serves the fixture pages on 127.0.0.1, starts Chromium with the
// extension, clicks the toolbar icon on the seed article (kayhan.ir), prints what Sourcelens found and saves
// screenshots of the popup and the highlighted page in demo-output/. With a display the browser stays open.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../utils/annotation';
import { DEFAULT_TOGGLES } from '../utils/messages';
import { summarise } from '../cli/summary';
import { ensureChromium } from './browser/find-chromium';
import { listFixturePages, startFixtureServer } from './browser/fixture-server';
import { launchWithExtension } from './browser/launch';

const OUT = path.resolve('demo-output');
const SLUG = process.argv[2] ?? 'kayhan-142327';

async function main() {
  ensureChromium();
  process.stdout.write('Building the extension…\n');
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const pages = listFixturePages();
  const target = pages.find((p) => p.slug === SLUG);
  if (!target) throw new Error(`No fixture page "${SLUG}"; choose one of: ${pages.map((p) => p.slug).join(', ')}`);
  const server = await startFixtureServer(pages);
  const headed = !!process.env.DISPLAY && !process.env.CI;
  const browser = await launchWithExtension({ hostRules: server.hostRules, headed });
  try {
    const page = await browser.context.newPage();
    const url = server.browserUrl(target);
    process.stdout.write(`Opening ${url} (served from 127.0.0.1:${server.port}) and clicking the Sourcelens button…\n`);
    await page.goto(url);
    await browser.clickAction(page);
    const popup = await browser.openPopupFor(page);
    await popup.waitForSelector('main[data-state]:not([data-state="analysing"])', { timeout: 60_000 });
    const state = await popup.locator('main').getAttribute('data-state');
    const tabId = await browser.tabIdOf(page);
    // The same analysis the popup shows, asked of the page's content script directly.
    const reply = (await browser.worker.evaluate(
      ([id, toggles]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'sourcelens/analyse', force: false, toggles }),
      [tabId, DEFAULT_TOGGLES] as const,
    )) as { ok: boolean; annotation?: Annotation; error?: string };
    fs.mkdirSync(OUT, { recursive: true });
    const popupShot = path.join(OUT, 'popup.png');
    const pageShot = path.join(OUT, 'page.png');
    await popup.screenshot({ path: popupShot, fullPage: true });
    await page.bringToFront();
    await page.locator('p').filter({ hasText: 'Putin' }).first().scrollIntoViewIfNeeded().catch(() => undefined);
    await page.screenshot({ path: pageShot });
    process.stdout.write(`\nPopup state: ${state}\n`);
    if (reply.ok && reply.annotation) process.stdout.write(summarise(reply.annotation) + '\n');
    else process.stdout.write(`The page answered with an error: ${reply.error}\n`);
    process.stdout.write(`\nScreenshots: ${path.relative(process.cwd(), popupShot)}, ${path.relative(process.cwd(), pageShot)}\n`);
    if (state !== 'ready') throw new Error(`the popup ended in state "${state}"`);
    if (headed) {
      process.stdout.write('The browser stays open for you: click the Sourcelens button on any fixture tab. Close the window to finish.\n');
      await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((e) => {
  process.stderr.write(`demo failed: ${(e as Error).message}\n`);
  process.exit(1);
});
