// The outlet registry: hostname -> outlet, built from the shipped rows (built-in-outlets.ts) plus the reader's
// own entries (which override built-in rows for the same domains).
import { getDomain } from 'tldts';
import type { Outlet } from './outlet';

/** Looks outlets up by hostname and by the names they go by in text. */
export interface OutletRegistry {
  /** The outlet publishing on `hostname` (a subdomain finds its parent domain's outlet). */
  byHost(hostname: string): { outlet: Outlet; domain: string } | undefined;
  /** The outlet known by `name` or one of its aliases (case-sensitive for short all-caps names). */
  byName(name: string): Outlet | undefined;
  readonly size: number;
}

const normaliseHost = (h: string) => h.trim().toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');

/** A registry of `outlets`; later entries override earlier ones for the same domain or name. */
export function createRegistry(outlets: readonly Outlet[]): OutletRegistry {
  const hosts = new Map<string, Outlet>();
  const names = new Map<string, Outlet>();
  for (const o of outlets) {
    for (const d of o.domains) hosts.set(normaliseHost(d), o);
    for (const n of [o.name, ...(o.aliases ?? [])]) names.set(n.length <= 4 ? n : n.toLowerCase(), o);
  }
  return {
    size: new Set(hosts.values()).size,
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
      return names.get(n) ?? (n.length > 4 ? names.get(n.toLowerCase()) : undefined);
    },
  };
}
