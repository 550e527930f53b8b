// Injected on demand by the popup (activeTab + scripting): no host permission, nothing runs on pages the
// reader did not ask about. A second injection into the same page reuses the first session.
import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PROGRESS_PORT, type ProgressMessage } from '../../utils/messages';
import { backgroundCorpus, rememberIfAsked } from './corpus-client';
import { knowledgeClient } from './knowledge-client';
import { createSession } from './session';

const LOADED = Symbol.for('sourcelens.session');

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const g = globalThis as unknown as Record<symbol, boolean>;
    if (g[LOADED]) return;
    g[LOADED] = true;
    const session = createSession(document, location, {
      loadKnowledge: knowledgeClient(),
      corpus: backgroundCorpus(location.href),
      onAnalysed: (a) => void rememberIfAsked(a),
    });
    const listener = (message: unknown) => session.handle(message);
    browser.runtime.onMessage.addListener(listener);
    // A popup opens this port to show how far the analysis is; only this extension's pages may.
    const onConnect = (port: Browser.runtime.Port) => {
      if (port.name !== PROGRESS_PORT || port.sender?.id !== browser.runtime.id) return;
      const stop = session.onProgress((stage) => {
        try {
          port.postMessage({ type: 'sourcelens/progress', stage } satisfies ProgressMessage);
        } catch {
          stop(); // the popup has closed
        }
      });
      port.onDisconnect.addListener(stop);
    };
    browser.runtime.onConnect.addListener(onConnect);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      browser.runtime.onConnect.removeListener(onConnect);
      session.dispose();
      g[LOADED] = false;
    });
  },
});
