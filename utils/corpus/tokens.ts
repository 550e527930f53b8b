// Words of a text with their character offsets, normalised for comparison (case, accents, quotes).

/** A word: offsets into the original text and its normalised form's hash. */
export interface Tokens {
  starts: Uint32Array;
  ends: Uint32Array;
  hashes: Uint32Array;
  length: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** FNV-1a over the string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Lower case, without diacritics, with straight apostrophes. */
export function normaliseWord(w: string): string {
  const lower = w.toLowerCase().replace(/’/g, "'");
  return /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}+/gu, '') : lower;
}

/** Tokenises `text` into words with offsets and hashes. */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index!);
    ends.push(m.index! + m[0].length);
    hashes.push(hashString(normaliseWord(m[0])));
  }
  return { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends), hashes: Uint32Array.from(hashes), length: hashes.length };
}
