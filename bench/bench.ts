// npm run bench: speed of the pipeline on real news pages (../shared/eval/article-extraction-benchmark).
// Prints median and p95 per page of annotate() and of Readability alone, and their ratio.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { annotate } from '../utils/annotate';
import { articleBenchmarkPages, findEvalDir, readText, stats } from './eval-data';

const evalDir = findEvalDir();
if (!evalDir) {
  process.stdout.write('bench: no evaluation data found (../shared/eval or $SOURCELENS_EVAL); nothing to measure.\n');
  process.exit(0);
}

const pages = articleBenchmarkPages(evalDir).map((p) => ({ ...p, html: readText(p.file) }));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const parse = (html: string) => parseHTML(html).document as unknown as Document;

const annotateMs: number[] = [];
const readabilityMs: number[] = [];
const words: number[] = [];
// One warm-up pass so that lazy model loading and JIT do not count against the first pages.
for (const p of pages.slice(0, 5)) await annotate(parse(p.html), p.url);
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
    bestA = Math.min(bestA, performance.now() - t);
    if (r === 0) words.push(a.article.wordCount);
  }
  annotateMs.push(bestA);
  readabilityMs.push(bestR);
}
const a = stats(annotateMs);
const r = stats(readabilityMs);
const perKWords = stats(annotateMs.map((ms, i) => (ms / Math.max(1, words[i])) * 1000));
const f = (x: number) => x.toFixed(1).padStart(8);
process.stdout.write(`bench: ${pages.length} pages of article-extraction-benchmark, best of ${ROUNDS} runs each (Node ${process.version}, linkedom)\n\n`);
process.stdout.write(`                      median ms    p95 ms\n`);
process.stdout.write(`annotate()            ${f(a.median)}  ${f(a.p95)}\n`);
process.stdout.write(`Readability alone     ${f(r.median)}  ${f(r.p95)}\n`);
process.stdout.write(`ratio                 ${f(a.median / r.median)}x ${f(a.p95 / r.p95)}x\n`);
process.stdout.write(`annotate() per 1,000 words: median ${perKWords.median.toFixed(1)} ms, p95 ${perKWords.p95.toFixed(1)} ms\n`);
