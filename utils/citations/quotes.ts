// Direct quotes in a paragraph: straight and curly double quotes, guillemets, and curly single quotes. A mark
// opens or closes by where it stands (after a space it opens, before one it closes), since pages mix glyphs:
// the seed opens a quote with ”.
import { letterPattern } from '../letter-patterns';

export interface Quote {
  /** The quoted words, quote marks excluded. */
  start: number;
  end: number;
  /** The marks themselves: `open` is the opening mark's offset, `close` the offset after the closing mark. */
  open: number;
  close: number;
  /** The quote runs to the paragraph's end without a closing mark (it continues in the next paragraph). */
  unclosed?: boolean;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const OPENERS = new Set(['“', '„', '«', '‟', '‘']);
const CLOSERS = new Set(['”', '»', '’']);

const isSpace = (c: string | undefined) => c === undefined || /[\s([{—–-]/.test(c);
const WORD_CHAR = letterPattern(/[\p{L}\p{N}]/u);
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** The role a quote mark at `i` plays: 'open', 'close' or null (an apostrophe, a stray mark). */
function roleOf(text: string, i: number, start: number, end: number): 'open' | 'close' | null {
  const c = text[i];
  const prev = i > start ? text[i - 1] : undefined;
  const next = i + 1 < end ? text[i + 1] : undefined;
  const opensHere = isSpace(prev) && next !== undefined && !/\s/.test(next);
  const closesHere = prev !== undefined && !/\s/.test(prev) && (next === undefined || !isWordChar(next));
  if (c === '‘') return opensHere && isWordChar(next) ? 'open' : null;
  if (c === '’') return closesHere ? 'close' : null; // "Putin’s" is followed by a letter: an apostrophe
  if (opensHere && !closesHere) return 'open';
  if (closesHere && !opensHere) return 'close';
  if (OPENERS.has(c)) return 'open';
  if (CLOSERS.has(c)) return 'close';
  return null;
}

/** The quotes of the paragraph [start, end); nested single quotes inside double ones are part of them. */
export function findQuotes(text: string, start: number, end: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let single = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    const isDouble = DOUBLE.has(c);
    if (!isDouble && c !== '‘' && c !== '’') continue;
    // Inside a double quote only a double mark can close it; inside a single quote only ’.
    if (open >= 0 && !single && !isDouble) continue;
    const role = roleOf(text, i, start, end);
    if (role === 'open' && open < 0) {
      open = i;
      single = !isDouble;
    } else if (role === 'close' && open >= 0 && (isDouble || single)) {
      if (i - open > 1) out.push({ start: open + 1, end: i, open, close: i + 1 });
      open = -1;
    } else if (role === 'open' && isDouble && !single) {
      open = i; // two openers in a row: the first was a stray mark
    }
  }
  // An opening mark left open at the paragraph's end: the quote goes on in the next paragraph.
  if (open >= 0 && !single && end - open > 20) out.push({ start: open + 1, end, open, close: end, unclosed: true });
  return out;
}

/** The quoted words as a citation shows them: trimmed, without the comma that leads back into the sentence. */
export function quoteText(text: string, q: Quote): string {
  return text.slice(q.start, q.end).trim().replace(/[,;:]+$/, '').replace(/\s+/g, ' ');
}
