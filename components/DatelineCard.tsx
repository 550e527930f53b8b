import type { Annotation } from '../utils/annotation';

/** The dateline and credited agency; "Dispatches"-style credits are called what they are. */
export function DatelineCard({ dateline, authors }: { dateline?: Annotation['dateline']; authors: Annotation['authors'] }) {
  if (!dateline && !authors.length) return null;
  return (
    <section class="card dateline" aria-label="Dateline and byline">
      {dateline && (
        <p>
          {dateline.place ? (
            <>
              <span class="label">Dateline</span> <strong>{dateline.place}</strong>
              {dateline.agency && <span> · credited “{dateline.agency}”</span>}
            </>
          ) : (
            <>
              <span class="label">Credited</span> “{dateline.agency}”
            </>
          )}
          {dateline.unnamedAgency && <span class="muted"> — agency copy, agency not named</span>}
        </p>
      )}
      {authors.length > 0 && (
        <p>
          <span class="label">By</span> {authors.map((a) => a.name).join(', ')}
          {authors[0].agency && authors[0].agency !== authors[0].name && <span class="muted"> ({authors[0].agency})</span>}
        </p>
      )}
    </section>
  );
}
