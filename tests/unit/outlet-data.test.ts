// Validates the built-in outlet registry data (utils/sources/outlets.json): schema, uniqueness,
// allowed values, ordering and the presence of the outlets the rest of the extension relies on.
import { describe, expect, it } from 'vitest';
import outlets from '../../utils/sources/outlets.json';

interface Row {
  id: string;
  name: string;
  domains: string[];
  country: string;
  languages: string[];
  type: string;
  owner?: string;
  stateAffiliated?: { basis: string };
  aliases?: string[];
}

const rows = outlets as unknown as Row[];

const TYPES = new Set([
  'wire-agency',
  'newspaper',
  'broadcaster',
  'public-broadcaster',
  'magazine',
  'digital-native',
  'aggregator',
  'press-release-service',
]);
const KEYS = new Set(['id', 'name', 'domains', 'country', 'languages', 'type', 'owner', 'stateAffiliated', 'aliases']);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// A lower-case hostname without scheme, path, port or a leading "www.".
const HOST = /^(?!www\.)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const ALPHA2 = /^[A-Z]{2}$/;
const LANG = /^[a-z]{2}$/;

// The same keying as the registry's name index: short names exactly, longer ones case-insensitively.
const nameKey = (n: string) => (n.length <= 4 ? n : n.toLowerCase());

const byDomain = new Map<string, Row>();
for (const r of rows) for (const d of r.domains) byDomain.set(d, r);

describe('outlet registry data', () => {
  it('has at least 400 outlets', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
  });

  it('every row follows the schema', () => {
    for (const r of rows) {
      const where = `outlet ${JSON.stringify(r.id)}`;
      for (const k of Object.keys(r)) expect(KEYS.has(k), `${where}: unknown key ${k}`).toBe(true);
      expect(r.id, where).toMatch(ID);
      expect(typeof r.name === 'string' && r.name.trim() === r.name && r.name.length > 0, `${where}: name`).toBe(true);
      expect(Array.isArray(r.domains) && r.domains.length > 0, `${where}: domains`).toBe(true);
      for (const d of r.domains) expect(d, `${where}: domain`).toMatch(HOST);
      expect(r.country, `${where}: country`).toMatch(ALPHA2);
      expect(Array.isArray(r.languages) && r.languages.length > 0, `${where}: languages`).toBe(true);
      for (const l of r.languages) expect(l, `${where}: language`).toMatch(LANG);
      expect(new Set(r.languages).size, `${where}: repeated language`).toBe(r.languages.length);
      expect(TYPES.has(r.type), `${where}: type ${r.type}`).toBe(true);
      if (r.owner !== undefined) expect(typeof r.owner === 'string' && r.owner.trim().length > 0, `${where}: owner`).toBe(true);
      if (r.aliases !== undefined) {
        expect(Array.isArray(r.aliases) && r.aliases.length > 0, `${where}: aliases`).toBe(true);
        for (const a of r.aliases) expect(typeof a === 'string' && a.trim() === a && a.length > 0, `${where}: alias`).toBe(true);
      }
    }
  });

  it('every state-affiliated outlet states a non-empty basis', () => {
    for (const r of rows) {
      if (r.stateAffiliated === undefined) continue;
      expect(Object.keys(r.stateAffiliated), r.id).toEqual(['basis']);
      expect(typeof r.stateAffiliated.basis, r.id).toBe('string');
      expect(r.stateAffiliated.basis.trim().length, r.id).toBeGreaterThan(10);
    }
  });

  it('ids are unique', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      expect(seen.has(r.id), `duplicate id ${r.id}`).toBe(false);
      seen.add(r.id);
    }
  });

  it('each domain appears in exactly one outlet', () => {
    const seen = new Map<string, string>();
    for (const r of rows) {
      for (const d of r.domains) {
        expect(seen.get(d), `domain ${d} in ${r.id} and ${seen.get(d)}`).toBeUndefined();
        seen.set(d, r.id);
      }
    }
  });

  it('no domain is a subdomain of another outlet’s domain', () => {
    for (const r of rows) {
      for (const d of r.domains) {
        const labels = d.split('.');
        for (let i = 1; i < labels.length - 1; i++) {
          const parent = byDomain.get(labels.slice(i).join('.'));
          if (parent) expect(parent.id, `${d} (${r.id}) sits under ${parent.id}`).toBe(r.id);
        }
      }
    }
  });

  it('names and aliases identify one outlet each', () => {
    const seen = new Map<string, string>();
    for (const r of rows) {
      for (const n of new Set([r.name, ...(r.aliases ?? [])].map(nameKey))) {
        expect(seen.get(n), `name ${JSON.stringify(n)} used by ${r.id} and ${seen.get(n)}`).toBeUndefined();
        seen.set(n, r.id);
      }
    }
  });

  it('is sorted by country, then name', () => {
    const collator = new Intl.Collator('en');
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1];
      const b = rows[i];
      const order = a.country < b.country ? -1 : a.country > b.country ? 1 : collator.compare(a.name, b.name);
      expect(order, `${a.id} (${a.country}) before ${b.id} (${b.country})`).toBeLessThanOrEqual(0);
    }
  });

  describe('required outlets', () => {
    const required: Array<[string, Partial<Row> & { state?: boolean }]> = [
      ['reuters.com', { country: 'GB', type: 'wire-agency', state: false }],
      ['apnews.com', { country: 'US', type: 'wire-agency', state: false }],
      ['afp.com', { country: 'FR', type: 'wire-agency', state: false }],
      ['kayhan.ir', { country: 'IR', type: 'newspaper', state: true }],
      ['tass.com', { country: 'RU', type: 'wire-agency', state: true }],
      ['tass.ru', { country: 'RU', type: 'wire-agency', state: true }],
      ['xinhuanet.com', { country: 'CN', type: 'wire-agency', state: true }],
      ['rt.com', { country: 'RU', state: true }],
      ['bbc.co.uk', { country: 'GB', type: 'public-broadcaster', state: false }],
      ['nytimes.com', { country: 'US', type: 'newspaper', state: false }],
    ];
    for (const [domain, want] of required) {
      it(domain, () => {
        const r = byDomain.get(domain);
        expect(r, `${domain} missing`).toBeDefined();
        if (!r) return;
        if (want.country) expect(r.country).toBe(want.country);
        if (want.type) expect(r.type).toBe(want.type);
        if (want.state !== undefined) expect(r.stateAffiliated !== undefined).toBe(want.state);
      });
    }

    it('TASS publishes on both tass.com and tass.ru under one entry', () => {
      expect(byDomain.get('tass.com')?.id).toBe(byDomain.get('tass.ru')?.id);
    });

    it('names the aliases readers see in text', () => {
      const aliasesOf = (domain: string) => byDomain.get(domain)?.aliases ?? [];
      expect(aliasesOf('afp.com')).toEqual(expect.arrayContaining(['Agence France-Presse', 'Agence France Presse']));
      expect(aliasesOf('tass.com')).toEqual(expect.arrayContaining(['Tass', 'ITAR-TASS']));
      expect(aliasesOf('apnews.com')).toEqual(expect.arrayContaining(['Associated Press', 'AP']));
      expect(aliasesOf('bloomberg.com')).toContain('Bloomberg News');
      expect(aliasesOf('reuters.com')).toContain('Thomson Reuters');
    });

    it('does not mark charter-independent public broadcasters as state-affiliated', () => {
      for (const d of ['bbc.co.uk', 'tagesschau.de', 'zdf.de', 'nhk.or.jp', 'cbc.ca', 'abc.net.au', 'francetvinfo.fr']) {
        const r = byDomain.get(d);
        expect(r, d).toBeDefined();
        expect(r?.stateAffiliated, d).toBeUndefined();
      }
    });

    it('marks the state-controlled outlets', () => {
      for (const d of ['rt.com', 'sputnikglobe.com', 'cgtn.com', 'cctv.com', 'chinadaily.com.cn', 'globaltimes.cn', 'people.com.cn', 'presstv.ir', 'irna.ir', 'tasnimnews.com', 'farsnews.ir', 'kcna.kp', 'aa.com.tr', 'trtworld.com', 'sana.sy', 'prensa-latina.cu', 'telesurtv.net', 'aljazeera.com']) {
        expect(byDomain.get(d)?.stateAffiliated?.basis, d).toBeTruthy();
      }
    });
  });
});
