// npm run eval: scores on the real pages of ../shared/eval (never copied into the repository).
//   npm run eval [-- --json] [-- --only dates,meta,body,registry,entities,reuse,anchoring] [-- --misses]
// Exits 0 with a message when the evaluation folder is missing.
import fs from 'node:fs';
import path from 'node:path';
import { articleBenchmarkPages, findEvalDir } from './eval-data';
import { annotationOf, runCli } from './run-cli';
import { bodyOf, shingleF1, snippetScore } from './score/body';
import { scoreDates } from './score/dates';
import { authorMatches, scoreMetadata, type MetaTruth } from './score/metadata';
import { registryCoverage } from './score/registry';
import { scoreEntities } from './score/entities';
import { scoreAnchoring } from './score/anchoring';
import { REUSE_KINDS, reuseSetBuilder, scoreReuseSet } from './score/reuse';

const args = process.argv.slice(2);
const json = args.includes('--json');
const showMisses = args.includes('--misses');
const onlyArg = args.find((a) => a.startsWith('--only='))?.slice(7) ?? (args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined);
const only = new Set((onlyArg ?? 'dates,meta,body,registry,entities,reuse,anchoring').split(','));

const evalDir = findEvalDir();
if (!evalDir) {
  process.stdout.write('eval: no evaluation data found (../shared/eval or $SOURCELENS_EVAL); nothing to score.\n');
  process.exit(0);
}

const report: Record<string, unknown> = { evalDir };
const rows: [string, string, string][] = [];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);
const t0 = performance.now();

if (only.has('dates')) {
  const d = await scoreDates(evalDir);
  report.htmldate = d;
  rows.push(['htmldate', 'date accuracy', `${d.accuracy.toFixed(3)}  (${d.tp} right, ${d.tn} rightly none, ${d.fp} wrong, ${d.fn} missing of ${d.pages})`]);
  if (showMisses) for (const m of d.misses) process.stderr.write(`date miss: ${m.file} truth=${m.truth} found=${m.found} (${m.from ?? '-'})\n`);
}

if (only.has('meta') || only.has('body')) {
  const dir = path.join(evalDir, 'trafilatura-eval');
  const data = JSON.parse(fs.readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<string, MetaTruth & { file: string; with: string[]; without: string[] }>;
  const inputs = Object.entries(data).map(([url, v]) => ({ file: path.join(dir, 'html', `${v.file}.gz`), url, v }));
  const results = await runCli(inputs);
  const pages = inputs.map((i) => ({ truth: i.v, file: path.relative(evalDir, i.file), a: annotationOf(results.get(i.file)) }));
  if (only.has('meta')) {
    const m = scoreMetadata(pages);
    report.trafilaturaMeta = m;
    rows.push(['trafilatura-eval', 'title accuracy', `${m.title.accuracy.toFixed(3)}  (${m.title.correct}/${m.title.pages})`]);
    rows.push(['trafilatura-eval', 'author accuracy', `${m.author.accuracy.toFixed(3)}  (${m.author.correct}/${m.author.pages})`]);
    rows.push(['trafilatura-eval', 'date accuracy', `${m.date.accuracy.toFixed(3)}  (${m.date.correct}/${m.date.pages})`]);
    if (showMisses) {
      for (const [i, p] of pages.entries()) {
        if (p.truth.author && !authorMatches(p.truth.author, p.a)) process.stderr.write(`author miss: ${inputs[i].v.file} ${JSON.stringify(p.truth.author)} got ${JSON.stringify((p.a?.authors ?? []).map((x) => x.name))}\n`);
        if (p.truth.title && p.a && p.a.article.title.trim() !== p.truth.title.trim()) process.stderr.write(`title miss: ${inputs[i].v.file} ${JSON.stringify(p.truth.title)} got ${JSON.stringify(p.a.article.title)}\n`);
        const date = p.a?.dates.published;
        if (p.truth.date?.trim() && date?.iso.slice(0, 10) !== p.truth.date.trim()) process.stderr.write(`meta date miss: ${p.file} truth=${p.truth.date.trim()} found=${date?.iso.slice(0, 10) ?? null} (${date?.from ?? '-'})\n`);
      }
    }
  }
  if (only.has('body')) {
    const s = snippetScore(pages.map((p, i) => ({ text: bodyOf(p.a), with: inputs[i].v.with ?? [], without: inputs[i].v.without ?? [] })));
    report.trafilaturaBody = s;
    rows.push(['trafilatura-eval', 'body snippets F1', `${s.f1.toFixed(3)}  (P ${s.precision.toFixed(3)}, R ${s.recall.toFixed(3)})`]);
  }
}

if (only.has('body') || only.has('registry')) {
  const bench = articleBenchmarkPages(evalDir);
  if (only.has('body')) {
    const results = await runCli(bench.map((p) => ({ file: p.file, url: p.url })));
    const f = shingleF1(bench.map((p) => ({ extracted: bodyOf(annotationOf(results.get(p.file))), truth: p.body })));
    report.articleBody = f;
    rows.push(['article-extraction-benchmark', 'body F1 (4-grams)', `${f.f1.toFixed(3)}  (P ${f.precision.toFixed(3)}, R ${f.recall.toFixed(3)}, ${f.pages} pages)`]);
  }
  if (only.has('registry')) {
    const c = registryCoverage(bench.map((p) => p.url));
    report.registryCoverage = c;
    rows.push(['article-extraction-benchmark', 'registry coverage', `${pct(c.coverage)}  (${c.known} of ${c.domains} domains)`]);
  }
}

if (only.has('entities')) {
  const file = path.join(evalDir, 'conll2003-test', 'conllpp_test.txt');
  if (fs.existsSync(file)) {
    const e = await scoreEntities(file);
    report.conllpp = e;
    const f = (x: { f1: number; precision: number; recall: number }) => `${x.f1.toFixed(3)} (P ${x.precision.toFixed(3)}, R ${x.recall.toFixed(3)})`;
    rows.push(['conll2003-test (CoNLL++)', 'entities micro F1', `${f(e.micro)}  ${e.documents} documents, --text mode`]);
    for (const t of ['PER', 'LOC', 'ORG'] as const) rows.push(['conll2003-test (CoNLL++)', `  ${t} F1`, f(e.perType[t])]);
    rows.push(['conll2003-test (CoNLL++)', 'entity time', `${e.msPer1000Words.toFixed(1)} ms per 1,000 words`]);
  }
}

if (only.has('reuse')) {
  const tool = reuseSetBuilder(evalDir);
  if (tool) {
    const r = await scoreReuseSet(evalDir, tool, 7);
    report.reuse = r;
    const set = `reuse set (seed 7, ${r.pages} pages)`;
    for (const kind of [...REUSE_KINDS, 'all'] as const) {
      const k = r.kinds[kind];
      rows.push([set, `${kind} sources`, `P ${f3(k.sourcePrecision)}, R ${f3(k.sourceRecall)}  characters P ${f3(k.charPrecision)}, R ${f3(k.charRecall)}  earliest right ${k.earliestRight}/${k.pages}`]);
    }
    rows.push([set, 'control pages matched', `${r.controls.withMatch} of ${r.controls.pages} (other than a document the set says shares text: ${r.controls.withUnfairMatch})`]);
    rows.push([set, 'boilerplate matched', `${r.boilerplate.matched} of ${r.boilerplate.pages} pages carrying it`]);
    if (showMisses) for (const m of r.misses) process.stderr.write(`reuse miss ${m.id}: wrong [${m.wrong.join(' ')}] missed [${m.missed.join(' ')}] char P ${f3(m.charP)} R ${f3(m.charR)}\n`);
  } else rows.push(['reuse set', 'skipped', 'no ../shared/tools/make-reuse-set.mjs']);
}

if (only.has('anchoring')) {
  const a = await scoreAnchoring(articleBenchmarkPages(evalDir));
  report.anchoring = a;
  rows.push(['article-extraction-benchmark', 'anchored in Chromium', `anchored: ${a.anchored}/${a.spans} spans (${(a.share * 100).toFixed(1)}%) on ${a.analysed} of ${a.pages} pages`]);
  if (showMisses) for (const w of a.worst) process.stderr.write(`not anchored: ${w.url} ${w.notFound}/${w.spans} ${JSON.stringify(w.examples)}\n`);
}

report.seconds = Math.round((performance.now() - t0) / 100) / 10;
if (json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
else {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  process.stdout.write(`Sourcelens evaluation on ${evalDir} (${report.seconds} s)\n\n`);
  for (const [set, metric, value] of rows) process.stdout.write(`${set.padEnd(w0)}  ${metric.padEnd(w1)}  ${value}\n`);
}
