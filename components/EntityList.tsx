import type { Entity, EntityType } from '../utils/annotation';

const GROUPS: [EntityType, string][] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
];

/** The key entities: the ten most salient of each type, with mention counts. */
export function EntityList({ entities, notice }: { entities: Entity[]; notice?: string }) {
  return (
    <section class="card entities" aria-label="Key entities">
      <h3>Key entities</h3>
      {notice && <p class="muted">{notice}</p>}
      {!notice && !entities.length && <p class="muted">No people, organisations or places found.</p>}
      {GROUPS.map(([type, label]) => {
        const list = entities.filter((e) => e.type === type).slice(0, 10);
        if (!list.length) return null;
        return (
          <div class={`group ${type}`} key={type}>
            <h4>{label}</h4>
            <ul>
              {list.map((e) => (
                <li key={e.name} title={e.aliases.length ? `Also: ${e.aliases.join(', ')}` : undefined}>
                  <span class={`swatch ${type}`} aria-hidden="true" />
                  {e.name} <span class="count" aria-label={`${e.mentions.length} mentions`}>{e.mentions.length}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
