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
