/**
 * Training-time only: Brown-like word clusters from unlabelled text. Each word is described by its left and
 * right neighbours (among the most frequent words), weighted by positive PMI, and grouped by spherical k-means
 * twice (16 x 16), giving an 8-bit hierarchical path: a coarse class and a fine class, like Brown prefixes.
 * Rare words borrow strength this way ("Kabila" sits with other surnames even if never labelled).
 */
import { norm } from '../features';

type Vec = { idx: Int32Array; val: Float32Array };

export function wordClusters(sents: { words: string[] }[], rand: () => number, opts = { minCount: 3, contexts: 400, k: 16, iters: 12 }): Map<string, number> {
  const freq = new Map<string, number>();
  for (const s of sents) for (const w of s.words) { const k = norm(w); freq.set(k, (freq.get(k) ?? 0) + 1); }
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctx = new Map<string, number>();
  byFreq.slice(0, opts.contexts).forEach(([w], i) => ctx.set(w, i));
  const C = opts.contexts + 1; // + boundary
  const vocab = byFreq.filter(([, n]) => n >= opts.minCount).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  const ctxTotal = new Float64Array(2 * C);
  let total = 0;
  for (const s of sents) {
    const ks = s.words.map(norm);
    for (let i = 0; i < ks.length; i++) {
      const v = vid.get(ks[i]);
      if (v === undefined) continue;
      const l = i > 0 ? ctx.get(ks[i - 1]) : opts.contexts;
      const r = i + 1 < ks.length ? ctx.get(ks[i + 1]) : opts.contexts;
      for (const c of [l === undefined ? -1 : l, r === undefined ? -1 : C + r]) {
        if (c < 0) continue;
        counts[v].set(c, (counts[v].get(c) ?? 0) + 1);
        ctxTotal[c]++;
        total++;
      }
    }
  }
  const vecs: Vec[] = counts.map((m) => {
    let wt = 0;
    for (const n of m.values()) wt += n;
    const idx: number[] = [], val: number[] = [];
    for (const [c, n] of [...m.entries()].sort((a, b) => a[0] - b[0])) {
      const pmi = Math.log((n * total) / (wt * ctxTotal[c]));
      if (pmi > 0) { idx.push(c); val.push(pmi); }
    }
    const norm2 = Math.sqrt(val.reduce((a, b) => a + b * b, 0)) || 1;
    return { idx: Int32Array.from(idx), val: Float32Array.from(val.map((x) => x / norm2)) };
  });
  const top = kmeans(vecs, vocab.map((_, i) => i), 2 * C, opts.k, opts.iters, rand);
  const out = new Map<string, number>();
  for (let c = 0; c < opts.k; c++) {
    const members = vocab.map((_, i) => i).filter((i) => top[i] === c);
    const sub = members.length > opts.k * 4 ? kmeans(vecs, members, 2 * C, opts.k, opts.iters, rand) : null;
    members.forEach((i, j) => out.set(vocab[i], 0x100 | (c << 4) | (sub ? sub[i] : j % opts.k)));
  }
  return out;
}

/** Spherical k-means over sparse unit vectors; returns cluster per vector id (indexed by id). */
function kmeans(vecs: Vec[], ids: number[], dim: number, k: number, iters: number, rand: () => number): Int32Array {
  const assign = new Int32Array(vecs.length).fill(-1);
  const cent = new Float32Array(k * dim);
  // Seeds: k distinct members, chosen with the seeded generator.
  const seeds = new Set<number>();
  while (seeds.size < Math.min(k, ids.length)) seeds.add(ids[Math.floor(rand() * ids.length)]);
  [...seeds].forEach((id, c) => { const v = vecs[id]; for (let q = 0; q < v.idx.length; q++) cent[c * dim + v.idx[q]] = v.val[q]; });
  for (let it = 0; it < iters; it++) {
    for (const id of ids) {
      const v = vecs[id];
      let best = -Infinity, arg = 0;
      for (let c = 0; c < k; c++) {
        let d = 0;
        const base = c * dim;
        for (let q = 0; q < v.idx.length; q++) d += cent[base + v.idx[q]] * v.val[q];
        if (d > best) { best = d; arg = c; }
      }
      assign[id] = arg;
    }
    cent.fill(0);
    for (const id of ids) {
      const v = vecs[id], base = assign[id] * dim;
      for (let q = 0; q < v.idx.length; q++) cent[base + v.idx[q]] += v.val[q];
    }
    for (let c = 0; c < k; c++) {
      let n2 = 0;
      for (let d = 0; d < dim; d++) n2 += cent[c * dim + d] ** 2;
      const s = 1 / (Math.sqrt(n2) || 1);
      for (let d = 0; d < dim; d++) cent[c * dim + d] *= s;
    }
  }
  return assign;
}
