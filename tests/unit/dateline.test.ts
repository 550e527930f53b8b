import { describe, expect, it } from 'vitest';
import { findDateline } from '../../utils/extract/dateline';

describe('findDateline', () => {
  const rows: [string, object | undefined][] = [
    ['MOSCOW (Dispatches) -\nWashington and Moscow are aiming', { place: 'Moscow', agency: 'Dispatches', unnamedAgency: true }],
    ['WASHINGTON (Reuters) — The U.S. Senate voted', { place: 'Washington', agency: 'Reuters' }],
    ['LONDON, Aug 8 (Reuters) - British inflation rose', { place: 'London', agency: 'Reuters' }],
    ['BERLIN (dpa) - Die Preise sinken', { place: 'Berlin', agency: 'dpa' }],
    ['(AP) — A storm hit the coast', { agency: 'AP' }],
    ['NEW YORK (AP) — Stocks fell', { place: 'New York', agency: 'AP' }],
    ['GENEVA, June 2 (Reuters) - Talks resumed', { place: 'Geneva', agency: 'Reuters' }],
    ['KYIV — Ukrainian forces said', { place: 'Kyiv' }],
    ['A standfirst comes first.\n\nPARIS (AFP) - France said', { place: 'Paris', agency: 'AFP' }],
    ['The minister said on Friday that talks would go on. — AFP', { agency: 'AFP' }],
    ['Talks went on into the night, officials said.\n\nwith agencies', { agency: 'with agencies', unnamedAgency: true }],
    ['Nov. 20, 2019, 9:28 AM UTC\n\nBy\n\nReuters\n\nVIENNA — The house will be a police station.\n\nReuters', { place: 'Vienna', agency: 'Reuters', raw: 'VIENNA —' }],
    ['One paragraph that is a sentence.\n\nAnother paragraph, also a sentence.\n\nA third one, still a sentence.\n\nPARIS (AFP) - Too far down', undefined],
    ['The Prime Minister (who spoke on Friday) said nothing.', undefined],
    ['In 2024 (the year of elections) - much changed', undefined],
  ];
  for (const [text, expected] of rows) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      const d = findDateline(text);
      if (expected === undefined) expect(d).toBeUndefined();
      else {
        expect(d).toMatchObject(expected);
        expect(text.slice(d!.span!.start, d!.span!.end)).toBe(d!.raw);
      }
    });
  }
});
