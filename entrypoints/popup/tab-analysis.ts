// The popup's browser glue: find the tab, inject the content script there (activeTab + scripting),
// ask it for the analysis, persist the reader's highlight toggles.
import { browser } from 'wxt/browser';
import type { Annotation } from '../../utils/annotation';
import {
  DEFAULT_TOGGLES,
  isToggles,
  parseAnalyseReply,
  parseProgress,
  PROGRESS_PORT,
  type AddReply,
  type AnalysisStage,
  type AnalyseReply,
  type HighlightToggles,
  type PopupToContent,
  type StatsReply,
  type ToBackground,
} from '../../utils/messages';
import { offeredDocOf } from '../../utils/offered-doc';

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

/** Listens to the page's progress port; returns the function that closes it. Without a content script, nothing. */
function watchProgress(tabId: number, onStage: (stage: AnalysisStage) => void): () => void {
  let port: ReturnType<typeof browser.tabs.connect>;
  try {
    port = browser.tabs.connect(tabId, { name: PROGRESS_PORT, frameId: 0 });
  } catch {
    return () => undefined;
  }
  port.onMessage.addListener((m: unknown) => {
    const stage = parseProgress(m);
    if (stage) onStage(stage);
  });
  port.onDisconnect.addListener(() => void browser.runtime.lastError); // no content script (yet): nothing to hear
  return () => port.disconnect();
}

/**
 * Asks the tab's content script for the analysis, injecting it first when it is not there yet; `onStage` hears
 * each stage as the analysis reaches it.
 */
export async function analyseTab(tabId: number, force: boolean, toggles: HighlightToggles, onStage: (stage: AnalysisStage) => void = () => undefined): Promise<AnalyseReply> {
  const msg: PopupToContent = { type: 'sourcelens/analyse', force, toggles };
  let raw: unknown;
  let stop = watchProgress(tabId, onStage);
  try {
    raw = await send(tabId, msg);
  } catch {
    raw = undefined;
  }
  try {
    if (raw === undefined) {
      stop();
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT] });
      stop = watchProgress(tabId, onStage);
      raw = await send(tabId, msg);
    }
  } finally {
    stop();
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

/** How many documents the reader's corpus holds (undefined when the background cannot say). */
export async function corpusSize(): Promise<number | undefined> {
  const msg: ToBackground = { type: 'sourcelens/stats' };
  const r = (await browser.runtime.sendMessage(msg).catch(() => null)) as StatsReply | null;
  return r?.ok ? r.documents : undefined;
}

/** Adds the analysed article to the corpus; a sentence for the reader. */
export async function addToCorpus(a: Annotation): Promise<string> {
  const msg: ToBackground = { type: 'sourcelens/add', doc: offeredDocOf(a), addedFrom: 'history' };
  const r = (await browser.runtime.sendMessage(msg).catch((e) => ({ ok: false, error: String(e) }))) as AddReply;
  if (!r.ok) return `Not added: ${r.error}`;
  return r.added ? 'Added to your corpus.' : `Not added: ${r.reason ?? 'already there'}.`;
}
