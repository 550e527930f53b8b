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
 * multiEntry index as a plain array (IndexedDB reads a typed array as one binary key): see storedKeys.
 */
export function indexKeys(text: string): Uint32Array {
  return keysOf(prepareText(text));
}

/**
 * At most this many keys of a page are looked up. Each key is one range read in IndexedDB (the costly part of
 * a lookup); a reused passage needs only one of its keys looked up to bring its document in, and alignment
 * then finds every passage the two texts share, so a long page need not look up all of its keys.
 */
export const MAX_LOOKUP_KEYS = 48;

/** `n` items of `xs` spread evenly over it, first and last included (all of them when there are no more). */
function spread<T>(xs: readonly T[], n: number): T[] {
  if (xs.length <= n) return [...xs];
  if (n <= 0) return [];
  if (n === 1) return [xs[0]];
  return Array.from({ length: n }, (_, i) => xs[Math.round((i * (xs.length - 1)) / (n - 1))]);
}

/**
 * The keys a page looks up, distinct and ascending: all of them up to `max`; beyond that, half paragraph
 * anchors and half sampled keys (either half filled from the other when it runs short), each spread evenly
 * over the page, so a passage reused anywhere in it, verbatim from its opening or reworded inside, still
 * has a key looked up. Keys are chosen as a document's are, so a shared passage shares its keys.
 */
export function lookupKeys(p: PreparedText, max = MAX_LOOKUP_KEYS, sample = KEY_SAMPLE): Uint32Array {
  const all = keysOf(p);
  if (all.length <= max) return all;
  const anchors: number[] = [];
  const sampled: number[] = [];
  const seen = new Set<number>();
  for (const pos of p.keyPositions) {
    const h = p.shingles[pos];
    if (seen.has(h)) continue;
    seen.add(h);
    ((h & (sample - 1)) === 0 ? sampled : anchors).push(h);
  }
  const half = Math.ceil(max / 2);
  const nAnchors = Math.min(anchors.length, Math.max(half, max - sampled.length));
  const chosen = [...spread(anchors, nAnchors), ...spread(sampled, max - nAnchors)];
  return Uint32Array.from(chosen).sort();
}

/** The keys a page looks up (see lookupKeys). */
export function queryKeys(text: string, max = MAX_LOOKUP_KEYS): Uint32Array {
  return lookupKeys(prepareText(text), max);
}
