// Article body extraction: word 4-gram F1 on article-extraction-benchmark (as upstream scores it), and
// snippet precision/recall on trafilatura-eval (each "with" snippet found = TP, "without" found = FP).
import type { Annotation } from '../../utils/annotation';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function shingles(text: string): Map<string, number> {
  const words = text.match(/\w+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= words.length; i++) {
    const k = words.slice(i, i + 4).join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** Per-page shingle precision and recall, averaged over pages; F1 from the averages. */
export function shingleF1(pairs: { extracted: string; truth: string }[]): PRF & { pages: number } {
  let sp = 0;
  let sr = 0;
  for (const { extracted, truth } of pairs) {
    const a = shingles(extracted);
    const b = shingles(truth);
    let tp = 0;
    let na = 0;
    let nb = 0;
    for (const [k, n] of a) {
      na += n;
      tp += Math.min(n, b.get(k) ?? 0);
    }
    for (const n of b.values()) nb += n;
    // An empty extraction of an empty truth is right; either side empty alone scores 0 there.
    sp += na ? tp / na : nb ? 0 : 1;
    sr += nb ? tp / nb : 1;
  }
  const n = Math.max(1, pairs.length);
  return { precision: sp / n, recall: sr / n, f1: f1(sp / n, sr / n), pages: pairs.length };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** trafilatura's snippet score: at most 6 snippets per side per page. */
export function snippetScore(pages: { text: string; with: string[]; without: string[] }[]): PRF & { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pages) {
    const t = norm(p.text);
    for (const s of p.with.slice(0, 6)) (t.includes(norm(s)) ? tp++ : fn++);
    for (const s of p.without.slice(0, 6)) if (t.includes(norm(s))) fp++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: f1(precision, recall), tp, fp, fn };
}

/** The text an extraction is judged on: the title is not part of the body. */
export const bodyOf = (a: Annotation | undefined) => a?.article.text ?? '';
