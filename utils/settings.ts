// Storage keys of the reader's settings, in one place.

/** "Remember articles I analyse": off unless the reader switches it on. */
export const REMEMBER_KEY = 'rememberArticles';
