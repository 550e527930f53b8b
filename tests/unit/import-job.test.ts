import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../cli/load';
import { IdbCorpus } from '../../utils/store/idb-corpus';
import { runImport } from '../../utils/store/import-job';
import { openCorpusDb } from '../../utils/store/schema';

const line = (i: number) => JSON.stringify({ url: `https://wire.example/${i}`, title: `Story ${i}`, text: `Story number ${i} reports that the council met on day ${i} and voted on budget line ${i * 7} after a long debate.` });
let n = 0;
const fresh = async () => new IdbCorpus(await openCorpusDb(`job-${n++}`));

describe('runImport', () => {
  it('imports several files, with progress and a report of every rejected line', async () => {
    const c = await fresh();
    const progress: number[] = [];
    const jsonl = [line(1), '{oops', line(2), line(1)].join('\n');
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>T</title><link>https://wire.example/rss-1</link><description>A description long enough to be the text of this feed item for the import test.</description></item></channel></rss>`;
    const r = await runImport(
      [
        { name: 'a.jsonl', text: jsonl },
        { name: 'feed.xml', text: rss },
        { name: 'notes.txt', text: 'plain words' },
      ],
      c,
      { parse: parseMarkup, onProgress: (p) => progress.push(p.done) },
    );
    expect(r.added).toBe(3);
    expect(r.cancelled).toBe(false);
    expect(r.rejected).toEqual([
      { file: 'a.jsonl', where: 'line 2', reason: 'not valid JSON' },
      { file: 'notes.txt', where: 'file 3', reason: 'notes.txt: not an HTML page' },
      { file: 'a.jsonl', where: 'line 4', reason: 'already in the corpus (same address https://wire.example/1)' },
    ]);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(4);
    expect((await c.stats()).documents).toBe(3);
  });

  it('takes everything back when cancelled', async () => {
    const c = await fresh();
    const ctrl = new AbortController();
    const lines = Array.from({ length: 600 }, (_, i) => line(i + 10)).join('\n');
    const r = await runImport([{ name: 'big.jsonl', text: lines }], c, {
      parse: parseMarkup,
      signal: ctrl.signal,
      onProgress: (p) => {
        if (p.done >= 250) ctrl.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.added).toBe(0);
    expect((await c.stats()).documents).toBe(0);
  });
});
