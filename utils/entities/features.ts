/**
 * Feature extraction shared by the training script and the runtime tagger. Both must produce exactly the same
 * hashed feature ids, so everything that influences a feature lives here and nowhere else.
 * Features are hashed (no feature dictionary ships): id = mix(template, hash(value...)) & TABLE_MASK.
 */
import { CAPITAL, LETTER, letterPattern, OPENS_WITH_CAPITAL, TWO_LETTERS } from '../letter-patterns';

const LOWER = letterPattern(/\p{Ll}/u);
const NUMBER = letterPattern(/\p{N}/u);
/** A letter opening a word or a part of one (global: for replace). */
const WORD_START = letterPattern(/(^|[-'.])(\p{L})/gu);

export const TABLE_BITS = 22;
export const TABLE_MASK = (1 << TABLE_BITS) - 1;

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const NTAGS = TAGS.length;

// Gazetteer bits (single tokens and phrases).
export const G_FORE = 1, G_SUR = 2, G_COUNTRY = 4, G_CITY = 8, G_BIGCITY = 16, G_UNIV = 32, G_COMPANY = 64,
  G_ORGWORD = 128, G_TITLE = 256, G_LOCWORD = 512;
export const GAZ_BITS = 10;

/** Training-time view of one lexicon word (the shipped form is columnar, see `Lexicon`). */
export interface WordInfo {
  gaz: number;
  /** 0 unseen, then 1..15: how often the word is capitalised mid-sentence, crossed with a frequency band. */
  cap: number;
  /** Most frequent surface form, when it is not plain lower case (for truecasing). */
  form?: string;
  /** Distributional cluster path with a leading 1 bit (so 0 = none). */
  cl: number;
}
export const CASE_LOWER = 0, CASE_TITLE = 1, CASE_UPPER = 2, CASE_MIXED = 3;

/** Columnar lexicon: `index` maps a normalised word to its row in the typed arrays. */
export interface Lookup { get(key: string): number | undefined; readonly size: number }
export interface Lexicon {
  index: Lookup;
  gaz: Uint16Array;
  cap: Uint8Array;
  caseCode: Uint8Array;
  cl: Uint16Array;
  mixed: Map<number, string>;
  /** Lower-cased multi-token phrases ("new york", "goldman sachs") -> gazetteer bits; proper prefixes -> 0. */
  phrases: Lookup;
  maxPhrase: number;
}

export function caseCodeOf(form: string | undefined): number {
  if (!form || form === form.toLowerCase()) return CASE_LOWER;
  if (form === form.toUpperCase()) return CASE_UPPER;
  const title = form[0].toUpperCase() + form.slice(1).toLowerCase();
  return form === title ? CASE_TITLE : CASE_MIXED;
}
/** Applies a lexicon casing to an upper-case word. */
function applyCase(w: string, code: number, mixed: string | undefined): string {
  if (code === CASE_UPPER) return w;
  if (code === CASE_MIXED && mixed) return mixed;
  const l = w.toLowerCase();
  return code === CASE_TITLE ? l[0].toUpperCase() + l.slice(1) : l;
}

// Words that end organisation names, and titles before person names: small hand-made lists (why: the
// gazetteers have names, not these structural cues, and they generalise to unseen names).
export const ORG_WORDS = ('inc corp corporation co ltd plc llc ag sa nv gmbh group holdings bank party ministry ' +
  'agency university college institute club fc united city rovers athletic association council committee ' +
  'commission federation union court airlines airways news times post press television radio tv company ' +
  'department office organisation organization foundation fund authority board army navy police church ' +
  'league society trust exchange board parliament assembly senate congress brigade front movement service ' +
  'services industries motors systems technologies communications petroleum oil energy').split(' ');
export const TITLE_WORDS = ('mr mr. mrs mrs. ms ms. dr dr. president minister premier chancellor king queen prince ' +
  'princess senator sen. gov. governor general gen. secretary chairman spokesman spokeswoman leader pope ' +
  'judge coach captain striker midfielder defender goalkeeper director chief sir lord lady rev. mayor ' +
  'ambassador envoy commander colonel col. lt. sgt. sheikh ayatollah cardinal bishop rabbi prof. professor').split(' ');
export const LOC_WORDS = ('river lake mountain mountains mount mt. island islands province state county district ' +
  'region valley gulf sea ocean bay strait street airport port city north south east west').split(' ');

// --- hashing ---------------------------------------------------------------------------------------------
export function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= h >>> 13;
  return h >>> 0;
}
const f1 = (t: number, a: number) => mix(t, a) & TABLE_MASK;
const f2 = (t: number, a: number, b: number) => mix(mix(t, a), b) & TABLE_MASK;
const f3 = (t: number, a: number, b: number, c: number) => mix(mix(mix(t, a), b), c) & TABLE_MASK;

// --- word properties -------------------------------------------------------------------------------------
export function shape(w: string, collapse: boolean): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    let c: string;
    const k = ch.charCodeAt(0);
    if (k >= 65 && k <= 90) c = 'X';
    else if (k >= 97 && k <= 122) c = 'x';
    else if (k >= 48 && k <= 57) c = 'd';
    else if (k < 128) c = ch;
    else if (CAPITAL.test(ch)) c = 'X';
    else if (LOWER.test(ch)) c = 'x';
    else if (NUMBER.test(ch)) c = 'd';
    else if (LETTER.test(ch)) c = 'o'; // scripts without case
    else c = ch;
    if (c === last) { run++; if (collapse || run > 2) continue; } else { run = 0; }
    last = c;
    out += c;
    if (out.length > 12) break;
  }
  return out;
}
export const isUpperWord = (w: string) => CAPITAL.test(w) && !LOWER.test(w);
export const isCapitalised = (w: string) => OPENS_WITH_CAPITAL.test(w);
/** Normalised lower-case key: curly apostrophes straightened, digits folded (1996 and 2008 look alike). */
export function norm(w: string): string {
  const l = w.toLowerCase();
  return NEEDS_NORM.test(l) ? l.replace(/[\u2019\u02bc]/g, "'").replace(/\d/g, '0') : l;
}
const NEEDS_NORM = /[\d\u2019\u02bc]/;

/** Whether the lexicon's gazetteer lists `word` as a given name ("Johannes", "Gregory"). */
export function isForename(lex: Lexicon, word: string): boolean {
  const row = lex.index.get(norm(word));
  return row !== undefined && (lex.gaz[row] & G_FORE) !== 0;
}

/** Whether the gazetteer lists `word` as a company's name and as no place or person's name ("Netflix", "Boeing"). */
export function isCompanyOnly(lex: Lexicon, word: string): boolean {
  const row = lex.index.get(norm(word));
  return row !== undefined && (lex.gaz[row] & (G_COMPANY | G_COUNTRY | G_CITY | G_BIGCITY | G_LOCWORD | G_FORE | G_SUR)) === G_COMPANY;
}

// --- truecasing ------------------------------------------------------------------------------------------
/** Whether a line should be truecased: most of its words are all capitals (headlines, shouting, tables). */
export function isCapsLine(words: string[]): boolean {
  let caps = 0, letters = 0;
  for (const w of words) {
    if (!TWO_LETTERS.test(w)) continue;
    letters++;
    if (isUpperWord(w)) caps++;
  }
  return letters >= 1 && caps / letters > 0.6;
}

/**
 * Restores the likely casing of an ALL-CAPS word: the form seen in this document if any, else the lexicon's
 * most frequent form, else (unknown word) title case, since unknown words in headlines are mostly names.
 */
export function truecase(w: string, lex: Lexicon, docForms?: Map<string, string>): string {
  if (!isUpperWord(w) || w.length < 2) return w;
  const key = norm(w);
  const doc = docForms?.get(key);
  if (doc) return doc;
  const row = lex.index.get(key);
  if (row !== undefined && lex.cap[row]) return applyCase(w, lex.caseCode[row], lex.mixed.get(row));
  if (w.length <= 3 && !/[-']/.test(w)) return w; // short unknowns are usually acronyms
  const low = w.toLowerCase();
  return low.replace(WORD_START.for(low), (_m, a: string, b: string) => a + b.toUpperCase());
}

// --- feature templates -----------------------------------------------------------------------------------
const enum T {
  Bias = 1, W, L, P2, P3, S2, S3, S4, Sh, SSh, Wm1, Wp1, Lm2, Lp2, Lm1L, LLp1, ShBi1, ShBi2, ShTri, Gaz, GazM1,
  GazP1, Phr, Cap, Init, Cl4, Cl, ClM1, ClP1, Caps, Lm1Sh, ShLp1, Len, Paren, GazM2, CapM1, CapP1,
}

const EMPTY = hashStr('<s>');

/**
 * Hashed features of every token of one sentence. `capsLine` tells that the words were truecased from an
 * ALL-CAPS line (the model learns to trust casing less there). Returns flat ids plus per-token offsets.
 */
export function sentenceFeatures(words: string[], lex: Lexicon, capsLine: boolean): { ids: Uint32Array; off: Uint32Array } {
  const n = words.length;
  const wf = words.map((w) => wordFeats(w, lex));
  const low = wf.map((x) => x.low);
  const hW = wf.map((x) => x.hW);
  const hL = wf.map((x) => x.hL);
  const ssh = wf.map((x) => x.ssh);
  const row = wf.map((x) => x.row);
  const gaz = row.map((r) => (r < 0 ? 0 : lex.gaz[r]));
  // (phrase prefixes map to 0, whole phrases to their bits)
  const capOf = (r: number) => (r < 0 ? 0 : lex.cap[r]);
  const clOf = (r: number) => (r < 0 ? 0 : lex.cl[r]);
  // Phrase gazetteer: longest match from each start; tag B/I with its bits.
  const phr = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) {
    let key = low[i];
    if (lex.phrases.get(key) === undefined) continue;
    for (let j = i + 1; j < Math.min(n, i + lex.maxPhrase); j++) {
      key += ' ' + low[j];
      const bits = lex.phrases.get(key);
      if (bits === undefined) break; // not even a prefix of a phrase
      if (bits) {
        for (let k = i; k <= j; k++) { phr[k * 2] |= k === i ? bits : 0; phr[k * 2 + 1] |= k === i ? 0 : bits; }
      }
    }
  }
  let depth = 0;
  const ids = idBuf;
  ids.length = 0;
  const off = new Uint32Array(n + 1);
  const isCap = wf.map((x) => x.isCap);
  const capB = (i: number) => (i < 0 || i >= n ? 99 : capOf(row[i]) * 2 + (isCap[i] ? 1 : 0));
  for (let i = 0; i < n; i++) {
    off[i] = ids.length;
    const w = words[i], l = low[i];
    const cap = capsLine ? 1 : 0;
    const pW = i > 0 ? hL[i - 1] : EMPTY, nW = i + 1 < n ? hL[i + 1] : EMPTY;
    const pSh = i > 0 ? ssh[i - 1] : EMPTY, nSh = i + 1 < n ? ssh[i + 1] : EMPTY;
    ids.push(f1(T.Bias, 0));
    for (const id of wf[i].own) ids.push(id);
    ids.push(f1(T.Wm1, i > 0 ? hW[i - 1] : EMPTY), f1(T.Wp1, i + 1 < n ? hW[i + 1] : EMPTY));
    ids.push(f1(T.Lm2, i > 1 ? hL[i - 2] : EMPTY), f1(T.Lp2, i + 2 < n ? hL[i + 2] : EMPTY));
    ids.push(f2(T.Lm1L, pW, hL[i]), f2(T.LLp1, hL[i], nW));
    ids.push(f2(T.ShBi1, pSh, ssh[i]), f2(T.ShBi2, ssh[i], nSh), f3(T.ShTri, pSh, ssh[i], nSh));
    ids.push(f2(T.Lm1Sh, pW, ssh[i]), f2(T.ShLp1, ssh[i], nW));
    ids.push(f2(T.Init, i === 0 ? 1 : 0, ssh[i]), f2(T.Caps, cap, ssh[i]));
    ids.push(f2(T.Len, Math.min(l.length, 8), isCap[i] ? 1 : 0));
    ids.push(f3(T.Cap, capB(i), i === 0 ? 1 : 0, cap), f2(T.CapM1, capB(i - 1), capB(i)), f2(T.CapP1, capB(i), capB(i + 1)));
    if (w === '(') depth++;
    ids.push(f1(T.Paren, depth > 0 ? 1 : 0));
    if (w === ')') depth = Math.max(0, depth - 1);
    const c = isCap[i] ? 1 : 0;
    const any = gaz[i] | (i > 0 ? gaz[i - 1] : 0) | (i > 1 ? gaz[i - 2] : 0) | (i + 1 < n ? gaz[i + 1] : 0) | phr[i * 2] | phr[i * 2 + 1];
    for (let b = 0; any && b < GAZ_BITS; b++) {
      const bit = 1 << b;
      if (gaz[i] & bit) ids.push(f2(T.Gaz, b, c));
      if (i > 0 && gaz[i - 1] & bit) ids.push(f3(T.GazM1, b, c, isCap[i - 1] ? 1 : 0));
      if (i > 1 && gaz[i - 2] & bit) ids.push(f2(T.GazM2, b, c));
      if (i + 1 < n && gaz[i + 1] & bit) ids.push(f3(T.GazP1, b, c, isCap[i + 1] ? 1 : 0));
      if (phr[i * 2] & bit) ids.push(f2(T.Phr, b, 0));
      if (phr[i * 2 + 1] & bit) ids.push(f2(T.Phr, b, 1));
    }
    const cl = clOf(row[i]);
    if (cl) ids.push(f1(T.Cl4, cl >> 4), f1(T.Cl, cl));
    const clp = i > 0 ? clOf(row[i - 1]) : 0;
    const cln = i + 1 < n ? clOf(row[i + 1]) : 0;
    ids.push(f1(T.ClM1, clp), f1(T.ClP1, cln));
  }
  off[n] = ids.length;
  return { ids: Uint32Array.from(ids), off };
}
const idBuf: number[] = [];

/** Per-word parts of the features, cached per lexicon: news repeats its words a lot. */
interface WordFeats { low: string; hW: number; hL: number; ssh: number; row: number; isCap: boolean; own: number[] }
const wordCache = new WeakMap<Lexicon, Map<string, WordFeats>>();
function wordFeats(w: string, lex: Lexicon): WordFeats {
  let cache = wordCache.get(lex);
  if (!cache) wordCache.set(lex, (cache = new Map()));
  let x = cache.get(w);
  if (x) return x;
  const l = norm(w);
  const hW = hashStr(w), hL = hashStr(l), ssh = hashStr(shape(w, true));
  const own = [f1(T.W, hW), f1(T.L, hL), f1(T.Sh, hashStr(shape(w, false))), f1(T.SSh, ssh)];
  if (l.length > 3) {
    own.push(f1(T.P2, hashStr(l.slice(0, 2))), f1(T.P3, hashStr(l.slice(0, 3))));
    own.push(f1(T.S2, hashStr(l.slice(-2))), f1(T.S3, hashStr(l.slice(-3))), f1(T.S4, hashStr(l.slice(-4))));
  }
  x = { low: l, hW, hL, ssh, row: lex.index.get(l) ?? -1, isCap: isCapitalised(w), own };
  if (cache.size > 200_000) cache.clear(); // bound memory on endless streams of new words
  cache.set(w, x);
  return x;
}
