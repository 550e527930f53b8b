/**
 * The compact model format and its decoder (pure: runs in a content script and in Node).
 *
 * Weights blob (base64): magic "SLN1", u32 count K, f32 scale, 8*7 f32 transitions (row 0 = sentence start),
 * K varint deltas of the sorted hashed feature ids, K*7 int8 quantised weights (w = q * scale). Only ids with a
 * non-negligible averaged weight are kept; unknown ids score zero.
 */
import { NTAGS, TABLE_BITS, TAGS, type Lexicon } from '../features';
import { StringTable } from './strtable';

export interface Model {
  /**
   * Open-addressing table of 8-byte records, so that a feature costs one cache miss: byte 0 identifies the
   * feature (probe distance d in bits 0-4, the id's top 3 bits in bits 5-7; 0xff = empty slot), bytes 1-7
   * are its int8 weights. Slot home = the id's low (TABLE_BITS - 3) bits.
   */
  rec: Int8Array;
  mask: number;
  scale: number;
  trans: Float32Array;
  lex: Lexicon;
}

const B64 = new Uint8Array(128);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/** Base64 to bytes without atob's intermediate binary string (twice as fast on the 2.6 MB of weights). */
export function b64ToBytes(b64: string): Uint8Array {
  let n = b64.length;
  while (n > 0 && b64.charCodeAt(n - 1) === 61) n--; // '=' padding
  const out = new Uint8Array((n * 3) >> 2);
  let o = 0, i = 0;
  for (; i + 4 <= n; i += 4) {
    const v = (B64[b64.charCodeAt(i)] << 18) | (B64[b64.charCodeAt(i + 1)] << 12) | (B64[b64.charCodeAt(i + 2)] << 6) | B64[b64.charCodeAt(i + 3)];
    out[o++] = v >> 16; out[o++] = (v >> 8) & 255; out[o++] = v & 255;
  }
  if (n - i >= 2) {
    const v = (B64[b64.charCodeAt(i)] << 18) | (B64[b64.charCodeAt(i + 1)] << 12) | (n - i > 2 ? B64[b64.charCodeAt(i + 2)] << 6 : 0);
    out[o++] = v >> 16;
    if (n - i > 2) out[o++] = (v >> 8) & 255;
  }
  return out;
}

const SLOT_BITS = TABLE_BITS - 3;
const MAX_PROBE = 30;

export function decodeWeights(bytes: Uint8Array): Omit<Model, 'lex'> {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== 'SLN1') throw new Error('bad NER model');
  const K = dv.getUint32(4, true);
  const scale = dv.getFloat32(8, true);
  let p = 12;
  const trans = new Float32Array((NTAGS + 1) * NTAGS);
  for (let i = 0; i < trans.length; i++, p += 4) trans[i] = dv.getFloat32(p, true);
  const size = 1 << SLOT_BITS, mask = size - 1;
  const rec = new Int8Array(size * 8).fill(-1); // meta byte 0xff = empty; weights of empty slots are never read
  const wBase = p + varintBytes(bytes, p, K);
  let id = 0;
  for (let k = 0; k < K; k++) {
    let v = 0, shift = 1, b: number;
    do { b = bytes[p++]; v += (b & 0x7f) * shift; shift *= 128; } while (b & 0x80);
    id += v;
    const home = id & mask;
    let d = 0;
    while (d <= MAX_PROBE && rec[((home + d) & mask) * 8] !== -1) d++;
    if (d > MAX_PROBE) continue; // table locally full: drop this (small) feature
    const r = ((home + d) & mask) * 8;
    rec[r] = d | ((id >>> SLOT_BITS) << 5);
    for (let t = 0; t < NTAGS; t++) rec[r + 1 + t] = bytes[wBase + k * NTAGS + t];
  }
  return { rec, mask, scale, trans };
}

function varintBytes(bytes: Uint8Array, p: number, count: number): number {
  const start = p;
  for (let k = 0; k < count; k++) while (bytes[p++] & 0x80);
  return p - start;
}

/** Offset of a feature's weights in `rec`, or -1 when the model does not know it. */
export function lookupRow(m: Omit<Model, 'lex'>, id: number): number {
  const rec = m.rec, mask = m.mask;
  const home = id & mask, tag = (id >>> SLOT_BITS) << 5;
  for (let d = 0; d <= MAX_PROBE; d++) {
    const r = ((home + d) & mask) * 8;
    const meta = rec[r] & 0xff;
    if (meta === 0xff) return -1;
    if (meta === (d | tag)) return r + 1;
  }
  return -1;
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

/** Emission scores for one sentence from its hashed feature ids. */
export function emissions(m: Omit<Model, 'lex'>, ids: Uint32Array, off: Uint32Array, n: number): Float32Array {
  const em = new Float32Array(n * NTAGS);
  const w = m.rec;
  for (let i = 0; i < n; i++) {
    const base = i * NTAGS;
    for (let f = off[i]; f < off[i + 1]; f++) {
      const r = lookupRow(m, ids[f]);
      if (r < 0) continue;
      for (let t = 0; t < NTAGS; t++) em[base + t] += w[r + t];
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
