import type { Annotation } from '../utils/annotation';
import { outletTypeLabel } from '../utils/sources/outlet';
import { countryName } from './country-name';

/** Who published the page: outlet, type badge, country, owner, state affiliation. */
export function SourceCard({ source, siteName, onEdit }: { source: Annotation['source']; siteName?: string; onEdit?: () => void }) {
  const name = source.name ?? siteName ?? source.domain;
  return (
    <section class="card source" aria-label="Source">
      <div class="row">
        <h2 class="outlet">{name || 'Unknown source'}</h2>
        {source.type && <span class={`badge type-${source.type}`}>{outletTypeLabel(source.type)}</span>}
        {source.stateAffiliated && <span class="badge state">state-affiliated</span>}
      </div>
      <p class="meta">
        {source.domain && <span>{source.domain}</span>}
        {source.country && <span> · {countryName(source.country)}</span>}
        {!source.known && <span class="muted"> · not in registry</span>}
      </p>
      {source.owner && <p class="meta">Owner: {source.owner}</p>}
      {source.stateBasis && <p class="meta state-basis">{source.stateBasis}</p>}
      {!source.known && source.evidence.length > 1 && (
        <p class="meta evidence">From the page: {source.evidence.filter((e) => e !== 'not in registry').join(' · ')}</p>
      )}
      {onEdit && (
        <button type="button" class="link" onClick={onEdit}>
          {source.known ? 'Correct this outlet' : 'Add this outlet'}
        </button>
      )}
    </section>
  );
}
