import { useState } from 'preact/hooks';
import { OUTLET_TYPES, outletTypeLabel, validateOutlet, type Outlet } from '../utils/sources/outlet';

/** Adds or edits one outlet of the reader's registry; says what is wrong before saving. */
export function OutletForm(props: { initial?: Outlet; onSave: (o: Outlet) => void; onCancel: () => void }) {
  const o = props.initial;
  const [name, setName] = useState(o?.name ?? '');
  const [domains, setDomains] = useState(o?.domains.join(', ') ?? '');
  const [country, setCountry] = useState(o?.country ?? '');
  const [type, setType] = useState<string>(o?.type ?? 'newspaper');
  const [owner, setOwner] = useState(o?.owner ?? '');
  const [basis, setBasis] = useState(o?.stateAffiliated?.basis ?? '');
  const [error, setError] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const r = validateOutlet({
      id: o?.id?.startsWith('user-') ? o.id : undefined,
      name,
      domains: domains.split(/[\s,]+/),
      country,
      type,
      owner,
      languages: o?.languages ?? [],
      stateAffiliated: { basis },
    });
    if (r.error !== undefined) return setError(r.error);
    props.onSave(r.outlet);
  };
  const field = (label: string, value: string, set: (v: string) => void, hint?: string) => {
    const id = `outlet-${label.toLowerCase().replace(/\W+/g, '-')}`;
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <input id={id} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onInput={(e) => set((e.target as HTMLInputElement).value)} />
        {hint && <small id={`${id}-hint`}>{hint}</small>}
      </div>
    );
  };
  return (
    <form class="outlet-form card" onSubmit={submit} aria-label="Outlet">
      {field('Name', name, setName)}
      {field('Domains', domains, setDomains, 'Separated by commas: example.com, news.example.org')}
      {field('Country', country, setCountry, 'Two-letter code: IR, US, DE')}
      <div class="field">
        <label for="outlet-type">Type</label>
        <select id="outlet-type" value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value)}>
          {OUTLET_TYPES.map((t) => (
            <option value={t} key={t}>
              {outletTypeLabel(t)}
            </option>
          ))}
        </select>
      </div>
      {field('Owner', owner, setOwner)}
      {field('State affiliation', basis, setBasis, 'Leave empty unless the state controls or funds the editorial line; say why in one line.')}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
