// Lookup keys: the few fingerprints of a text that go into the index. A shingle is a key when its hash is
// 0 mod KEY_SAMPLE (a sparse sample that does not depend on the text around it, so a page and a document
// that share a passage pick the same keys in it), or when it opens a paragraph (an anchor: a reused or
// recurring paragraph, like a newsletter line, always shares its first shingle).
import { SHINGLE, shingleHashes } from './fingerprint';
import { FLAG_PARAGRAPH, tokenize, type Tokens } from './tokens';

/** One shingle in KEY_SAMPLE is a key (a power of two). */
export const KEY_SAMPLE = 16;

/** A text ready for lookup and alignment: its words, shingle hashes and the positions of its keys. */
export interface PreparedText {
  text: string;
  tokens: Tokens;
  shingles: Uint32Array;
  /** Shingle positions whose hash is a key, ascending. */
  keyPositions: Uint32Array;
}

/** Whether shingle `i` is a key: sampled by its hash, or the first of a paragraph of SHINGLE words or more. */
function isKeyAt(tokens: Tokens, shingles: Uint32Array, i: number, sample: number): boolean {
  if ((shingles[i] & (sample - 1)) === 0) return true;
  if (!(tokens.flags[i] & FLAG_PARAGRAPH)) return false;
  for (let j = i + 1; j < i + SHINGLE; j++) if (tokens.flags[j] & FLAG_PARAGRAPH) return false;
  return true;
}

/** Tokens, shingles and key positions of `text`. */
export function prepareText(text: string, sample = KEY_SAMPLE): PreparedText {
  const tokens = tokenize(text);
  const shingles = shingleHashes(tokens);
  const pos: number[] = [];
  for (let i = 0; i < shingles.length; i++) if (isKeyAt(tokens, shingles, i, sample)) pos.push(i);
  return { text, tokens, shingles, keyPositions: Uint32Array.from(pos) };
}

/** The distinct key hashes of a prepared text, ascending. */
export function keysOf(p: PreparedText): Uint32Array {
  const keys = new Uint32Array(p.keyPositions.length);
  for (let i = 0; i < keys.length; i++) keys[i] = p.shingles[p.keyPositions[i]];
  keys.sort();
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) keys[n++] = keys[i];
  return keys.slice(0, n);
}

/**
 * The keys a corpus document is indexed under, distinct and ascending. An IndexedDB store keeps them in a
 * multiEntry index; IndexedDB reads a typed array as one binary key, so store `Array.from(keys)`.
 */
export function indexKeys(text: string): Uint32Array {
  return keysOf(prepareText(text));
}

/** The keys a page looks up: chosen exactly as a document's, so a shared passage shares its keys. */
export function queryKeys(text: string): Uint32Array {
  return indexKeys(text);
}
