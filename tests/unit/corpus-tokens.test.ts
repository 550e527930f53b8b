// tokenize: words, offsets, normalisation and flags, row by row.
import { describe, expect, it } from 'vitest';
import { FLAG_CAPITAL, FLAG_NUMBER, FLAG_PARAGRAPH, FLAG_SENTENCE, isNameLike, normaliseWord, tokenize } from '../../utils/corpus/tokens';

describe('normaliseWord', () => {
  const rows: [string, string][] = [
    ['Kremlin', 'kremlin'],
    ['Zürich', 'zurich'],
    ['Russia’s', "russia's"],
    ['ÉLYSÉE', 'elysee'],
  ];
  for (const [w, want] of rows) it(w, () => expect(normaliseWord(w)).toBe(want));
});

describe('tokenize', () => {
  const text = 'The Mayor spoke.\n\n“Rates rose 3 percent,” she said. Then she left';
  const t = tokenize(text);
  const words = Array.from(t.starts, (s, i) => text.slice(s, t.ends[i]));
  const rows: [string, number][] = [
    ['The', FLAG_PARAGRAPH | FLAG_SENTENCE | FLAG_CAPITAL],
    ['Mayor', FLAG_CAPITAL],
    ['spoke', 0],
    ['Rates', FLAG_PARAGRAPH | FLAG_SENTENCE | FLAG_CAPITAL],
    ['rose', 0],
    ['3', FLAG_NUMBER],
    ['percent', 0],
    ['she', 0],
    ['said', 0],
    ['Then', FLAG_SENTENCE | FLAG_CAPITAL],
    ['she', 0],
    ['left', 0],
  ];
  it('finds the words with their offsets', () => expect(words).toEqual(rows.map((r) => r[0])));
  rows.forEach(([w, flags], i) => it(`flags of "${w}" (#${i})`, () => expect(t.flags[i]).toBe(flags)));
  it('reads capitalised words inside a sentence, and numbers, as names or figures', () => {
    expect(words.filter((_, i) => isNameLike(t, i))).toEqual(['Mayor', '3']);
  });
  it('hashes words by their normalised form', () => {
    const a = tokenize('Zürich’s BANKS');
    const b = tokenize("zurich's banks");
    expect(Array.from(a.hashes)).toEqual(Array.from(b.hashes));
  });
});
