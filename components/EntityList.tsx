import { useState } from 'preact/hooks';
import type { Entity, EntityType } from '../utils/annotation';

const GROUPS: [EntityType, string][] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
];

/** Entities of a type shown before the reader asks for the rest. */
const SHOWN = 10;

/** One type's entities, the most salient first; the rest behind a "more" button. */
function EntityGroup({ type, label, list }: { type: EntityType; label: string; list: Entity[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? list : list.slice(0, SHOWN);
  const hidden = list.length - shown.length;
  return (
    <div class={`group ${type}`}>
      <h4>{label}</h4>
      <ul>
        {shown.map((e) => (
          <li key={e.name} title={e.aliases.length ? `Also: ${e.aliases.join(', ')}` : undefined}>
            <span class={`swatch ${type}`} aria-hidden="true" />
            {e.name} <span class="count" aria-label={`${e.mentions.length} mentions`}>{e.mentions.length}</span>
          </li>
        ))}
        {list.length > SHOWN && (
          <li>
            <button type="button" class="link more" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? 'fewer' : `${hidden} more`}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

/** The key entities: the ten most salient of each type, with mention counts, and the others on request. */
export function EntityList({ entities, notice }: { entities: Entity[]; notice?: string }) {
  return (
    <section class="card entities" aria-label="Key entities">
      <h3>Key entities</h3>
      {notice && <p class="muted">{notice}</p>}
      {!notice && !entities.length && <p class="muted">No people, organisations or places found.</p>}
      {GROUPS.map(([type, label]) => {
        const list = entities.filter((e) => e.type === type);
        return list.length ? <EntityGroup key={type} type={type} label={label} list={list} /> : null;
      })}
    </section>
  );
}
