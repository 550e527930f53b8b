import type { Annotation } from '../utils/annotation';
import { formatClaimIso } from './format-date';

/** Colours of the reused-passage highlights, in match order (the last one is shared beyond it). */
export const REUSE_SWATCHES = ['rgba(255, 90, 90, 0.6)', 'rgba(255, 140, 0, 0.6)', 'rgba(230, 60, 160, 0.6)', 'rgba(120, 100, 255, 0.6)', 'rgba(160, 120, 60, 0.6)'];

const pct = (x: number) => `${Math.max(1, Math.round(x * 100))}%`;

/** Which corpus documents share passages with the page, earliest first, with how much they share. */
export function ProvenanceList(props: { provenance: Annotation['provenance']; corpusSize?: number; onAdd?: () => void; addStatus?: string }) {
  const { matches, earliest, reusedShare } = props.provenance;
  return (
    <section class="card provenance" aria-label="Provenance">
      <h3>Provenance</h3>
      {matches.length ? (
        <p>
          <strong>{pct(reusedShare)}</strong> of this text appears in {matches.length} document{matches.length > 1 ? 's' : ''} of your corpus.
        </p>
      ) : (
        <p class="muted">
          {props.corpusSize === 0
            ? 'Your corpus is empty: import articles, wire copy or feeds in Settings to see where texts come from.'
            : `No passage of this text appears in the ${props.corpusSize ?? ''} documents of your corpus.`.replace('  ', ' ')}
        </p>
      )}
      {matches.length > 0 && (
        <ol class="matches">
          {matches.map((m, i) => (
            <li key={m.ref.id} class={m.ref.id === earliest ? 'earliest' : undefined}>
              <span class="swatch" style={{ background: REUSE_SWATCHES[Math.min(i, REUSE_SWATCHES.length - 1)] }} aria-hidden="true" />
              <div>
                <div class="match-head">
                  <span class="outlet-name">{m.ref.outlet ?? new URL(m.ref.url).hostname}</span>
                  {m.ref.published && <span class="muted"> · {formatClaimIso(m.ref.published)}</span>}
                  {m.ref.id === earliest && <span class="badge earliest-badge">earliest</span>}
                </div>
                <a href={m.ref.url} target="_blank" rel="noopener noreferrer" class="match-title">
                  {m.ref.title || m.ref.url}
                </a>
                <div class="muted small">
                  {pct(m.coverage)} of this page · {m.passages.length} passage{m.passages.length > 1 ? 's' : ''} · {pct(m.containment)} of that document
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      {props.onAdd && (
        <div class="row">
          <button type="button" onClick={props.onAdd}>
            Add to corpus
          </button>
          {props.addStatus && (
            <span class="muted small" role="status">
              {props.addStatus}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
