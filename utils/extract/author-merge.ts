// What the less structured sources add to the authors a more structured one gave: the printed name for an
// account name ("robert.muster" -> Robert Muster) or initials ("RM"), and the co-authors a visible byline lists beside them.
import type { Annotation } from '../annotation';
import { normaliseWord } from '../corpus/tokens';
import { letterPattern, OPENS_WITH_CAPITAL, WORD_GAPS } from '../letter-patterns';

type Author = Annotation['authors'][number];

/** An account name rather than a printed name: one lower-case word, maybe joined by dots, dashes or digits. */
const HANDLE = letterPattern(/^\p{Ll}[\p{Ll}\d._-]{2,40}$/u);
export const isHandle = (name: string) => HANDLE.test(name);

// Compared lower-cased and without accents (normaliseWord): an account name is written in ASCII
// ("gabor_munier" for Gàbor Muniér).
const letters = (s: string) => {
  const word = normaliseWord(s);
  return word.replace(WORD_GAPS.for(word), '');
};

/** Whether `printed` is the name behind the account `handle`: the same letters ("arianmuster" for Arian
 * Muster), or the handle's parts opening and closing the name ("jane.doe" for Jane P. Doe). */
export function isNameOfHandle(handle: string, printed: string): boolean {
  if (isHandle(printed) || !/\s/.test(printed)) return false;
  const h = letters(handle);
  if (h.length >= 4 && letters(printed).startsWith(h)) return true;
  const parts = normaliseWord(handle).split(/[._-]+/).filter(Boolean);
  const words = normaliseWord(printed).split(/\s+/);
  return parts.length >= 2 && parts[0] === words[0] && parts[parts.length - 1] === words[words.length - 1];
}

const CAPITALISED_WORD = letterPattern(/^\p{Lu}\p{Ll}+$/u);
const CAPITALISED_START = letterPattern(/^\p{Lu}\p{Ll}/u);
const INITIALS = letterPattern(/^\p{Lu}{2,3}$/u);

/** Whether `printed` is the full name of someone credited by first name only ("Nils" for Nils Muster). */
export function isFullNameOf(first: string, printed: string): boolean {
  const words = printed.split(/\s+/);
  return CAPITALISED_WORD.test(first) && words.length >= 2 && words.length <= 4 && words[0] === first && words.every((w) => OPENS_WITH_CAPITAL.test(w));
}

/** Whether `printed` is the name behind the initials `initials` ("DT" for Donald Townsend). */
export function isNameOfInitials(initials: string, printed: string): boolean {
  const words = printed.split(/\s+/);
  return INITIALS.test(initials) && words.length === initials.length && words.every((w, i) => CAPITALISED_START.test(w) && w[0] === initials[i]);
}

/** `authors` with account names, first names and initials replaced by the printed names found elsewhere on the page. */
export function withPrintedNames(authors: Author[], elsewhere: string[]): Author[] {
  return authors.map((a) => {
    const printed = isHandle(a.name) ? elsewhere.find((n) => isNameOfHandle(a.name, n)) : elsewhere.find((n) => isFullNameOf(a.name, n) || isNameOfInitials(a.name, n));
    return printed ? { ...a, name: printed } : a;
  });
}

/** A byline from `bylines` that lists all of `authors` and more (co-authors the metadata left out), else
 * `authors`. The others must be full names: a single word may be the author's initials ("Jane Doe, JD"). */
export function widerByline(authors: Author[], bylines: Author[][]): Author[] {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const listed = (b: Author[], a: Author) => b.some((x) => same(x.name, a.name));
  const wider = bylines.find((b) => b.length > authors.length && b.length <= 6 && authors.every((a) => listed(b, a)) && b.every((x) => listed(authors, x) || /\S\s+\S/.test(x.name)));
  return wider ?? authors;
}
