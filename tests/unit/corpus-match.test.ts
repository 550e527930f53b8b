// The shared matching method: which documents are aligned, which keys are boilerplate, how a match is scored.
import { describe, expect, it } from 'vitest';
import { chooseCandidates, commonLimit, MAX_CANDIDATES, MIN_COMMON, MIN_COVERAGE, scoreMatch } from '../../utils/corpus/match';

describe('commonLimit', () => {
  const rows: [number, number][] = [
    [0, MIN_COMMON],
    [100, MIN_COMMON],
    [1_000, 16],
    [100_000, 159],
  ];
  for (const [docs, limit] of rows) it(`${docs} documents -> ${limit}`, () => expect(commonLimit(docs)).toBe(limit));
});

describe('chooseCandidates', () => {
  const rows: { name: string; keys: number[]; postings: (string[] | undefined)[]; docs: number; candidates: string[]; common: number[] }[] = [
    { name: 'nothing found', keys: [1, 2], postings: [undefined, []], docs: 10, candidates: [], common: [] },
    { name: 'most shared keys first', keys: [1, 2, 3], postings: [['a', 'b'], ['b'], ['b', 'c']], docs: 10, candidates: ['b', 'a', 'c'], common: [] },
    {
      name: 'a key in too many documents is boilerplate and finds nothing',
      keys: [1, 2],
      postings: [Array.from({ length: MIN_COMMON + 1 }, (_, i) => `d${i}`), ['x']],
      docs: 50,
      candidates: ['x'],
      common: [1],
    },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const got = chooseCandidates(r.keys, r.postings, r.docs);
      expect(got.candidates).toEqual(r.candidates);
      expect([...got.common]).toEqual(r.common);
    });
  }

  it(`aligns at most ${MAX_CANDIDATES} documents`, () => {
    const ids = Array.from({ length: 3 * MAX_CANDIDATES }, (_, i) => `d${i}`);
    const keys = ids.map((_, i) => i);
    expect(chooseCandidates(keys, ids.map((id) => [id]), 1_000_000).candidates).toHaveLength(MAX_CANDIDATES);
  });
});

describe('scoreMatch', () => {
  const ref = { id: 'r', url: 'https://r.example/', title: 'R', text: 'x'.repeat(400) };
  it('gives coverage of the page and containment of the document, overlaps counted once', () => {
    const m = scoreMatch(1000, ref, [
      { start: 0, end: 100, refStart: 0, refEnd: 100 },
      { start: 50, end: 200, refStart: 100, refEnd: 200 },
    ]);
    expect(m).toMatchObject({ ref: { id: 'r', url: 'https://r.example/', title: 'R' }, coverage: 0.2, containment: 0.5 });
    expect(m!.ref).not.toHaveProperty('text');
  });
  it('drops matches below MIN_COVERAGE and empty ones', () => {
    expect(scoreMatch(1000, ref, [])).toBeNull();
    expect(scoreMatch(1000, ref, [{ start: 0, end: MIN_COVERAGE * 1000 - 1, refStart: 0, refEnd: 9 }])).toBeNull();
  });
});
