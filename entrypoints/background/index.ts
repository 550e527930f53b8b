// Wiring only: the corpus service answers validated messages; the starter corpus is loaded on first install.
// The toolbar popup and its shortcut (the manifest's `_execute_action`) need no code here.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseToBackground } from '../../utils/messages';
import { getCorpus, handle } from './corpus-service';
import { loadStarterCorpus } from './starter-corpus';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    // Only this extension's own pages and content scripts may use the corpus.
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseToBackground(message);
    return msg ? handle(msg) : undefined;
  });
  // Only on first install: documents the reader deleted must not come back with an update.
  browser.runtime.onInstalled.addListener((details: { reason: string }) => {
    if (details.reason === 'install') void getCorpus().then(loadStarterCorpus).catch(() => undefined);
  });
});
