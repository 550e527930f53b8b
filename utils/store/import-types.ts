// What reading an import yields: documents with the line or item they came from, and the rejections.
import type { CorpusDoc } from '../corpus/memory-corpus';

/** A document read from an import, with the line or item it came from. */
export type ImportedDoc = CorpusDoc & { index: number };

export interface ParsedImport {
  docs: ImportedDoc[];
  rejected: { index: number; reason: string }[];
  /** What the numbers in `index` count: lines of a JSONL file, items of a feed, files. */
  unit: 'line' | 'item' | 'file';
}
