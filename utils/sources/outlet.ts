// An outlet profile of the registry: facts about a publisher, written by us.
import type { OutletType } from '../annotation';

/** One publisher: the built-in registry's row, or the reader's own entry from the options page. */
export interface Outlet {
  id: string;
  name: string;
  /** Hostnames it publishes on, lower case, without "www.": registrable domains or specific subdomains. */
  domains: string[];
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** ISO 639-1 codes. */
  languages: string[];
  type: OutletType;
  owner?: string;
  /** Present when the state controls or funds the editorial line, with a one-line basis. */
  stateAffiliated?: { basis: string };
  /** Names it goes by in running text ("Agence France-Presse", "Bloomberg News"). */
  aliases?: string[];
}

export const OUTLET_TYPES: readonly OutletType[] = [
  'wire-agency',
  'newspaper',
  'broadcaster',
  'public-broadcaster',
  'magazine',
  'digital-native',
  'aggregator',
  'press-release-service',
];

/** Human label of an outlet type, for the popup. */
export function outletTypeLabel(type: OutletType): string {
  return type === 'press-release-service' ? 'press-release service' : type.replace('-', ' ');
}

const HOST = /^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/;

/** Checks an outlet entry (from the reader's storage or the options form); a reason when it is not valid. */
export function validateOutlet(v: unknown): { outlet: Outlet; error?: undefined } | { outlet?: undefined; error: string } {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { error: 'not an object' };
  const o = v as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string).trim() : '');
  const name = str('name');
  if (!name) return { error: 'a name is needed' };
  const domains = (Array.isArray(o.domains) ? o.domains : [])
    .filter((d): d is string => typeof d === 'string')
    .map((d) => d.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, ''))
    .filter(Boolean);
  if (!domains.length) return { error: 'at least one domain is needed' };
  const bad = domains.find((d) => !HOST.test(d));
  if (bad) return { error: `"${bad}" is not a domain name` };
  const country = str('country').toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country)) return { error: 'the country is a two-letter code (IR, US, DE)' };
  const type = str('type') as OutletType;
  if (!OUTLET_TYPES.includes(type)) return { error: `the type is one of: ${OUTLET_TYPES.join(', ')}` };
  const languages = (Array.isArray(o.languages) ? o.languages : []).filter((l): l is string => typeof l === 'string' && /^[a-z]{2}$/.test(l));
  const basis = o.stateAffiliated && typeof o.stateAffiliated === 'object' ? String((o.stateAffiliated as Record<string, unknown>).basis ?? '').trim() : '';
  const id = str('id') || `user-${domains[0]}`;
  return {
    outlet: {
      id,
      name,
      domains,
      country,
      languages,
      type,
      ...(str('owner') ? { owner: str('owner') } : {}),
      ...(basis ? { stateAffiliated: { basis } } : {}),
    },
  };
}
