// annotate() takes its knowledge (registry and entity model) as a value or, as the content script passes it,
// as the promise of reading it: the same annotation either way, and a failed read is the analysis's error.
// It reports each stage as it starts (the popup shows them).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/annotate';
import { builtInKnowledge } from '../../utils/built-in-knowledge';
import { ANALYSIS_STAGES, parseProgress } from '../../utils/messages';

const html = `<!doctype html><html lang="en"><head><title>Talks in Moscow</title></head><body><article><h1>Talks in Moscow</h1>
<p>MOSCOW (Reuters) - Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Wednesday, the Kremlin said.</p>
<p>Kremlin aide Yury Ushakov told reporters the talks were useful. Bloomberg News reported, citing people familiar with the matter, that a deal was near.</p>
<p>Officials in Washington and Kyiv said they would study the proposal before a meeting next week in Geneva.</p></article></body></html>`;
const doc = () => parseHTML(html).document as unknown as Document;
const url = 'https://www.reuters.com/world/talks-in-moscow-2025-08-06/';

describe('annotate with knowledge still being read', () => {
  it('gives the same annotation as with the knowledge at hand, and times the wait', async () => {
    const now = Date.UTC(2025, 7, 10);
    const atHand = await annotate(doc(), url, undefined, { knowledge: builtInKnowledge(), now, force: true });
    const later = await annotate(doc(), url, undefined, { knowledge: new Promise((r) => setTimeout(() => r(builtInKnowledge()), 20)), now, force: true });
    expect(later.source.name).toBe('Reuters');
    expect(later.entities.map((e) => e.name)).toContain('Vladimir Putin');
    expect({ ...later, timings: {} }).toEqual({ ...atHand, timings: {} });
    expect(later.timings.knowledge).toBeGreaterThan(0);
    expect(atHand.timings.knowledge).toBeUndefined();
  });

  it('fails with the reading error when the knowledge cannot be read', async () => {
    const failed = Promise.reject(new Error('Sourcelens could not read its built-in data (knowledge/outlets.json: 404)'));
    await expect(annotate(doc(), url, undefined, { knowledge: failed })).rejects.toThrow(/could not read its built-in data/);
  });
});

describe('annotate reports its stages', () => {
  it('in order, each one the popup knows, the wait for knowledge only when it is still being read', async () => {
    const seen: string[] = [];
    const corpus = { findMatches: async () => [] };
    await annotate(doc(), url, corpus, { knowledge: Promise.resolve(builtInKnowledge()), force: true, onProgress: (s) => seen.push(s) });
    expect(seen).toEqual([...ANALYSIS_STAGES]);
    const atHand: string[] = [];
    await annotate(doc(), url, undefined, { knowledge: builtInKnowledge(), force: true, onProgress: (s) => atHand.push(s) });
    expect(atHand).toEqual(ANALYSIS_STAGES.filter((s) => s !== 'knowledge' && s !== 'provenance'));
  });

  it('are read back from a progress message only when they are known stages', () => {
    expect(parseProgress({ type: 'sourcelens/progress', stage: 'entities' })).toBe('entities');
    for (const bad of [null, 'entities', { type: 'sourcelens/progress', stage: 'hacking' }, { type: 'other', stage: 'dates' }, { type: 'sourcelens/progress' }]) {
      expect(parseProgress(bad)).toBeNull();
    }
  });
});
