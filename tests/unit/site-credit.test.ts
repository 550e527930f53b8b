import { describe, expect, it } from 'vitest';
import { hostWords, isOrganisationCredit, namesTheHost } from '../../utils/extract/site-credit';

describe('hostWords', () => {
  const rows: [string, string[]][] = [
    ['www.beispiel-bembel.de', ['beispiel', 'bembel']],
    ['archiv.krimiblog.de', ['archiv', 'krimiblog']],
    ['www.example.co.uk', ['example']],
  ];
  for (const [host, words] of rows) it(host, () => expect(hostWords(host)).toEqual(words));
});

describe('namesTheHost', () => {
  const rows: [string, string, boolean][] = [
    ['The Planetary Press', 'www.theplanetarypress.com', true],
    ['Interscenario', 'www.interscenar.io', true],
    ['Example News', 'www.examplenews.co.uk', true],
    ['Klima Beispiel', 'www.klima-beispiel.de', true],
    ['Krimiblog-Archiv', 'archiv.krimiblog.de', true],
    ['EFC Beispiel Bembel', 'beispiel-bembel.de', true],
    ['Jane Doe', 'www.example.org', false],
    ['Beispiel Bembel Fanclub Nord', 'beispiel-bembel.de', false],
    ['Web', 'web.archive.org', false],
  ];
  for (const [name, host, out] of rows) it(`${name} on ${host}`, () => expect(namesTheHost(name, host)).toBe(out));
});

describe('isOrganisationCredit', () => {
  const rows: [string, boolean][] = [
    ['Beispiel-Stiftung e.V.', true],
    ['Bund der Beispiele e.V.', true],
    ['Muster Werke GmbH', true],
    ['Example Holdings Ltd.', true],
    ['@ExampleNews', true],
    ['Jane Doe', false],
    ['Agnes Stiftinger', false],
  ];
  for (const [name, out] of rows) it(name, () => expect(isOrganisationCredit(name)).toBe(out));
});
