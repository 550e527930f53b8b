// The starter corpus ships inside the extension (public/starter-corpus.jsonl, read from the package, not
// the network) and is loaded once on install, so the first analysis can already show provenance.
import { browser } from 'wxt/browser';
import type { IdbCorpus } from '../../utils/store/idb-corpus';
import { readJsonl } from '../../utils/store/jsonl-import';

/** Adds the starter documents that are not in the corpus yet; returns how many were added. */
export async function loadStarterCorpus(corpus: IdbCorpus): Promise<number> {
  const res = await fetch(browser.runtime.getURL('/starter-corpus.jsonl'));
  if (!res.ok) return 0;
  // Starter documents are plain text: the background (a service worker) has no DOM to parse HTML with.
  const { docs } = readJsonl(await res.text(), 'starter');
  const r = await corpus.add(docs, { addedFrom: 'starter' });
  return r.added;
}
