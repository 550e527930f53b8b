import type { Annotation, CreditedOutlet } from '../utils/annotation';
import { outletTypeLabel } from '../utils/sources/outlet';
import { countryName } from './country-name';

/** An agency the credit names, as the registry knows it: name, type, country, and state affiliation with its basis. */
function AgencyProfile({ outlet }: { outlet: CreditedOutlet }) {
  return (
    <p class="meta agency">
      <span class="row">
        <span class="label">Agency</span>
        <span>{outlet.name}</span>
        <span class={`badge type-${outlet.type}`}>{outletTypeLabel(outlet.type)}</span>
        {outlet.stateBasis && <span class="badge state">state-affiliated</span>}
        <span>{countryName(outlet.country)}</span>
      </span>
      {outlet.stateBasis && <span class="state-basis">{outlet.stateBasis}</span>}
    </p>
  );
}

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
      {dateline?.agencyOutlets?.map((o) => <AgencyProfile key={o.outletId} outlet={o} />)}
      {authors.length > 0 && (
        <p>
          <span class="label">By</span> {authors.map((a) => a.name).join(', ')}
          {authors[0].agency && authors[0].agency !== authors[0].name && <span class="muted"> ({authors[0].agency})</span>}
        </p>
      )}
    </section>
  );
}
