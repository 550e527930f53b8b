// What the pipeline needs from a reference corpus: the documents that share passages with a text.
// The CLI passes an in-memory corpus, the extension one backed by IndexedDB in the background.
import type { Annotation, ProvenanceMatch } from '../annotation';
import { coveredLength } from './ranges';

/** A reference corpus the pipeline can compare an article with. */
export interface Corpus {
  /** Documents sharing passages with `text`, each with its aligned passages (offsets in `text` and in the document). */
  findMatches(text: string): Promise<ProvenanceMatch[]>;
}

/** The provenance block of the Annotation: matches ordered by publication date, the earliest, the reused share. */
export function summariseProvenance(matches: ProvenanceMatch[], textLength: number): Annotation['provenance'] {
  const time = (m: ProvenanceMatch) => (m.ref.published ? Date.parse(m.ref.published) : NaN);
  const ordered = [...matches].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
    return (ta - tb || 0) || b.coverage - a.coverage;
  });
  const total = coveredLength(ordered.flatMap((m) => m.passages.map((p) => [p.start, p.end] as const)));
  const dated = ordered.filter((m) => !Number.isNaN(time(m)));
  return {
    matches: ordered,
    earliest: (dated[0] ?? ordered[0])?.ref.id,
    reusedShare: textLength ? Math.min(1, Math.round((total / textLength) * 1000) / 1000) : 0,
  };
}
