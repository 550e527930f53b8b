import { describe, expect, it } from 'vitest';
import { companiesNotPlaces, correctTypes, withoutQuotedTitles } from '../../utils/entities/type-rules';
import { cleanName, mergeMentions, personName, type Mention } from '../../utils/entities/merge';
import { outletsAsOrganisations, sameOutletsMerged, withDatelinePlace } from '../../utils/entities';
import type { Entity } from '../../utils/annotation';

const at = (text: string, name: string, type: Mention['type'], from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, type, text: name };
};

describe('cleanName / personName', () => {
  const rows: [string, string][] = [
    ['Putin’s', 'Putin'],
    ["Trump's", 'Trump'],
    ['U.S.', 'U.S.'],
    ['Acme Corp.', 'Acme Corp.'],
    ['“Kremlin', 'Kremlin'],
    ['Moscow.', 'Moscow'],
  ];
  for (const [input, out] of rows) it(input, () => expect(cleanName(input)).toBe(out));
  it('drops honorifics from people', () => {
    expect(personName('Ms Callan')).toBe('Callan');
    expect(personName('Dr. Jane Roe')).toBe('Jane Roe');
    expect(personName('Mr')).toBe('Mr');
  });
});

describe('mergeMentions', () => {
  const text = 'Vladimir Putin met Xi. Putin said Putin’s plan works. Ms Callan and Deirdre Callan agreed. Moscow, Moscow.';
  const mentions: Mention[] = [
    at(text, 'Vladimir Putin', 'person'),
    at(text, 'Xi', 'person'),
    at(text, 'Putin', 'person', 20),
    at(text, 'Putin’s', 'organization'),
    at(text, 'Ms Callan', 'person'),
    at(text, 'Deirdre Callan', 'person'),
    at(text, 'Moscow', 'place'),
    at(text, 'Moscow', 'place', text.indexOf('Moscow') + 1),
  ];
  const entities = mergeMentions(mentions, { title: 'Putin in talks', textLength: text.length, leadEnd: 30 });
  const byName = (n: string) => entities.find((e) => e.name === n);

  it('joins a lone surname to the one full name, whatever type a mention was given', () => {
    const putin = byName('Vladimir Putin')!;
    expect(putin.type).toBe('person');
    expect(putin.mentions).toHaveLength(3);
    expect(putin.aliases).toContain('Putin');
    expect(byName('Putin')).toBeUndefined();
  });

  it('joins a surname taken for an organisation to the person named in full before it, as a person', () => {
    const t = 'Patrick W. Carlineo Jr. pleaded guilty. Carlineo said Carlineo regretted it. U.S. Attorney James P. Kennedy Jr. spoke; Kennedy said so.';
    const ms: Mention[] = [
      at(t, 'Patrick W. Carlineo Jr.', 'person'),
      at(t, 'Carlineo', 'organization', 30),
      at(t, 'Carlineo', 'organization', t.indexOf('Carlineo said') + 10),
      at(t, 'James P. Kennedy Jr.', 'person'),
      at(t, 'Kennedy', 'person', t.indexOf('Kennedy said')),
    ];
    const es = mergeMentions(ms, { textLength: t.length, leadEnd: 40 });
    expect(es.map((e) => [e.name, e.type, e.mentions.length])).toEqual(
      expect.arrayContaining([
        ['Patrick W. Carlineo Jr.', 'person', 3],
        ['James P. Kennedy Jr.', 'person', 2],
      ]),
    );
    expect(es).toHaveLength(2);
  });

  it('takes a name that opens several organisations’ names, and no person’s, for their short form', () => {
    const t = 'Nissan North America Inc. said Nissan Connect works. Nissan said so.';
    const ms: Mention[] = [at(t, 'Nissan North America Inc.', 'organization'), at(t, 'Nissan Connect', 'organization'), at(t, 'Nissan', 'person', t.indexOf('Nissan said'))];
    const es = mergeMentions(ms, { textLength: t.length, leadEnd: 20 });
    expect(es.find((e) => e.name === 'Nissan')?.type).toBe('organization');
  });

  it('leaves a place or organisation alone when the person with that surname comes later', () => {
    const t = 'Washington warned on Monday. Later, Denzel Washington arrived.';
    const ms: Mention[] = [at(t, 'Washington', 'place'), at(t, 'Denzel Washington', 'person')];
    const es = mergeMentions(ms, { textLength: t.length, leadEnd: 20 });
    expect(es.map((e) => [e.name, e.type]).sort()).toEqual([
      ['Denzel Washington', 'person'],
      ['Washington', 'place'],
    ]);
  });

  it('drops honorifics before joining', () => {
    expect(byName('Deirdre Callan')!.mentions).toHaveLength(2);
  });

  it('ranks by salience in [0, 1], the headline entity first', () => {
    expect(entities[0].name).toBe('Vladimir Putin');
    expect(entities[0].salience).toBe(1);
    for (const e of entities) expect(e.salience).toBeGreaterThan(0);
  });

  it('keeps offsets pointing at the text', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toMatch(/Putin|Xi|Callan|Moscow/);
  });
});

describe('a surname among several longer names', () => {
  const merged = (text: string, spans: [string, Mention['type']][]) => {
    let from = 0;
    const mentions = spans.map(([n, type]) => {
      const m = at(text, n, type, from);
      from = m.end;
      return m;
    });
    return mergeMentions(mentions, { textLength: text.length, leadEnd: 10, isForename: (w) => ['gordon', 'jupiter'].includes(w) }).map((e) => `${e.name}:${e.mentions.length}`);
  };
  it('joins the one full name of a person it is the surname of', () => {
    const text = 'Gordon Sondland testified. Ambassador Sondland said so. Sondland left.';
    expect(merged(text, [['Gordon Sondland', 'person'], ['Ambassador Sondland', 'organization'], ['Sondland', 'person']])).toContain('Gordon Sondland:2');
  });
  it('joins no longer span that is not written as a name, even the only one', () => {
    const text = 'Penny waves. Penny responds to the letter.';
    expect(merged(text, [['Penny', 'person'], ['Penny responds', 'organization']])).toEqual(expect.arrayContaining(['Penny:1', 'Penny responds:1']));
    expect(merged('Duchess Kate. The Duchess of Cambridge came. Duchess left.', [['Duchess of Cambridge', 'person'], ['Duchess', 'person']])).toEqual(['Duchess of Cambridge:2']);
  });
  it('joins a name without its middle initial to the one fuller name, and then the surname to it', () => {
    const text = 'Michael R. Bloomberg spoke. Michael Bloomberg left. Bloomberg said so.';
    expect(merged(text, [['Michael R. Bloomberg', 'person'], ['Michael Bloomberg', 'person'], ['Bloomberg', 'person']])).toEqual(['Michael R. Bloomberg:3']);
    // Father and son: "George Bush" may be either.
    const bushes = 'George W. Bush and George H. W. Bush met. George Bush spoke.';
    expect(merged(bushes, [['George W. Bush', 'person'], ['George H. W. Bush', 'person'], ['George Bush', 'person']])).toEqual(expect.arrayContaining(['George Bush:1']));
  });
  it('joins a company named without its legal form to the name with it, and its short form counts as the company', () => {
    const text = 'Microsoft Corp said so. Microsoft will pay. Nissan North America Inc. rose; Nissan said.';
    expect(merged(text, [['Microsoft Corp', 'organization'], ['Microsoft', 'organization']])).toEqual(['Microsoft Corp:2']);
    const mentions = [at(text, 'Nissan North America Inc.', 'organization'), at(text, 'Nissan', 'person', text.indexOf('Nissan said'))];
    expect(mergeMentions(mentions, { textLength: text.length, leadEnd: 10 }).map((e) => `${e.name}:${e.type}:${e.mentions.length}`)).toEqual(['Nissan North America Inc.:organization:2']);
  });
  it('joins no name that is not written as a person’s', () => {
    const text = 'the Jupiter moon Europa and Europa Clipper. Europa is icy.';
    expect(merged(text, [['Jupiter moon Europa', 'person'], ['Europa Clipper', 'organization'], ['Europa', 'person']])).toContain('Europa:1');
  });
});

describe('correctTypes', () => {
  const span = (text: string, type: 'person' | 'organization' | 'place', start = 0) => ({ start, end: start + text.length, type, text });
  it.each([
    ['Prince Philip', 'organization', 'person'],
    ['Queen', 'place', 'person'],
    ['Pope Francis', 'place', 'person'],
    ['Duchess', 'organization', 'person'],
    ['King County', 'place', 'place'],
    ['Prince Street', 'place', 'place'],
    ['Prince Edward Island', 'place', 'place'],
    ['Queen Elizabeth Hospital', 'organization', 'organization'],
    ['Kingston', 'place', 'place'],
  ] as const)('a royal title: %s (%s) is a %s', (text, given, type) => {
    expect(correctTypes([span(text, given)])[0].type).toBe(type);
  });
  it.each([
    ['Shoreline Amphitheatre', 'place'],
    ['BB&T Pavilion', 'place'],
    ['Bridgestone Arena', 'place'],
    ['Sally Field', 'person'],
    ['Arsenio Hall', 'person'],
    ['Jenny Park', 'person'],
    ['Davis Cup Final', 'organization'],
    ['US Open', 'organization'],
    ['Premier League', 'organization'],
    ['Marvel Studios', 'organization'],
  ] as const)('a venue or an event: %s, tagged a person, is a %s', (text, type) => {
    expect(correctTypes([span(text, 'person')])[0].type).toBe(type);
  });
  it.each([
    ['Pixar Animation', 'organization'],
    ['Big Machine Records', 'organization'],
    ['West Bank', 'place'],
    ['Soviet Union', 'place'],
  ] as const)("a company's head noun: %s, tagged a place, is a %s", (text, type) => {
    expect(correctTypes([span(text, 'place')])[0].type).toBe(type);
  });
  it('splits a span that holds two people, whatever type it was given, keeping offsets', () => {
    const text = 'spoke to both Ms Callan and Mr Ashdown by phone';
    const start = text.indexOf('Ms');
    const parts = correctTypes([span('Ms Callan and Mr Ashdown', 'organization', start)]);
    expect(parts.map((p) => [text.slice(p.start, p.end), p.type])).toEqual([
      ['Ms Callan', 'person'],
      ['Mr Ashdown', 'person'],
    ]);
  });
  it('splits an organisation or place span when each name it joins stands alone in the text or is known', () => {
    const text = 'Manchester United and Real Madrid met. Real Madrid won; Manchester United lost. The Securities and Exchange Commission and Ernst & Young said nothing to ESPN and Forbes.';
    const spans = ['Manchester United and Real Madrid', 'Real Madrid', 'Manchester United', 'Securities and Exchange Commission', 'Ernst & Young', 'ESPN and Forbes'].map((n) => span(n, 'organization', text.indexOf(n)));
    const names = correctTypes(spans, (name) => name === 'ESPN' || name === 'Forbes').map((p) => text.slice(p.start, p.end));
    expect(names).toEqual(['Manchester United', 'Real Madrid', 'Real Madrid', 'Manchester United', 'Securities and Exchange Commission', 'Ernst & Young', 'ESPN', 'Forbes']);
    // Both names must stand alone (here 'England' does not); a name standing alone keeps the type it has there.
    expect(correctTypes([span('England and Wales', 'organization'), span('Wales', 'place', 12)]).map((p) => p.text)).toEqual(['England and Wales', 'Wales']);
    expect(correctTypes([span('Jane Doe and Acme', 'organization'), span('Jane Doe', 'person', 40), span('Acme', 'organization', 50)]).map((p) => `${p.text}:${p.type}`)).toEqual(['Jane Doe:person', 'Acme:organization', 'Jane Doe:person', 'Acme:organization']);
  });
  it.each([
    ['US', 'organization', 'place'],
    ['U.K.', 'organization', 'place'],
    ['U.N.', 'place', 'organization'],
    ['EU', 'place', 'organization'],
  ] as const)('a country or union by its short name: %s (%s) is a %s', (text, given, type) => {
    expect(correctTypes([span(text, given)])[0].type).toBe(type);
  });
  it('takes an abbreviated title, or a role before a person found elsewhere, for a person', () => {
    expect(correctTypes([span('Rep. Alexandria Ocasio-Cortez', 'organization')])[0].type).toBe('person');
    const text = 'Gordon Sondland testified. “Ambassador Sondland replied.';
    const found = correctTypes([span('Gordon Sondland', 'person'), span('“Ambassador Sondland', 'organization', text.indexOf('“'))]);
    expect(found.map((s) => s.type)).toEqual(['person', 'person']);
    expect(correctTypes([span('Premier League', 'organization'), span('Jane League', 'place', 20)])[0].type).toBe('organization');
  });
  it('takes a role and then a given name and a surname for a person, not a building or a clause', () => {
    const given = new Set(['Christine', 'Lincoln', 'Ocean', 'Robert']);
    const typeOf = (text: string, type: 'person' | 'organization' | 'place') => correctTypes([span(text, type)], undefined, (w) => given.has(w))[0].type;
    expect(typeOf('Cambridge Police Commissioner Christine Elow', 'organization')).toBe('person');
    expect(typeOf('Superintendent Robert Runcie', 'organization')).toBe('person');
    expect(typeOf('President Lincoln High School', 'organization')).toBe('organization');
    expect(typeOf('whereas Ocean Reflection', 'place')).toBe('place');
    // Without the given names, a role before an unknown name says nothing.
    expect(correctTypes([span('Cambridge Police Commissioner Christine Elow', 'organization')])[0].type).toBe('organization');
  });
  it("takes a place the gazetteer knows only as a company's name for the company, not the region", () => {
    const text = 'Watch it on Netflix or buy it on Amazon. People have lived in Ecuador’s Amazon forests, along the Amazon, and in the Southern states.';
    const isCompany = (w: string) => ['Netflix', 'Amazon', 'Southern'].includes(w);
    const at = (name: string, from = 0) => span(name, 'place', text.indexOf(name, from));
    const spans = [at('Netflix'), at('Amazon'), at('Amazon', text.indexOf('Amazon forests')), at('Amazon', text.indexOf('the Amazon') + 4), at('Southern')];
    expect(companiesNotPlaces(text, spans, isCompany).map((s) => s.type)).toEqual(['organization', 'organization', 'place', 'place', 'place']);
  });
  it('leaves out people and places printed as a whole quotation (a film, a song), not names within one nor organisations', () => {
    const text = '“Parasite,” the thriller, beat “Joker”. Fans of the show “Nashville” flew to Nashville. “Jose is back,” said Ana Ruiz of the “Climate Fund”.';
    const at = (name: string, type: 'person' | 'place' | 'organization', from = 0) => span(name, type, text.indexOf(name, from));
    const spans = [at('“Parasite', 'person'), at('Joker', 'person'), at('Nashville', 'place'), at('Nashville', 'place', text.indexOf('to Nashville')), at('Jose', 'person'), at('Ana Ruiz', 'person'), at('Climate Fund', 'organization')];
    expect(withoutQuotedTitles(text, spans).map((s) => `${s.text}@${s.start}`)).toEqual([
      `Nashville@${text.indexOf('to Nashville') + 3}`,
      `Jose@${text.indexOf('Jose')}`,
      `Ana Ruiz@${text.indexOf('Ana Ruiz')}`,
      `Climate Fund@${text.indexOf('Climate Fund')}`,
    ]);
  });
  it('drops a legal form alone and the place a company is based in, keeping offsets', () => {
    const text = 'Amazon.com Inc. and British Columbia-based Carbon Engineering';
    const spans = correctTypes([span('Inc.', 'person', text.indexOf('Inc.')), span('British Columbia-based Carbon Engineering', 'organization', text.indexOf('British'))]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.text])).toEqual([['Carbon Engineering', 'Carbon Engineering']]);
    // "SA" and "AG" also stand for places and offices.
    expect(correctTypes([span('SA', 'place')]).map((s) => s.text)).toEqual(['SA']);
  });
  it('drops lower-case words opening an organisation or a place, and spans with no capital at all', () => {
    const text = 'the state Department of Public Safety, the moon Europa, an e-tron Sportback and eBay in paradise';
    const spans = correctTypes([
      span('state Department of Public Safety', 'organization', text.indexOf('state')),
      span('moon Europa', 'place', text.indexOf('moon')),
      span('e-tron Sportback', 'organization', text.indexOf('e-tron')),
      span('eBay', 'organization', text.indexOf('eBay')),
      span('paradise', 'place', text.indexOf('paradise')),
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Department of Public Safety', 'Europa', 'e-tron Sportback', 'eBay']);
  });
  it("splits a span at a list's bullets, keeping offsets", () => {
    const text = 'Cast: Abigail • Emily · Haley | Leah';
    const parts = correctTypes([span('Abigail • Emily · Haley | Leah', 'person', text.indexOf('Abigail'))]);
    expect(parts.map((p) => text.slice(p.start, p.end))).toEqual(['Abigail', 'Emily', 'Haley', 'Leah']);
    expect(correctTypes([span('• Asia', 'place')]).map((p) => p.text)).toEqual(['Asia']);
  });
  it('drops spans ending in an article and people made of initials alone', () => {
    const text = 'to win Group D. The day before, A. said';
    expect(correctTypes([span('D. The', 'person', text.indexOf('D.')), span('A.', 'person', text.indexOf('A.'))])).toEqual([]);
    expect(correctTypes([span('J. K. Rowling', 'person')])).toHaveLength(1);
  });
  it('types by the words of the name', () => {
    expect(correctTypes([span('Calder Shipping', 'person')])[0].type).toBe('organization');
    expect(correctTypes([span('Procter & Gamble', 'organization')])).toHaveLength(1);
    expect(correctTypes([span('Jane Roe', 'person')])[0].type).toBe('person');
  });
});

describe('the name of an entity printed in capitals', () => {
  const merged = (text: string, names: string[]) => {
    const mentions: Mention[] = [];
    let from = 0;
    for (const n of names) {
      mentions.push(at(text, n, 'place', from));
      from = mentions[mentions.length - 1].end;
    }
    return mergeMentions(mentions, { textLength: text.length, leadEnd: 10 }).map((e) => [e.name, e.aliases]);
  };

  it('is its form in running text: a dateline in capitals yields to it', () => {
    expect(merged('KOBE – Masks were stolen in KOBE, a hospital in Kobe said.', ['KOBE', 'KOBE', 'Kobe'])).toEqual([['Kobe', ['KOBE']]]);
    expect(merged('NEW YORK (AP) — In New York today.', ['NEW YORK', 'New York'])).toEqual([['New York', ['NEW YORK']]]);
  });

  it('stays an acronym beside a lower-case word of the same letters', () => {
    expect(merged('The US said it would join us.', ['US', 'us'])).toEqual([['US', ['us']]]);
    expect(merged('NATO met. NATO agreed.', ['NATO', 'NATO'])).toEqual([['NATO', []]]);
  });
});

describe('withDatelinePlace', () => {
  const entity = (name: string, start: number, type: Entity['type'] = 'place'): Entity => ({ name, type, salience: 1, aliases: [], mentions: [{ start, end: start + name.length }] });
  const dateline = { span: { start: 0, end: 20 }, place: 'New York' };

  it('names a place printed only in its dateline as the dateline does', () => {
    expect(withDatelinePlace([entity('NEW YORK', 0)], dateline)).toEqual([{ ...entity('NEW YORK', 0), name: 'New York', aliases: ['NEW YORK'] }]);
  });

  it('leaves other names, and the same capitals outside the dateline, as they are', () => {
    expect(withDatelinePlace([entity('NEW YORK', 40), entity('NATO', 5, 'organization'), entity('New York', 0)], dateline).map((e) => e.name)).toEqual(['NEW YORK', 'NATO', 'New York']);
  });
});

describe('outletsAsOrganisations', () => {
  const e = (name: string, type: Entity['type']): Entity => ({ name, type, salience: 1, aliases: [], mentions: [{ start: 0, end: name.length }] });
  const outlets = new Set(['politico', 'el país', 'bloomberg', 'gizmodo']);
  const isOutlet = (n: string) => outlets.has(n.toLowerCase());
  const types = (es: Entity[], own?: string[]) => outletsAsOrganisations(es, isOutlet, own).map((x) => `${x.name}:${x.type}`);

  it('makes a place or a person of several words named like an outlet that outlet', () => {
    expect(types([e('Politico', 'place'), e('El País', 'person'), e('Paris', 'place')])).toEqual(['Politico:organization', 'El País:organization', 'Paris:place']);
  });

  it('leaves a one-word person, who may bear the name, unless it is the page\'s own outlet', () => {
    expect(types([e('Bloomberg', 'person'), e('Gizmodo', 'person')], ['Gizmodo'])).toEqual(['Bloomberg:person', 'Gizmodo:organization']);
  });
});

describe('sameOutletsMerged', () => {
  const at = (name: string, type: Entity['type'], start: number, salience: number): Entity => ({ name, type, salience, aliases: [], mentions: [{ start, end: start + name.length }] });
  const ids: Record<string, string> = { ap: 'associated-press', 'associated press': 'associated-press', reuters: 'reuters' };
  const outletOf = (n: string) => ids[n.toLowerCase()];

  it('makes one entity of the names of one outlet, under the fuller name, at the rank of the more salient', () => {
    const merged = sameOutletsMerged([at('AP', 'organization', 50, 1), at('Reuters', 'organization', 90, 0.8), at('The Associated Press', 'organization', 10, 0.5)], outletOf);
    expect(merged.map((x) => [x.name, x.aliases, x.mentions.map((m) => m.start)])).toEqual([
      ['The Associated Press', ['AP'], [10, 50]],
      ['Reuters', [], [90]],
    ]);
  });

  it('leaves people and places named like an outlet apart', () => {
    expect(sameOutletsMerged([at('AP', 'organization', 0, 1), at('Associated Press', 'place', 20, 0.5)], outletOf)).toHaveLength(2);
  });
});
