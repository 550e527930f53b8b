/**
 * Trains the English entity recogniser: a structured (Viterbi) averaged perceptron over hashed features
 * (utils/entities/features.ts), three runs over different shuffles averaged, and writes
 * utils/entities/model/ner-model.ts (int8 weights + lexicon).
 *
 *   npx tsx scripts/train-ner.ts [TRAIN_DIR]        (or NER_TRAIN_DIR=...; default /work/shared/train)
 *   env: NER_OUT (output module), NER_NO_WRITE=1 (dry run), NER_SEED, NER_EPOCHS, NER_RUNS, NER_SYNTH,
 *        NER_SYNTH_BIZ, NER_CAPS_AUG, NER_GOLD_REPEAT, NER_MAX_FEATURES, NER_CLUSTERS=0, NER_UNIV=1 (see below)
 *
 * Deterministic (seeded shuffles, seeded synthetic data). Takes about 3 minutes on the 2-core dev machine
 * (~15 s lexicon, clusters and features, ~50 s per perceptron run); peak memory ~1 GB.
 * uner-en-pud-test is held out (never trained on) and scored at the end as "dev".
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NTAGS, TAGS, TABLE_BITS, isCapsLine, sentenceFeatures, truecase } from '../utils/entities/features';
import { decodeWeights, emissions, parseLexicon, viterbi } from '../utils/entities/tagger/model';
import { buildLexicon, serialiseLexicon, type GazetteerFiles } from '../utils/entities/tagger/build-lexicon';
import { syntheticBusiness, syntheticSports } from '../utils/entities/tagger/synthetic';
import { wordClusters } from '../utils/entities/tagger/clusters';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIR = process.argv[2] ?? process.env.NER_TRAIN_DIR ?? '/work/shared/train';
const EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
const OUT = process.env.NER_OUT ?? join(HERE, '../utils/entities/model/ner-model.ts');
const DEV_FILE = 'uner-en-pud-test.conll.gz';
const CAPS_AUG = Number(process.env.NER_CAPS_AUG ?? 0.12); // share of sentences also shown as truecased ALL CAPS
const GOLD_REPEAT = Number(process.env.NER_GOLD_REPEAT ?? 2); // gold corpora weigh more than silver GMB
const SYNTH = Number(process.env.NER_SYNTH ?? 3000); // synthetic sports-results sentences
const SYNTH_BIZ = Number(process.env.NER_SYNTH_BIZ ?? 800); // synthetic business-news sentences
const RUNS = Number(process.env.NER_RUNS ?? 3); // perceptrons averaged
const MAX_FEATURES = Number(process.env.NER_MAX_FEATURES ?? 250_000);

interface Sent { words: string[]; tags: number[] }

function readConll(path: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent = { words: [], tags: [] };
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const t = line.trim();
    if (!t) { if (cur.words.length) out.push(cur); cur = { words: [], tags: [] }; continue; }
    const sp = t.lastIndexOf(' ');
    const tag = TAGS.indexOf(t.slice(sp + 1) as (typeof TAGS)[number]);
    cur.words.push(t.slice(0, sp));
    cur.tags.push(tag < 0 ? 0 : tag);
  }
  if (cur.words.length) out.push(cur);
  return out;
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Entity spans [start, end, type] from IOB2 tag ids. */
function spans(tags: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = TAGS[tags[i]];
    if (!t.startsWith('B-')) continue;
    let j = i + 1;
    while (j < tags.length && TAGS[tags[j]] === 'I-' + t.slice(2)) j++;
    out.push(`${i}:${j}:${t.slice(2)}`);
  }
  return out;
}

function prf(gold: Sent[], pred: Uint8Array[]): string {
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  const get = (k: string) => (c[k] ??= { tp: 0, fp: 0, fn: 0 });
  gold.forEach((s, i) => {
    const g = new Set(spans(s.tags)), p = new Set(spans(pred[i]));
    for (const x of p) { const ty = x.split(':')[2]; if (g.has(x)) { get(ty).tp++; get('ALL').tp++; } else { get(ty).fp++; get('ALL').fp++; } }
    for (const x of g) if (!p.has(x)) { get(x.split(':')[2]).fn++; get('ALL').fn++; }
  });
  return ['PER', 'ORG', 'LOC', 'ALL'].map((k) => {
    const { tp, fp, fn } = get(k);
    const f = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    return `${k} ${f.toFixed(3)}`;
  }).join('  ');
}

function main() {
  const t0 = Date.now();
  const files = readdirSync(DIR).filter((f) => f.endsWith('.conll.gz')).sort();
  const train: Sent[] = [];
  let dev: Sent[] = [];
  for (const f of files) {
    const s = readConll(join(DIR, f));
    if (f === DEV_FILE) { dev = s; continue; }
    const rep = f.startsWith('gmb') ? 1 : GOLD_REPEAT;
    for (let r = 0; r < rep; r++) train.push(...s);
    console.log(`${f}: ${s.length} sentences${rep > 1 ? ` x${rep}` : ''}`);
  }
  const uniq = [...new Set(train)];
  const g = (f: string) => readFileSync(join(DIR, 'gazetteers', f), 'utf8');
  const gz: GazetteerFiles = {
    countries: g('countries.tsv'), cities: g('cities15000.min.tsv'), forenames: g('forenames.txt'),
    surnames: g('surnames.txt'), companies: g('sp500_companies.txt'),
    // Universities cost 570 KB of lexicon for no measured gain (CoNLL++ 79.9 without, 79.6 with): off by default.
    universities: process.env.NER_UNIV ? g('universities.tsv') : '',
  };
  const clusters = process.env.NER_CLUSTERS === '0' ? undefined : wordClusters(uniq, rng(7));
  console.log(`clusters: ${clusters?.size ?? 0} words (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  const lex = buildLexicon(uniq, gz, clusters);
  const lexText = serialiseLexicon(lex);
  const lexR = parseLexicon(lexText); // train on exactly what ships
  console.log(`lexicon: ${lexR.index.size} words, ${lexR.phrases.size} phrases (${((Date.now() - t0) / 1000).toFixed(1)}s)`);

  // Feature extraction, once: emission features do not depend on tags.
  const rand = rng(Number(process.env.NER_SEED ?? 20240601));
  const items: { ids: Uint32Array; off: Uint32Array; tags: number[] }[] = [];
  const caseCache = new Map<string, string>();
  const cityRows = gz.cities.split('\n').slice(1).map((l) => l.split('\t')).filter((r) => Number(r[6]) >= 100_000 && /^[A-Za-z .'-]+$/.test(r[2] ?? ''));
  const lines = (t: string) => t.split('\n').map((x) => x.trim()).filter((x) => /^[A-Z][a-z]+$/.test(x));
  // Frequent words that are (almost) never capitalised mid-sentence: casing band 0 with >= 50 occurrences.
  const common = [...lex.words.entries()].filter(([k, x]) => x.cap === 11 && /^[a-z]{3,}$/.test(k)).map(([k]) => k);
  const synth = syntheticSports(rand, cityRows.map((r) => r[2]), gz.countries.split('\n').slice(1).map((l) => l.split('\t')[2]).filter(Boolean),
    lines(gz.forenames), lines(gz.surnames), common, SYNTH);
  const COMPANY_SUFFIX = /\s+(?:inc\.?|incorporated|corporation|corp\.?|company|co\.?|group|holdings|plc|ltd\.?|limited|& co\.?)$/i;
  synth.push(...syntheticBusiness(rand, gz.companies.split('\n').map((l) => l.trim().replace(COMPANY_SUFFIX, '')).filter(Boolean),
    cityRows.map((r) => r[2]), gz.countries.split('\n').slice(1).map((l) => l.split('\t')[2]).filter(Boolean),
    lines(gz.forenames), lines(gz.surnames), SYNTH_BIZ));
  for (const x of synth) {
    const tags = x.tags.map((t) => Math.max(0, TAGS.indexOf(t as (typeof TAGS)[number])));
    const shout = isCapsLine(x.words); // as the runtime decides it
    const words = shout ? x.words.map((w) => truecase(w, lexR)) : x.words;
    items.push({ ...sentenceFeatures(words, lexR, shout), tags });
  }
  for (const s of train) {
    items.push({ ...sentenceFeatures(s.words, lexR, false), tags: s.tags });
    if (rand() < CAPS_AUG) {
      const tc = s.words.map((w) => {
        let v = caseCache.get(w);
        if (v === undefined) { v = truecase(w.toUpperCase(), lexR); caseCache.set(w, v); }
        return v;
      });
      items.push({ ...sentenceFeatures(tc, lexR, true), tags: s.tags });
    }
  }
  console.log(`features: ${items.length} sentences (${((Date.now() - t0) / 1000).toFixed(1)}s)`);

  // Several perceptrons over different shuffles, averaged: single runs vary by about a point of F1.
  const SIZE = (1 << TABLE_BITS) * NTAGS;
  const TR = (NTAGS + 1) * NTAGS;
  const W = new Float32Array(SIZE), U = new Float64Array(SIZE), SUM = new Float32Array(SIZE);
  const tw = new Float32Array(TR), tu = new Float64Array(TR), tsum = new Float32Array(TR);
  for (let run = 0; run < RUNS; run++) {
    W.fill(0); U.fill(0); tw.fill(0); tu.fill(0);
    const c = trainOnce(items, W, U, tw, tu, rng(Number(process.env.NER_SEED ?? 20240601) + 1000 * run), t0);
    for (let i = 0; i < SIZE; i++) SUM[i] += (W[i] - U[i] / c) / RUNS;
    for (let i = 0; i < TR; i++) tsum[i] += (tw[i] - tu[i] / c) / RUNS;
  }
  W.set(SUM); tw.set(tsum);
  const blob = encode(W, tw);
  const m = decodeWeights(blob);
  const pred = dev.map((s) => {
    const { ids, off } = sentenceFeatures(s.words, lexR, false);
    return viterbi(emissions(m, ids, off, s.words.length), m.trans, s.words.length);
  });
  console.log(`dev (${DEV_FILE}, quantised model): ${prf(dev, pred)}`);
  const lexSize = Object.values(lexText).reduce((a: number, b) => a + String(b).length, 0);
  console.log(`training time ${((Date.now() - t0) / 1000).toFixed(1)}s; weights ${(blob.length / 1024).toFixed(0)} KiB, lexicon ${(lexSize / 1024).toFixed(0)} KiB`);
  if (process.env.NER_NO_WRITE) return;
  const b64 = Buffer.from(blob).toString('base64');
  // Three generated files, none over 2 MB (the repository keeps large files out), joined by ner-model.ts.
  const half = Math.floor(b64.length / 8) * 4;
  const hdr = `// Generated by scripts/train-ner.ts — do not edit. Trained from the corpora credited in ../NOTICE.\n`;
  const dir = dirname(OUT);
  writeFileSync(join(dir, 'ner-weights-a.ts'), `${hdr}// First half of the int8 weights, base64 (split so that no generated file exceeds 2 MB).\nexport const WEIGHTS_A =\n  ${JSON.stringify(b64.slice(0, half))};\n`);
  writeFileSync(join(dir, 'ner-weights-b.ts'), `${hdr}// Second half of the int8 weights, base64.\nexport const WEIGHTS_B =\n  ${JSON.stringify(b64.slice(half))};\n`);
  writeFileSync(join(dir, 'ner-lexicon.ts'), `${hdr}import type { LexiconParts } from '../tagger/model';\nexport const LEXICON: LexiconParts = ${JSON.stringify(lexText, null, 1)};\n`);
  writeFileSync(OUT, `${hdr}import { WEIGHTS_A } from './ner-weights-a';\nimport { WEIGHTS_B } from './ner-weights-b';\n\nexport { LEXICON } from './ner-lexicon';\n/** The weights, base64; halves joined at load. */\nexport const WEIGHTS_B64 = WEIGHTS_A + WEIGHTS_B;\n`);
  console.log(`wrote ${OUT} and its three parts`);
}

type Item = { ids: Uint32Array; off: Uint32Array; tags: number[] };
/** One averaged-perceptron run (Collins 2002); returns the step count for averaging (avg = W - U / c). */
function trainOnce(items: Item[], W: Float32Array, U: Float64Array, tw: Float32Array, tu: Float64Array, rand: () => number, t0: number): number {
  let c = 1;
  const order = items.map((_, i) => i);
  const em = new Float32Array(256 * NTAGS);
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let errs = 0;
    for (const k of order) {
      const { ids, off, tags } = items[k];
      const n = tags.length;
      const e = n * NTAGS <= em.length ? em.subarray(0, n * NTAGS) : new Float32Array(n * NTAGS);
      e.fill(0);
      for (let i = 0; i < n; i++) for (let f = off[i]; f < off[i + 1]; f++) {
        const b = ids[f] * NTAGS;
        for (let t = 0; t < NTAGS; t++) e[i * NTAGS + t] += W[b + t];
      }
      const pred = viterbi(e, tw, n);
      let prevG = -1, prevP = -1;
      for (let i = 0; i < n; i++) {
        const g = tags[i], p = pred[i];
        if (g !== p) {
          errs++;
          for (let f = off[i]; f < off[i + 1]; f++) {
            const b = ids[f] * NTAGS;
            W[b + g]++; U[b + g] += c; W[b + p]--; U[b + p] -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          tw[(prevG + 1) * NTAGS + g]++; tu[(prevG + 1) * NTAGS + g] += c;
          tw[(prevP + 1) * NTAGS + p]--; tu[(prevP + 1) * NTAGS + p] -= c;
        }
        prevG = g; prevP = p;
      }
      c++;
    }
    console.log(`epoch ${ep + 1}: ${errs} token errors (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  }
  return c;
}

/**
 * Keeps at most MAX_FEATURES ids, largest weights first, quantised to int8 with one scale; ids whose
 * weights all round to zero are dropped (they would only cost space).
 */
function encode(W: Float32Array, trans: Float32Array): Uint8Array {
  const nb = W.length / NTAGS;
  const mag = new Float32Array(nb);
  for (let b = 0; b < nb; b++) {
    let m = 0;
    for (let t = 0; t < NTAGS; t++) m = Math.max(m, Math.abs(W[b * NTAGS + t]));
    mag[b] = m;
  }
  const sorted = Float32Array.from(mag).sort().reverse();
  let live = 0;
  while (live < nb && sorted[live] > 0) live++;
  // Scale from a high quantile, not the max: a few huge weights would crush the rest to zero.
  const scale = sorted[Math.floor(live * 0.0005)] / 127;
  const thr = Math.max(sorted[Math.min(MAX_FEATURES, live) - 1], scale / 2);
  const keep: number[] = [];
  for (let b = 0; b < nb && keep.length < MAX_FEATURES; b++) if (mag[b] >= thr) keep.push(b);
  const parts: number[] = [];
  let prev = 0;
  for (const b of keep) { let v = b - prev; prev = b; while (v >= 0x80) { parts.push((v & 0x7f) | 0x80); v = Math.floor(v / 128); } parts.push(v); }
  const buf = new Uint8Array(12 + trans.length * 4 + parts.length + keep.length * NTAGS);
  const dv = new DataView(buf.buffer);
  buf.set([83, 76, 78, 49]);
  dv.setUint32(4, keep.length, true);
  dv.setFloat32(8, scale, true);
  let p = 12;
  for (const x of trans) { dv.setFloat32(p, x, true); p += 4; }
  buf.set(parts, p); p += parts.length;
  for (const b of keep) for (let t = 0; t < NTAGS; t++) {
    buf[p++] = Math.max(-127, Math.min(127, Math.round(W[b * NTAGS + t] / scale))) & 0xff;
  }
  console.log(`kept ${keep.length} of ${live} non-zero feature ids`);
  return buf;
}

main();
