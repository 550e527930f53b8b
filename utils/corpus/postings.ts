// A compact inverted index from keys to document numbers: one sorted Float64Array of (key, document)
// pairs, 8 bytes a pair, looked up by binary search. Additions wait in a buffer and are merged in at the
// next lookup, so building a large corpus sorts once.

/** Document numbers must stay below 2^21, so that a (key, document) pair fits a double exactly. */
const DOC_BITS = 2 ** 21;

/** Keys (32-bit) to the documents indexed under them. */
export class PostingIndex {
  private sorted = new Float64Array(0);
  private pending: number[] = [];

  /** Indexes document `doc` under each of `keys`. */
  add(doc: number, keys: ArrayLike<number>): void {
    if (doc < 0 || doc >= DOC_BITS || !Number.isInteger(doc)) throw new RangeError(`document number ${doc} out of range`);
    for (let i = 0; i < keys.length; i++) this.pending.push(keys[i] * DOC_BITS + doc);
  }

  /** (key, document) pairs held. */
  get entries(): number {
    return this.sorted.length + this.pending.length;
  }

  /** Bytes the index occupies, pending additions included. */
  get bytes(): number {
    return this.sorted.byteLength + this.pending.length * 8;
  }

  /** Documents indexed under `key`, in the order they were added; at most `limit` of them. */
  lookup(key: number, limit = Infinity): number[] {
    this.flush();
    const a = this.sorted;
    const lo = key * DOC_BITS;
    const hi = lo + DOC_BITS;
    let l = 0;
    let r = a.length;
    while (l < r) {
      const m = (l + r) >>> 1;
      if (a[m] < lo) l = m + 1;
      else r = m;
    }
    const out: number[] = [];
    for (let i = l; i < a.length && a[i] < hi && out.length < limit; i++) out.push(a[i] - lo);
    return out;
  }

  private flush(): void {
    if (!this.pending.length) return;
    const add = Float64Array.from(this.pending).sort();
    this.pending = [];
    const old = this.sorted;
    const merged = new Float64Array(old.length + add.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < add.length) merged[k++] = old[i] <= add[j] ? old[i++] : add[j++];
    while (i < old.length) merged[k++] = old[i++];
    while (j < add.length) merged[k++] = add[j++];
    this.sorted = merged;
  }
}
