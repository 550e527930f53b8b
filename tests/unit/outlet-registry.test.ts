import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../utils/extract/page';
import { creditedOutlets, identifySource } from '../../utils/sources/identify';
import { validateOutlet } from '../../utils/sources/outlet';
import { createRegistry } from '../../utils/sources/registry';
import { BUILT_IN_OUTLETS, builtInRegistry } from '../../utils/sources/built-in-outlets';
import { registryCache } from '../../utils/sources/user-outlets';

const registry = builtInRegistry();
const page = (html: string, url: string) => readPage(parseHTML(html).document as unknown as Document, url);

describe('outlet registry lookups', () => {
  const rows: [string, string | undefined][] = [
    ['kayhan.ir', 'Kayhan'],
    ['www.kayhan.ir', 'Kayhan'],
    ['www.reuters.com', 'Reuters'],
    ['uk.reuters.com', 'Reuters'],
    ['apnews.com', undefined],
    ['english.news.cn', 'Xinhua'],
    ['www.bbc.co.uk', undefined],
    ['example.org', undefined],
  ];
  for (const [host, name] of rows) {
    it(host, () => {
      const hit = registry.byHost(host);
      if (name === undefined && host !== 'apnews.com' && host !== 'www.bbc.co.uk') expect(hit).toBeUndefined();
      else if (name) expect(hit?.outlet.name).toContain(name);
      else expect(hit).toBeTruthy();
    });
  }

  it('finds outlets by the names they go by in text', () => {
    expect(registry.byName('Agence France-Presse')?.id).toBe(registry.byName('AFP')?.id);
    expect(registry.byName('Bloomberg News')).toBeTruthy();
    expect(registry.byName('TASS')?.stateAffiliated).toBeTruthy();
  });

  it('matches a short name as written, or printed in capitals as credits are', () => {
    expect(registry.byName('JIJI')?.id).toBe('jiji');
    expect(registry.byName('DPA')?.id).toBe('dpa');
    expect(registry.byName('Jiji')?.id).toBe('jiji');
    expect(registry.byName('jIJI')).toBeUndefined();
    expect(registry.byName('Ap')).toBeUndefined();
  });

  it("lets the reader's entries override built-in rows", () => {
    const mine = createRegistry([...[registry.byHost('kayhan.ir')!.outlet], { id: 'k2', name: 'My Kayhan', domains: ['kayhan.ir'], country: 'IR', languages: ['en'], type: 'newspaper' }]);
    expect(mine.byHost('kayhan.ir')?.outlet.name).toBe('My Kayhan');
  });

  it("indexes the rows again only when the reader's stored entries change", () => {
    const registryOf = registryCache();
    const mine = { id: 'k2', name: 'My Kayhan', domains: ['kayhan.ir'], country: 'IR', languages: ['en'], type: 'newspaper' };
    const none = registryOf(BUILT_IN_OUTLETS, undefined);
    expect(registryOf(BUILT_IN_OUTLETS, undefined)).toBe(none);
    expect(none.byHost('kayhan.ir')?.outlet.name).toBe('Kayhan');
    const withMine = registryOf(BUILT_IN_OUTLETS, [mine]);
    expect(withMine).not.toBe(none);
    expect(withMine.byHost('kayhan.ir')?.outlet.name).toBe('My Kayhan');
    // A value read again from storage is a new object with the same contents.
    expect(registryOf(BUILT_IN_OUTLETS, [{ ...mine }])).toBe(withMine);
    expect(registryOf(BUILT_IN_OUTLETS, [{ ...mine, name: 'Kayhan (mine)' }]).byHost('kayhan.ir')?.outlet.name).toBe('Kayhan (mine)');
    // Corrupt storage is left out, as parseUserOutlets does.
    expect(registryOf(BUILT_IN_OUTLETS, 'not a list').byHost('kayhan.ir')?.outlet.name).toBe('Kayhan');
  });
});

describe('identifySource', () => {
  it('uses the registry profile for a known domain', () => {
    const s = identifySource(page('<html></html>', 'https://kayhan.ir/en/news/1'), registry);
    expect(s).toMatchObject({ domain: 'kayhan.ir', known: true, name: 'Kayhan', country: 'IR', stateAffiliated: true });
    expect(s.stateBasis).toBeTruthy();
  });

  it('falls back to what the page says, marked not in registry', () => {
    const s = identifySource(page('<html><head><meta property="og:site_name" content="Der Kleine Bote"></head></html>', 'https://www.kleinerbote.de/a'), registry);
    expect(s).toMatchObject({ domain: 'kleinerbote.de', known: false, name: 'Der Kleine Bote', country: 'DE' });
    expect(s.evidence).toEqual(['not in registry', 'og:site_name: Der Kleine Bote', 'country-code domain .de']);
  });

  it('reads the publisher from JSON-LD and ignores generic country codes', () => {
    const html = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Tiny Wire"}}</script>';
    const s = identifySource(page(html, 'https://news.tiny.io/x'), registry);
    expect(s).toMatchObject({ domain: 'tiny.io', known: false, name: 'Tiny Wire' });
    expect(s.country).toBeUndefined();
  });

  it("takes a stated site name without its stars and marks, and one that is nothing else for none", () => {
    const named = (content: string) => identifySource(page(`<meta property="og:site_name" content="${content}"><meta name="application-name" content="Bote App">`, 'https://bote.example/x'), registry);
    expect(named('☆☆☆☆☆ - Der Kleine Bote').name).toBe('Der Kleine Bote');
    expect(named('Bote News©').name).toBe('Bote News');
    expect(named('Bote e.V.').name).toBe('Bote e.V.');
    expect(named('★ | ★').name).toBe('Bote App');
  });
});

describe('validateOutlet', () => {
  it('accepts and normalises a reader entry', () => {
    const r = validateOutlet({ name: ' Der Kleine Bote ', domains: ['https://www.KleinerBote.de/path'], country: 'de', type: 'newspaper', stateAffiliated: { basis: '' } });
    expect(r.outlet).toEqual({ id: 'user-kleinerbote.de', name: 'Der Kleine Bote', domains: ['kleinerbote.de'], country: 'DE', languages: [], type: 'newspaper' });
  });
  it('says what is wrong', () => {
    expect(validateOutlet(null).error).toBe('not an object');
    expect(validateOutlet({ name: 'X', domains: [] }).error).toMatch(/domain/);
    expect(validateOutlet({ name: 'X', domains: ['not a domain'], type: 'newspaper' }).error).toMatch(/not a domain name/);
    expect(validateOutlet({ name: 'X', domains: ['x.org'], type: 'blog' }).error).toMatch(/type is one of/);
    expect(validateOutlet({ name: 'X', domains: ['x.org'], type: 'newspaper', country: 'Germany' }).error).toMatch(/two-letter/);
  });
});

describe('credited agencies profiled from the registry', () => {
  const rows: [string, string[]][] = [
    ['Reuters', ['reuters']],
    ['AFP/dpa', ['afp', 'dpa']],
    ['Reuters, AP', ['reuters', 'associated-press']],
    ['AP and Reuters', ['associated-press', 'reuters']],
    ['Reuters/Reuters', ['reuters']],
    ['AFP-JIJI', ['afp', 'jiji']],
    ['Agence France-Presse', ['afp']],
    ['Reuters-Foo', []],
    ['Dispatches', []],
    ['Foo Bar', []],
    ['', []],
  ];
  for (const [credit, ids] of rows) {
    it(`"${credit}"`, () => expect(creditedOutlets(credit, registry).map((o) => o.outletId)).toEqual(ids));
  }

  it('gives a state agency its basis and a private one none', () => {
    const [irna] = creditedOutlets('IRNA', registry);
    expect(irna).toMatchObject({ name: 'IRNA', country: 'IR', type: 'wire-agency' });
    expect(irna.stateBasis).toMatch(/government/i);
    expect(creditedOutlets('Reuters', registry)[0].stateBasis).toBeUndefined();
  });
});
