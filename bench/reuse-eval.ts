// Text reuse scores: builds a reuse set from article-extraction-benchmark with ../shared/tools/make-reuse-set.mjs
// in a temporary folder, runs the command line over its pages and scores sources, reused characters, control
// pages and the boilerplate line (bench/score/reuse.ts).
//   npx tsx bench/reuse-eval.ts [--json] [--misses] [SEED...]     (default seed 7)
// Exits 0 with a message when the evaluation folder or the set builder is missing.
import { findEvalDir } from './eval-data';
import { reuseSetBuilder, scoreReuseSet, type ReuseScore } from './score/reuse';

const args = process.argv.slice(2);
const json = args.includes('--json');
const showMisses = args.includes('--misses');
const seeds = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (!seeds.length) seeds.push(7);

const evalDir = findEvalDir();
const tool = evalDir && reuseSetBuilder(evalDir);
if (!evalDir || !tool) {
  process.stdout.write('reuse-eval: no evaluation data or reuse-set builder found (../shared/eval, ../shared/tools); nothing to score.\n');
  process.exit(0);
}

const f = (x: number) => x.toFixed(3);
function table(seed: number, s: ReuseScore): string {
  const lines = [`reuse set, seed ${seed}: ${s.pages} pages${s.failed.length ? `, ${s.failed.length} failed` : ''}${s.unlocated ? `, ${s.unlocated} reused paragraphs not in the extracted text` : ''}`];
  lines.push('kind        pages  src P  src R  char P char R  earliest');
  for (const [kind, k] of Object.entries(s.kinds)) {
    lines.push(`${kind.padEnd(11)} ${String(k.pages).padStart(5)}  ${f(k.sourcePrecision)}  ${f(k.sourceRecall)}  ${f(k.charPrecision)}  ${f(k.charRecall)}  ${k.earliestRight}/${k.pages}`);
  }
  lines.push(`controls with a match: ${s.controls.withMatch} of ${s.controls.pages}${s.controls.ids.length ? ` (${s.controls.ids.join(', ')})` : ''}; other than a fair one: ${s.controls.withUnfairMatch}${s.controls.unfairIds.length ? ` (${s.controls.unfairIds.join(', ')})` : ''}`);
  lines.push(`boilerplate matched:   ${s.boilerplate.matched} of ${s.boilerplate.pages} pages carrying it${s.boilerplate.ids.length ? ` (${s.boilerplate.ids.join(', ')})` : ''}`);
  if (showMisses) for (const m of s.misses) lines.push(`  miss ${m.id}: wrong [${m.wrong.join(' ')}] missed [${m.missed.join(' ')}] char P ${f(m.charP)} R ${f(m.charR)}`);
  return lines.join('\n');
}

const report: Record<string, ReuseScore> = {};
for (const seed of seeds) {
  const s = await scoreReuseSet(evalDir, tool, seed);
  report[seed] = s;
  if (!json) process.stdout.write(table(seed, s) + '\n\n');
}
if (json) process.stdout.write(JSON.stringify(seeds.length === 1 ? report[seeds[0]] : report, null, 2) + '\n');
