// Title, author and date on trafilatura-eval: exact match after trimming, on pages where the field is set.
// Authors match as a set of names ("A und B" = our [A, B]).
import type { Annotation } from '../../utils/annotation';

export interface FieldScore {
  pages: number;
  correct: number;
  accuracy: number;
}

export interface MetaTruth {
  title?: string | null;
  /** One string ("A und B") or a list of names. */
  author?: string | string[] | null;
  date?: string | null;
}

const splitNames = (s: string) =>
  s
    .split(/\s*(?:;|,|\bund\b|\band\b|&|\/)\s*/)
    .map((x) => x.trim())
    .filter(Boolean)
    .sort();

/** The truth's author names, sorted. */
export const truthAuthors = (truth: string | string[]) => (Array.isArray(truth) ? truth.map((x) => x.trim()).sort() : splitNames(truth));

export function authorMatches(truth: string | string[], a: Annotation | undefined): boolean {
  const got = (a?.authors ?? []).map((x) => x.name.trim()).sort();
  return got.length > 0 && JSON.stringify(truthAuthors(truth)) === JSON.stringify(got);
}

export function scoreMetadata(pages: { truth: MetaTruth; a: Annotation | undefined }[]) {
  const field = (has: (t: MetaTruth) => boolean, ok: (t: MetaTruth, a: Annotation | undefined) => boolean): FieldScore => {
    const with_ = pages.filter((p) => has(p.truth));
    const correct = with_.filter((p) => ok(p.truth, p.a)).length;
    return { pages: with_.length, correct, accuracy: correct / Math.max(1, with_.length) };
  };
  return {
    title: field((t) => !!t.title?.trim(), (t, a) => (a?.article.title ?? '').trim() === t.title!.trim()),
    author: field((t) => (Array.isArray(t.author) ? t.author.length > 0 : !!t.author?.trim()), (t, a) => authorMatches(t.author!, a)),
    date: field((t) => !!t.date?.trim(), (t, a) => a?.dates.published?.iso.slice(0, 10) === t.date!.trim()),
  };
}
