/**
 * Tokenizer with character offsets, following the Penn/CoNLL conventions the tagger was trained on:
 * clitics split off ("Japan 's", "do n't"), abbreviations kept whole ("U.S.", "Mr.", "J."), hyphenated words
 * and numbers kept whole ("al-Qaida", "1996-12-06", "2-1", "1,250.5"), every other punctuation mark alone.
 */
import { CAPITAL, letterPattern } from '../letter-patterns';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when a line break (or start of text) precedes this token: used for line-level casing decisions. */
  lineStart: boolean;
}

// Abbreviations whose trailing period belongs to the word even when a capitalised word follows.
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'rev',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'no', 'vs', 'mt', 'ft', 'ave', 'blvd', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'est', 'approx', 'etc',
  'pres', 'maj', 'messrs', 'mme', 'mlle', 'hon', 'cpl', 'pvt', 'supt', 'insp', 'det', 'ald',
]);

const CLITIC = /^(?:'s|'S|'re|'RE|'ve|'VE|'ll|'LL|'d|'D|'m|'M|n't|N'T)$/;

// One pass over runs of non-space characters; each run is then split by `splitRun`.
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  if (!text) return out;
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = re.exec(text)) !== null) {
    const gap = text.slice(lastEnd, m.index);
    let lineStart = out.length === 0 || /[\n\r\u2028\u2029]/.test(gap);
    lastEnd = m.index + m[0].length;
    if (PLAIN.test(m[0])) { // most words: nothing to split
      out.push({ text: m[0], start: m.index, end: lastEnd, lineStart });
      continue;
    }
    for (const [s, e] of splitRun(m[0])) {
      out.push({ text: text.slice(m.index + s, m.index + e), start: m.index + s, end: m.index + e, lineStart });
      lineStart = false;
    }
  }
  return out;
}

const PLAIN = /^[A-Za-z]+$/;
const WORDCH = letterPattern(/[\p{L}\p{M}\p{N}]/u);
const ONE_LETTER = letterPattern(/^\p{L}$/u);
/** An apostrophe and the letters after it ("'s", "’ll", "'Brien"). */
const APOSTROPHE_LETTERS = letterPattern(/^['\u2019\u02bc]\p{L}+/u);
const DOTTED = letterPattern(/^(?:\p{L}\.)+\p{L}$/u);
const INITIAL = letterPattern(/^\p{Lu}$/u);
/** What may open a sentence after a full stop: a capital, a quote, a bracket or a digit. */
const SENTENCE_OPENING = letterPattern(/^[\p{Lu}"'\u201c\u2018(\d]/u);
function isWordCh(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return WORDCH.test(c);
}
const APOS = /['\u2019\u02bc]/;

/** Splits one whitespace-free run into [start, end) pieces. */
function splitRun(run: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  const n = run.length;
  let i = 0;
  while (i < n) {
    const c = run[i];
    if (isWordCh(c)) {
      let j = i + 1;
      // Word body: letters/digits joined by inner hyphens, periods, commas (numbers), apostrophes, ampersands.
      while (j < n) {
        const d = run[j];
        if (isWordCh(d)) { j++; continue; }
        const next = run[j + 1];
        if (next !== undefined && isWordCh(next)) {
          if (d === '-' || d === '/' && /\d/.test(run[j - 1]) && /\d/.test(next)) { j++; continue; }
          if ((d === '.' || d === ',') && /\d/.test(run[j - 1]) && /\d/.test(next)) { j++; continue; }
          if (d === '&' && /[A-Z]/.test(run[j - 1]) && /[A-Z]/.test(next)) { j++; continue; } // AT&T, S&P
          if (d === '.' && CAPITAL.test(next) && ONE_LETTER.test(run.slice(j - 1, j)) && (j - 1 === i || run[j - 2] === '.')) { j++; continue; } // U.S
          if (APOS.test(d)) {
            // Keep apostrophes inside names (O'Brien, Shi'ite) but split clitics ('s, n't).
            const rest = APOSTROPHE_LETTERS.exec(run.slice(j))?.[0] ?? '';
            const norm = rest.replace(/[\u2019\u02bc]/g, "'");
            if (CLITIC.test(norm)) break;
            if (/^'[tT]$/.test(norm) && /[nN]/.test(run[j - 1]) && j - 1 > i) break;
            j++; continue;
          }
        }
        break;
      }
      // "n't": move the n to the clitic ("do" + "n't").
      if (j < n && APOS.test(run[j]) && /^[tT]$/.test(run[j + 1] ?? '') && j - i > 1 && /[nN]/.test(run[j - 1])) {
        pieces.push([i, j - 1]);
        pieces.push([j - 1, j + 2]);
        i = j + 2;
        continue;
      }
      // Trailing period of an abbreviation or initials ("U.S.", "Mr.", "J.").
      if (run[j] === '.') {
        const word = run.slice(i, j);
        const dotted = DOTTED.test(word);
        const initial = INITIAL.test(word);
        if (dotted || initial || ABBREV.has(word.toLowerCase())) {
          // A final period after a dotted abbreviation at the very end of a run still stays with it (CoNLL does that).
          j++;
        }
      }
      pieces.push([i, j]);
      i = j;
      continue;
    }
    if (APOS.test(c)) {
      const rest = APOSTROPHE_LETTERS.exec(run.slice(i))?.[0];
      if (rest && CLITIC.test(rest.replace(/[\u2019\u02bc]/g, "'"))) {
        pieces.push([i, i + rest.length]);
        i += rest.length;
        continue;
      }
    }
    // Runs of the same punctuation mark ("--", "...", "``") stay together.
    let j = i + 1;
    if (c === '-' || c === '.' || c === '`' || c === '\'' || c === '=' || c === '*' || c === '_') {
      while (j < n && run[j] === c) j++;
    } else if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff && j < n) {
      j++; // keep surrogate pairs whole
    }
    // A leading sign or currency-free decimal: "-5", ".5"
    if ((c === '-' || c === '+') && j === i + 1 && /\d/.test(run[j] ?? '') && (i === 0)) {
      let k = j;
      while (k < n && /[\d.,]/.test(run[k]) && !(/[.,]/.test(run[k]) && !/\d/.test(run[k + 1] ?? ''))) k++;
      pieces.push([i, k]);
      i = k;
      continue;
    }
    pieces.push([i, j]);
    i = j;
  }
  return pieces;
}

/**
 * Groups tokens into sentences: a line break always ends one (headlines, table rows, datelines), and so does
 * ". ! ?" followed by a token that starts with an upper-case letter, a quote or a digit.
 */
export function sentences(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    if (next.lineStart) { out.push([s, i + 1]); s = i + 1; continue; }
    const t = tokens[i].text;
    if (t === '.' || t === '!' || t === '?' || t === '...') {
      if (SENTENCE_OPENING.test(next.text)) { out.push([s, i + 1]); s = i + 1; }
    } else if (i - s > 200) {
      out.push([s, i + 1]); s = i + 1; // runaway sentence: keep Viterbi costs bounded
    }
  }
  if (s < tokens.length) out.push([s, tokens.length]);
  return out;
}
