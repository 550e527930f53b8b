// The reader's own outlet entries (options page), kept in extension storage under one key. Pure: the
// callers read and write storage; this says what the stored value must look like.
import type { Outlet } from './outlet';
import { validateOutlet } from './outlet';
import { createRegistry, type OutletRegistry } from './registry';

/** Storage key of the reader's outlets. */
export const USER_OUTLETS_KEY = 'userOutlets';

/** The valid entries of a stored value; anything else (corrupt storage) is left out. */
export function parseUserOutlets(raw: unknown): Outlet[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((v) => validateOutlet(v).outlet).filter((o): o is Outlet => !!o);
}

/** The registry the pipeline uses: the built-in rows, then the reader's, which win for the same domains. */
export function registryWith(builtIn: readonly Outlet[], userOutlets: Outlet[]): OutletRegistry {
  return createRegistry([...builtIn, ...userOutlets]);
}

/**
 * `registryWith` for a stored value of the reader's outlets, built again only when the built-in rows or the
 * stored value changed since the last call: indexing five thousand rows took several milliseconds of each
 * analysis in a page's renderer, for a registry that is almost always the same.
 */
export function registryCache(): (builtIn: readonly Outlet[], stored: unknown) => OutletRegistry {
  let last: { builtIn: readonly Outlet[]; key: string; registry: OutletRegistry } | null = null;
  return (builtIn, stored) => {
    const key = JSON.stringify(stored ?? null);
    if (last?.builtIn !== builtIn || last.key !== key) last = { builtIn, key, registry: registryWith(builtIn, parseUserOutlets(stored)) };
    return last.registry;
  };
}
