// Paragraphs and sentences of an article's plain text, as [start, end) offsets. Attribution never crosses a
// paragraph, so each paragraph is read on its own; one pass each, no backtracking over the whole text.
import { letterPattern } from '../letter-patterns';

export type Range = [number, number];

/** Paragraphs: runs of text between blank lines, trimmed. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const re = /\n[ \t]*\n/g;
  let from = 0;
  for (let m; (m = re.exec(text)); from = m.index + m[0].length) push(text, from, m.index, out);
  push(text, from, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Range[]) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push([start, end]);
}

// Words whose final period does not end a sentence (titles, initials are handled apart).
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|etc|e\.g|i\.e)\.$/;
const INITIALS = letterPattern(/(?:^|[\s(])(?:\p{Lu}\.){1,4}$/u);
/** A sentence's end: stops before a capital, a digit or an opening quote, and line breaks (global: for exec from `lastIndex`). */
const SENTENCE_END = letterPattern(/[.!?…]+["”’')\]]*(?=\s+["“‘„«(]?[\p{Lu}\p{N}"“‘„«])|\n/gu);

/**
 * Sentences of `text` within [start, end): they end at . ! ? … (and any closing quotes) before a capital, a digit
 * or an opening quote, and at line breaks. "U.S. President" and "Mr. Smith" stay whole.
 */
export function sentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const re = SENTENCE_END.for(text);
  re.lastIndex = start;
  let from = start;
  for (let m; (m = re.exec(text)) && m.index < end; ) {
    const stop = m.index + m[0].length;
    if (m[0] !== '\n') {
      const before = text.slice(Math.max(from, m.index - 12), m.index + 1);
      if (m[0] === '.' && (ABBREVIATION.test(before) || INITIALS.test(before))) continue;
    }
    push(text, from, Math.min(stop, end), out);
    from = stop;
  }
  push(text, from, end, out);
  return out;
}
