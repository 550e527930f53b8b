// Who published the page: the registry's profile when the domain is known, otherwise what the page
// itself says (og:site_name, JSON-LD publisher, a country-code TLD), marked "not in registry".
import { getDomain, getPublicSuffix } from 'tldts';
import type { Annotation, CreditedOutlet } from '../annotation';
import { metaContent } from '../extract/meta';
import type { Page } from '../extract/page';
import { creditParts } from '../extract/dateline';
import { textValue } from '../extract/json-ld';
import type { Outlet } from './outlet';
import type { OutletRegistry } from './registry';

// Country-code TLDs sold and used world-wide say nothing about a publisher's country.
const GENERIC_CC = new Set(['co', 'io', 'tv', 'me', 'ai', 'fm', 'ly', 'cc', 'ws', 'to', 'gg', 'am', 'nu', 'tk', 'la', 'sh', 'ac', 'vc', 'is', 'so', 'im', 'app', 'eu']);

/** Stars, symbols and separators a site name is decked with ("☆☆☆☆☆ - Journalistenwatch e.V."). */
const DECORATION = /^[\p{S}\p{Z}\p{Pd}•·:\s]+|[\p{S}\p{Z}\p{Pd}•·:\s]+$/gu;

/** A site's name as the page states it, without its decoration; none when nothing but decoration is left. */
function siteNameOf(stated: string | undefined): string | undefined {
  const name = stated?.replace(DECORATION, '');
  return name || undefined;
}

function siteNameFromPage(page: Pick<Page, 'meta' | 'jsonLd'>): { name: string; evidence: string } | undefined {
  // What the page states, most telling first: its Open Graph site name, a JSON-LD publisher, its application name.
  const stated: [string, string | undefined][] = [
    ['og:site_name', metaContent(page.meta, 'og:site_name')],
    ...page.jsonLd.map((node): [string, string | undefined] => ['JSON-LD publisher', textValue(node.publisher)]),
    ['application-name', metaContent(page.meta, 'application-name')],
  ];
  for (const [from, value] of stated) {
    const name = siteNameOf(value);
    if (name) return { name, evidence: `${from}: ${value}` };
  }
  return undefined;
}

/** What the source detector reads: the page's address and, when there is markup, its metadata. */
export type SourceInput = Pick<Page, 'url' | 'meta' | 'jsonLd'>;

/** The source card of the Annotation for `page`. */
export function identifySource(page: SourceInput, registry: OutletRegistry): Annotation['source'] {
  const host = page.url?.hostname ?? '';
  const domain = host ? (getDomain(host) ?? host) : '';
  if (!domain) return { domain: '', known: false, evidence: ['the page has no web address'] };
  const hit = registry.byHost(host);
  if (hit) {
    const o = hit.outlet;
    const evidence = [`registry: ${hit.domain} is ${o.name}`];
    if (o.stateAffiliated) evidence.push(`state-affiliated: ${o.stateAffiliated.basis}`);
    return {
      domain,
      known: true,
      name: o.name,
      country: o.country,
      type: o.type,
      owner: o.owner,
      stateAffiliated: !!o.stateAffiliated,
      stateBasis: o.stateAffiliated?.basis,
      languages: o.languages,
      outletId: o.id,
      evidence,
    };
  }
  const evidence = ['not in registry'];
  const named = siteNameFromPage(page);
  if (named) evidence.push(named.evidence);
  const suffix = getPublicSuffix(host) ?? '';
  const cc = suffix.split('.').pop() ?? '';
  let country: string | undefined;
  if (cc.length === 2 && !GENERIC_CC.has(cc)) {
    country = (cc === 'uk' ? 'gb' : cc).toUpperCase();
    evidence.push(`country-code domain .${cc}`);
  }
  return { domain, known: false, name: named?.name, country, evidence };
}

/** The outlets one part of a credit names: itself ("Agence France-Presse"), or each of a hyphened pair it joins ("AFP-JIJI"). */
function outletsOfPart(part: string, registry: OutletRegistry): Outlet[] {
  const whole = part ? registry.byName(part) : undefined;
  if (whole) return [whole];
  const pieces = part.includes('-') ? part.split('-').map((p) => registry.byName(p.trim())) : [];
  return pieces.length > 1 && pieces.every((o) => o) ? (pieces as Outlet[]) : [];
}

/** The registry's profiles of the outlets a credit names ("Reuters", "AFP/dpa", "AFP-JIJI"), each once, in the credit's order. */
export function creditedOutlets(credit: string, registry: OutletRegistry): CreditedOutlet[] {
  const out: CreditedOutlet[] = [];
  for (const o of creditParts(credit).flatMap((part) => outletsOfPart(part, registry))) {
    if (out.some((c) => c.outletId === o.id)) continue;
    out.push({ outletId: o.id, name: o.name, country: o.country, type: o.type, ...(o.stateAffiliated ? { stateBasis: o.stateAffiliated.basis } : {}) });
  }
  return out;
}
