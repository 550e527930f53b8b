// sourcelens: the pipeline over saved pages and plain-text articles (DESIGN.md §7).
import path from 'node:path';
import { annotate, annotateText } from '../utils/annotate';
import { builtInKnowledge } from '../utils/built-in-knowledge';
import type { Corpus } from '../utils/corpus/corpus';
import { MemoryCorpus } from '../utils/corpus/memory-corpus';
import { parseArgs, USAGE, type CliOptions } from './args';
import { looksLikeHtml, parseDocument, readCorpus, readInput, readManifest, readMarkup } from './load';
import { summarise } from './summary';

async function analyseFile(file: string, url: string, opts: CliOptions, corpus?: Corpus) {
  const input = opts.text ? readInput(file) : readMarkup(file);
  if (opts.text) return annotateText(input, url, corpus, { force: opts.force, knowledge: builtInKnowledge() });
  if (!looksLikeHtml(input)) throw new Error(`${file}: not an HTML page (use --text for plain text)`);
  return annotate(parseDocument(input), url, corpus, { force: opts.force, knowledge: builtInKnowledge() });
}

async function main(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`sourcelens: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  let urls = new Map<string, string>();
  let corpus: Corpus | undefined;
  try {
    if (opts.manifest) urls = readManifest(opts.manifest);
    if (opts.corpus) {
      let rejected = 0;
      const docs = readCorpus(opts.corpus, (line, reason) => {
        rejected++;
        if (rejected <= 20) process.stderr.write(`sourcelens: ${opts.corpus}:${line}: skipped, ${reason}\n`);
      });
      if (rejected > 20) process.stderr.write(`sourcelens: ${opts.corpus}: ${rejected} lines skipped in all\n`);
      corpus = new MemoryCorpus(docs);
    }
  } catch (e) {
    process.stderr.write(`sourcelens: ${(e as Error).message}\n`);
    return 2;
  }
  const many = opts.files.length > 1;
  let failed = 0;
  for (const file of opts.files) {
    const url = opts.url ?? urls.get(path.resolve(file)) ?? '';
    try {
      const a = await analyseFile(file, url, opts, corpus);
      if (opts.json) process.stdout.write((many ? JSON.stringify({ file, ...a }) : JSON.stringify(a, null, 2)) + '\n');
      else process.stdout.write(`${many ? `== ${file}\n` : ''}${summarise(a)}\n${many ? '\n' : ''}`);
    } catch (e) {
      failed++;
      const message = (e as Error).message.startsWith(file) ? (e as Error).message : `${file}: ${(e as Error).message}`;
      process.stderr.write(`sourcelens: ${message}\n`);
      if (opts.json) process.stdout.write(JSON.stringify({ file, error: message }) + '\n');
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`sourcelens: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
