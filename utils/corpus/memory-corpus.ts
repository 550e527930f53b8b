// An in-memory reference corpus for the command line and Node tests: documents, their winnowed
// fingerprints in an inverted index, and alignment of the candidates a text shares fingerprints with.
import type { CorpusRef, ProvenanceMatch } from '../annotation';
import type { Corpus } from './corpus';
import { alignPassages } from './align';
import { shingleHashes, winnow } from './fingerprint';
import { coveredLength } from './ranges';
import { tokenize, type Tokens } from './tokens';

/** A corpus document as imported (DESIGN.md §4). */
export interface CorpusDoc extends CorpusRef {
  text: string;
  addedFrom?: 'history' | 'import' | 'feed' | 'starter';
}

interface Indexed {
  doc: CorpusDoc;
  tokens: Tokens;
  shingles: Uint32Array;
}

/** Fingerprints found in more documents than this share (and at least MIN_COMMON) are boilerplate. */
const COMMON_SHARE = 0.02;
const MIN_COMMON = 8;
/** A candidate needs this many shared fingerprints before it is aligned. */
const MIN_SHARED = 2;
/** Matches covering less than this share of the page are dropped. */
export const MIN_COVERAGE = 0.01;

/** A corpus held in memory. */
export class MemoryCorpus implements Corpus {
  private docs: Indexed[] = [];
  private index = new Map<number, number[]>();

  constructor(docs: CorpusDoc[] = []) {
    for (const d of docs) this.add(d);
  }

  get size(): number {
    return this.docs.length;
  }

  /** Adds a document and indexes its fingerprints. */
  add(doc: CorpusDoc): void {
    const tokens = tokenize(doc.text);
    const shingles = shingleHashes(tokens);
    const n = this.docs.push({ doc, tokens, shingles }) - 1;
    for (const fp of new Set(winnow(shingles).map((f) => f.hash))) {
      const list = this.index.get(fp);
      if (list) list.push(n);
      else this.index.set(fp, [n]);
    }
  }

  async findMatches(text: string): Promise<ProvenanceMatch[]> {
    const tokens = tokenize(text);
    const shingles = shingleHashes(tokens);
    const common = Math.max(MIN_COMMON, this.docs.length * COMMON_SHARE);
    const hits = new Map<number, number>();
    for (const fp of new Set(winnow(shingles).map((f) => f.hash))) {
      const list = this.index.get(fp);
      if (!list || list.length > common) continue;
      for (const d of list) hits.set(d, (hits.get(d) ?? 0) + 1);
    }
    const out: ProvenanceMatch[] = [];
    for (const [d, n] of hits) {
      if (n < MIN_SHARED) continue;
      const ref = this.docs[d];
      const passages = alignPassages(tokens, shingles, ref.tokens, ref.shingles);
      if (!passages.length) continue;
      const pageChars = coveredLength(passages.map((p) => [p.start, p.end] as const));
      const refChars = coveredLength(passages.map((p) => [p.refStart, p.refEnd] as const));
      const coverage = pageChars / Math.max(1, text.length);
      if (coverage < MIN_COVERAGE) continue;
      const { text: _t, addedFrom: _a, ...refMeta } = ref.doc;
      out.push({
        ref: refMeta,
        coverage: round(coverage),
        containment: round(refChars / Math.max(1, ref.doc.text.length)),
        passages,
      });
    }
    return out;
  }
}

const round = (x: number) => Math.min(1, Math.round(x * 1000) / 1000);
