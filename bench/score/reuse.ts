// Text reuse on a set built by ../shared/tools/make-reuse-set.mjs: derived pages that reuse paragraphs of
// corpus documents verbatim, lightly rewritten, or from three sources at once ("mixed"), and control pages
// that reuse nothing. Scored through the command line, as a reader's page would be.
//   sources:    a match counts when it covers >= 5% of the page; it is right when the document is a true
//               source, a later reprint of one, or a document the set says fairly shares text with the page.
//               A true source whose reused paragraphs cover less than 10% of the page counts as found when
//               reported covering at least half of what it truly covers (5% of the page could not be reached).
//   characters: non-space characters of the page inside reported passages vs. inside the true reused
//               paragraphs (found in the page text); whitespace between paragraphs is neither right nor wrong,
//               nor is text the page really shares with an `alsoShared` document when that document is reported.
//   controls:   pages that reuse nothing: any match is counted, and apart those with a document that is not
//               one the set says fairly shares text with the page (`alsoShared`).
//   boilerplate: a line recurring across corpus and pages; reported passages must never cover it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Annotation } from '../../utils/annotation';
import { annotationOf, runCli } from '../run-cli';

export type ReuseKind = 'verbatim' | 'rewritten' | 'mixed';
const KINDS: ReuseKind[] = ['verbatim', 'rewritten', 'mixed'];

/** What the set's truth.json says about one page. */
export interface ReuseTruth {
  kind: ReuseKind | 'none';
  url: string;
  sources: string[];
  alsoShared: string[];
  earliest: string | null;
  reprinted: string[];
  reused: { from: string; text: string }[];
  original: string[];
}

export interface KindScore {
  pages: number;
  sourcePrecision: number;
  sourceRecall: number;
  charPrecision: number;
  charRecall: number;
  /** Reported sources right / wrong, true sources missed. */
  tp: number;
  fp: number;
  fn: number;
  /** Non-space characters: reported and reused, reported only, reused only. */
  charTp: number;
  charFp: number;
  charFn: number;
  /** Pages whose earliest reported source is the true earliest one. */
  earliestRight: number;
}

export interface ReuseScore {
  dir: string;
  pages: number;
  kinds: Record<ReuseKind | 'all', KindScore>;
  /** Control pages: with any match, and with a match that is not a fair (alsoShared) one. */
  controls: { pages: number; withMatch: number; ids: string[]; withUnfairMatch: number; unfairIds: string[] };
  boilerplate: { pages: number; matched: number; ids: string[] };
  /** True reused paragraphs that could not be found in the extracted page text (extraction lost them). */
  unlocated: number;
  failed: string[];
  /** Per page problems, for inspection. */
  misses: { id: string; kind: string; wrong: string[]; missed: string[]; charP: number; charR: number }[];
}

/** Coverage a match needs before it counts as naming a source. */
export const MIN_SOURCE_COVERAGE = 0.05;

/** Half-open ranges of `text` holding `needle`, whitespace-insensitively; [] when it is not there. */
export function locate(text: string, needle: string): [number, number][] {
  const words = needle.split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  return [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** Marks [start, end) in `mask`. */
function mark(mask: Uint8Array, ranges: Iterable<readonly [number, number]>) {
  for (const [s, e] of ranges) mask.fill(1, Math.max(0, s), Math.min(mask.length, e));
}

const empty = (): KindScore => ({ pages: 0, sourcePrecision: 0, sourceRecall: 0, charPrecision: 0, charRecall: 0, tp: 0, fp: 0, fn: 0, charTp: 0, charFp: 0, charFn: 0, earliestRight: 0 });

function finish(k: KindScore): KindScore {
  k.sourcePrecision = k.tp / Math.max(1, k.tp + k.fp);
  k.sourceRecall = k.tp / Math.max(1, k.tp + k.fn);
  k.charPrecision = k.charTp / Math.max(1, k.charTp + k.charFp);
  k.charRecall = k.charTp / Math.max(1, k.charTp + k.charFn);
  return k;
}

/** Scores annotations (by page id) against the set in `dir`; pages without an annotation count as failed. */
export function scoreAnnotations(dir: string, annotations: Map<string, Annotation | undefined>): ReuseScore {
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Record<string, ReuseTruth>;
  const corpusTexts = fs
    .readFileSync(path.join(dir, 'corpus.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  // Boilerplate: a page's own paragraph that recurs in several corpus documents.
  const boilerCache = new Map<string, boolean>();
  const isBoiler = (p: string) => {
    if (!boilerCache.has(p)) boilerCache.set(p, corpusTexts.filter((t) => t.includes(p)).length >= 3);
    return boilerCache.get(p)!;
  };
  const score: ReuseScore = {
    dir,
    pages: 0,
    kinds: { verbatim: empty(), rewritten: empty(), mixed: empty(), all: empty() },
    controls: { pages: 0, withMatch: 0, ids: [], withUnfairMatch: 0, unfairIds: [] },
    boilerplate: { pages: 0, matched: 0, ids: [] },
    unlocated: 0,
    failed: [],
    misses: [],
  };
  for (const [id, t] of Object.entries(truth)) {
    score.pages++;
    const a = annotations.get(id);
    if (!a) {
      score.failed.push(id);
      continue;
    }
    const matches = a.provenance.matches;
    const text = a.article.text;
    const reported = new Uint8Array(text.length);
    mark(reported, matches.flatMap((m) => m.passages.map((p) => [p.start, p.end] as const)));
    const boilers = t.original.filter(isBoiler).flatMap((p) => locate(text, p));
    if (boilers.length) {
      score.boilerplate.pages++;
      if (boilers.some(([s, e]) => reported.subarray(s, e).includes(1))) {
        score.boilerplate.matched++;
        score.boilerplate.ids.push(id);
      }
    }
    if (t.kind === 'none') {
      score.controls.pages++;
      if (matches.length) {
        score.controls.withMatch++;
        score.controls.ids.push(id);
      }
      if (matches.some((m) => !t.alsoShared.includes(m.ref.id))) {
        score.controls.withUnfairMatch++;
        score.controls.unfairIds.push(id);
      }
      continue;
    }
    const fairMask = new Uint8Array(text.length);
    mark(fairMask, matches.filter((m) => t.alsoShared.includes(m.ref.id)).flatMap((m) => m.passages.map((p) => [p.start, p.end] as const)));
    const reusedMask = new Uint8Array(text.length);
    for (const r of t.reused) {
      const at = locate(text, r.text);
      if (!at.length) score.unlocated++;
      mark(reusedMask, at);
    }
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < text.length; i++) {
      if (/\s/.test(text[i])) continue;
      if (reported[i] && reusedMask[i]) tp++;
      else if (reported[i] && !fairMask[i]) fp++;
      else if (reusedMask[i]) fn++;
    }
    const fair = new Set([...t.sources, ...t.alsoShared, ...t.reprinted]);
    const trueShare = (src: string) => {
      const m = new Uint8Array(text.length);
      mark(m, t.reused.filter((r) => r.from === src).flatMap((r) => locate(text, r.text)));
      return m.reduce((n, x) => n + x, 0) / Math.max(1, text.length);
    };
    const counts = (m: Annotation['provenance']['matches'][number]) =>
      m.coverage >= MIN_SOURCE_COVERAGE || (t.sources.includes(m.ref.id) && m.coverage >= Math.min(MIN_SOURCE_COVERAGE, trueShare(m.ref.id) / 2));
    const named = matches.filter(counts).map((m) => m.ref.id);
    const wrong = named.filter((n) => !fair.has(n));
    const missed = t.sources.filter((s) => !named.includes(s));
    for (const k of [score.kinds[t.kind], score.kinds.all]) {
      k.pages++;
      k.tp += named.length - wrong.length;
      k.fp += wrong.length;
      k.fn += missed.length;
      k.charTp += tp;
      k.charFp += fp;
      k.charFn += fn;
      if (a.provenance.earliest === t.earliest) k.earliestRight++;
    }
    const charP = tp / Math.max(1, tp + fp);
    const charR = tp / Math.max(1, tp + fn);
    if (wrong.length || missed.length || charP < 0.9 || charR < 0.9) score.misses.push({ id, kind: t.kind, wrong, missed, charP, charR });
  }
  for (const k of Object.values(score.kinds)) finish(k);
  return score;
}

/** Runs the command line over the set's pages with its corpus and scores the result. */
export async function scoreReuse(dir: string): Promise<ReuseScore> {
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Record<string, ReuseTruth>;
  const inputs = Object.entries(truth).map(([id, t]) => ({ id, file: path.join(dir, 'pages', `${id}.html`), url: t.url }));
  const results = await runCli(inputs, ['--corpus', path.join(dir, 'corpus.jsonl')]);
  return scoreAnnotations(dir, new Map(inputs.map((i) => [i.id, annotationOf(results.get(i.file))])));
}

export { KINDS as REUSE_KINDS };

/** ../shared/tools/make-reuse-set.mjs beside the evaluation folder, when both are there. */
export function reuseSetBuilder(evalDir: string): string | null {
  const tool = path.resolve(evalDir, '..', 'tools', 'make-reuse-set.mjs');
  return fs.existsSync(tool) && fs.existsSync(path.join(evalDir, 'article-extraction-benchmark')) ? tool : null;
}

/** Builds the reuse set for `seed` in a temporary folder, hands it to `use`, and removes it. */
export async function withReuseSet<T>(evalDir: string, tool: string, seed: number, use: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sourcelens-reuse-${seed}-`));
  try {
    execFileSync(process.execPath, [tool, path.join(evalDir, 'article-extraction-benchmark'), dir, String(seed)], { stdio: 'ignore' });
    return await use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the reuse set for `seed` and scores it through the command line. */
export function scoreReuseSet(evalDir: string, tool: string, seed: number): Promise<ReuseScore> {
  return withReuseSet(evalDir, tool, seed, scoreReuse);
}

/** The text of each page of a reuse set (its first own paragraph, the reused ones, then its other own ones). */
export function reusePageTexts(dir: string): string[] {
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Record<string, ReuseTruth>;
  return Object.values(truth).map((t) => [...t.original.slice(0, 1), ...t.reused.map((r) => r.text), ...t.original.slice(1)].join('\n\n'));
}

/** The page texts of the reuse set of seed 7, or none without the set builder (benchmarks look them up). */
export async function reuseQueryTexts(evalDir: string): Promise<string[]> {
  const tool = reuseSetBuilder(evalDir);
  return tool ? withReuseSet(evalDir, tool, 7, reusePageTexts) : [];
}
