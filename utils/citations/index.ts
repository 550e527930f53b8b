// Who the article attributes its claims to: every reporting cue ("said", "according to", "citing") with the
// source it names, by kind, and the direct quotes each source is given. Pure: text, entities and the outlet
// registry in, citations out, paragraph by paragraph.
import type { Citation, Entity } from '../annotation';
import type { OutletRegistry } from '../sources/registry';
import { attachQuotes, finish, type Draft } from './attach-quotes';
import { classify, type Context, type Speaker } from './classify';
import { findCues, type Cue } from './cues';
import { findQuotes, type Quote } from './quotes';
import { invertible, nounPhrase, phraseAfter, phraseBefore } from './source-phrase';
import { MentionIndex } from './speakers';
import { paragraphs, sentences, type Range } from './text-units';
import { runToEnd, type Steps } from '../time-slice';
import { LETTER, letterPattern } from '../letter-patterns';

/** What one paragraph hands the next: a lone person "he" may refer to, and a quote still open. */
interface Carry {
  person?: Speaker;
  openQuote?: Draft;
}

interface Para {
  ctx: Context;
  start: number;
  sents: Range[];
  drafts: Draft[];
  quotes: Quote[];
  carry: Carry;
}

/** Citations of `text` (paragraphs split by blank lines); spans and quotes are offsets into it. */
export function findCitations(text: string, entities: Entity[], registry: OutletRegistry): Citation[] {
  return runToEnd(citationSteps(text, entities, registry));
}

/** findCitations as steps, one paragraph each (see utils/time-slice.ts). */
export function* citationSteps(text: string, entities: Entity[], registry: OutletRegistry): Steps<Citation[]> {
  if (typeof text !== 'string' || !LETTER.test(text)) return [];
  const ctx: Context = { text, registry, mentions: new MentionIndex(Array.isArray(entities) ? entities : []) };
  const drafts: Draft[] = [];
  let carry: Carry = {};
  for (const [start, end] of paragraphs(text)) {
    yield;
    try {
      const p: Para = { ctx, start, sents: sentences(text, start, end), drafts: [], quotes: findQuotes(text, start, end), carry };
      read(p);
      const open = attachQuotes(text, p.quotes, p.drafts, p.sents, carry.openQuote);
      const people = ctx.mentions.entitiesWithin(start, end, 'person');
      carry = { openQuote: open, person: people.size === 1 ? personOf([...people][0]) : undefined };
      drafts.push(...p.drafts);
    } catch {
      carry = {}; // one odd paragraph must not cost the article its other citations
    }
  }
  return drafts.map((d) => finish(text, d));
}

const personOf = (e: Entity): Speaker => ({ source: e.name, kind: 'person', ...(e.roles?.length ? { role: e.roles[0] } : {}) });

/** Whether `pos` lies inside one of `quotes` (sorted, disjoint): binary search, as a paragraph may be huge. */
function inside(quotes: Quote[], pos: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= pos) lo = mid + 1;
    else if (quotes[mid].start > pos) hi = mid - 1;
    else return true;
  }
  return false;
}

/** The last draft of the paragraph so far that passes `test`. */
function lastDraft(p: Para, test: (d: Draft) => boolean): Draft | undefined {
  for (let i = p.drafts.length - 1; i >= 0; i--) if (test(p.drafts[i])) return p.drafts[i];
  return undefined;
}

function read(p: Para) {
  const inQuote = (pos: number) => inside(p.quotes, pos);
  const seen = new Set<string>();
  p.sents.forEach(([ss, se], sentence) => {
    for (const cue of findCues(p.ctx.text, ss, se)) {
      if (inQuote(cue.start)) continue;
      for (const c of resolve(p, cue, ss, se, inQuote)) {
        const key = `${c.span.start}:${c.span.end}:${c.verb}`;
        if (seen.has(key)) continue;
        seen.add(key);
        p.drafts.push({ ...c, sentence, quotes: [] });
      }
    }
  });
}

function cite(sp: Speaker, start: number, end: number, verb: string): Citation {
  return { source: sp.source, kind: sp.kind, verb, span: { start, end }, ...(sp.role ? { role: sp.role } : {}), ...(sp.outletId ? { outletId: sp.outletId } : {}) };
}

function resolve(p: Para, cue: Cue, ss: number, se: number, inQuote: (pos: number) => boolean): Citation[] {
  const { ctx } = p;
  const { text } = ctx;
  if (cue.form === 'according' || cue.form === 'citing' || cue.form === 'statement') {
    const ph = phraseAfter(text, cue.end, se, 14);
    const sp = ph && classify(ctx, ph);
    return sp ? [cite(sp, cue.start, ph.end, cue.verb)] : [];
  }
  if (cue.form === 'passive') {
    const by = /^\s+by\b/.exec(text.slice(cue.end, cue.end + 8));
    if (!by) return [cite({ source: 'unnamed', kind: 'anonymous' }, cue.start, cue.end, cue.verb)];
    const ph = phraseAfter(text, cue.end + by[0].length, se, 12);
    const sp = ph && classify(ctx, ph);
    return sp ? [cite(sp, cue.start, ph.end, cue.verb)] : [];
  }
  const out: Citation[] = [];
  if (cue.form === 'quoted-object' && cue.object) {
    const sp = classify(ctx, cue.object);
    if (sp) out.push(cite(sp, cue.object.start, cue.end, 'quoted as saying'));
    const by = subjectOf(p, { ...cue, end: cue.start + 'quoted'.length }, ss, se, inQuote);
    if (by) out.push(cite(by.sp, by.start, cue.start + 'quoted'.length, 'quoted'));
    return out;
  }
  const s = subjectOf(p, cue, ss, se, inQuote);
  if (s && (!cue.documentOnly || s.sp.kind === 'document')) out.push(cite(s.sp, s.start, s.end, cue.verb));
  return out;
}

/** The speaker of a verb cue and the span of the attribution (source and verb). */
function subjectOf(p: Para, cue: Cue, ss: number, se: number, inQuote: (pos: number) => boolean): { sp: Speaker; start: number; end: number } | null {
  const { ctx } = p;
  const { text } = ctx;
  const ph = phraseBefore(text, ss, cue.start);
  if (ph?.coordinated) {
    // "The Kremlin confirmed the call and said ...": the subject of the sentence's earlier verb.
    const earlier = lastDraft(p, (d) => d.span.end <= cue.start && d.span.start >= ss);
    if (earlier && earlier.verb === cue.verb) return null; // "Ford wrote, and wrote, and wrote": one attribution
    const sp = earlier ? { source: earlier.source, kind: earlier.kind, role: earlier.role, outletId: earlier.outletId } : sentenceSubject(ctx, ss, cue.start);
    return sp ? { sp, start: cue.start, end: cue.end } : null;
  }
  if (ph?.pronoun) {
    const sp = pronounSpeaker(p, ph.pronoun, cue.start, inQuote);
    return sp ? { sp, start: ph.start, end: cue.end } : null;
  }
  const sp = ph && classify(ctx, ph);
  if (ph && sp) return { sp, start: ph.start, end: cue.end };
  if (cue.form === 'verb' && invertible(text, ss, cue.start)) {
    // "“...,” said Xi."
    const after = phraseAfter(text, cue.end, se, 8, true);
    const inverted = after && nounPhrase(text.slice(after.start, after.end)) && classify(ctx, after);
    if (after && inverted) return { sp: inverted, start: cue.start, end: after.end };
  }
  return null;
}

/**
 * He or she: the person this paragraph last cited, else the last person it names (outside quotes), else the
 * previous paragraph's only person. "Volker said ... Zelensky. He said" is Volker's.
 */
function pronounSpeaker(p: Para, pronoun: string, at: number, inQuote: (pos: number) => boolean): Speaker | null {
  if (pronoun === 'he' || pronoun === 'she') {
    const cited = lastDraft(p, (d) => d.kind === 'person');
    if (cited) return { source: cited.source, kind: 'person', ...(cited.role ? { role: cited.role } : {}) };
    const m = p.ctx.mentions.lastBefore(at, p.start, 'person', inQuote);
    return m ? personOf(m.entity) : p.carry.person ?? null;
  }
  if (pronoun === 'it') {
    // "TASS reported ... It said": the last institution or outlet cited in the paragraph.
    const last = lastDraft(p, (d) => d.kind !== 'person' && d.kind !== 'anonymous');
    return last ? { source: last.source, kind: last.kind, role: last.role, outletId: last.outletId } : null;
  }
  return null; // "they", "we": too many candidates to choose from safely
}

// An opening that keeps the first name the sentence's subject ("The port authority's chief executive, Graham
// Ashdown, urged ..."); a sentence that opens with a preposition ("In talks with Putin, ...") does not.
const SUBJECT_OPENING = letterPattern(/^(?!(?:In|With|After|On|At|For|During|Despite|As|When|While|Before|Since|Although|Though|If|Because|From|By|To|Under|Over|Amid)\b)(?:[\p{L}\p{N}’'.-]+\s+){0,6}(?:[\p{L}\p{N}’'.-]+,\s+)?$/u);
/** A lower-case word after the subject, an aside between commas perhaps before it: the verb's clause goes on. */
const CLAUSE_GOES_ON = letterPattern(/^(?:,[^,]{1,60},|,)?\s+\p{Ll}/u);

/** The named subject opening a sentence, for a verb coordinated with the sentence's first. */
function sentenceSubject(ctx: Context, ss: number, before: number): Speaker | null {
  const first = ctx.mentions.within(ss, Math.min(before, ss + 120))[0];
  if (!first || !SUBJECT_OPENING.test(ctx.text.slice(ss, first.start))) return null;
  if (!CLAUSE_GOES_ON.test(ctx.text.slice(first.end, first.end + 80))) return null;
  return classify(ctx, { start: first.start, end: first.end });
}
