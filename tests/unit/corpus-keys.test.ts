// Lookup keys: sparse, deterministic, shared by a page and a document that share a passage.
import { describe, expect, it } from 'vitest';
import { SHINGLE } from '../../utils/corpus/fingerprint';
import { indexKeys, KEY_SAMPLE, lookupKeys, MAX_LOOKUP_KEYS, prepareText, queryKeys } from '../../utils/corpus/keys';
import { PostingIndex } from '../../utils/corpus/postings';

// A long text of made-up sentences, so that sampling rates can be measured.
const words = 'harbour council budget river school market bridge museum station library tram garden festival'.split(' ');
const sentence = (i: number) => `The ${words[i % 13]} committee met ${words[(i * 7) % 13]} officials on day ${i} to discuss the ${words[(i * 5) % 13]} plan.`;
const long = Array.from({ length: 300 }, (_, i) => sentence(i) + (i % 5 === 4 ? '\n\n' : ' ')).join('');

describe('indexKeys / queryKeys', () => {
  it('are distinct, ascending and the same for the same text', () => {
    const k = indexKeys(long);
    expect(Array.from(k)).toEqual([...new Set(k)].sort((a, b) => a - b));
    expect(Array.from(queryKeys(long, Infinity))).toEqual(Array.from(k));
  });

  it('a page looks up at most MAX_LOOKUP_KEYS of its keys: a subset, half anchors and half sampled, spread over it', () => {
    const p = prepareText(long);
    const all = indexKeys(long);
    expect(all.length).toBeGreaterThan(2 * MAX_LOOKUP_KEYS);
    const q = Array.from(lookupKeys(p));
    expect(q).toHaveLength(MAX_LOOKUP_KEYS);
    expect(q).toEqual([...q].sort((a, b) => a - b));
    for (const k of q) expect(all).toContain(k);
    // Every anchor (up to half the keys), the rest sampled keys.
    const anchors = Array.from(all).filter((h) => h % KEY_SAMPLE !== 0).length;
    expect(q.filter((h) => h % KEY_SAMPLE !== 0).length).toBe(Math.min(anchors, MAX_LOOKUP_KEYS / 2));
    // Spread: the chosen keys come from the whole page, its first and last quarters too.
    const posOf = new Map<number, number>();
    for (const pos of p.keyPositions) if (!posOf.has(p.shingles[pos])) posOf.set(p.shingles[pos], pos);
    const positions = q.map((k) => posOf.get(k)!);
    expect(Math.min(...positions)).toBeLessThan(p.shingles.length / 4);
    expect(Math.max(...positions)).toBeGreaterThan((3 * p.shingles.length) / 4);
    // A short page looks all of its keys up.
    const short = prepareText(sentence(1) + ' ' + sentence(2) + '\n\n' + sentence(3));
    expect(Array.from(lookupKeys(short))).toEqual(Array.from(indexKeys(short.text)));
  });

  it('a paragraph copied into the middle of a long page is still found among the looked-up keys', () => {
    const para = 'Ferry services to the islands were cancelled for a third day as gales battered the coast, the operator said on Monday evening.';
    const doc = indexKeys(`An unrelated opening paragraph about something else entirely.\n\n${para}`);
    const parts = long.split('\n\n');
    const page = [...parts.slice(0, 30), para, ...parts.slice(30)].join('\n\n');
    expect(indexKeys(page).length).toBeGreaterThan(MAX_LOOKUP_KEYS);
    expect(Array.from(queryKeys(page)).some((k) => doc.includes(k))).toBe(true);
  });

  it('sample about one shingle in KEY_SAMPLE, plus one anchor per paragraph', () => {
    const p = prepareText(long);
    const sampled = Array.from(p.shingles).filter((h) => h % KEY_SAMPLE === 0).length;
    expect(sampled / p.shingles.length).toBeGreaterThan(0.5 / KEY_SAMPLE);
    expect(sampled / p.shingles.length).toBeLessThan(2 / KEY_SAMPLE);
    expect(p.keyPositions.length).toBeLessThanOrEqual(sampled + 60);
  });

  it('anchor every paragraph of SHINGLE words or more, so a copied paragraph always shares a key', () => {
    const para = 'Ferry services to the islands were cancelled for a third day as gales battered the coast.';
    const doc = indexKeys(`An unrelated opening paragraph about something else entirely.\n\n${para}`);
    const page = queryKeys(`A page's own first paragraph, written by its own reporter.\n\n${para}\n\nAnd its own ending.`);
    expect(Array.from(page).some((k) => doc.includes(k))).toBe(true);
    expect(indexKeys('Too short.\n\nAlso short.').length).toBeLessThanOrEqual(1);
  });

  it('are empty for texts shorter than a shingle', () => {
    expect(indexKeys('').length).toBe(0);
    expect(indexKeys('one two three four'.slice(0, 4 * SHINGLE)).length).toBe(0);
  });
});

describe('PostingIndex', () => {
  it('looks keys up in the order documents were added, up to a limit, across later additions', () => {
    const ix = new PostingIndex();
    ix.add(0, [5, 0xffffffff, 7]);
    ix.add(1, [7]);
    expect(ix.lookup(7)).toEqual([0, 1]);
    ix.add(2, [7, 9]);
    expect(ix.lookup(7)).toEqual([0, 1, 2]);
    expect(ix.lookup(7, 2)).toEqual([0, 1]);
    expect(ix.lookup(0xffffffff)).toEqual([0]);
    expect(ix.lookup(6)).toEqual([]);
    expect(ix.entries).toBe(6);
  });
});
