import type { Annotation, CreditedOutlet } from '../utils/annotation';
import { creditsOf, isAgencyItself } from '../utils/credits';
import { outletTypeLabel } from '../utils/sources/outlet';
import { countryName } from './country-name';

/** An agency or outlet the credit names, as the registry knows it: name, type, country, and state affiliation with its basis. */
function AgencyProfile({ outlet }: { outlet: CreditedOutlet }) {
  return (
    <p class="meta agency">
      <span class="row">
        <span class="label">{outlet.type === 'wire-agency' ? 'Agency' : 'Credited'}</span>
        <span>{outlet.name}</span>
        <span class={`badge type-${outlet.type}`}>{outletTypeLabel(outlet.type)}</span>
        {outlet.stateBasis && <span class="badge state">state-affiliated</span>}
        <span>{countryName(outlet.country)}</span>
      </span>
      {outlet.stateBasis && <span class="state-basis">{outlet.stateBasis}</span>}
    </p>
  );
}

/**
 * The dateline and credited agency; "Dispatches"-style credits are called what they are. An agency the
 * registry knows is shown once, with its profile (utils/credits.ts).
 */
export function DatelineCard({ dateline, authors, ownOutletId }: { dateline?: Annotation['dateline']; authors: Annotation['authors']; ownOutletId?: string }) {
  const { dateline: printed, agencies, writers } = creditsOf(dateline, authors, ownOutletId);
  if (!printed && !agencies.length && !writers.length) return null;
  return (
    <section class="card dateline" aria-label="Dateline and byline">
      {printed && (
        <p>
          {printed.place ? (
            <>
              <span class="label">Dateline</span> <strong>{printed.place}</strong>
              {printed.agency && <span> · credited “{printed.agency}”</span>}
            </>
          ) : (
            <>
              <span class="label">Credited</span> “{printed.agency}”
            </>
          )}
          {printed.unnamedAgency && <span class="muted"> — agency copy, agency not named</span>}
        </p>
      )}
      {agencies.map((o) => <AgencyProfile key={o.outletId} outlet={o} />)}
      {writers.length > 0 && (
        <p>
          <span class="label">By</span> {writers.map((a) => a.name).join(', ')}
          {writers[0].agency && !isAgencyItself(writers[0]) && <span class="muted"> ({writers[0].agency})</span>}
        </p>
      )}
    </section>
  );
}
