// The Latin-1 twin of a pattern with property classes finds what the original finds on every text it is given.
import { describe, expect, it } from 'vitest';
import { beyondLatin1, latin1Source, letterPattern } from '../../utils/letter-patterns';

/** The code points a twin may meet: Latin-1, general punctuation, currency signs. */
const TWIN_RANGE: [number, number][] = [
  [0x0000, 0x00ff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];
const chars = TWIN_RANGE.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)));

describe('latin1Source', () => {
  it.each(['L', 'Lu', 'Ll', 'N', 'M', 'Script=Han', 'Script=Hiragana', 'Script=Katakana'])('gives \\p{%s} exactly its members among the characters a twin may meet', (p) => {
    const original = new RegExp(`^\\p{${p}}$`, 'u');
    const outside = new RegExp(`^${latin1Source(`\\p{${p}}`)}$`, 'u');
    const inside = new RegExp(`^${latin1Source(`[\\p{${p}}]`)}$`, 'u');
    const negated = new RegExp(`^${latin1Source(`[^\\p{${p}}]`)}$`, 'u');
    for (const c of chars) {
      expect(outside.test(c), `U+${c.codePointAt(0)!.toString(16)}`).toBe(original.test(c));
      expect(inside.test(c)).toBe(original.test(c));
      expect(negated.test(c)).toBe(!original.test(c));
    }
  });

  it.each(['L', 'N'])('gives case-insensitive \\p{%s} exactly its members among those characters too', (p) => {
    const original = new RegExp(`^\\p{${p}}$`, 'iu');
    const twin = new RegExp(`^${latin1Source(`\\p{${p}}`)}$`, 'iu');
    for (const c of chars) expect(twin.test(c), `U+${c.codePointAt(0)!.toString(16)}`).toBe(original.test(c));
  });

  it('keeps escapes, classes and the rest of the pattern as written', () => {
    expect(latin1Source(String.raw`^\p{Lu}[\p{L}'’.-]*\s\\p{L}\[\p{N}`)).toBe(String.raw`^[A-ZÀ-ÖØ-Þ][A-Za-zªµºÀ-ÖØ-öø-ÿ'’.-]*\s\\p{L}\[[0-9²³¹¼-¾]`);
    expect(() => latin1Source(String.raw`\p{Greek}`)).toThrow(/no Latin-1 members/);
    expect(() => latin1Source(String.raw`\P{L}`)).toThrow(/not supported/);
  });
});

describe('beyondLatin1', () => {
  it('passes punctuation and currency signs, not letters, marks or numbers beyond Latin-1', () => {
    expect(beyondLatin1('Jürgen Müller – „Zitat“ … 5 €')).toBe(false);
    for (const s of ['Łukasz', 'Ærø ǅ', 'Иван', '東京', 'e\u0301', '①', 'Ⅳ', 'ſ', '\u212a', '😀']) expect(beyondLatin1(s), s).toBe(true);
  });
});

describe('letterPattern', () => {
  const patterns = [
    /^(\p{Lu}\S*(?:\s+\p{Lu}\S*)+)\s+[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}.*$/u,
    /(\p{L}{2,}\s+\p{Lu}\p{Ll}+)\.\s+(?=\p{Lu}\p{Ll})/u,
    /^\p{L}[\p{L}\d_.-]{2,30}$/u,
    /[^\p{L}\d]+/u,
    /\s+(?:am|on)\s+(?:\d|(?:mo|di|mon)\p{L}*).*$/iu,
    /^[\p{Lu}\p{Script=Han}]/u,
  ];
  const texts = [
    'Brendan Carlin For The Mail On Sunday', 'Finian Cunningham. Sputnik International', 'freeman1984', 'ÉLODIE ÀLVAREZ',
    'jürgen müller', 'µ ß ÿ ª º ² ¾', 'Jane Doe am Montag', 'JANE DOE ON MONDAY', '— „Zitat“ · 12 €', '',
    'Łukasz Kamiński For The Guardian', 'Иван Петров. Reuters', '東京新聞', 'Ærø Æble', 'Ÿvonne ſam',
  ];
  it('finds on each text what the original finds, with the twin on Latin-1 text', () => {
    for (const re of patterns) {
      const p = letterPattern(re);
      for (const t of texts) {
        expect(p.exec(t), `${re} on ${t}`).toEqual(re.exec(t));
        expect(p.for(t) === re).toBe(beyondLatin1(t));
        expect(t.replace(p.for(t), '#')).toBe(t.replace(re, '#'));
      }
    }
  });

  it('refuses a case-insensitive upper- or lower-case class, whose twin could not be exact', () => {
    expect(() => letterPattern(/^\p{Lu}/iu)).toThrow(/case-insensitive/);
    expect(() => letterPattern(/^\p{L}/iu)).not.toThrow();
  });
});
