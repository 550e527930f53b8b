// The options page opens the corpus database directly: it shares the extension's origin with the
// background, so imports need no messaging.
import { IdbCorpus } from '../../utils/store/idb-corpus';
import type { ParseMarkup } from '../../utils/store/import-formats';
import { openCorpusDb } from '../../utils/store/schema';

let corpus: Promise<IdbCorpus> | null = null;

export function openCorpus(): Promise<IdbCorpus> {
  corpus ??= openCorpusDb().then((db) => new IdbCorpus(db));
  return corpus;
}

/** The page's own parser: imported HTML is parsed inert (DOMParser runs no scripts, loads nothing). */
export const parseInPage: ParseMarkup = (text, type) => new DOMParser().parseFromString(text, type);
