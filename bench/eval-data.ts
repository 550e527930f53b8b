// Where the evaluation data lives (real pages with ground truth, never copied into the repository):
// $SOURCELENS_EVAL, else ../shared/eval beside the repository, else /work/shared/eval.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decodeDocument } from '../utils/extract/charset';

const REPO = path.resolve(import.meta.dirname, '..');

/** The evaluation folder, or null when this machine has none. */
export function findEvalDir(): string | null {
  const candidates = [process.env.SOURCELENS_EVAL, path.resolve(REPO, '../shared/eval'), path.resolve(process.cwd(), '../shared/eval'), '/work/shared/eval'];
  return candidates.find((c): c is string => !!c && fs.existsSync(c)) ?? null;
}

/**
 * Runs a bench module as a script (`npx tsx bench/NAME.ts`) when it is the one started: `run` gets the
 * evaluation folder, a log and the command-line arguments, and its result is printed as JSON; without the
 * data it says so and exits 0.
 */
export async function runAsScript<R>(meta: ImportMeta, run: (evalDir: string, log: (s: string) => void, args: string[]) => Promise<R>): Promise<void> {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== path.resolve(meta.filename)) return;
  const evalDir = findEvalDir();
  if (!evalDir) {
    process.stdout.write(`${path.basename(meta.filename, '.ts')}: no evaluation data found; nothing to measure.\n`);
    process.exit(0);
  }
  const r = await run(evalDir, (s) => process.stdout.write(s + '\n'), process.argv.slice(2));
  process.stdout.write(JSON.stringify(r, null, 2) + '\n');
}

/** Reads a possibly gzipped page in the encoding it declares. */
export function readText(file: string): string {
  const buf = fs.readFileSync(file);
  return decodeDocument(file.endsWith('.gz') ? zlib.gunzipSync(buf) : buf);
}

/** A page of article-extraction-benchmark: id, address, HTML path and the true article body. */
export interface BenchmarkPage {
  id: string;
  url: string;
  file: string;
  body: string;
}

export function articleBenchmarkPages(evalDir: string): BenchmarkPage[] {
  const dir = path.join(evalDir, 'article-extraction-benchmark');
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth)
    .map(([id, t]) => ({ id, url: t.url, file: path.join(dir, 'html', `${id}.html.gz`), body: t.articleBody }))
    .filter((p) => fs.existsSync(p.file));
}

/** Median and 95th percentile of `xs`. */
export function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/** The median of each named figure over several runs (a figure missing from a run counts as 0). */
export function medians(runs: Record<string, number>[]): Record<string, number> {
  return spreadOf(runs, 'median');
}

/** The 95th percentile of each stage over the runs. */
export function p95s(runs: Record<string, number>[]): Record<string, number> {
  return spreadOf(runs, 'p95');
}

function spreadOf(runs: Record<string, number>[], which: 'median' | 'p95'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(runs[0] ?? {})) out[k] = stats(runs.map((r) => r[k] ?? 0))[which];
  return out;
}
