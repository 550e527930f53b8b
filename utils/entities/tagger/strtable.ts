/**
 * Read-only string -> row table over one '\n'-joined string. Building it costs one pass over the characters and
 * no per-entry allocations, which keeps model loading well under the 100 ms budget (a Map of 60k keys built
 * from `split` took ~40 ms).
 */
export class StringTable {
  readonly size: number;
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly blob: string) {
    let n = blob.length ? 1 : 0;
    for (let i = 0; i < blob.length; i++) if (blob.charCodeAt(i) === 10) n++;
    this.size = n;
    this.starts = new Int32Array(n + 1);
    let size = 1;
    while (size < n * 2) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    let row = 0, h = 0x811c9dc5, start = 0;
    for (let i = 0; i <= blob.length; i++) {
      const c = i < blob.length ? blob.charCodeAt(i) : 10;
      if (c !== 10) { h = Math.imul(h ^ c, 0x01000193); continue; }
      if (n === 0) break;
      this.starts[row] = start;
      let s = (h >>> 0) & this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = row;
      row++;
      start = i + 1;
      h = 0x811c9dc5;
    }
    this.starts[n] = blob.length + 1;
  }

  get(key: string): number | undefined {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    let s = (h >>> 0) & this.mask;
    for (;;) {
      const row = this.slots[s];
      if (row === -1) return undefined;
      const a = this.starts[row], len = this.starts[row + 1] - 1 - a;
      if (len === key.length) {
        let k = 0;
        while (k < len && this.blob.charCodeAt(a + k) === key.charCodeAt(k)) k++;
        if (k === len) return row;
      }
      s = (s + 1) & this.mask;
    }
  }

  key(row: number): string {
    return this.blob.slice(this.starts[row], this.starts[row + 1] - 1);
  }
}
