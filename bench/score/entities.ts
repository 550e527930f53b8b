// Entities on CoNLL++ test through the command line's --text mode (DESIGN.md §7): each document's text
// (tokens joined by spaces, sentences by newlines) is a file; every entity mention the Annotation
// reports is mapped back to tokens and matched exactly (PER, ORG, LOC; MISC ignored).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConll, prf, toTokens, type PRF } from '../ner-score';
import { annotationOf, runCli } from '../run-cli';

export interface EntityScore {
  documents: number;
  words: number;
  perType: Record<'PER' | 'ORG' | 'LOC', PRF>;
  micro: PRF;
  /** Entity stage time (recogniser, merging, citations when present) per 1,000 words, from the Annotation's timings. */
  msPer1000Words: number;
}

const CODE = { person: 'PER', organization: 'ORG', place: 'LOC' } as const;

export async function scoreEntities(conllFile: string): Promise<EntityScore> {
  const docs = parseConll(fs.readFileSync(conllFile, 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-conll-'));
  const inputs = docs.map((d, i) => {
    const file = path.join(dir, `doc-${String(i).padStart(3, '0')}.txt`);
    fs.writeFileSync(file, d.text);
    return { file };
  });
  const results = await runCli(inputs, ['--text']);
  const c = { PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0] } as Record<'PER' | 'ORG' | 'LOC', [number, number, number]>;
  let words = 0;
  let ms = 0;
  docs.forEach((d, i) => {
    words += d.tokStart.length;
    const a = annotationOf(results.get(inputs[i].file));
    ms += (a?.timings.entities ?? 0) + (a?.timings.citations ?? 0);
    const pred = new Set<string>();
    for (const e of a?.entities ?? []) {
      for (const m of e.mentions) {
        const r = toTokens(d, m.start, m.end);
        if (r) pred.add(`${r[0]}:${r[1]}:${CODE[e.type]}`);
      }
    }
    for (const p of pred) c[p.split(':')[2] as 'PER'][d.gold.has(p) ? 0 : 1]++;
    for (const g of d.gold) if (!pred.has(g)) c[g.split(':')[2] as 'PER'][2]++;
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const tot = [0, 1, 2].map((k) => c.PER[k] + c.ORG[k] + c.LOC[k]) as [number, number, number];
  return {
    documents: docs.length,
    words,
    perType: { PER: prf(...c.PER), ORG: prf(...c.ORG), LOC: prf(...c.LOC) },
    micro: prf(...tot),
    msPer1000Words: (ms / Math.max(1, words)) * 1000,
  };
}
