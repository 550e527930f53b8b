// The outlet registry: hostname -> outlet, built from the shipped rows (built-in-outlets.ts) plus the reader's
// own entries (which override built-in rows for the same domains).
import { getDomain } from 'tldts';
import type { Outlet } from './outlet';

/** Looks outlets up by hostname and by the names they go by in text. */
export interface OutletRegistry {
  /** The outlet publishing on `hostname` (a subdomain finds its parent domain's outlet). */
  byHost(hostname: string): { outlet: Outlet; domain: string } | undefined;
  /**
   * The outlet known by `name` or one of its aliases. A short name (four letters or fewer) is matched as written
   * ("AP" is not "Ap"), or printed in capitals as credits are ("JIJI" for Jiji, "DPA" for dpa).
   */
  byName(name: string): Outlet | undefined;
  readonly size: number;
}

const normaliseHost = (h: string) => h.trim().toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');

/** A registry of `outlets`; later entries override earlier ones for the same domain or name. */
export function createRegistry(outlets: readonly Outlet[]): OutletRegistry {
  const hosts = new Map<string, Outlet>();
  const names = new Map<string, Outlet>();
  /** Short names in capitals, for credits printed so; a name written in capitals itself keeps its own outlet. */
  const shortCapitals = new Map<string, Outlet>();
  const named = (n: string, o: Outlet) => names.set(n.length <= 4 ? n : n.toLowerCase(), o);
  for (const o of outlets) {
    // Rows come valid (validateOutlet, the data test): host names in lower case; only a "www." is left to strip.
    for (const d of o.domains) hosts.set(d.startsWith('www') ? normaliseHost(d) : d, o);
    named(o.name, o);
    if (o.aliases) for (const a of o.aliases) named(a, o);
  }
  for (const [n, o] of names) {
    if (n.length > 4) continue;
    const capitals = n.toUpperCase();
    if (!names.has(capitals) && !shortCapitals.has(capitals)) shortCapitals.set(capitals, o);
  }
  let size: number | undefined;
  return {
    get size() {
      return (size ??= new Set(hosts.values()).size);
    },
    byHost(hostname) {
      let host = normaliseHost(hostname);
      const registrable = getDomain(host) ?? host;
      for (;;) {
        const hit = hosts.get(host);
        if (hit) return { outlet: hit, domain: host };
        if (host === registrable) return undefined;
        const dot = host.indexOf('.');
        if (dot < 0) return undefined;
        host = host.slice(dot + 1);
      }
    },
    byName(name) {
      const n = name.trim();
      if (names.has(n)) return names.get(n);
      if (n.length > 4) return names.get(n.toLowerCase());
      return n.length >= 2 && n === n.toUpperCase() ? shortCapitals.get(n) : undefined;
    },
  };
}
