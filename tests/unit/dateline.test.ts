import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { annotate } from '../../utils/annotate';
import { builtInKnowledge } from '../../utils/built-in-knowledge';
import { findDateline } from '../../utils/extract/dateline';

describe('findDateline', () => {
  const { registry } = builtInKnowledge();
  const isKnown = (name: string) => !!registry.byName(name);
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
    ['MADRID (Agencias) - El Gobierno aprobó', { place: 'Madrid', agency: 'Agencias', unnamedAgency: true }],
    ['Nov. 20, 2019, 9:28 AM UTC\n\nBy\n\nReuters\n\nVIENNA — The house will be a police station.\n\nReuters', { place: 'Vienna', agency: 'Reuters', raw: 'VIENNA —' }],
    ['One paragraph that is a sentence.\n\nAnother paragraph, also a sentence.\n\nA third one, still a sentence.\n\nPARIS (AFP) - Too far down', undefined],
    ['The Prime Minister (who spoke on Friday) said nothing.', undefined],
    ['In 2024 (the year of elections) - much changed', undefined],
    // Credits where the article ends: in brackets, after a dash or a last sentence, on a line of their own, with
    // a network's notice or a picture's credit after them.
    ['Die Preise steigen weiter, hieß es. (FR mit dpa)\n\n*fr.de ist Teil des Netzwerks\n\nRubriklistenbild: © KCNA/dpa', { agency: 'dpa', raw: '(FR mit dpa)' }],
    ['Die Preise steigen weiter. (dpa)', { agency: 'dpa', raw: '(dpa)' }],
    ['Los combates siguen.\n\n(Con información de AFP, EFE y Reuters)', { agency: 'AFP' }],
    ['Many medics were themselves homeless. – Additional reporting from Reuters', { agency: 'Reuters', raw: '– Additional reporting from Reuters' }],
    ['The talks ended without a deal, the ministry said. Reuters', { agency: 'Reuters', raw: 'Reuters' }],
    ['Markets fell.\n\n(red/Agenturen)', { agency: 'Agenturen', unnamedAgency: true }],
    ['He said so in an interview with Reuters', undefined],
    // Any agency or outlet the registry knows may be credited ("Quelle" is German for source); a name it does not know is not a credit.
    ['Die Bahn fährt wieder ab Ostern. (Quelle: SWR)', { agency: 'SWR', raw: '(Quelle: SWR)' }],
    ['Talks resume on Monday, officials said. – Bloomberg', { agency: 'Bloomberg' }],
    ['Talks resume on Monday, officials said. – Harbour Times', undefined],
    ['The ferry sank near the coast.\n\nBild: AFP', undefined],
    ['One more sentence here. (AFP)\n\nA paragraph after it.\n\nAnd another one.\n\nAnd a last one.', undefined],
  ];
  for (const [text, expected] of rows) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      const d = findDateline(text, isKnown);
      if (expected === undefined) expect(d).toBeUndefined();
      else {
        expect(d).toMatchObject(expected);
        expect(text.slice(d!.span!.start, d!.span!.end)).toBe(d!.raw);
        if (d!.creditSpan) expect(text.slice(d!.creditSpan.start, d!.creditSpan.end)).toBe(d!.agency);
      }
    });
  }
});

describe('the credited agency of an annotated page', () => {
  const knowledge = builtInKnowledge();
  const page = (byline: string, lead: string, end = '') =>
    parseHTML(`<html lang="en"><head><title>Storm closes ports</title></head><body><article><h1>Storm closes ports</h1>
      <p class="byline">${byline}</p><p>${lead} A storm closed the country's main ports on Tuesday, the coast guard said, and ferries stayed in harbour.</p>
      <p>Port officials said the closure would last at least two days while winds stayed above gale force along the coast.</p>
      <p>Shipping companies said cargo would be rerouted to inland terminals, and some exporters warned of delays to deliveries.${end}</p></article></body></html>`).document as unknown as Document;
  const dateline = async (byline: string, lead: string, end?: string, url = 'https://news.example/storm') => (await annotate(page(byline, lead, end), url, undefined, { knowledge, force: true })).dateline;

  it("takes the agency the byline credits when the text's dateline names none, with the agency's profile", async () => {
    expect(await dateline('By The Associated Press', 'MADRID —')).toMatchObject({ place: 'Madrid', agency: 'The Associated Press', agencyOutlets: [{ outletId: 'associated-press', type: 'wire-agency', country: 'US' }] });
    expect(await dateline('By Jane Doe, Reuters', '')).toMatchObject({ agency: 'Reuters', agencyOutlets: [{ outletId: 'reuters' }] });
  });

  it('keeps the credit the text prints, and gives an unnamed credit no profile', async () => {
    expect(await dateline('By The Associated Press', 'PARIS (AFP) -')).toMatchObject({ place: 'Paris', agency: 'AFP', agencyOutlets: [{ outletId: 'afp' }] });
    const unnamed = await dateline('Agencies', '');
    expect(unnamed).toMatchObject({ agency: 'Agencies', unnamedAgency: true });
    expect(unnamed?.agencyOutlets).toBeUndefined();
  });

  it('is none for a writer of the page itself', async () => {
    expect(await dateline('By Jane Doe', '')).toBeUndefined();
  });

  it("takes an outlet credited where the text ends, unless it is the page's own", async () => {
    expect(await dateline('By Jane Doe', '', ' (Quelle: SWR)')).toMatchObject({ agency: 'SWR', agencyOutlets: [{ outletId: 'swr', type: 'public-broadcaster' }] });
    expect(await dateline('By Jane Doe', '', ' (Quelle: SWR)', 'https://www.swr.de/storm')).toBeUndefined();
  });
});
