// Which attribution each direct quote belongs to: the one right after it ("“…,” Xi was quoted as saying"), else
// the one before it in its sentence ("Ushakov said both sides had “exchanged signals”"), else, for a quote that
// opens a sentence, the speaker of the quote before it ("“A,” she said. “B.”"). A quote none of these claims
// stays unattributed.
import type { Citation } from '../annotation';
import { quoteText, type Quote } from './quotes';
import type { Range } from './text-units';

/** A citation being built, with the sentence it stands in and the quotes it has gathered. */
export interface Draft extends Citation {
  sentence: number;
  quotes: Quote[];
}

const sentenceOf = (sents: Range[], pos: number) => {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid][0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/** Index of the first draft whose span starts at or after `pos` (drafts sorted by span start). */
function firstFrom(drafts: Draft[], pos: number): number {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drafts[mid].span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The draft a quote belongs to, among `drafts` (sorted by span start). */
function ownerOf(text: string, q: Quote, drafts: Draft[], sents: Range[], previous?: { quote: Quote; owner: Draft }): Draft | undefined {
  const s = sentenceOf(sents, q.open);
  const next = firstFrom(drafts, q.close);
  const candidate = drafts[next];
  const after = candidate && candidate.span.start - q.close <= 6 && /^[\s,.:;!?—–-]*$/.test(text.slice(q.close, candidate.span.start)) ? candidate : undefined;
  if (after) {
    // "“A full sentence.” The ministry said X" is two statements; "“A,” the ministry said" is one.
    const inner = text.slice(q.start, q.end).trim();
    const rest = sents[after.sentence][1] - after.span.end;
    if (!/\.$/.test(inner) || rest < 60) return after;
  }
  let before: Draft | undefined;
  for (let i = firstFrom(drafts, q.open) - 1; i >= 0 && drafts[i].sentence >= s; i--) {
    if (drafts[i].span.end <= q.open && drafts[i].sentence === s) {
      before = drafts[i];
      break;
    }
  }
  if (before) return before;
  if (previous && /^\s*$/.test(text.slice(sents[s][0], q.open))) {
    const from = firstFrom(drafts, previous.quote.close);
    const between = from < drafts.length && drafts[from].span.start < q.open && drafts[from] !== previous.owner;
    if (!between) return previous.owner;
  }
  return undefined;
}

/**
 * Gives each draft the quotes it owns. `carried` is the owner of a quote left open at the previous paragraph's
 * end; the paragraph's opening quote continues it. Returns the owner of this paragraph's open-ended quote.
 */
export function attachQuotes(text: string, quotes: Quote[], drafts: Draft[], sents: Range[], carried?: Draft): Draft | undefined {
  drafts.sort((a, b) => a.span.start - b.span.start);
  let previous: { quote: Quote; owner: Draft } | undefined;
  let open: Draft | undefined;
  for (const [i, q] of quotes.entries()) {
    let owner = ownerOf(text, q, drafts, sents, previous);
    if (!owner && i === 0 && carried && q.open === sents[0]?.[0]) owner = carried;
    if (!owner) continue;
    owner.quotes.push(q);
    previous = { quote: q, owner };
    if (q.unclosed) open = owner;
  }
  return open;
}

/** The finished citation: the quotes joined, helper fields dropped. */
export function finish(text: string, d: Draft): Citation {
  const { sentence: _s, quotes, ...c } = d;
  if (!quotes.length) return c;
  return { ...c, quote: quotes.map((q) => quoteText(text, q)).join(' … '), quoteSpans: quotes.map((q) => ({ start: q.start, end: q.end })) };
}
