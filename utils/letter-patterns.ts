// Patterns with Unicode property classes (\p{L}, \p{Lu}, \p{Ll}, \p{N}, …), fast on Latin text.
//
// A JavaScript engine compiles a property class into a test over hundreds of ranges the first time the
// pattern runs: in V8 (Chromium, Node) about 1 ms for a pattern like /(\p{L}{2,}\s+\p{Lu}\p{Ll}+)\./u against
// 0.1 ms for the same pattern over Latin-1 letters. A page's first analysis runs dozens of such patterns
// (bylines, names, dates), and most pages are written in Latin letters. Each pattern here therefore has a
// twin in which every property class is replaced by its members among the first 256 code points; the twin
// runs on text in which no letter, mark or number lies beyond them, where it finds exactly what the original
// finds, and the original (compiled only then) runs on any other text.

/** Each property's members among U+0000–U+00FF, written for a character class. The other characters a twin may
 * meet (general punctuation U+2000–U+206F, currency signs U+20A0–U+20CF) belong to none of them. */
const LATIN1_MEMBERS: Record<string, string> = {
  L: 'A-Za-zªµºÀ-ÖØ-öø-ÿ',
  Lu: 'A-ZÀ-ÖØ-Þ',
  Ll: 'a-zµß-öø-ÿ',
  N: '0-9²³¹¼-¾',
  M: '',
  'Script=Han': '',
  'Script=Hiragana': '',
  'Script=Katakana': '',
};

/** A character beyond Latin-1 that may be a letter, mark or number: anything but general punctuation (dashes,
 * quotation marks, bullets) and currency signs. Text with one runs the original pattern. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff\u2000-\u206f\u20a0-\u20cf]/;

/** Whether `text` may hold a letter, mark or number beyond Latin-1 (then only the original pattern is exact). */
export const beyondLatin1 = (text: string): boolean => BEYOND_LATIN1.test(text);

/** `source` with each \p{…} replaced by its Latin-1 members: inside a class by the members, outside by a class of them. */
export function latin1Source(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const m = /^\\p\{([^}]+)\}/.exec(source.slice(i, i + 40));
      if (m) {
        const members = LATIN1_MEMBERS[m[1]];
        if (members === undefined) throw new Error(`letter-patterns: no Latin-1 members written for \\p{${m[1]}}`);
        out += inClass ? members : `[${members}]`;
        i += m[0].length - 1;
        continue;
      }
      if (source[i + 1] === 'P') throw new Error('letter-patterns: \\P{…} is not supported');
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** A pattern with property classes and its Latin-1 twin; each is compiled on first use. A global pattern's
 * `lastIndex` is its own: a caller that sets it uses the RegExp `for(text)` gives, on that same text. */
export interface LetterPattern {
  /** The pattern that is exact for `text`: the twin unless `text` holds a letter, mark or number beyond Latin-1. */
  for(text: string): RegExp;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * `re` with a Latin-1 twin. Case-insensitive patterns may use \p{L} and \p{N} only: a Latin-1 letter's case
 * partner may lie beyond Latin-1 ("ÿ" and "Ÿ"), so \p{Lu} and \p{Ll} do not close over case in a twin.
 */
export function letterPattern(re: RegExp): LetterPattern {
  if (re.flags.includes('i') && /\\p\{L[ul]\}/.test(re.source)) throw new Error('letter-patterns: \\p{Lu} and \\p{Ll} cannot be case-insensitive');
  let twin: RegExp | undefined;
  // The last text asked about: a detector asks again and again of one article's text, which is read once.
  let last: string | undefined;
  let lastBeyond = false;
  const pick = (text: string) => {
    if (text !== last) {
      last = text;
      lastBeyond = beyondLatin1(text);
    }
    return lastBeyond ? re : (twin ??= new RegExp(latin1Source(re.source), re.flags));
  };
  return {
    for: pick,
    test: (text) => pick(text).test(text),
    exec: (text) => pick(text).exec(text),
  };
}

/** A letter anywhere in the text. */
export const LETTER = letterPattern(/\p{L}/u);
/** Two letters in a row anywhere in the text. */
export const TWO_LETTERS = letterPattern(/\p{L}{2}/u);
/** A capital letter anywhere in the text. */
export const CAPITAL = letterPattern(/\p{Lu}/u);
/** A text opening with a capital letter. */
export const OPENS_WITH_CAPITAL = letterPattern(/^\p{Lu}/u);
/** A text opening with a lower-case letter. */
export const OPENS_LOWER = letterPattern(/^\p{Ll}/u);
/** Runs of what is neither a letter nor a digit: the gaps between words (global: for replace and split). */
export const WORD_GAPS = letterPattern(/[^\p{L}\d]+/gu);
/** Soft hyphens and zero-width characters: hints for breaking and joining words, not letters (global: for replace). */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
