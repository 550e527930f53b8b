/**
 * Scores the entity recogniser on CoNLL++ test (evaluation only — see bench/ner-score.ts).
 *   npx tsx scripts/eval-ner.ts [path] [--json]
 */
import { existsSync } from 'node:fs';
import { scoreConll } from '../bench/ner-score';

const args = process.argv.slice(2);
const json = args.includes('--json');
const path = args.find((a) => !a.startsWith('--')) ?? process.env.NER_EVAL_FILE ?? '/work/shared/eval/conll2003-test/conllpp_test.txt';

if (!existsSync(path)) {
  console.log(`eval-ner: ${path} not found; nothing to score.`);
  process.exit(0);
}
const t0 = performance.now();
const { taggerOptions } = await import('../utils/entities/tagger');
const { builtInEntityModel } = await import('../utils/entities/built-in-model');
// Ablations: --no-consistency, --no-sports, --no-truecase
for (const k of Object.keys(taggerOptions) as (keyof typeof taggerOptions)[]) if (args.includes(`--no-${k}`)) taggerOptions[k] = false;
builtInEntityModel();
const loadMs = performance.now() - t0;
const r = await scoreConll(path);
if (json) {
  console.log(JSON.stringify({ ...r, loadMs }, null, 2));
} else {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  console.log(`CoNLL++ test: ${r.documents} documents, ${r.words} tokens`);
  console.log('type     P      R      F1     tp    fp    fn');
  for (const [k, v] of [...Object.entries(r.perType), ['micro', r.micro]] as const) {
    console.log(`${k.padEnd(5)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)} ${String(v.tp).padStart(6)}${String(v.fp).padStart(6)}${String(v.fn).padStart(6)}`);
  }
  if (r.byLine) console.log(`micro F1 on ALL-CAPS lines ${pct(r.byLine.caps.f1)}, other lines ${pct(r.byLine.other.f1)}`);
  console.log(`tagging ${r.msPer1000Words.toFixed(2)} ms per 1,000 words (first pass, cold JIT); ` +
    `model load (incl. import) ${loadMs.toFixed(0)} ms`);
}
