// Storage keys of the reader's settings, in one place.
import type { ImportProgress } from './store/import-job';

/** "Remember articles I analyse": off unless the reader switches it on. */
export const REMEMBER_KEY = 'rememberArticles';

/** storage.local key of the running import's checkpoint (removed when it ends; left behind when its page closed). */
export const IMPORT_STATE_KEY = 'importState';

/** Where an import stood after its last batch, and when it started. */
export type ImportState = ImportProgress & { startedAt: number };
