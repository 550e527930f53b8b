// Long work in turns: the same answer whether a detector runs at once or sliced, and the sliced run gives
// the event loop turns on a very long article (counted, not timed).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFixturePages } from '../../scripts/browser/fixture-server';
import { annotateText } from '../../utils/annotate';
import { builtInKnowledge } from '../../utils/built-in-knowledge';
import { runSliced, runToEnd, type Steps } from '../../utils/time-slice';

function* count(n: number, log: string[]): Steps<number> {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return n;
}

describe('runToEnd and runSliced', () => {
  it('return what the steps return, pausing only when a slice is used up', async () => {
    expect(runToEnd(count(3, []))).toBe(3);
    const log: string[] = [];
    // A slice of 0 ms is always used up: a turn after every step.
    expect(await runSliced(count(3, log), 0, async () => void log.push('turn'))).toBe(3);
    expect(log).toEqual(['step 0', 'turn', 'step 1', 'turn', 'step 2', 'turn']);
    const none: string[] = [];
    await runSliced(count(3, none), 60_000, async () => void none.push('turn'));
    expect(none).not.toContain('turn');
  });
});

describe('a very long article', () => {
  // The seed's text, repeated to about 50,000 words, with numbers so that paragraphs differ.
  const seed = listFixturePages().find((p) => p.slug === 'kayhan-142327')!;
  const html = fs.readFileSync(seed.file, 'utf8');
  const paras = [...html.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]);
  const words = paras.join(' ').split(/\s+/).length;
  const long = Array.from({ length: Math.ceil(50_000 / words) }, (_, i) => paras.map((p) => `${p} (Part ${i + 1}.)`).join('\n\n')).join('\n\n');

  it('gives the same entities and citations sliced as at once, with turns in between', async () => {
    expect(long.split(/\s+/).length).toBeGreaterThan(49_000);
    const atOnce = await annotateText(long, 'https://kayhan.ir/en/news/1', undefined, { now: 0, knowledge: builtInKnowledge() });
    let turns = 0;
    const { setTimeout: st } = globalThis;
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      turns++;
      return st(fn, ms);
    }) as typeof setTimeout;
    let sliced;
    try {
      sliced = await annotateText(long, 'https://kayhan.ir/en/news/1', undefined, { now: 0, sliceMs: 1, knowledge: builtInKnowledge() });
    } finally {
      globalThis.setTimeout = st;
    }
    expect(turns).toBeGreaterThan(10);
    expect(sliced.entities).toEqual(atOnce.entities);
    expect(sliced.citations).toEqual(atOnce.citations);
    expect(atOnce.entities.find((e) => e.name === 'Vladimir Putin')?.mentions.length).toBeGreaterThan(50);
  });
});
