// Follows the page after an analysis: when the article's text changes (lazy-loaded paragraphs, live
// updates) the highlights are anchored again, debounced; when a single-page app moves to another address,
// the old annotation is cleared. Our own nodes (the card, fallback marks) are ignored.

export interface PageWatcher {
  dispose(): void;
}

const DEBOUNCE_MS = 600;

export function watchPage(
  doc: Document,
  opts: { analysedUrl: () => string | null; onTextChanged(): void; onNavigated(): void; isOurs(node: Node): boolean },
): PageWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pathOf = (href: string) => href.replace(/#.*$/, '');
  const checkAddress = () => {
    const url = opts.analysedUrl();
    if (url && pathOf(url) !== pathOf(doc.location.href)) opts.onNavigated();
  };
  const observer = new MutationObserver((records) => {
    checkAddress();
    const theirs = records.some((r) => !opts.isOurs(r.target) && ![...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].every((n) => opts.isOurs(n)));
    if (!theirs || !opts.analysedUrl()) return;
    clearTimeout(timer);
    timer = setTimeout(opts.onTextChanged, DEBOUNCE_MS);
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  const win = doc.defaultView;
  win?.addEventListener('popstate', checkAddress);
  return {
    dispose() {
      observer.disconnect();
      clearTimeout(timer);
      win?.removeEventListener('popstate', checkAddress);
    },
  };
}
