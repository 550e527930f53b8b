import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OutletForm } from '../../components/OutletForm';
import { OutletTable } from '../../components/OutletTable';
import type { Outlet } from '../../utils/sources/outlet';
import { parseUserOutlets, USER_OUTLETS_KEY } from '../../utils/sources/user-outlets';
import { readBuiltInOutlets } from '../article.content/knowledge-client';

/** The reader's outlets: add, override a built-in row, edit, delete; search the built-in registry. */
export function OutletsSection() {
  const [mine, setMine] = useState<Outlet[] | null>(null);
  // The built-in rows come from the extension's file (the content script reads the same one), not this bundle.
  const [builtIn, setBuiltIn] = useState<Outlet[] | string | null>(null);
  const [editing, setEditing] = useState<Outlet | 'new' | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void browser.storage.local.get(USER_OUTLETS_KEY).then((r) => setMine(parseUserOutlets(r[USER_OUTLETS_KEY])));
    readBuiltInOutlets().then(setBuiltIn, (e: unknown) => setBuiltIn(`The built-in registry could not be read (${e instanceof Error ? e.message : String(e)}).`));
  }, []);

  const save = async (next: Outlet[], message: string) => {
    try {
      await browser.storage.local.set({ [USER_OUTLETS_KEY]: next });
      setMine(next);
      setStatus(message);
    } catch (e) {
      setStatus(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const upsert = (o: Outlet) => {
    // Entries are keyed by their first domain: overriding a built-in row replaces an earlier override.
    const rest = (mine ?? []).filter((m) => m.id !== o.id && !m.domains.some((d) => o.domains.includes(d)));
    setEditing(null);
    void save([...rest, o], `Saved ${o.name}. It applies to the next analysis.`);
  };

  const found = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q.length < 2 || !Array.isArray(builtIn)) return [];
    return builtIn.filter((o) => o.name.toLowerCase().includes(q) || o.domains.some((d) => d.includes(q))).slice(0, 30);
  }, [query, builtIn]);

  if (!mine) return <p class="muted">Loading…</p>;
  return (
    <section aria-labelledby="outlets-h">
      <h2 id="outlets-h">Outlet registry</h2>
      <p class="muted">
        {Array.isArray(builtIn) ? `Sourcelens knows ${builtIn.length.toLocaleString('en')} outlets. ` : ''}Add the outlets it does not know, or correct a built-in
        entry: your entries win for their domains.
      </p>
      <h3>Your outlets</h3>
      <OutletTable
        outlets={mine}
        empty="You have not added or changed any outlet."
        actions={[
          { label: 'Edit', run: (o) => setEditing(o) },
          { label: 'Delete', run: (o) => void save(mine.filter((m) => m.id !== o.id), `Deleted ${o.name}.`) },
        ]}
      />
      {editing ? (
        <OutletForm initial={editing === 'new' ? undefined : editing} onSave={upsert} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" class="primary" onClick={() => setEditing('new')}>
          Add an outlet
        </button>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <h3>Built-in outlets</h3>
      <label class="field">
        <span>Search by name or domain</span>
        <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} placeholder="reuters, kayhan.ir, …" />
      </label>
      {typeof builtIn === 'string' && <p class="status" role="alert">{builtIn}</p>}
      {builtIn === null && query.trim().length >= 2 && <p class="muted">Loading the built-in outlets…</p>}
      {Array.isArray(builtIn) && query.trim().length >= 2 && (
        <OutletTable
          outlets={found}
          empty="No built-in outlet matches."
          actions={[{ label: 'Override', run: (o) => setEditing({ ...o, id: `user-${o.domains[0]}` }) }]}
        />
      )}
    </section>
  );
}
