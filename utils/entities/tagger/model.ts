/**
 * The compact model format and its decoder (pure: runs in a content script and in Node).
 *
 * Weights blob (base64): magic "SLN1", u32 count K, f32 scale, 8*7 f32 transitions (row 0 = sentence start),
 * K varint deltas of the sorted hashed feature ids, K*7 int8 quantised weights (w = q * scale). Only ids with a
 * non-negligible averaged weight are kept; unknown ids score zero.
 */
import { NTAGS, TAGS, type Lexicon } from '../features';
import { StringTable } from './strtable';

export interface Model {
  /** Open-addressing table: slot -> feature id + 1 (0 = empty); rows[slot] -> weight row. */
  keys: Uint32Array;
  rows: Int32Array;
  mask: number;
  weights: Int8Array;
  scale: number;
  trans: Float32Array;
  lex: Lexicon;
}

export function b64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function decodeWeights(bytes: Uint8Array): Omit<Model, 'lex'> {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== 'SLN1') throw new Error('bad NER model');
  const K = dv.getUint32(4, true);
  const scale = dv.getFloat32(8, true);
  let p = 12;
  const trans = new Float32Array((NTAGS + 1) * NTAGS);
  for (let i = 0; i < trans.length; i++, p += 4) trans[i] = dv.getFloat32(p, true);
  let size = 1;
  while (size < K * 2) size <<= 1;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size);
  const mask = size - 1;
  let id = 0;
  for (let k = 0; k < K; k++) {
    let v = 0, shift = 0, b: number;
    do { b = bytes[p++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    id += v;
    let s = slotOf(id) & mask;
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = id + 1;
    rows[s] = k * NTAGS;
  }
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + p, K * NTAGS);
  return { keys, rows, mask, weights, scale, trans };
}

const slotOf = (id: number) => Math.imul(id, 0x9e3779b1) >>> 8;

export function lookupRow(m: Omit<Model, 'lex'>, id: number): number {
  let s = slotOf(id) & m.mask;
  const want = id + 1;
  for (;;) {
    const k = m.keys[s];
    if (k === want) return m.rows[s];
    if (k === 0) return -1;
    s = (s + 1) & m.mask;
  }
}

/** The lexicon as shipped: words (one per line), per-word attributes (base64: u16 gazetteer bits, u8 casing
 * band << 2 | case code, u16 cluster), "row\tform" lines for mixed-case forms, phrases and their proper
 * prefixes (one per line) with u16 bits each (0 for a bare prefix). */
export interface LexiconParts { words: string; attrB64: string; mixed: string; phrases: string; phraseBitsB64: string; maxPhrase: number }

export function parseLexicon(p: LexiconParts): Lexicon {
  const index = new StringTable(p.words);
  const n = index.size;
  const a = b64ToBytes(p.attrB64);
  const gaz = new Uint16Array(n), cap = new Uint8Array(n), caseCode = new Uint8Array(n), cl = new Uint16Array(n);
  for (let i = 0, q = 0; i < n; i++, q += 5) {
    gaz[i] = a[q] | (a[q + 1] << 8);
    cap[i] = a[q + 2] >> 2;
    caseCode[i] = a[q + 2] & 3;
    cl[i] = a[q + 3] | (a[q + 4] << 8);
  }
  const mixed = new Map<number, string>();
  for (const line of p.mixed.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) mixed.set(Number(line.slice(0, tab)), line.slice(tab + 1));
  }
  const pt = new StringTable(p.phrases);
  const pb = b64ToBytes(p.phraseBitsB64);
  const phrases = {
    size: pt.size,
    get(k: string) { const r = pt.get(k); return r === undefined ? undefined : pb[r * 2] | (pb[r * 2 + 1] << 8); },
  };
  return { index, gaz, cap, caseCode, cl, mixed, phrases, maxPhrase: p.maxPhrase };
}

export function loadModel(weightsB64: string, lexicon: LexiconParts): Model {
  return { ...decodeWeights(b64ToBytes(weightsB64)), lex: parseLexicon(lexicon) };
}

/** Emission scores for one sentence from its hashed feature ids. */
export function emissions(m: Omit<Model, 'lex'>, ids: Uint32Array, off: Uint32Array, n: number): Float32Array {
  const em = new Float32Array(n * NTAGS);
  for (let i = 0; i < n; i++) {
    const base = i * NTAGS;
    for (let f = off[i]; f < off[i + 1]; f++) {
      const r = lookupRow(m, ids[f]);
      if (r < 0) continue;
      for (let t = 0; t < NTAGS; t++) em[base + t] += m.weights[r + t];
    }
    for (let t = 0; t < NTAGS; t++) em[base + t] *= m.scale;
  }
  return em;
}

// I-X may only follow B-X or I-X (IOB2).
const ALLOWED: boolean[][] = [];
for (let p = -1; p < NTAGS; p++) {
  ALLOWED.push(TAGS.map((t) => !t.startsWith('I-') || (p >= 0 && TAGS[p].slice(2) === t.slice(2) && TAGS[p] !== 'O')));
}

/** First-order Viterbi over IOB2 tags. `trans` row 0 is the start row; row p+1 follows tag p. */
export function viterbi(em: Float32Array, trans: Float32Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * NTAGS);
  const back = new Int8Array(n * NTAGS);
  for (let t = 0; t < NTAGS; t++) score[t] = ALLOWED[0][t] ? em[t] + trans[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NTAGS; t++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < NTAGS; p++) {
        if (!ALLOWED[p + 1][t]) continue;
        const s = score[(i - 1) * NTAGS + p] + trans[(p + 1) * NTAGS + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * NTAGS + t] = best + em[i * NTAGS + t];
      back[i * NTAGS + t] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let t = 0; t < NTAGS; t++) if (score[(n - 1) * NTAGS + t] > best) { best = score[(n - 1) * NTAGS + t]; arg = t; }
  for (let i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i * NTAGS + arg]; }
  return out;
}
