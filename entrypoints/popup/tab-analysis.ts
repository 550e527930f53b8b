// The popup's browser glue: find the tab, inject the content script there (activeTab + scripting),
// ask it for the analysis, persist the reader's highlight toggles.
import { browser } from 'wxt/browser';
import { DEFAULT_TOGGLES, isToggles, parseAnalyseReply, type AnalyseReply, type HighlightToggles, type PopupToContent } from '../../utils/messages';

const TOGGLES_KEY = 'highlightToggles';
const CONTENT_SCRIPT = '/content-scripts/article.js';

/** The tab to analyse: the one named in `popup.html?tabId=N`, else the active tab. */
export async function targetTab(tabId?: number): Promise<{ id: number; url?: string }> {
  if (tabId !== undefined) {
    const t = await browser.tabs.get(tabId);
    return { id: tabId, url: t.url };
  }
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!t?.id) throw new Error('No active tab to analyse.');
  return { id: t.id, url: t.url };
}

async function send(tabId: number, msg: PopupToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg, { frameId: 0 });
}

/** Asks the tab's content script for the analysis, injecting it first when it is not there yet. */
export async function analyseTab(tabId: number, force: boolean, toggles: HighlightToggles): Promise<AnalyseReply> {
  const msg: PopupToContent = { type: 'sourcelens/analyse', force, toggles };
  let raw: unknown;
  try {
    raw = await send(tabId, msg);
  } catch {
    raw = undefined;
  }
  if (raw === undefined) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
    raw = await send(tabId, msg);
  }
  const reply = parseAnalyseReply(raw);
  if (!reply) throw new Error('The page sent back an answer Sourcelens does not understand.');
  return reply;
}

/** Sends new toggles to the page and remembers them for next time. */
export async function applyToggles(tabId: number, toggles: HighlightToggles): Promise<void> {
  await browser.storage.local.set({ [TOGGLES_KEY]: toggles });
  await send(tabId, { type: 'sourcelens/toggles', toggles }).catch(() => undefined);
}

/** The reader's saved toggles, defaults where none are saved. */
export async function loadToggles(): Promise<HighlightToggles> {
  const stored = (await browser.storage.local.get(TOGGLES_KEY))[TOGGLES_KEY];
  return isToggles(stored) ? stored : { ...DEFAULT_TOGGLES };
}

/** Opens the options page (outlet registry and, later, the corpus). */
export async function openSettings(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
