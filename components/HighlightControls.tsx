import type { HighlightKind, HighlightToggles, PaintReport } from '../utils/messages';

const LABELS: [HighlightKind, string][] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
  ['citation', 'Attributions'],
  ['quote', 'Quotes'],
  ['reuse', 'Reused passages'],
];

/** Switches for each highlight kind painted on the page, with counts, and the spans not found. */
export function HighlightControls(props: { toggles: HighlightToggles; paint: PaintReport; embeddedFrames: number; onChange: (t: HighlightToggles) => void }) {
  const { toggles, paint, onChange, embeddedFrames } = props;
  const shown = LABELS.filter(([k]) => (paint.painted[k] ?? 0) > 0);
  return (
    <section class="card highlights" aria-label="Highlights on the page">
      <h3>Highlights on the page</h3>
      {!shown.length && <p class="muted">Nothing to highlight.</p>}
      <div class="toggles">
        {shown.map(([kind, label]) => (
          <label key={kind} class="toggle">
            <input type="checkbox" checked={toggles[kind]} onChange={(e) => onChange({ ...toggles, [kind]: (e.target as HTMLInputElement).checked })} />
            <span class={`swatch ${kind}`} aria-hidden="true" /> {label} <span class="count">{paint.painted[kind]}</span>
          </label>
        ))}
      </div>
      {shown.length > 0 && <p class="muted small">Alt+Shift+↓ and Alt+Shift+↑ move between highlights on the page; Esc closes the card.</p>}
      {embeddedFrames > 0 && (
        <p class="muted small">
          Only the page itself is analysed, not the {embeddedFrames} frame{embeddedFrames > 1 ? 's' : ''} it embeds.
        </p>
      )}
      {paint.notFound.length > 0 && (
        <details class="not-found">
          <summary>{paint.notFound.length} not found on this page</summary>
          <ul>
            {paint.notFound.slice(0, 30).map((n, i) => (
              <li key={i}>
                {n.kind}: “{n.text}”
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
