import type { Outlet } from '../utils/sources/outlet';
import { outletTypeLabel } from '../utils/sources/outlet';
import { countryName } from './country-name';

/** Outlets in a table, with one action per row (edit, override, delete). */
export function OutletTable(props: { outlets: Outlet[]; actions: { label: string; run: (o: Outlet) => void }[]; empty: string }) {
  if (!props.outlets.length) return <p class="muted">{props.empty}</p>;
  return (
    <table class="outlets">
      <thead>
        <tr>
          <th>Name</th>
          <th>Domains</th>
          <th>Country</th>
          <th>Type</th>
          <th>State-affiliated</th>
          <th>
            <span class="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.outlets.map((o) => (
          <tr key={o.id}>
            <td>{o.name}</td>
            <td>{o.domains.join(', ')}</td>
            <td>{o.country ? countryName(o.country) : ''}</td>
            <td>{outletTypeLabel(o.type)}</td>
            <td title={o.stateAffiliated?.basis}>{o.stateAffiliated ? 'yes' : ''}</td>
            <td class="row-actions">
              {props.actions.map((a) => (
                <button type="button" key={a.label} onClick={() => a.run(o)} aria-label={`${a.label} ${o.name}`}>
                  {a.label}
                </button>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
