// Storage keys of the reader's settings, in one place.

/** "Remember articles I analyse": off unless the reader switches it on. */
export const REMEMBER_KEY = 'rememberArticles';

/** storage.local key of the running import's checkpoint (removed when it ends; left behind when its page closed). */
export const IMPORT_STATE_KEY = 'importState';

/** Where an import stood after its last batch. */
export interface ImportState {
  file: string;
  at: number;
  unit: 'line' | 'item' | 'file';
  added: number;
  read: number;
  size: number;
  startedAt: number;
}
