// Reading the command line's inputs: pages (.gz transparently), manifests and JSONL corpora.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DOMParser, parseHTML } from 'linkedom';
import { parseJsonl, type ParseMarkup } from '../utils/store/import-formats';
import type { CorpusDoc } from '../utils/corpus/memory-corpus';
import { decodeDocument } from '../utils/extract/charset';

/** Reads a file's bytes, gunzipping `.gz`; throws an Error naming the file on any problem. */
function readBytes(file: string): Buffer {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a directory` : `${file}: cannot be read (${code ?? e})`);
  }
  if (file.endsWith('.gz')) {
    try {
      buf = zlib.gunzipSync(buf);
    } catch {
      throw new Error(`${file}: not a valid gzip file`);
    }
  }
  if (!buf.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) throw new Error(`${file}: empty file`);
  if (buf.subarray(0, 4096).includes(0)) throw new Error(`${file}: binary data, not text`);
  return buf;
}

/** Reads a file as UTF-8 (plain text, manifests, JSON Lines), gunzipping `.gz`; throws an Error naming the file on any problem. */
export function readInput(file: string): string {
  return readBytes(file).toString('utf8');
}

/** Reads a saved page in the encoding it declares (utils/extract/charset.ts), gunzipping `.gz`. */
export function readMarkup(file: string): string {
  return decodeDocument(readBytes(file));
}

/** Whether `text` looks like an HTML document (a tag near its start). */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype html|html|head|body|meta|title|div|p|article|main|script|h1|span|section|table|a)\b/i.test(text.slice(0, 20000));
}

/** Parses HTML into a DOM Document for the pipeline. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The manifest's file -> url map; paths are resolved against the manifest's folder and the working directory. */
export function readManifest(file: string): Map<string, string> {
  const map = new Map<string, string>();
  const dir = path.dirname(file);
  readInput(file)
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let row: { file?: unknown; url?: unknown };
      try {
        row = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
      if (typeof row.file !== 'string' || typeof row.url !== 'string') throw new Error(`${file}:${i + 1}: needs "file" and "url" strings`);
      map.set(path.resolve(row.file), row.url);
      map.set(path.resolve(dir, row.file), row.url);
    });
  return map;
}

/** linkedom's parser, for the import readers. */
export const parseMarkup: ParseMarkup = (text, type) => new DOMParser().parseFromString(text, type) as unknown as Document;

/** Loads a JSONL corpus; bad lines are reported through `onReject` and skipped. */
export function readCorpus(file: string, onReject: (line: number, reason: string) => void): CorpusDoc[] {
  const parsed = parseJsonl(readInput(file), parseMarkup, file);
  for (const r of parsed.rejected) onReject(r.index, r.reason);
  return parsed.docs.map(({ index: _i, ...doc }) => ({ ...doc, addedFrom: 'import' as const }));
}
