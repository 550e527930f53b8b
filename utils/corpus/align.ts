// Aligns a page with one reference. Shared shingles seed maximal runs of identical words; the longest runs
// win where they overlap on the page (the loser is trimmed, not dropped); runs whose keys are mostly
// boilerplate go; runs in the same order a few words apart (light rewording) join into one passage, and
// passages a few page words apart (a dropped or moved sentence) form a cluster that must share enough
// words that are not names or figures. Passage edges snap to sentence edges across a swapped word or two.
import type { SharedPassage } from '../annotation';
import { SHINGLE } from './fingerprint';
import { prepareText, type PreparedText } from './keys';
import { FLAG_PARAGRAPH, FLAG_SENTENCE, isNameLike, type Tokens } from './tokens';

/** Page words two runs (or passages) may be apart and still belong together. */
export const MAX_GAP = 12;
/** A cluster must share this many words that are not names or figures (or twice as many words in all)... */
export const MIN_SHARED_WORDS = 10;
/** ...and hold one run of identical words at least this long. */
export const MIN_RUN_WORDS = 8;
/** A run trimmed by a longer one is kept when this many words remain. */
const MIN_PIECE = 3;
/** Passage edges move to a sentence edge at most this many words away (on both sides). */
const SNAP = 3;

interface Run {
  a: number; // first word in the page
  b: number; // first word in the reference
  len: number; // words
}

/**
 * What alignment needs of the page, the same for every candidate it is aligned with, so worked out once
 * per page (and set of boilerplate keys): where each of its shingles is, and how many of its keys before
 * each shingle position are boilerplate and how many are not.
 */
interface PageSide {
  /** Shingle hash to the page positions holding it, ascending. */
  at: Map<number, number[]>;
  common: ReadonlySet<number> | undefined;
  /** commonBefore[p]: boilerplate keys at shingle positions before p; rareBefore[p]: the others. */
  commonBefore: Uint32Array;
  rareBefore: Uint32Array;
  /** Page words in boilerplate paragraphs (null without boilerplate keys). */
  mask: Uint8Array | null;
}

const pageSides = new WeakMap<PreparedText, PageSide>();

function pageSide(page: PreparedText, common: ReadonlySet<number> | undefined): PageSide {
  const cached = pageSides.get(page);
  if (cached && cached.common === common) return cached;
  const at = cached?.at ?? new Map<number, number[]>();
  if (!cached) {
    for (let i = 0; i < page.shingles.length; i++) {
      const l = at.get(page.shingles[i]);
      if (l) l.push(i);
      else at.set(page.shingles[i], [i]);
    }
  }
  const n = page.shingles.length;
  const commonBefore = new Uint32Array(n + 1);
  const rareBefore = new Uint32Array(n + 1);
  let k = 0;
  for (let p = 0; p < n; p++) {
    commonBefore[p + 1] = commonBefore[p];
    rareBefore[p + 1] = rareBefore[p];
    for (; k < page.keyPositions.length && page.keyPositions[k] === p; k++) {
      if (common?.has(page.shingles[p])) commonBefore[p + 1]++;
      else rareBefore[p + 1]++;
    }
  }
  const side: PageSide = { at, common, commonBefore, rareBefore, mask: null };
  if (common?.size) side.mask = boilerplateWords(page.tokens, side);
  pageSides.set(page, side);
  return side;
}

/** Whether more of the page's keys at shingle positions [from, to) are boilerplate than not. */
function mostlyCommon(side: PageSide, from: number, to: number): boolean {
  const n = side.commonBefore.length - 1;
  const f = Math.max(0, Math.min(from, n));
  const t = Math.max(f, Math.min(to, n));
  return side.commonBefore[t] - side.commonBefore[f] > side.rareBefore[t] - side.rareBefore[f];
}

/** Page words in boilerplate paragraphs: paragraphs whose keys are mostly boilerplate. */
function boilerplateWords(t: Tokens, side: PageSide): Uint8Array {
  const mask = new Uint8Array(t.length);
  for (let s = 0; s < t.length; ) {
    let e = s + 1;
    while (e < t.length && !(t.flags[e] & FLAG_PARAGRAPH)) e++;
    if (mostlyCommon(side, s, e - SHINGLE + 1)) mask.fill(1, s, e);
    s = e;
  }
  return mask;
}

/** Whether a run is boilerplate: in a boilerplate paragraph, or its own keys mostly boilerplate. */
function isBoilerplate(r: Run, side: PageSide): boolean {
  return side.mask !== null && (side.mask[r.a] === 1 || mostlyCommon(side, r.a, r.a + r.len - SHINGLE + 1));
}

/**
 * Maximal runs of identical words seeded by equal shingles, each found once, in the order of their seeds
 * on the page (and in the reference).
 */
function seedRuns(page: PreparedText, ref: PreparedText, side: PageSide): Run[] {
  const pw = page.tokens.hashes;
  const rw = ref.tokens.hashes;
  const runs: (Run & { seedA: number; seedB: number })[] = [];
  // The end of the last run found on each diagonal: a seed before it lies inside that run. Seeds on one
  // diagonal come in page order whichever text is walked, so the same runs are found either way.
  const reach = new Map<number, number>();
  for (let j = 0; j < ref.shingles.length; j++) {
    const is = side.at.get(ref.shingles[j]);
    if (!is) continue;
    for (const i of is) {
      if ((reach.get(i - j) ?? -1) > i) continue;
      let len = 0;
      while (i + len < pw.length && j + len < rw.length && pw[i + len] === rw[j + len]) len++;
      if (len < SHINGLE) continue; // a hash collision
      reach.set(i - j, i + len);
      // One run per page paragraph, so that a recurring paragraph is judged apart from its neighbours.
      let s = i;
      for (let k = i + 1; k < i + len; k++) {
        if (page.tokens.flags[k] & FLAG_PARAGRAPH) {
          runs.push({ a: s, b: j + (s - i), len: k - s, seedA: i, seedB: j });
          s = k;
        }
      }
      runs.push({ a: s, b: j + (s - i), len: i + len - s, seedA: i, seedB: j });
    }
  }
  runs.sort((x, y) => x.seedA - y.seedA || x.seedB - y.seedB || x.a - y.a);
  return runs;
}

/** The longest runs first; a shorter run keeps the pieces no longer run has taken on the page. */
function chooseRuns(runs: Run[], pageWords: number): Run[] {
  const used = new Uint8Array(pageWords);
  const chosen: Run[] = [];
  for (const r of [...runs].sort((x, y) => y.len - x.len || x.a - y.a)) {
    let k = r.a;
    while (k < r.a + r.len) {
      while (k < r.a + r.len && used[k]) k++;
      const s = k;
      while (k < r.a + r.len && !used[k]) k++;
      if (k - s >= MIN_PIECE) {
        used.fill(1, s, k);
        chosen.push({ a: s, b: r.b + (s - r.a), len: k - s });
      }
    }
  }
  return chosen.sort((x, y) => x.a - y.a);
}

interface Span {
  a: number;
  aEnd: number; // exclusive
  b: number;
  bEnd: number;
  shared: number; // words shared that are not names or figures
  words: number; // words shared
  longest: number; // longest run, in words
}

/** Words of run `r` that are not names or figures. */
function informative(r: Run, tokens: Tokens): number {
  let n = 0;
  for (let k = r.a; k < r.a + r.len; k++) if (!isNameLike(tokens, k)) n++;
  return n;
}

/** The nearest sentence start at or before word `i`, at most `max` words back; -1 if none. */
function sentenceStartBefore(t: Tokens, i: number, max: number): number {
  for (let k = i; k >= 0 && i - k <= max; k--) if (t.flags[k] & FLAG_SENTENCE) return k;
  return -1;
}

/** The (exclusive) end of the sentence holding the word before `iEnd`, at most `max` words on; -1 if none. */
function sentenceEndAfter(t: Tokens, iEnd: number, max: number): number {
  for (let k = iEnd; k <= t.length && k - iEnd <= max; k++) if (k === t.length || t.flags[k] & FLAG_SENTENCE) return k;
  return -1;
}

/**
 * Moves span edges to sentence edges across a swapped word or two: when both texts have one within SNAP
 * words, or within twice that when the sentences open (or close) with the same word.
 */
function snap(s: Span, page: Tokens, ref: Tokens, prevEnd: number, nextStart: number) {
  const pa = sentenceStartBefore(page, s.a, 2 * SNAP);
  const rb = sentenceStartBefore(ref, s.b, 2 * SNAP);
  if (pa >= prevEnd && rb >= 0 && ((s.a - pa <= SNAP && s.b - rb <= SNAP) || page.hashes[pa] === ref.hashes[rb])) {
    s.a = pa;
    s.b = rb;
  }
  const pe = sentenceEndAfter(page, s.aEnd, 2 * SNAP);
  const re = sentenceEndAfter(ref, s.bEnd, 2 * SNAP);
  if (pe >= 0 && re >= 0 && pe <= nextStart && ((pe - s.aEnd <= SNAP && re - s.bEnd <= SNAP) || page.hashes[pe - 1] === ref.hashes[re - 1])) {
    s.aEnd = pe;
    s.bEnd = re;
  }
}

const OPENING = /["'“‘(\[«]/u;
const CLOSING = /[.,;:!?…"'”’)\]»%]/u;

/** Character offsets of words [a, aEnd), with the opening and closing punctuation that hugs them. */
function charRange(text: string, t: Tokens, a: number, aEnd: number): [number, number] {
  let s = t.starts[a];
  let e = t.ends[aEnd - 1];
  while (s > 0 && OPENING.test(text[s - 1])) s--;
  while (e < text.length && CLOSING.test(text[e])) e++;
  return [s, e];
}

/** Options of an alignment. */
export interface AlignOptions {
  /**
   * Key hashes found in too many corpus documents: runs made mostly of them are boilerplate. Read once per
   * page and set (see pageSide): a set is not to change between alignments of the same page.
   */
  common?: ReadonlySet<number>;
}

/** Shared passages of two prepared texts, in page order, with character offsets in both. */
export function alignPrepared(page: PreparedText, ref: PreparedText, opts: AlignOptions = {}): SharedPassage[] {
  const side = pageSide(page, opts.common);
  const runs = seedRuns(page, ref, side).filter((r) => !isBoilerplate(r, side));
  const chosen = chooseRuns(runs, page.tokens.length);
  // Runs in the same order a few words apart (rewording) make one passage.
  const spans: Span[] = [];
  for (const r of chosen) {
    const prev = spans[spans.length - 1];
    const gapA = prev ? r.a - prev.aEnd : Infinity;
    const gapB = prev ? r.b - prev.bEnd : Infinity;
    if (prev && gapA <= MAX_GAP && gapB >= -MIN_PIECE && gapB <= MAX_GAP) {
      prev.aEnd = r.a + r.len;
      prev.bEnd = Math.max(prev.bEnd, r.b + r.len);
      prev.shared += informative(r, page.tokens);
      prev.words += r.len;
      prev.longest = Math.max(prev.longest, r.len);
    } else spans.push({ a: r.a, aEnd: r.a + r.len, b: r.b, bEnd: r.b + r.len, shared: informative(r, page.tokens), words: r.len, longest: r.len });
  }
  // Passages a few page words apart (a sentence dropped or moved) form a cluster: kept or dropped together.
  const kept: Span[] = [];
  for (let i = 0; i < spans.length; ) {
    let j = i;
    let { shared, words, longest } = spans[i];
    while (j + 1 < spans.length && spans[j + 1].a - spans[j].aEnd <= MAX_GAP) {
      shared += spans[++j].shared;
      words += spans[j].words;
      longest = Math.max(longest, spans[j].longest);
    }
    // Names and figures alone are weak evidence (two stories on one event share them), a long stretch is not.
    if ((shared >= MIN_SHARED_WORDS || words >= 2 * MIN_SHARED_WORDS) && longest >= MIN_RUN_WORDS) kept.push(...spans.slice(i, j + 1));
    i = j + 1;
  }
  return kept.map((s, i) => {
    snap(s, page.tokens, ref.tokens, i ? kept[i - 1].aEnd : 0, i + 1 < kept.length ? kept[i + 1].a : page.tokens.length);
    const [start, end] = charRange(page.text, page.tokens, s.a, s.aEnd);
    const [refStart, refEnd] = charRange(ref.text, ref.tokens, s.b, s.bEnd);
    return { start, end, refStart, refEnd };
  });
}

/** Shared passages of a page and a reference text (offsets in both), recomputed from the texts alone. */
export function alignWith(pageText: string, refText: string, opts: AlignOptions = {}): SharedPassage[] {
  return alignPrepared(prepareText(pageText), prepareText(refText), opts);
}

/** @deprecated Use alignWith or alignPrepared (offsets then also cover hugging punctuation). */
export function alignPassages(pageTok: Tokens, pageSh: Uint32Array, refTok: Tokens, refSh: Uint32Array): SharedPassage[] {
  const none = new Uint32Array(0);
  return alignPrepared({ text: '', tokens: pageTok, shingles: pageSh, keyPositions: none }, { text: '', tokens: refTok, shingles: refSh, keyPositions: none });
}
