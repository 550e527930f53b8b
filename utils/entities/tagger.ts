/**
 * English named-entity recogniser (PER / ORG / LOC) for the content script and Node. Pure: no Node, browser
 * extension or network APIs. The model (utils/entities/model/, made by scripts/train-ner.ts) is a structured
 * averaged perceptron over hashed features, decoded with Viterbi; callers pass it in, unpacked (Node:
 * builtInEntityModel(); the content script: loaded from the extension's files, see utils/knowledge.ts).
 */
import { tokenize, sentences, type Token } from './tokenize';
import { TAGS, isCapsLine, isCapitalised, isUpperWord, norm, sentenceFeatures, truecase } from './features';
import { emissions, viterbi, type Model } from './tagger/model';
import { countriesArePlaces, datelines, documentConsistency, sportsCues, type Mention } from './tagger/postprocess';
import { runToEnd, type Steps } from '../time-slice';
import { CAPITAL, LETTER, OPENS_LOWER } from '../letter-patterns';

export type EntityType = 'person' | 'organization' | 'place'; // PER, ORG, LOC
export interface TaggedSpan { start: number; end: number; type: EntityType; text: string; score?: number }

const TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** Switches for measuring each stage's contribution (scripts/eval-ner.ts --no-...); all on in use. */
export const taggerOptions = { consistency: true, sports: true, countries: true, datelines: true, truecase: true };

/** Finds entity mentions in plain English text with model `m`; offsets are character offsets into `text`. */
export function tagEntities(text: string, m: Model): TaggedSpan[] {
  return runToEnd(tagSteps(text, m));
}

/** tagEntities as steps, one sentence each (see utils/time-slice.ts); never throws. */
export function* tagSteps(text: string, m: Model): Steps<TaggedSpan[]> {
  if (typeof text !== 'string' || !LETTER.test(text)) return [];
  try {
    return yield* tagTokens(text, tokenize(text), m);
  } catch {
    return []; // a tagger bug must never break the page
  }
}

function* tagTokens(text: string, toks: Token[], m: Model): Steps<TaggedSpan[]> {
  const { words, capsStarts } = truecaseDocument(toks, m);
  const mentions: Mention[] = [];
  for (const [s, e] of sentences(toks)) {
    yield;
    const ws = words.slice(s, e);
    const n = ws.length;
    if (!ws.some((w) => CAPITAL.test(w))) continue; // nothing capitalised: no English names to find
    const caps = capsStarts.has(s);
    const { ids, off } = sentenceFeatures(ws, m.lex, caps);
    const em = emissions(m, ids, off, n);
    const tags = viterbi(em, m.trans, n);
    for (let i = 0; i < n; i++) {
      const t = TAGS[tags[i]];
      if (!t.startsWith('B-')) continue;
      let j = i + 1;
      while (j < n && TAGS[tags[j]] === 'I-' + t.slice(2)) j++;
      mentions.push({ start: s + i, end: s + j, type: t.slice(2), caps });
    }
  }
  yield;
  let final = taggerOptions.countries ? countriesArePlaces(mentions, words, m.lex) : mentions;
  if (taggerOptions.datelines) final = datelines(final, words, toks);
  if (taggerOptions.sports) final = sportsCues(final, words, toks, m.lex);
  if (taggerOptions.consistency) final = documentConsistency(final, words, toks);
  return final.map((x) => {
    const start = toks[x.start].start, end = toks[x.end - 1].end;
    return { start, end, type: TYPE[x.type], text: text.slice(start, end) };
  });
}

/**
 * Truecases ALL-CAPS lines (headlines, tables) word by word, preferring the casing the same word has elsewhere in
 * this document, so "CLINTON" in a headline becomes "Clinton" when the body says so.
 */
function truecaseDocument(toks: Token[], m: Model): { words: string[]; capsStarts: Set<number> } {
  const words = toks.map((t) => t.text);
  const sents = sentences(toks);
  const lineCaps: boolean[] = [];
  const capsStarts = new Set<number>();
  // Decide per line (a line may hold several sentences).
  let lineStart = 0;
  for (let i = 1; i <= toks.length; i++) {
    if (i === toks.length || toks[i].lineStart) {
      const caps = isCapsLine(words.slice(lineStart, i));
      for (let k = lineStart; k < i; k++) lineCaps[k] = caps;
      lineStart = i;
    }
  }
  if (!lineCaps.some(Boolean) || !taggerOptions.truecase) return { words, capsStarts };
  const counts = new Map<string, Map<string, number>>();
  for (const [s, e] of sents) {
    for (let i = s + 1; i < e; i++) {
      const w = words[i];
      if (lineCaps[i] || isUpperWord(w) || !LETTER.test(w)) continue;
      const k = norm(w);
      let c = counts.get(k);
      if (!c) counts.set(k, (c = new Map()));
      c.set(w, (c.get(w) ?? 0) + 1);
    }
  }
  const docForms = new Map<string, string>();
  for (const [k, c] of counts) docForms.set(k, [...c.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  for (const [s, e] of sents) {
    if (!lineCaps[s]) continue;
    capsStarts.add(s);
    for (let i = s; i < e; i++) words[i] = truecase(words[i], m.lex, docForms);
    // A headline's first word is capitalised whatever it is.
    if (words[s] && OPENS_LOWER.test(words[s]) && !isCapitalised(words[s])) words[s] = words[s][0].toUpperCase() + words[s].slice(1);
  }
  return { words, capsStarts };
}
