// Wiring only: the corpus service answers validated messages, feeds refresh on their alarm, and the
// starter corpus is loaded on first install.
// The toolbar popup and its shortcut (the manifest's `_execute_action`) need no code here.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseToBackground } from '../../utils/messages';
import { FEED_ALARM, FEED_INTERVAL_KEY, FEEDS_KEY } from '../../utils/feeds';
import { getCorpus, handle } from './corpus-service';
import { refreshFeeds, scheduleFeedAlarm } from './feeds';
import { loadStarterCorpus } from './starter-corpus';

function onAlarm(alarm: { name: string }) {
  if (alarm.name === FEED_ALARM) void refreshFeeds();
}

export default defineBackground(() => {
  // Opened now, while the message that woke the worker is on its way (a failure is answered with that message).
  getCorpus().catch(() => undefined);
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    // Only this extension's own pages and content scripts may use the corpus.
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseToBackground(message);
    return msg ? handle(msg) : undefined;
  });
  // Feeds refresh on an alarm; the alarms permission is optional, asked when the first feed is added.
  const listenToAlarms = () => {
    const alarms = (browser as unknown as { alarms?: typeof browser.alarms }).alarms;
    if (!alarms || alarms.onAlarm.hasListener(onAlarm)) return;
    alarms.onAlarm.addListener(onAlarm);
  };
  listenToAlarms();
  browser.permissions.onAdded.addListener(() => {
    listenToAlarms();
    void scheduleFeedAlarm();
  });
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (FEEDS_KEY in changes || FEED_INTERVAL_KEY in changes)) void scheduleFeedAlarm();
  });
  // Only on first install: documents the reader deleted must not come back with an update.
  browser.runtime.onInstalled.addListener((details: { reason: string }) => {
    if (details.reason === 'install') void getCorpus().then(loadStarterCorpus).catch(() => undefined);
  });
});
