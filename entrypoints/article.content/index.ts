// Injected on demand by the popup (activeTab + scripting): no host permission, nothing runs on pages the
// reader did not ask about. A second injection into the same page reuses the first session.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
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
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      session.dispose();
      g[LOADED] = false;
    });
  },
});
