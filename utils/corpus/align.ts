// Aligns a page with one reference: shared shingles seed runs of identical words, runs on the same
// diagonal or close to it merge across light rewording, and the result is passages with character
// offsets in both texts.
import type { SharedPassage } from '../annotation';
import { SHINGLE } from './fingerprint';
import type { Tokens } from './tokens';

/** Words two runs may be apart (on either side) and still form one passage. */
export const MAX_GAP = 12;
/** Passages shorter than this many words are dropped. */
export const MIN_PASSAGE_WORDS = 8;

interface Run {
  a: number; // first word in the page
  b: number; // first word in the reference
  len: number; // words
}

/** Maximal runs of shared shingles, each extended word by word. */
function seedRuns(page: Uint32Array, ref: Uint32Array, pageTok: Tokens, refTok: Tokens): Run[] {
  const at = new Map<number, number[]>();
  for (let j = 0; j < ref.length; j++) {
    const l = at.get(ref[j]);
    if (l) l.push(j);
    else at.set(ref[j], [j]);
  }
  const runs: Run[] = [];
  // Cells (page word, diagonal) already inside a run, so that each run is found once.
  const covered = new Set<number>();
  for (let i = 0; i < page.length; i++) {
    const js = at.get(page[i]);
    if (!js) continue;
    for (const j of js) {
      const key = (i - j) * 1_000_003 + i;
      if (covered.has(key)) continue;
      let len = SHINGLE;
      while (i + len < pageTok.length && j + len < refTok.length && pageTok.hashes[i + len] === refTok.hashes[j + len]) len++;
      for (let d = 0; d < len - SHINGLE + 1; d++) covered.add((i - j) * 1_000_003 + i + d);
      runs.push({ a: i, b: j, len });
    }
  }
  return runs;
}

/** Keeps the longest runs that do not overlap on either side, in page order. */
function chooseRuns(runs: Run[]): Run[] {
  const chosen: Run[] = [];
  const usedA = new Uint8Array(runs.reduce((m, r) => Math.max(m, r.a + r.len), 0));
  for (const r of [...runs].sort((x, y) => y.len - x.len)) {
    let free = true;
    for (let k = r.a; k < r.a + r.len && free; k++) if (usedA[k]) free = false;
    if (!free) continue;
    for (let k = r.a; k < r.a + r.len; k++) usedA[k] = 1;
    chosen.push(r);
  }
  return chosen.sort((x, y) => x.a - y.a);
}

/** Shared passages between a page and a reference, given both texts' tokens and shingle hashes. */
export function alignPassages(pageTok: Tokens, pageSh: Uint32Array, refTok: Tokens, refSh: Uint32Array): SharedPassage[] {
  const runs = chooseRuns(seedRuns(pageSh, refSh, pageTok, refTok));
  // Word ranges [a, aEnd) in the page and [b, bEnd) in the reference.
  const merged: { a: number; aEnd: number; b: number; bEnd: number; words: number }[] = [];
  for (const r of runs) {
    const prev = merged[merged.length - 1];
    const gapA = prev ? r.a - prev.aEnd : Infinity;
    const gapB = prev ? r.b - prev.bEnd : Infinity;
    // One passage when both sides go on within a few words (rewording) or a sentence moved nearby.
    if (prev && gapA <= MAX_GAP && gapB <= MAX_GAP && gapB >= -3 * MAX_GAP) {
      prev.aEnd = r.a + r.len;
      prev.b = Math.min(prev.b, r.b);
      prev.bEnd = Math.max(prev.bEnd, r.b + r.len);
      prev.words += r.len;
    } else merged.push({ a: r.a, aEnd: r.a + r.len, b: r.b, bEnd: r.b + r.len, words: r.len });
  }
  return merged
    .filter((m) => m.words >= MIN_PASSAGE_WORDS)
    .map((m) => ({
      start: pageTok.starts[m.a],
      end: pageTok.ends[m.aEnd - 1],
      refStart: refTok.starts[m.b],
      refEnd: refTok.ends[m.bEnd - 1],
    }));
}
