// An in-memory reference corpus for the command line and Node tests. It keeps each document's text and
// indexes only its lookup keys; the candidates a page shares keys with are aligned from their text, with
// the same method as the IndexedDB store (match.ts).
import type { CorpusRef, ProvenanceMatch } from '../annotation';
import type { Corpus } from './corpus';
import { indexKeys, lookupKeys, prepareText } from './keys';
import { chooseCandidates, commonLimit, matchDocument } from './match';
import { PostingIndex } from './postings';

/** A corpus document as imported (DESIGN.md §4). */
export interface CorpusDoc extends CorpusRef {
  text: string;
  addedFrom?: 'history' | 'import' | 'feed' | 'starter';
}

/** A corpus held in memory. */
export class MemoryCorpus implements Corpus {
  private docs: CorpusDoc[] = [];
  private index = new PostingIndex();

  constructor(docs: CorpusDoc[] = []) {
    for (const d of docs) this.add(d);
  }

  get size(): number {
    return this.docs.length;
  }

  /** (key, document) entries in the index. */
  get keyEntries(): number {
    return this.index.entries;
  }

  /** Adds a document and indexes its keys. */
  add(doc: CorpusDoc): void {
    this.index.add(this.docs.push(doc) - 1, indexKeys(doc.text));
  }

  async findMatches(text: string): Promise<ProvenanceMatch[]> {
    const page = prepareText(text);
    const keys = lookupKeys(page);
    const limit = commonLimit(this.docs.length);
    const postings = Array.from(keys, (k) => this.index.lookup(k, limit + 1));
    const { candidates, common } = chooseCandidates(keys, postings, this.docs.length);
    const out: ProvenanceMatch[] = [];
    for (const d of candidates) {
      const m = matchDocument(page, this.docs[d], common);
      if (m) out.push(m);
    }
    return out;
  }
}
