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

/** Whether an author is the credited agency itself ("By Reuters", "Agencia EFE"), not a writer. */
const isAgencyItself = (a: Annotation['authors'][number]) => !!a.agency && (a.name.toLowerCase().includes(a.agency.toLowerCase()) || a.agency.toLowerCase().includes(a.name.toLowerCase()));

/**
 * The dateline and credited agency; "Dispatches"-style credits are called what they are. An agency the
 * registry knows is shown once, with its profile, however many of the dateline and byline name it.
 */
export function DatelineCard({ dateline, authors }: { dateline?: Annotation['dateline']; authors: Annotation['authors'] }) {
  const profiles = dateline?.agencyOutlets ?? [];
  const writers = profiles.length ? authors.filter((a) => !isAgencyItself(a)) : authors;
  const printed = dateline && (dateline.place || dateline.unnamedAgency || !profiles.length);
  if (!printed && !profiles.length && !writers.length) return null;
  return (
    <section class="card dateline" aria-label="Dateline and byline">
      {dateline && printed && (
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
      {profiles.map((o) => <AgencyProfile key={o.outletId} outlet={o} />)}
      {writers.length > 0 && (
        <p>
          <span class="label">By</span> {writers.map((a) => a.name).join(', ')}
          {writers[0].agency && !isAgencyItself(writers[0]) && <span class="muted"> ({writers[0].agency})</span>}
        </p>
      )}
    </section>
  );
}
