// The matching method the IndexedDB store shares with the in-memory corpus: which keys a document is
// indexed under, which keys a page looks up, and how a candidate is aligned and scored.
import type { ProvenanceMatch, SharedPassage } from '../annotation';
import { alignPassages } from '../corpus/align';
import { shingleHashes, winnow } from '../corpus/fingerprint';
import { coveredLength } from '../corpus/ranges';
import { tokenize } from '../corpus/tokens';

/** Lookup keys stored for a document. */
export function indexKeys(text: string): number[] {
  return [...new Set(winnow(shingleHashes(tokenize(text))).map((f) => f.hash))];
}

/** Keys a page looks up. */
export function queryKeys(text: string): number[] {
  return indexKeys(text);
}

/** Shared passages of a page and a reference. */
export function alignWith(pageText: string, refText: string): SharedPassage[] {
  const a = tokenize(pageText);
  const b = tokenize(refText);
  return alignPassages(a, shingleHashes(a), b, shingleHashes(b));
}

/** A candidate needs this many shared keys before it is aligned. */
export const MIN_SHARED_KEYS = 2;
/** Keys found in more documents than this share of the corpus (at least MIN_COMMON) are boilerplate. */
export const COMMON_SHARE = 0.02;
export const MIN_COMMON = 8;
/** At most this many candidates are aligned per page. */
export const MAX_CANDIDATES = 40;
/** Matches covering less than this share of the page are dropped. */
export const MIN_COVERAGE = 0.01;

const round = (x: number) => Math.min(1, Math.round(x * 1000) / 1000);

/** Coverage and containment of an aligned candidate; null when it shares too little. */
export function scoreMatch(pageText: string, ref: { text: string } & ProvenanceMatch['ref'], passages: SharedPassage[]): ProvenanceMatch | null {
  if (!passages.length) return null;
  const coverage = coveredLength(passages.map((p) => [p.start, p.end] as const)) / Math.max(1, pageText.length);
  if (coverage < MIN_COVERAGE) return null;
  const containment = coveredLength(passages.map((p) => [p.refStart, p.refEnd] as const)) / Math.max(1, ref.text.length);
  const meta = { id: ref.id, url: ref.url, title: ref.title, outlet: ref.outlet, published: ref.published };
  return { ref: meta, coverage: round(coverage), containment: round(containment), passages };
}
