// One import: read the files (JSONL, RSS/Atom, saved pages), add their documents in batches (each batch
// one transaction), report progress, and on cancel take back what this import added.
import { parseFeed, parseHtmlPage, parseJsonl, type ParseMarkup, type ParsedImport } from './import-formats';
import type { IdbCorpus } from './idb-corpus';

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportReport {
  added: number;
  /** Every document or line not imported: file, line/item number, reason. */
  rejected: { file: string; where: string; reason: string }[];
  cancelled: boolean;
}

export interface ImportProgress {
  done: number;
  total: number;
}

const BATCH = 250;

/** Reads one file by its kind (name and content). */
export function readImportFile(f: ImportFile, parse: ParseMarkup, index: number): ParsedImport {
  const head = f.text.slice(0, 2000).trimStart();
  if (/\.(jsonl|ndjson|json)$/i.test(f.name) || head.startsWith('{')) return parseJsonl(f.text, parse, f.name);
  if (/\.(rss|atom|xml)$/i.test(f.name) || /^<\?xml|^<(rss|feed)\b/i.test(head)) return parseFeed(f.text);
  return parseHtmlPage(f.text, f.name, parse, index);
}

/** Imports `files` into `corpus`; cancelling through `signal` removes what this import added. */
export async function runImport(
  files: ImportFile[],
  corpus: IdbCorpus,
  opts: { parse: ParseMarkup; onProgress?: (p: ImportProgress) => void; signal?: AbortSignal; job?: string },
): Promise<ImportReport> {
  const job = opts.job ?? `import-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const report: ImportReport = { added: 0, rejected: [], cancelled: false };
  const batches: { file: string; unit: string; docs: ParsedImport['docs'] }[] = [];
  files.forEach((f, i) => {
    const parsed = readImportFile(f, opts.parse, i + 1);
    for (const r of parsed.rejected) report.rejected.push({ file: f.name, where: r.index ? `${parsed.unit} ${r.index}` : 'file', reason: r.reason });
    for (let b = 0; b < parsed.docs.length; b += BATCH) batches.push({ file: f.name, unit: parsed.unit, docs: parsed.docs.slice(b, b + BATCH) });
  });
  const total = batches.reduce((n, b) => n + b.docs.length, 0);
  let done = 0;
  opts.onProgress?.({ done, total });
  for (const b of batches) {
    if (opts.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const r = await corpus.add(b.docs, { addedFrom: 'import', job });
    report.added += r.added;
    for (const x of r.rejected) report.rejected.push({ file: b.file, where: `${b.unit} ${x.index}`, reason: x.reason });
    done += b.docs.length;
    opts.onProgress?.({ done, total });
    // Let the page paint the progress between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (report.cancelled) {
    await corpus.deleteJob(job);
    report.added = 0;
  }
  return report;
}
