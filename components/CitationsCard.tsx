import { citationLabel, type Citation } from '../utils/annotation';

const GROUPS: [Citation['kind'][], string][] = [
  [['outlet', 'agency'], 'News outlets and agencies'],
  [['official'], 'Institutions and officials'],
  [['person'], 'People'],
  [['document'], 'Documents'],
  [['anonymous'], 'Unnamed sources'],
];

/** Whom the article attributes its claims to, grouped by kind with counts, and how much is anonymous. */
export function CitationsCard({ citations, notice }: { citations: Citation[]; notice?: string }) {
  const anonymous = citations.filter((c) => c.kind === 'anonymous').length;
  return (
    <section class="card citations" aria-label="Cited sources">
      <h3>Cited sources</h3>
      {notice && <p class="muted">{notice}</p>}
      {!notice && !citations.length && <p class="muted">The text attributes nothing to anyone.</p>}
      {citations.length > 0 && (
        <p class="small">
          {citations.length} attribution{citations.length > 1 ? 's' : ''}; {anonymous ? `${Math.round((anonymous / citations.length) * 100)}% to unnamed sources` : 'none to unnamed sources'}.
        </p>
      )}
      {GROUPS.map(([kinds, label]) => {
        const of = citations.filter((c) => kinds.includes(c.kind));
        if (!of.length) return null;
        const counts = new Map<string, { n: number; c: Citation }>();
        for (const c of of) {
          const key = citationLabel(c);
          counts.set(key, { n: (counts.get(key)?.n ?? 0) + 1, c });
        }
        return (
          <div class="group" key={label}>
            <h4>
              {label} <span class="count">{of.length}</span>
            </h4>
            <ul>
              {[...counts].map(([key, { n, c }]) => (
                <li key={key} title={`“${c.verb}”${c.quote ? `: “${c.quote.slice(0, 160)}”` : ''}`}>
                  {key}
                  {c.kind === 'agency' && <span class="muted"> · agency</span>}
                  {n > 1 && <span class="count"> ×{n}</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
