import type { Warning } from '../utils/annotation';

/** Warnings of the analysis (date conflicts, language, ...). */
export function Warnings({ warnings }: { warnings: Warning[] }) {
  const shown = warnings.filter((w) => w.code !== 'not-article' && w.code !== 'entities-english-only');
  if (!shown.length) return null;
  return (
    <section class="card warnings" aria-label="Warnings">
      <ul>
        {shown.map((w, i) => (
          <li key={i} class={`warning ${w.code}`}>
            ⚠ {w.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
