// The matching method every corpus store shares (the in-memory one here, the IndexedDB one in the
// background): a page's keys are looked up, keys in too many documents are boilerplate, the documents
// sharing the most other keys are aligned with the page from their text, and each is scored.
//   1. page = prepareText(text); keys = lookupKeys(page)           (queryKeys(text) gives the same keys)
//   2. postings = for each key, the ids of documents indexed under it, at most commonLimit(n) + 1 of them
//   3. { candidates, common } = chooseCandidates(keys, postings, n)
//   4. for each candidate document: matchDocument(page, doc, common)   (null when it shares too little)
import type { CorpusRef, ProvenanceMatch, SharedPassage } from '../annotation';
import { alignPrepared } from './align';
import { prepareText, type PreparedText } from './keys';
import { coveredLength } from './ranges';

/** A key in more documents than this (and than the square root of the corpus size, halved) is boilerplate. */
export const MIN_COMMON = 8;
/** A document must share this many keys that are not boilerplate before it is aligned. */
export const MIN_SHARED_KEYS = 1;
/** At most this many candidates are aligned per page, those sharing the most keys first. */
export const MAX_CANDIDATES = 50;
/** Matches covering less than this share of the page are dropped. */
export const MIN_COVERAGE = 0.01;

/** How many documents a key may be in before it counts as boilerplate, for a corpus of `docCount`. */
export function commonLimit(docCount: number): number {
  return Math.max(MIN_COMMON, Math.ceil(Math.sqrt(docCount) / 2));
}

/** The documents worth aligning, best first, and the page keys that are boilerplate. */
export function chooseCandidates<Id>(keys: ArrayLike<number>, postings: ReadonlyArray<ArrayLike<Id> | undefined>, docCount: number): { candidates: Id[]; common: Set<number> } {
  const limit = commonLimit(docCount);
  const common = new Set<number>();
  const hits = new Map<Id, number>();
  for (let k = 0; k < keys.length; k++) {
    const ids = postings[k];
    if (!ids) continue;
    if (ids.length > limit) {
      common.add(keys[k]);
      continue;
    }
    for (let i = 0; i < ids.length; i++) hits.set(ids[i], (hits.get(ids[i]) ?? 0) + 1);
  }
  const candidates = [...hits]
    .filter(([, n]) => n >= MIN_SHARED_KEYS)
    .sort((x, y) => y[1] - x[1])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
  return { candidates, common };
}

/** Coverage (share of the page) and containment (share of the document) of aligned passages; null below MIN_COVERAGE. */
export function scoreMatch(pageLength: number, ref: CorpusRef & { text: string }, passages: SharedPassage[]): ProvenanceMatch | null {
  if (!passages.length) return null;
  const coverage = coveredLength(passages.map((p) => [p.start, p.end] as const)) / Math.max(1, pageLength);
  if (coverage < MIN_COVERAGE) return null;
  const containment = coveredLength(passages.map((p) => [p.refStart, p.refEnd] as const)) / Math.max(1, ref.text.length);
  const meta: CorpusRef = { id: ref.id, url: ref.url, title: ref.title };
  if (ref.outlet !== undefined) meta.outlet = ref.outlet;
  if (ref.published !== undefined) meta.published = ref.published;
  return { ref: meta, coverage: round(coverage), containment: round(containment), passages };
}

/** Aligns one candidate document with the page (its text prepared afresh) and scores it. */
export function matchDocument(page: PreparedText, ref: CorpusRef & { text: string }, common: ReadonlySet<number> = new Set()): ProvenanceMatch | null {
  const passages = alignPrepared(page, prepareText(ref.text), { common });
  return scoreMatch(page.text.length, ref, passages);
}

const round = (x: number) => Math.min(1, Math.round(x * 1000) / 1000);
