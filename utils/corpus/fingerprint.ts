// Fingerprints that find partial reuse: hashes of word n-grams ("shingles"). Winnowing (Schleimer et al. 2003)
// keeps the minimum of every window, so that any shared run of WINDOW + SHINGLE - 1 words shares a fingerprint.
import type { Tokens } from './tokens';

/** Words per shingle. */
export const SHINGLE = 5;
/** Winnowing window, in shingles. */
export const WINDOW = 8;

/** Hash of every word n-gram of `tokens`, position i covering words i .. i+k-1. */
export function shingleHashes(tokens: Tokens, k = SHINGLE): Uint32Array {
  const n = Math.max(0, tokens.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9e3779b1;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ tokens.hashes[i + j], 0x85ebca6b) ^ (h >>> 13);
    h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
    out[i] = (h ^ (h >>> 16)) >>> 0;
  }
  return out;
}

/** The winnowed fingerprints: the minimum hash of every window (rightmost on ties), each once, in order. */
export function winnow(hashes: Uint32Array, w = WINDOW): { hash: number; pos: number }[] {
  const out: { hash: number; pos: number }[] = [];
  if (hashes.length === 0) return out;
  if (hashes.length <= w) {
    let min = 0;
    for (let i = 1; i < hashes.length; i++) if (hashes[i] <= hashes[min]) min = i;
    return [{ hash: hashes[min], pos: min }];
  }
  let last = -1;
  for (let start = 0; start + w <= hashes.length; start++) {
    let min = start;
    for (let i = start + 1; i < start + w; i++) if (hashes[i] <= hashes[min]) min = i;
    if (min !== last) {
      out.push({ hash: hashes[min], pos: min });
      last = min;
    }
  }
  return out;
}
