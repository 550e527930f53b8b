// One import: read the files (JSONL, RSS/Atom, saved pages), add their documents in batches (each batch
// one transaction), report progress, and on cancel take back what this import added. JSON Lines files are
// read as a stream, line by line: a 100 MB file is never held in memory, only one batch of documents.
import { parseFeed, parseHtmlPage, parseJsonlLine, type ImportedDoc, type ParseMarkup, type ParsedImport } from './import-formats';
import type { IdbCorpus } from './idb-corpus';
import { bomEncoding, headEncoding, LATE_SCAN_BYTES, PRESCAN_BYTES } from '../extract/charset';

/** A piece of a file as read: its text and how many bytes of the file it came from. */
export interface ImportChunk {
  text: string;
  bytes: number;
}

/** A file to import: its name, its size in bytes and its content as a stream of chunks. */
export interface ImportFile {
  name: string;
  size: number;
  chunks(): AsyncIterable<ImportChunk>;
}

export interface ImportReport {
  added: number;
  /** Documents or lines not imported: file, line/item number, reason (the first MAX_REPORTED of them). */
  rejected: { file: string; where: string; reason: string }[];
  /** How many were not imported in all (more than `rejected` holds when a file is badly broken). */
  rejectedTotal: number;
  cancelled: boolean;
  /** Why the import stopped before the end (full storage, an unreadable file), and where; what came before stays. */
  stopped?: string;
}

/** Where an import stands: bytes read of all files, documents added, and the file and line it is at. */
export interface ImportProgress {
  read: number;
  size: number;
  added: number;
  file: string;
  /** Last line (JSON Lines) or item read in `file`. */
  at: number;
  unit: ParsedImport['unit'];
}

const BATCH = 250;
/** Rejections kept for the report; the rest are counted. */
export const MAX_REPORTED = 1000;
/** Feeds and saved pages are parsed whole: larger ones are refused with a reason. */
export const MAX_WHOLE_FILE = 32 * 2 ** 20;

/** A file held in a string (tests, the command line); split into chunks of `chunk` characters. */
export function stringFile(name: string, text: string, chunk = 1 << 16): ImportFile {
  const bytes = new TextEncoder().encode(text).length;
  return {
    name,
    size: bytes,
    async *chunks() {
      for (let i = 0; i < text.length; i += chunk) {
        const part = text.slice(i, i + chunk);
        yield { text: part, bytes: Math.round((part.length / text.length) * bytes) };
      }
    },
  };
}

/**
 * A `File` or `Blob` read as a stream of text (a multi-byte character split between chunks is kept whole):
 * UTF-8, unless a saved page or feed (markup, not JSON Lines) declares another encoding at its start.
 */
export function blobFile(name: string, blob: Pick<Blob, 'size' | 'stream'>): ImportFile {
  return {
    name,
    size: blob.size,
    async *chunks() {
      const reader = blob.stream().getReader();
      // The encoding is decided once enough of the head has arrived (streamEncoding), or the stream ended.
      let decoder: TextDecoder | undefined;
      let head: Uint8Array[] = [];
      let headBytes = 0;
      // The head is weighed when the prescan's bytes have arrived, and again when a page's head has.
      let weighAt = PRESCAN_BYTES;
      const decodeHead = (encoding: string) => {
        const first = concatBytes(head);
        head = [];
        decoder = new TextDecoder(encoding);
        return { text: decoder.decode(first, { stream: true }), bytes: first.byteLength };
      };
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (decoder) {
            yield { text: decoder.decode(value, { stream: true }), bytes: value.byteLength };
            continue;
          }
          head.push(value);
          headBytes += value.byteLength;
          if (headBytes < weighAt) continue;
          head = [concatBytes(head)];
          const encoding = streamEncoding(head[0], false);
          if (encoding) yield decodeHead(encoding);
          else weighAt = LATE_SCAN_BYTES;
        }
        if (!decoder && head.length) yield decodeHead(streamEncoding(concatBytes(head), true) ?? 'utf-8');
        const rest = decoder?.decode();
        if (rest) yield { text: rest, bytes: 0 };
      } finally {
        reader.releaseLock();
      }
    },
  };
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * The encoding of a stream, from its first bytes (`ended`: they are all of it), or null while more are needed:
 * what a saved page or feed declares (utils/extract/charset.ts) when it opens with markup or a UTF-16
 * byte-order mark; UTF-8 otherwise (JSON Lines are UTF-8, and an HTML string inside one that names a charset
 * says nothing about the file).
 */
export function streamEncoding(first: Uint8Array, ended = true): string | null {
  const bom = bomEncoding(first);
  if (bom && bom !== 'utf-8') return bom;
  let i = bom ? 3 : 0;
  while (i < first.length && (first[i] === 0x20 || first[i] === 0x09 || first[i] === 0x0a || first[i] === 0x0d)) i++;
  // Nothing but whitespace yet: a page's head of it is no page.
  if (i >= first.length && !ended) return first.length >= LATE_SCAN_BYTES ? 'utf-8' : null;
  return first[i] === 0x3c /* < */ ? headEncoding(first, ended) : 'utf-8';
}

/** The lines of a stream of chunks, numbered from 1, with the bytes read so far. */
export async function* linesOf(chunks: AsyncIterable<ImportChunk>): AsyncGenerator<{ line: string; n: number; read: number }> {
  let carry = '';
  let n = 0;
  let read = 0;
  for await (const c of chunks) {
    read += c.bytes;
    // Only the new chunk is split: a very long line is joined once, not rescanned with every chunk.
    const parts = c.text.split('\n');
    if (parts.length === 1) {
      carry += c.text;
      continue;
    }
    parts[0] = carry + parts[0];
    carry = parts.pop()!;
    for (const line of parts) yield { line, n: ++n, read };
  }
  if (carry) yield { line: carry, n: ++n, read };
}

/** Whether a file is JSON Lines, by its name or its first characters. */
function isJsonl(name: string, head: string): boolean {
  return /\.(jsonl|ndjson|json)$/i.test(name) || head.trimStart().startsWith('{');
}

/** Reads a feed or saved page whole (they are small), by its kind. */
export function readWholeFile(name: string, text: string, parse: ParseMarkup, index: number): ParsedImport {
  const head = text.slice(0, 2000).trimStart();
  if (/\.(rss|atom|xml)$/i.test(name) || /^<\?xml|^<(rss|feed)\b/i.test(head)) return parseFeed(text);
  return parseHtmlPage(text, name, parse, index);
}

/** The first chunk of a stream and the whole stream again (the first chunk decides the file's kind). */
async function peek(chunks: AsyncIterable<ImportChunk>): Promise<{ head: string; all: AsyncIterable<ImportChunk> }> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  const all = {
    async *[Symbol.asyncIterator]() {
      if (!first.done) yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
  return { head: first.done ? '' : first.value.text.slice(0, 2000), all };
}

/** Imports `files` into `corpus`; cancelling through `signal` removes what this import added. */
export async function runImport(
  files: ImportFile[],
  corpus: IdbCorpus,
  opts: { parse: ParseMarkup; onProgress?: (p: ImportProgress) => void; signal?: AbortSignal; job?: string },
): Promise<ImportReport> {
  const job = opts.job ?? `import-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const report: ImportReport = { added: 0, rejected: [], rejectedTotal: 0, cancelled: false };
  const size = files.reduce((n, f) => n + f.size, 0);
  let readBefore = 0;
  const progress: ImportProgress = { read: 0, size, added: 0, file: files[0]?.name ?? '', at: 0, unit: 'line' };
  const reject = (file: string, where: string, reason: string) => {
    report.rejectedTotal++;
    if (report.rejected.length < MAX_REPORTED) report.rejected.push({ file, where, reason });
  };
  const flush = async (file: string, unit: string, docs: ImportedDoc[]) => {
    if (!docs.length) return;
    const r = await corpus.add(docs, { addedFrom: 'import', job });
    report.added += r.added;
    for (const x of r.rejected) reject(file, `${unit} ${x.index}`, x.reason);
    progress.added = report.added;
    opts.onProgress?.({ ...progress });
    // Let the page paint the progress between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  opts.onProgress?.({ ...progress });
  try {
    await importFiles();
  } catch (e) {
    // Each batch is one transaction: the failing one wrote nothing, the batches before it stay.
    const why = e instanceof Error ? e.message : String(e);
    report.stopped = `Stopped in ${progress.file}, in the batch ending at ${progress.unit} ${progress.at}: ${why} The ${report.added} documents added before it stay in the corpus.`;
  }
  if (opts.signal?.aborted) {
    report.cancelled = true;
    await corpus.deleteJob(job);
    report.added = 0;
  }
  return report;

  async function importFiles() {
    files: for (const [i, f] of files.entries()) {
      progress.file = f.name;
      progress.at = 0;
      const { head, all } = await peek(f.chunks());
      if (isJsonl(f.name, head)) {
        progress.unit = 'line';
        let batch: ImportedDoc[] = [];
        for await (const { line, n, read } of linesOf(all)) {
          if (opts.signal?.aborted) break files;
          const r = parseJsonlLine(line, n, opts.parse, f.name);
          if (r && 'doc' in r) batch.push(r.doc);
          else if (r) reject(f.name, `line ${r.rejected.index}`, r.rejected.reason);
          progress.at = n;
          progress.read = readBefore + read;
          if (batch.length >= BATCH) {
            await flush(f.name, 'line', batch);
            batch = [];
          }
        }
        if (opts.signal?.aborted) break;
        progress.read = readBefore + f.size;
        await flush(f.name, 'line', batch);
      } else if (f.size > MAX_WHOLE_FILE) {
        reject(f.name, 'file', `${f.name}: ${Math.round(f.size / 2 ** 20)} MB is too large for a feed or a saved page (at most ${MAX_WHOLE_FILE / 2 ** 20} MB); JSON Lines files may be of any size`);
      } else {
        let text = '';
        for await (const c of all) text += c.text;
        const parsed = readWholeFile(f.name, text, opts.parse, i + 1);
        progress.unit = parsed.unit;
        for (const r of parsed.rejected) reject(f.name, r.index ? `${parsed.unit} ${r.index}` : 'file', r.reason);
        for (let b = 0; b < parsed.docs.length; b += BATCH) {
          if (opts.signal?.aborted) break files;
          const docs = parsed.docs.slice(b, b + BATCH);
          progress.at = docs[docs.length - 1].index;
          progress.read = readBefore + Math.round((f.size * (b + docs.length)) / parsed.docs.length);
          await flush(f.name, parsed.unit, docs);
        }
      }
      readBefore += f.size;
      progress.read = readBefore;
      opts.onProgress?.({ ...progress });
    }
  }
}
