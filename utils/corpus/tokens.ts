// Words of a text with their character offsets, normalised for comparison (case, accents, quotes), and
// what matching needs to know about each: does it open a paragraph or a sentence, is it capitalised.

/** A word: offsets into the original text, its normalised form's hash and its FLAG_* bits. */
export interface Tokens {
  starts: Uint32Array;
  ends: Uint32Array;
  hashes: Uint32Array;
  flags: Uint8Array;
  length: number;
}

/** The word is the first of its paragraph (the text's start or after a line break). */
export const FLAG_PARAGRAPH = 1;
/** The word opens a sentence (a paragraph, or after . ! ? and optional closing quotes). */
export const FLAG_SENTENCE = 2;
/** The word starts with a capital letter. */
export const FLAG_CAPITAL = 4;
/** The word is a number. */
export const FLAG_NUMBER = 8;

const CAPITAL = /^\p{Lu}/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{N}$/u;
const SENTENCE_END = new Set([...'.!?…'].map((c) => c.charCodeAt(0)));
const CLOSING_QUOTE = new Set([...`"'”’)]`].map((c) => c.charCodeAt(0)));
const OPENING_QUOTE = new Set([...`"'“‘([`].map((c) => c.charCodeAt(0)));
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;

// Character classes of non-ASCII code points, tested once each (ASCII ones are in ASCII_CLASS).
const classCache = new Map<number, number>();
const CLASS_LETTER = 1;
const CLASS_DIGIT = 2;
function classOf(cp: number): number {
  let c = classCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER.test(ch) ? CLASS_LETTER : DIGIT.test(ch) ? CLASS_DIGIT : 0;
    classCache.set(cp, c);
  }
  return c;
}

/** Whether the characters of `text` in [from, to) end one sentence and open another: . ! ? … , closing quotes, space, opening quotes. */
function sentenceBreak(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && OPENING_QUOTE.has(text.charCodeAt(i))) i--;
  if (i < from || !isSpace(text.charCodeAt(i))) return false;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  while (i >= from && CLOSING_QUOTE.has(text.charCodeAt(i))) i--;
  return i >= from && SENTENCE_END.has(text.charCodeAt(i));
}

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

/** ASCII characters: 0 not in a word, then CLASS_LETTER, CLASS_DIGIT, or ASCII_UPPER for a capital letter. */
const ASCII_UPPER = 3;
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? ASCII_UPPER : c >= 97 && c <= 122 ? CLASS_LETTER : c >= 48 && c <= 57 ? CLASS_DIGIT : 0));

/**
 * Tokenises `text` into words (letters and digits, with an apostrophe suffix) with offsets, hashes and flags.
 * An ASCII word is hashed (lower-cased) in the pass that finds its end; a word with other characters is
 * normalised (normaliseWord) and hashed afterwards. One pass over most words' characters instead of two: the
 * loop runs before it is compiled in a woken worker, which prepares up to 50 candidate documents per lookup.
 */
export function tokenize(text: string): Tokens {
  const cap = Math.max(16, text.length >> 2);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let hashes = new Uint32Array(cap);
  let flags = new Uint8Array(cap);
  let n = 0;
  let prevEnd = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00) cp = text.codePointAt(i)!;
    const cls = cp < 128 ? ASCII_CLASS[cp] : classOf(cp);
    if (!cls) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    // A word: letters and digits, then optionally an apostrophe and letters.
    const start = i;
    let ascii = true;
    // FNV-1a of the lower-cased word, while it is ASCII.
    let h = 0x811c9dc5;
    while (i < len) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        const k = ASCII_CLASS[c];
        if (!k) break;
        h = Math.imul(h ^ (k === ASCII_UPPER ? c + 32 : c), 0x01000193);
        i++;
        continue;
      }
      if (c >= 0xd800 && c < 0xdc00) c = text.codePointAt(i)!;
      if (!classOf(c)) break;
      ascii = false;
      i += c > 0xffff ? 2 : 1;
    }
    const apostrophe = i + 1 < len ? text.charCodeAt(i) : 0;
    if (apostrophe === 39 || apostrophe === 0x2019) {
      let j = i + 1;
      let h2 = Math.imul(h ^ 39, 0x01000193);
      let suffixAscii = apostrophe === 39;
      while (j < len) {
        let c = text.charCodeAt(j);
        if (c < 128) {
          const k = ASCII_CLASS[c];
          if (k !== CLASS_LETTER && k !== ASCII_UPPER) break;
          h2 = Math.imul(h2 ^ (k === ASCII_UPPER ? c + 32 : c), 0x01000193);
          j++;
          continue;
        }
        if (c >= 0xd800 && c < 0xdc00) c = text.codePointAt(j)!;
        if (classOf(c) !== CLASS_LETTER) break;
        suffixAscii = false;
        j += c > 0xffff ? 2 : 1;
      }
      if (j > i + 1) {
        ascii &&= suffixAscii;
        h = h2;
        i = j;
      }
    }
    if (n === starts.length) {
      const grow = <T extends Uint32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
      hashes = grow(hashes);
      flags = grow(flags);
    }
    h = ascii ? h >>> 0 : hashString(normaliseWord(text.slice(start, i)));
    let f = 0;
    if (n === 0) f |= FLAG_PARAGRAPH | FLAG_SENTENCE;
    else {
      let newline = false;
      for (let k = prevEnd; k < start; k++) {
        if (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) {
          newline = true;
          break;
        }
      }
      if (newline) f |= FLAG_PARAGRAPH | FLAG_SENTENCE;
      else if (sentenceBreak(text, prevEnd, start)) f |= FLAG_SENTENCE;
    }
    if (cp < 128 ? cls === ASCII_UPPER : CAPITAL.test(text.slice(start, start + 2))) f |= FLAG_CAPITAL;
    if (cls === CLASS_DIGIT) f |= FLAG_NUMBER;
    starts[n] = start;
    ends[n] = i;
    hashes[n] = h;
    flags[n] = f;
    n++;
    prevEnd = i;
  }
  return { starts: starts.slice(0, n), ends: ends.slice(0, n), hashes: hashes.slice(0, n), flags: flags.slice(0, n), length: n };
}

/** Whether word `i` reads as a name or a figure: capitalised inside a sentence, or a number. */
export function isNameLike(tokens: Tokens, i: number): boolean {
  const f = tokens.flags[i];
  return (f & FLAG_NUMBER) !== 0 || ((f & FLAG_CAPITAL) !== 0 && (f & FLAG_SENTENCE) === 0);
}
