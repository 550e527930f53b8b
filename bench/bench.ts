// npm run bench: speed, measured, never asserted in tests. Prints medians, p95s and ratios.
//  1. the pipeline in Node on the real pages of ../shared/eval/article-extraction-benchmark (skipped with a
//     message when that folder is missing): annotate() vs Readability alone, entities + citations per 1,000 words;
//  2. in Chromium: painting about a thousand highlights (a generated page);
//  3. the corpus at 100,000 documents, when bench/corpus-bench.ts is present.
// Options: --node-only (skip Chromium), BENCH_ROUNDS=n.
import { execFileSync } from 'node:child_process';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { annotate } from '../utils/annotate';
import { articleBenchmarkPages, findEvalDir, readText, stats } from './eval-data';
import { benchPaint } from './paint-bench';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const f = (x: number) => x.toFixed(1).padStart(8);
const out = (s: string) => process.stdout.write(s + '\n');
const parse = (html: string) => parseHTML(html).document as unknown as Document;

async function benchPipeline(evalDir: string) {
  const pages = articleBenchmarkPages(evalDir).map((p) => ({ ...p, html: readText(p.file) }));
  // One warm-up pass so that lazy model loading and JIT do not count against the first pages.
  for (const p of pages.slice(0, 5)) await annotate(parse(p.html), p.url);
  const annotateMs: number[] = [];
  const readabilityMs: number[] = [];
  const perKWords: number[] = [];
  const entityPerKWords: number[] = [];
  for (const p of pages) {
    let bestA = Infinity;
    let bestR = Infinity;
    for (let r = 0; r < ROUNDS; r++) {
      const d1 = parse(p.html);
      let t = performance.now();
      new Readability(d1.cloneNode(true) as Document).parse();
      bestR = Math.min(bestR, performance.now() - t);
      const d2 = parse(p.html);
      t = performance.now();
      const a = await annotate(d2, p.url);
      const ms = performance.now() - t;
      if (ms < bestA) {
        bestA = ms;
        if (a.article.wordCount >= 100) {
          perKWords[pages.indexOf(p)] = (ms / a.article.wordCount) * 1000;
          entityPerKWords[pages.indexOf(p)] = (((a.timings.entities ?? 0) + (a.timings.citations ?? 0)) / a.article.wordCount) * 1000;
        }
      }
    }
    annotateMs.push(bestA);
    readabilityMs.push(bestR);
  }
  const a = stats(annotateMs);
  const r = stats(readabilityMs);
  const k = stats(perKWords.filter((x) => x !== undefined));
  const e = stats(entityPerKWords.filter((x) => x !== undefined));
  out(`Pipeline in Node ${process.version} (linkedom), ${pages.length} pages of article-extraction-benchmark, best of ${ROUNDS} runs each`);
  out(`                      median ms    p95 ms`);
  out(`annotate()            ${f(a.median)}  ${f(a.p95)}`);
  out(`Readability alone     ${f(r.median)}  ${f(r.p95)}`);
  out(`ratio                 ${f(a.median / r.median)}x ${f(a.p95 / r.p95)}x`);
  out(`annotate() per 1,000 words: median ${k.median.toFixed(1)} ms, p95 ${k.p95.toFixed(1)} ms`);
  out(`entities + citations per 1,000 words: median ${e.median.toFixed(1)} ms, p95 ${e.p95.toFixed(1)} ms (target ≤ 30 ms)`);
}

const evalDir = findEvalDir();
if (evalDir) await benchPipeline(evalDir);
else out('Pipeline: no evaluation data found (../shared/eval or $SOURCELENS_EVAL); the Node part is skipped.');

if (!process.argv.includes('--node-only')) {
  out('\nIn Chromium (building the extension first)…');
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const pb = await benchPaint();
  out(`painting ${pb.highlights} highlights: median ${pb.paintMs.median.toFixed(1)} ms, p95 ${pb.paintMs.p95.toFixed(1)} ms (target ≤ 16 ms); placing them in the page: median ${pb.anchorMs.median.toFixed(1)} ms, p95 ${pb.anchorMs.p95.toFixed(1)} ms (${pb.runs} page loads)`);
}
