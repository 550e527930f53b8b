// Finds a quote in a text: every exact occurrence scored by how well its surroundings match the
// expected prefix and suffix and how close it lies to the expected position.

/** Where the quote was found in the text, and how sure the match is (0..1). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
}

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Expected start, as a fraction of the text length or an absolute offset. */
  hint?: number;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The best exact occurrence of `quote` in `text`, or null. */
export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  return matchExact(text, quote, ctx) ?? matchNormalised(text, quote, ctx) ?? matchEnds(text, quote, ctx);
}

function matchExact(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  if (!quote) return null;
  let best: QuoteMatch | null = null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const pre = ctx.prefix ? commonSuffix(text.slice(Math.max(0, at - ctx.prefix.length), at), ctx.prefix) / ctx.prefix.length : 0.5;
    const end = at + quote.length;
    const suf = ctx.suffix ? commonPrefix(text.slice(end, end + ctx.suffix.length), ctx.suffix) / ctx.suffix.length : 0.5;
    const pos = ctx.hint === undefined ? 0.5 : 1 - Math.min(1, Math.abs(at - ctx.hint) / Math.max(1, text.length));
    const score = 0.4 * pre + 0.4 * suf + 0.2 * pos;
    if (!best || score > best.score) best = { start: at, end, score };
  }
  return best;
}

/** Typographic variants a page and its extracted text may disagree on: quotes, dashes, spaces, case. */
function fold(c: string): string {
  if (c === '’' || c === '‘' || c === '`' || c === '´') return "'";
  if (c === '“' || c === '”' || c === '„' || c === '«' || c === '»') return '"';
  if (c === '–' || c === '—' || c === '‑' || c === '−') return '-';
  if (c === '\u00ad' || c === '\u200b') return '';
  return c.toLowerCase();
}

/** `s` folded, with the original index of every folded character. */
function folded(s: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const f = fold(s[i]);
    if (!f || (f === ' ' && text.endsWith(' '))) continue;
    text += f;
    at.push(i);
  }
  return { text, at };
}

// Anchoring looks many quotes up in one page text: fold it once.
let lastText = '';
let lastFolded: { text: string; at: number[] } | null = null;
const foldedPage = (text: string) => {
  if (text !== lastText || !lastFolded) [lastText, lastFolded] = [text, folded(text)];
  return lastFolded;
};

/** The first index whose original position is at or after `pos` (binary search). */
function indexAt(at: number[], pos: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The quote found after folding typographic variants and case. */
function matchNormalised(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  const t = foldedPage(text);
  const q = folded(quote).text.trim();
  if (!q) return null;
  const hint = ctx.hint === undefined ? undefined : indexAt(t.at, ctx.hint);
  const m = matchExact(t.text, q, { prefix: ctx.prefix && folded(ctx.prefix).text, suffix: ctx.suffix && folded(ctx.suffix).text, hint });
  if (!m) return null;
  return { start: t.at[m.start], end: t.at[m.end - 1] + 1, score: m.score * 0.9 };
}

/** Long passages the page interrupts (an ad inside a paragraph): found by their first and last words. */
function matchEnds(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  if (quote.length < 60) return null;
  const head = quote.slice(0, 24);
  const tail = quote.slice(-24);
  let best: QuoteMatch | null = null;
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    // The interruption may add up to half the passage again, never remove much of it.
    const from = at + Math.floor(quote.length * 0.8) - tail.length;
    const to = at + Math.ceil(quote.length * 1.5);
    const tailAt = text.indexOf(tail, Math.max(at + head.length, from));
    if (tailAt < 0 || tailAt > to) continue;
    const end = tailAt + tail.length;
    const pos = ctx.hint === undefined ? 0.5 : 1 - Math.min(1, Math.abs(at - ctx.hint) / Math.max(1, text.length));
    const score = 0.5 * (quote.length / (end - at)) + 0.2 * pos;
    if (!best || score > best.score) best = { start: at, end, score };
  }
  return best;
}
