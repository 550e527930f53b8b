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
