import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../cli/load';
import { IdbCorpus } from '../../utils/store/idb-corpus';
import { blobFile, linesOf, MAX_REPORTED, runImport, stringFile, type ImportChunk } from '../../utils/store/import-job';
import { openCorpusDb } from '../../utils/store/schema';

const line = (i: number) => JSON.stringify({ url: `https://wire.example/${i}`, title: `Story ${i}`, text: `Story number ${i} reports that the council met on day ${i} and voted on budget line ${i * 7} after a long debate.` });
let n = 0;
const fresh = async () => new IdbCorpus(await openCorpusDb(`job-${n++}`));

describe('runImport', () => {
  it('imports several files, with progress and a report of every rejected line', async () => {
    const c = await fresh();
    const progress: { read: number; added: number }[] = [];
    const jsonl = [line(1), '{oops', line(2), line(1)].join('\n');
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>T</title><link>https://wire.example/rss-1</link><description>A description long enough to be the text of this feed item for the import test.</description></item></channel></rss>`;
    const files = [stringFile('a.jsonl', jsonl, 7), stringFile('feed.xml', rss), stringFile('notes.txt', 'plain words')];
    const r = await runImport(files, c, { parse: parseMarkup, onProgress: (p) => progress.push({ read: p.read, added: p.added }) });
    expect(r.added).toBe(3);
    expect(r.cancelled).toBe(false);
    expect(r.rejected).toEqual([
      { file: 'a.jsonl', where: 'line 2', reason: 'not valid JSON' },
      { file: 'a.jsonl', where: 'line 4', reason: 'already in the corpus (same address https://wire.example/1)' },
      { file: 'notes.txt', where: 'file 3', reason: 'notes.txt: not an HTML page' },
    ]);
    expect(r.rejectedTotal).toBe(3);
    expect(progress[0]).toEqual({ read: 0, added: 0 });
    expect(progress[progress.length - 1]).toEqual({ read: files.reduce((s, f) => s + f.size, 0), added: 3 });
    expect((await c.stats()).documents).toBe(3);
  });

  it('takes everything back when cancelled', async () => {
    const c = await fresh();
    const ctrl = new AbortController();
    const lines = Array.from({ length: 600 }, (_, i) => line(i + 10)).join('\n');
    const r = await runImport([stringFile('big.jsonl', lines)], c, {
      parse: parseMarkup,
      signal: ctrl.signal,
      onProgress: (p) => {
        if (p.added >= 250) ctrl.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.added).toBe(0);
    expect((await c.stats()).documents).toBe(0);
  });

  it('streams a large JSON Lines file: only a batch at a time, every bad line counted, the report bounded', async () => {
    const c = await fresh();
    // 3,000 lines, produced on demand in small chunks: the file never exists as one string.
    const total = 3000;
    const produced: number[] = [];
    const file = {
      name: 'stream.jsonl',
      size: total * 200,
      async *chunks(): AsyncGenerator<ImportChunk> {
        for (let i = 0; i < total; i++) {
          produced.push(i);
          const l = i % 2 ? '{broken' : line(1000 + i);
          yield { text: l.slice(0, 40), bytes: 100 };
          yield { text: l.slice(40) + '\n', bytes: 100 };
        }
      },
    };
    let producedAtFirstBatch = -1;
    const r = await runImport([file], c, {
      parse: parseMarkup,
      onProgress: (p) => {
        if (p.added && producedAtFirstBatch < 0) producedAtFirstBatch = produced.length;
      },
    });
    expect(r.added).toBe(total / 2);
    expect(r.rejectedTotal).toBe(total / 2);
    expect(r.rejected.length).toBe(Math.min(MAX_REPORTED, total / 2));
    expect(r.rejected[0]).toEqual({ file: 'stream.jsonl', where: 'line 2', reason: 'not valid JSON' });
    // The first batch went in after about 500 lines (250 good ones), long before the end of the file.
    expect(producedAtFirstBatch).toBeGreaterThan(0);
    expect(producedAtFirstBatch).toBeLessThan(600);
  });

  it('reads a Blob as UTF-8 with characters split across chunks kept whole', async () => {
    const text = `${JSON.stringify({ url: 'https://x.example/ü', title: 'Zürich – Genève', text: 'Straße, café, naïve: “quotes” and 日本語 in one line.' })}\n{"second": true}`;
    const bytes = new TextEncoder().encode(text);
    // A stream of 5-byte chunks: most multi-byte characters straddle two of them.
    const blob = {
      size: bytes.length,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(c) {
            for (let i = 0; i < bytes.length; i += 5) c.enqueue(bytes.slice(i, i + 5));
            c.close();
          },
        }),
    } as Pick<Blob, 'size' | 'stream'>;
    const lines: { line: string; read: number }[] = [];
    for await (const l of linesOf(blobFile('u.jsonl', blob).chunks())) lines.push({ line: l.line, read: l.read });
    expect(lines.map((l) => l.line)).toEqual(text.split('\n'));
    expect(lines[1].read).toBe(bytes.length);
  });

  it('stops with a clear message when storage fails, keeping the batches before it', async () => {
    const c = await fresh();
    let calls = 0;
    const add = c.add.bind(c);
    // The second batch meets a full disk: the store rejects it as a whole (one transaction).
    c.add = async (docs, opts) => {
      if (++calls === 2) throw new Error('The browser’s storage for Sourcelens is full: delete documents or free disk space, then try again. Nothing was written.');
      return add(docs, opts);
    };
    const lines = Array.from({ length: 600 }, (_, i) => line(i + 5000)).join('\n');
    const r = await runImport([stringFile('full.jsonl', lines)], c, { parse: parseMarkup });
    expect(r.added).toBe(250);
    expect(r.stopped).toMatch(/^Stopped in full\.jsonl, in the batch ending at line 500: The browser’s storage for Sourcelens is full.*The 250 documents added before it stay in the corpus\.$/);
    expect((await c.stats()).documents).toBe(250);
  });
});
