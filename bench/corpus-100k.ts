// A 100,000-document reference corpus for measuring the corpus index at the size a reader may reach, built
// from the paragraphs of article-extraction-benchmark's true article bodies (../shared/eval, never copied).
//
// Recipe (deterministic for a seed):
//   - every body is split into paragraphs; bodies with fewer than 3 paragraphs are left out;
//   - document i takes 3-8 consecutive paragraphs of one body: bodies in turn, each window shifted by one
//     paragraph from that body's previous window (wrapping round), its length drawn from the seed;
//   - 124 bodies hold too little text for 100,000 distinct documents, and real corpora hold mostly distinct
//     text, so all but every VERBATIM_EVERY-th document are re-worded: each word outside a list of English
//     function words is replaced by a word of the benchmark's own vocabulary picked by a hash of (word,
//     document). Text statistics (lengths, paragraphs, function-word phrases shared across documents) stay
//     those of news; what each document says becomes its own. The verbatim documents (2,000 of 100,000) are
//     real windows, so real article text finds several overlapping candidates, as syndicated copy would.
//
//   npx tsx bench/corpus-100k.ts [--docs N] [--seed S] [--json]
// measures keys and bytes per document, index build time and memory, and the time of findMatches at that size
// for the reuse-set pages (seed 7) and the benchmark bodies. Exits 0 with a message without ../shared/eval.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { indexKeys } from '../utils/corpus/keys';
import { MemoryCorpus, type CorpusDoc } from '../utils/corpus/memory-corpus';
import { hashString } from '../utils/corpus/tokens';
import { findEvalDir, stats } from './eval-data';
import { reuseQueryTexts } from './score/reuse';

/** One document in this many is a real window of a body; the others are re-worded. */
export const VERBATIM_EVERY = 50;

const FUNCTION_WORDS = new Set(
  `the to and a of in that for on is it with as was at said from he this be an are by have but his has they not
  will or had one can which about up their all there out been if also when its than would were her so who no after
  two into what our first some she just could while over do other these my how now may us only them even most
  those any before well still made many make three because did off since where through much both very told
  according last new year years time people we you i your me more like should such then between against during
  under being each same own why here s t`.split(/\s+/),
);

/** The paragraphs of each true body (bodies with at least 3). */
export function benchmarkParagraphs(evalDir: string): string[][] {
  const gt = JSON.parse(fs.readFileSync(path.join(evalDir, 'article-extraction-benchmark', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.values(gt)
    .map((g) => g.articleBody.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean))
    .filter((ps) => ps.length >= 3);
}

/** Builds `n` corpus documents from `bodies` following the recipe above. */
export function buildCorpus(bodies: string[][], n = 100_000, seed = 1): CorpusDoc[] {
  let state = seed >>> 0;
  const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const vocab = [...new Set(bodies.flat().join(' ').match(/\p{L}{3,}/gu) ?? [])].filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  const next = new Array<number>(bodies.length).fill(0);
  const docs: CorpusDoc[] = [];
  for (let i = 0; i < n; i++) {
    const b = i % bodies.length;
    const ps = bodies[b];
    const len = Math.min(ps.length, 3 + Math.floor(rand() * 6));
    const start = next[b] % ps.length;
    next[b]++;
    const window = Array.from({ length: len }, (_, k) => ps[(start + k) % ps.length]);
    let text = window.join('\n\n');
    if (i % VERBATIM_EVERY !== 0) {
      const salt = Math.imul(i + 1, 0x9e3779b1);
      text = text.replace(/\p{L}+/gu, (w) => {
        if (FUNCTION_WORDS.has(w.toLowerCase())) return w;
        const r = vocab[((hashString(w.toLowerCase()) ^ salt) >>> 0) % vocab.length];
        return /^\p{Lu}/u.test(w) ? r[0].toUpperCase() + r.slice(1) : r.toLowerCase();
      });
    }
    docs.push({ id: `c100k-${i}`, url: `https://corpus.example/${i}`, title: window[0].split(' ').slice(0, 8).join(' '), published: new Date(Date.UTC(2024, 0, 1) + (i % 600) * 86_400_000).toISOString(), text });
  }
  return docs;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
  const n = opt('--docs', 100_000);
  const seed = opt('--seed', 1);
  const json = args.includes('--json');
  const evalDir = findEvalDir();
  if (!evalDir) {
    process.stdout.write('corpus-100k: no evaluation data found (../shared/eval or $SOURCELENS_EVAL); nothing to measure.\n');
    process.exit(0);
  }
  const mb = (b: number) => Math.round(b / 2 ** 20);
  const gc = () => (globalThis as { gc?: () => void }).gc?.();
  const bodies = benchmarkParagraphs(evalDir);
  let t = performance.now();
  const docs = buildCorpus(bodies, n, seed);
  const buildDocsMs = performance.now() - t;

  // Per document: what an IndexedDB store keeps beyond the text.
  let keys = 0;
  let words = 0;
  let serialised = 0;
  const perDoc: number[] = [];
  t = performance.now();
  for (const d of docs) {
    const k = indexKeys(d.text);
    keys += k.length;
    perDoc.push(k.length);
    words += d.text.split(/\s+/).length;
  }
  const keysMs = performance.now() - t;
  for (let i = 0; i < docs.length; i += 100) serialised += v8.serialize(Array.from(indexKeys(docs[i].text))).length;
  const sample = Math.ceil(docs.length / 100);

  gc();
  const before = process.memoryUsage();
  t = performance.now();
  const corpus = new MemoryCorpus(docs);
  await corpus.findMatches('warm up the index: the first lookup merges what was added');
  const indexMs = performance.now() - t;
  gc();
  const after = process.memoryUsage();

  // Queries: the reuse-set pages (real text reusing benchmark paragraphs) and the bodies themselves.
  const queries: string[] = bodies.map((ps) => ps.join('\n\n'));
  queries.push(...(await reuseQueryTexts(evalDir)));
  for (const q of queries.slice(0, 10)) await corpus.findMatches(q);
  const ms: number[] = [];
  let matched = 0;
  let candidatesFound = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const m = await corpus.findMatches(q);
    ms.push(performance.now() - t0);
    if (m.length) matched++;
    candidatesFound += m.length;
  }
  const q = stats(ms);
  const report = {
    documents: docs.length,
    wordsPerDoc: Math.round(words / docs.length),
    keysPerDoc: +(keys / docs.length).toFixed(1),
    keysPerDocP95: stats(perDoc).p95,
    rawKeyBytesPerDoc: Math.round((keys / docs.length) * 4),
    v8SerialisedKeyArrayBytesPerDoc: Math.round(serialised / sample),
    textMBUtf16: mb(docs.reduce((s, d) => s + d.text.length * 2, 0)),
    buildDocsMs: Math.round(buildDocsMs),
    indexKeysMsPerDoc: +(keysMs / docs.length).toFixed(3),
    indexBuildMs: Math.round(indexMs),
    indexEntries: corpus.keyEntries,
    indexMB: mb(corpus.keyEntries * 8),
    heapMBBefore: mb(before.heapUsed + before.arrayBuffers),
    heapMBAfter: mb(after.heapUsed + after.arrayBuffers),
    rssMB: mb(after.rss),
    queries: queries.length,
    queriesWithMatches: matched,
    matchesPerQuery: +(candidatesFound / queries.length).toFixed(1),
    queryMs: { median: +q.median.toFixed(2), p95: +q.p95.toFixed(2), max: +Math.max(...ms).toFixed(2) },
  };
  if (json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    process.stdout.write(`corpus-100k: ${report.documents} documents (${report.wordsPerDoc} words each on average), Node ${process.version}\n`);
    process.stdout.write(`keys per document      ${report.keysPerDoc} (p95 ${report.keysPerDocP95}); ${report.rawKeyBytesPerDoc} bytes as Uint32, ${report.v8SerialisedKeyArrayBytesPerDoc} bytes as a structured-clone array\n`);
    process.stdout.write(`in-memory index        ${report.indexEntries} entries, ${report.indexMB} MB, built in ${report.indexBuildMs} ms (keys: ${report.indexKeysMsPerDoc} ms a document)\n`);
    process.stdout.write(`memory                 heap and buffers ${report.heapMBBefore} MB with the texts, ${report.heapMBAfter} MB with the index, rss ${report.rssMB} MB\n`);
    process.stdout.write(`findMatches            ${report.queries} pages: median ${report.queryMs.median} ms, p95 ${report.queryMs.p95} ms, max ${report.queryMs.max} ms; ${report.queriesWithMatches} with matches, ${report.matchesPerQuery} matches a page\n`);
  }
}
