// The words that name a cue's source: the noun phrase before the verb ("the Russian state news agency TASS
// earlier said"), or after it ("according to figures published by the port authority", "said Xi"). Windows are
// bounded (a few hundred characters), so no pattern here can run away on a long text.
import { ANONYMITY, PHRASE_NOUNS } from './lexicon';
import { letterPattern, OPENS_LOWER } from '../letter-patterns';

export interface Phrase {
  start: number;
  end: number;
  /** A clause set off by commas between the phrase and the verb ("who asked not to be named"). */
  aside?: { start: number; end: number };
  /** A pronoun subject ("she said"): resolved by the caller. */
  pronoun?: string;
  /** The verb shares an earlier verb's subject ("confirmed the call and said"). */
  coordinated?: boolean;
}

const WINDOW = 220;
// Auxiliaries, adverbs and times that stand between a subject and its verb ("TASS earlier said", "has also said").
const BETWEEN = letterPattern(
  /(?:^|\s+)(?:also|earlier|later|previously|again|then|separately|repeatedly|recently|once|further|publicly|privately|subsequently|initially|first|now|already|has|have|had|will|would|could|may|might|must|should|did|does|do|reportedly|today|yesterday|tonight|on\s+\p{Lu}\p{Ll}+day|(?:last|this|next|on)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|\p{Lu}\p{Ll}+day))\s*$/u,
);
const PRONOUN = /(?:^|[\s,;:])(he|she|it|they|we|I|He|She|It|They|We)\s*$/;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|two|three|four|five|six|several|some|many|both|one|other|another|most|all|these|those|this|that)$/i;
const CONNECTOR = /^(?:of|for|at|from|to|with|in|on|de|del|la|al|and)$/;
// Capitalised words that open a sentence or clause but are no part of a name.
const NOT_NAME = new Set(`The A An But And Or So Yet However Meanwhile Yesterday Today Tonight On In At As When While
  After Before Also Earlier Later Then Still Now If For With By From To Of This That These Those Asked Speaking
  Separately Instead Indeed Last Next`.split(/\s+/));
// Unnamed sourcing ends the words before the verb: "Two diplomats briefed on the agenda", "a senior official".
// A clause between commas that is a new clause, not an aside on the subject ("Titan, but the poles are drier, said").
const NOT_ASIDE = /^\s*(?:but|and|or|so|yet|while|although|though|because|if|when|as|that|not|nor|then|where)\b/i;
const ANON_TAIL = letterPattern(/(?:^|[\s,(])((?:(?:the|a|an|one|two|three|four|five|several|some|many|other|both|more|senior|junior|top|unnamed|anonymous|western|government|military|security|intelligence|industry|administration|police|party|local|foreign|state|company|union|ministry|defence|defense|\p{Lu}[\p{L}.’'-]*)\s+){0,4}(?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Oo]fficials?|[Dd]iplomats?|[Ii]nsiders?)(?:\s+(?:familiar|close|briefed|with|involved|knowledgeable|aware|who|speaking|privy|directly|inside|within|from|at|in|on)\b[^,;:.!?"“”«»()]{0,100})?)$/u);

const TOKEN = letterPattern(/[\p{L}\p{N}][\p{L}\p{N}.’'&-]*|[^\s\p{L}\p{N}]/gu);
interface Tok {
  t: string;
  s: number;
  e: number;
}
function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const token = TOKEN.for(text);
  token.lastIndex = from;
  for (let m; (m = token.exec(text)) && m.index < to; ) out.push({ t: m[0], s: m.index, e: Math.min(to, m.index + m[0].length) });
  return out;
}

const WORD_START = letterPattern(/^[\p{L}\p{N}]/u);
const NAME_START = letterPattern(/^[\p{Lu}\p{N}]/u);
const POSSESSIVE_NOUN = letterPattern(/^[\p{Ll}-]+[’']s$/u);
const isWord = (t: string) => WORD_START.test(t);
const isName = (t: string) => NAME_START.test(t) && !NOT_NAME.has(t);
const base = (t: string) => t.toLowerCase().replace(/[’']s$/, '');
const isPhraseNoun = (t: string) => PHRASE_NOUNS.has(base(t)) || POSSESSIVE_NOUN.test(t);

/** The noun phrase ending right before `end`, walking back over names, source nouns and possessives. */
function nounPhraseBefore(text: string, from: number, end: number): { start: number; end: number } | null {
  const toks = tokens(text, from, end);
  let first = -1;
  let pending = 0; // lower-case words taken on trust until a determiner or possessive confirms them
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i].t;
    if (!isWord(t)) break;
    if (DETERMINER.test(t)) {
      const via = toks[i - 1];
      // "the Ministry of the Interior", "a spokesperson for the company": carry on through "of the".
      if (first >= 0 && via && CONNECTOR.test(via.t) && toks[i - 2] && (isName(toks[i - 2].t) || isPhraseNoun(toks[i - 2].t))) {
        i -= 1;
        first = i;
        continue;
      }
      if (first >= 0 && !/^(?:this|that|these|those)$/i.test(t)) first = i;
      break;
    }
    if (CONNECTOR.test(t) && t !== 'and') {
      if (first >= 0 && toks[i - 1] && (isName(toks[i - 1].t) || isPhraseNoun(toks[i - 1].t))) continue;
      // "friends of Mike Ford said": the words found are a preposition's object, the subject lies further back.
      return null;
    }
    if (t === 'and') {
      // "U.S. and Russian officials": names on both sides.
      if (first >= 0 && isName(toks[first].t) && toks[i - 1] && isName(toks[i - 1].t)) continue;
      break;
    }
    if (isName(t) || isPhraseNoun(t)) {
      first = i;
      pending = 0;
      continue;
    }
    if (first >= 0 && OPENS_LOWER.test(t) && ++pending <= 2 && toks[i - 1] && (DETERMINER.test(toks[i - 1].t) || /[’']s$/.test(toks[i - 1].t))) continue;
    break;
  }
  if (first < 0) return null;
  return { start: toks[first].s, end: toks[toks.length - 1].e };
}

/** Strips auxiliaries, adverbs and times from the end of [from, end); the new end. */
function trimBetween(text: string, from: number, end: number): number {
  for (let guard = 0; guard < 6; guard++) {
    // The longest such word or phrase is short: look at the last few dozen characters only.
    const tail = Math.max(from, end - 48);
    const m = BETWEEN.exec(text.slice(tail, end));
    if (!m || m[0].length === 0) break;
    end = tail + m.index;
  }
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The subject of a verb starting at `verbStart`, within the sentence starting at `sentenceStart`. */
export function phraseBefore(text: string, sentenceStart: number, verbStart: number): Phrase | null {
  const from = Math.max(sentenceStart, verbStart - WINDOW);
  let end = trimBetween(text, from, verbStart);
  const left = text.slice(from, end);
  if (!left || /["“”«»:;(—–]$/.test(left)) return null;
  if (/(?:^|\s)(?:and|but|or)$/.test(left)) return { start: end, end, coordinated: true };
  const pronoun = PRONOUN.exec(left);
  if (pronoun) return { start: end - pronoun[1].length, end, pronoun: pronoun[1].toLowerCase() };
  let aside: Phrase['aside'];
  // "Pavel Orlin, who said": the comma matters; "people in the state who have reported using" is no attribution.
  const relative = /,\s*(?:who|which)$/.exec(left);
  if (relative) end = trimBetween(text, from, from + relative.index);
  else if (left.endsWith(',')) {
    // "Deirdre Callan, the union's general secretary, said": the phrase stands before the aside.
    const open = left.lastIndexOf(',', left.length - 2);
    if (open < 0 || NOT_ASIDE.test(left.slice(open + 1))) return null;
    aside = { start: from + open + 1, end: end - 1 };
    end = trimBetween(text, from, from + open);
  }
  const anon = ANON_TAIL.exec(text.slice(from, end));
  if (anon) return { start: from + anon.index + anon[0].length - anon[1].length, end, aside };
  const np = nounPhraseBefore(text, from, end);
  if (np) return { ...np, aside };
  // "One of them, who spoke on condition of anonymity, said": a short clause opening is the source.
  if (aside && ANONYMITY.test(text.slice(aside.start, aside.end))) {
    const clause = text.slice(from, end).split(/[,;:]/).pop()!.trim();
    if (clause && clause.split(/\s+/).length <= 4) return { start: end - clause.length, end, aside };
  }
  return null;
}

// Where a phrase after the cue stops: punctuation, a clause opener, a new verb's subject.
const AFTER_STOP = letterPattern(
  /[,;:!?()"“”«»—–]|\.(?=\s|$)(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Inc|Corp|Co|Ltd)\.)|\s(?:that|who|which|whose|as|when|while|because|but|after|before|to|if)\s|\sand\s+(?=\p{Ll})/u,
);
const TIME_TAIL = /\s+(?:(?:last|this|next|on|earlier|later)\s+\S+|earlier|later|today|yesterday|on\s+\S+\s+\d+)$/;

/**
 * The phrase right after `from` ("said Xi", "according to a statement from X", "citing people familiar with the
 * matter"), at most `maxWords` words; with `clauseEnd`, only if the clause ends right after it (an inverted "said X").
 */
export function phraseAfter(text: string, from: number, sentenceEnd: number, maxWords: number, clauseEnd = false): Phrase | null {
  const window = text.slice(from, Math.min(sentenceEnd, from + WINDOW));
  const lead = window.length - window.trimStart().length;
  const stop = AFTER_STOP.exec(window.slice(lead));
  let body = window.slice(lead, stop ? lead + stop.index : window.length);
  if (clauseEnd && stop && !/^[,.;:!?—–]/.test(stop[0]) && !/^\s(?:as|when|after|before)\s/.test(stop[0])) return null;
  for (let guard = 0; guard < 3 && TIME_TAIL.test(body); guard++) body = body.replace(TIME_TAIL, '');
  body = body.trimEnd();
  if (!body || body.split(/\s+/).length > maxWords) return null;
  return { start: from + lead, end: from + lead + body.length };
}

/** Whether the words before a cue leave room for an inverted subject after it ("...," said Xi). */
export function invertible(text: string, sentenceStart: number, verbStart: number): boolean {
  const left = text.slice(Math.max(sentenceStart, verbStart - 8), verbStart);
  return verbStart - sentenceStart < 2 || /[,"“”’»—–:]\s*$/.test(left);
}

/**
 * Whether words after an inverted verb can only be its subject ("said White House Press Secretary Stephanie
 * Grisham"), not a clause ("said he thought the campaign ..."): no pronoun, and unknown lower-case words only
 * before a closing name.
 */
export function nounPhrase(words: string): boolean {
  const toks = words.split(/\s+/);
  if (/^(?:he|she|it|they|we|I|you|there|this|that)$/i.test(toks[0])) return false;
  const endsInName = isName(toks[toks.length - 1]);
  // After a preposition anything goes ("another witness in the impeachment probe").
  const pp = toks.findIndex((t) => CONNECTOR.test(t) && t !== 'and');
  return toks.every((t, i) => isName(t) || DETERMINER.test(t) || CONNECTOR.test(t) || isPhraseNoun(t) || endsInName || (pp > 0 && i > pp));
}
