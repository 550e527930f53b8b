import { beforeAll, describe, expect, it } from 'vitest';
import { listFixturePages } from '../../scripts/browser/fixture-server';
import type { Annotation, Citation } from '../../utils/annotation';
import { findCitations } from '../../utils/citations';
import { findEntities } from '../../utils/entities';
import { builtInEntityModel } from '../../utils/entities/built-in-model';
import { builtInRegistry } from '../../utils/sources/built-in-outlets';
import { annotateFile } from '../support/annotate-file';

const cite = (text: string) => findCitations(text, findEntities(text, builtInEntityModel()), builtInRegistry());
type Row = Partial<Pick<Citation, 'source' | 'kind' | 'verb' | 'quote' | 'role' | 'outletId'>>;

describe('findCitations, sentence by sentence', () => {
  // [text, the citations expected, in order]
  const rows: [string, Row[]][] = [
    ['Bloomberg News reported on Friday that the deal was close.', [{ source: 'Bloomberg News', kind: 'outlet', verb: 'reported', outletId: 'bloomberg' }]],
    // A word that names an outlet (the magazine Prevention) within a longer organisation's name does not, but within a list of outlets does.
    ['The Centers for Disease Control and Prevention said the risk to the public was low.', [{ source: 'Centers for Disease Control and Prevention', kind: 'official', verb: 'said' }]],
    ['Reuters and Bloomberg reported that the deal was close.', [{ source: 'Bloomberg', kind: 'outlet', verb: 'reported' }]],
    ['The Russian state news agency TASS earlier said the talks had ended.', [{ source: 'TASS', kind: 'agency', verb: 'said', role: 'Russian state news agency', outletId: 'tass' }]],
    ['The talks will resume next week, according to Agence France-Presse.', [{ source: 'Agence France-Presse', kind: 'agency', verb: 'according to', outletId: 'afp' }]],
    ['The daily Kommersant reported the resignation.', [{ source: 'Kommersant', kind: 'outlet', verb: 'reported' }]],
    [
      'A deal is near, the report said, citing people familiar with the matter.',
      [
        { source: 'the report', kind: 'document', verb: 'said' },
        { source: 'people familiar with the matter', kind: 'anonymous', verb: 'citing' },
      ],
    ],
    [
      '“There are no simple solutions to complex issues,” Xi Jinping was quoted as saying.',
      [{ source: 'Xi Jinping', kind: 'person', verb: 'was quoted as saying', quote: 'There are no simple solutions to complex issues' }],
    ],
    ['”The leaders agreed to advance the relations,” Xi’s office said.', [{ source: 'Xi’s office', kind: 'official', verb: 'said', quote: 'The leaders agreed to advance the relations' }]],
    [
      'Kremlin aide Yury Ushakov said both sides had “exchanged signals” on Ukraine.',
      [{ source: 'Yury Ushakov', kind: 'person', verb: 'said', role: 'Kremlin aide', quote: 'exchanged signals' }],
    ],
    [
      'The White House said the meeting “went better than expected,” while U.S. President Donald Trump noted that “great progress was made.”',
      [
        { source: 'White House', kind: 'official', verb: 'said', quote: 'went better than expected' },
        { source: 'Donald Trump', kind: 'person', verb: 'noted', role: 'U.S. President', quote: 'great progress was made.' },
      ],
    ],
    ['"We will not back down," said Angela Merkel.', [{ source: 'Angela Merkel', kind: 'person', verb: 'said', quote: 'We will not back down' }]],
    ['The Kremlin confirmed the call and said the leaders discussed trade.', [{ source: 'Kremlin', kind: 'official', verb: 'confirmed' }, { source: 'Kremlin', kind: 'official', verb: 'said' }]],
    ['The ministry said in a statement that prices would fall.', [{ source: 'the ministry', kind: 'official', verb: 'said' }]],
    ['A spokesperson for the European Commission said the rules apply.', [{ source: 'a spokesperson for the European Commission', kind: 'official', verb: 'said' }]],
    ['A senior official, who asked not to be named, said the deal was off.', [{ source: 'a senior official', kind: 'anonymous', verb: 'said' }]],
    ['Two diplomats briefed on the agenda said the meeting would go ahead.', [{ source: 'two diplomats briefed on the agenda', kind: 'anonymous', verb: 'said' }]],
    ['A source close to the talks told reporters the offer was rejected.', [{ source: 'a source close to the talks', kind: 'anonymous', verb: 'told' }]],
    ['Officials say the bridge will reopen in May.', [{ source: 'officials', kind: 'anonymous', verb: 'say' }]],
    ['It was reported that the minister had resigned.', [{ source: 'unnamed', kind: 'anonymous', verb: 'it was reported' }]],
    ['It is understood that the deal collapsed.', [{ source: 'unnamed', kind: 'anonymous', verb: 'it is understood' }]],
    ['The plan was reported by Reuters on Monday.', [{ source: 'Reuters', kind: 'agency', verb: 'was reported' }]],
    [
      'TASS quoted Dmitry Peskov as saying the talks were useful.',
      [{ source: 'TASS', kind: 'agency', verb: 'quoted' }, { source: 'Dmitry Peskov', kind: 'person', verb: 'quoted as saying' }],
    ],
    ['In a statement from the European Commission, officials called for calm.', [{ source: 'European Commission', kind: 'official', verb: 'in a statement' }]],
    ['According to court records, the company paid $2 million.', [{ source: 'court records', kind: 'document', verb: 'according to' }]],
    ['The study found that sleep improves memory.', [{ source: 'the study', kind: 'document', verb: 'found' }]],
    ['The union has warned that a further stoppage could follow.', [{ source: 'the union', kind: 'official', verb: 'warned' }]],
    ['Prices fell sharply, Russia said.', [{ source: 'Russia', kind: 'official', verb: 'said' }]],
    [
      'Deirdre Callan, the union’s general secretary, said members had no choice.',
      [{ source: 'Deirdre Callan', kind: 'person', verb: 'said', role: 'union’s general secretary' }],
    ],
    ['Angela Merkel arrived in Paris. “It was a good meeting,” she said.', [{ source: 'Angela Merkel', kind: 'person', verb: 'said', quote: 'It was a good meeting' }]],
    [
      'Angela Merkel spoke first. "We are ready," Ms Merkel told reporters. "The offer is too low."',
      [{ source: 'Angela Merkel', kind: 'person', verb: 'told', quote: 'We are ready … The offer is too low.' }],
    ],
    // Never invented: no source, a reason rather than a source, a verb that reports nothing.
    ['“Prices will rise,” she said.', []],
    ['The company withdrew from the tender, citing security concerns.', []],
    ['A spokesperson declined to comment.', []],
    ['He found the keys in the car.', []],
    ['The company added two new routes.', []],
    ['Forecasters say rainfall could be above average.', []],
    ['No casualties were reported.', []],
    ['Vindman reported to him for two years.', []],
    ['In ads, people say they are tired.', []],
  ];
  for (const [text, expected] of rows) {
    it(text, () => {
      const found = cite(text);
      expect(found.map(({ source, kind, verb, quote, role, outletId }) => {
        const row: Row = { source, kind, verb };
        for (const [k, v] of Object.entries({ quote, role, outletId })) if (v !== undefined && expected.some((e) => k in e)) Object.assign(row, { [k]: v });
        return row;
      })).toEqual(expected);
      for (const c of found) {
        expect(c.span.end).toBeGreaterThan(c.span.start);
        expect(text.slice(c.span.start, c.span.end).toLowerCase()).toContain(c.verb.split(' ').pop());
        for (const q of c.quoteSpans ?? []) expect(c.quote).toContain(text.slice(q.start, q.end).trim().replace(/[,;:]+$/, ''));
      }
    });
  }
});

describe('ordinary words that are also the names of outlets', () => {
  it('reads "People familiar with the matter" as anonymous and "Parents told" as no outlet', () => {
    const found = cite('People familiar with the matter said the deal was close.\n\nParents told reporters they were relieved.');
    expect(found.map((c) => `${c.kind}: ${c.source}`)).toContain('anonymous: people familiar with the matter');
    expect(found.filter((c) => c.kind === 'outlet' || c.kind === 'agency')).toEqual([]);
  });
});

describe('findCitations on odd input', () => {
  const reg = builtInRegistry();
  const cases: Record<string, string> = {
    empty: '',
    blank: ' \n\n \n',
    caps: 'THE MINISTRY SAID ON FRIDAY THAT "PRICES WILL RISE," ACCORDING TO REUTERS.',
    table: Array.from({ length: 200 }, (_, i) => `${i} | ${i * 1.5} | ${i * 7}`).join('\n'),
    cyrillic: 'Президент сказал, что «переговоры идут», сообщает ТАСС.',
    chinese: '习近平说：“没有简单的解决办法。”',
    arabic: 'قال المتحدث باسم الوزارة إن "المحادثات مستمرة".',
    marks: '" “ ” „ « » ‘ ’ " said, according to, citing, "',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: an answer, never an exception`, () => {
      const found = findCitations(text, findEntities(text, builtInEntityModel()), reg);
      expect(Array.isArray(found)).toBe(true);
      for (const c of found) expect(c.span.end).toBeLessThanOrEqual(text.length);
    });
  }

  it('reads 50,000 words, also as one paragraph, in linear time', () => {
    const para = 'Officials said on Friday, according to Reuters, that "the talks," said Ana Vidal, "will go on." The report said, citing people familiar with the matter, that it was so, and the ministry confirmed it and said so. ';
    const words = para.split(/\s+/).length;
    const long = Array.from({ length: Math.ceil(50_000 / words) }, () => para).join('');
    for (const text of [long, long.replace(/\. /g, '.\n\n')]) {
      const t0 = performance.now();
      const found = findCitations(text, [], reg);
      expect(found.length).toBeGreaterThan(1000);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
    const t0 = performance.now();
    findCitations('said, "a", '.repeat(30_000) + 'x'.repeat(100_000), [], reg); // every word a cue, quotes everywhere
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('the seed (DESIGN.md §5): citations', () => {
  let a: Annotation;
  beforeAll(async () => {
    const page = listFixturePages().find((p) => p.slug === 'kayhan-142327')!;
    a = await annotateFile(page.file, page.url);
  });
  const find = (source: string, verb?: RegExp) => a.citations.find((c) => c.source === source && (!verb || verb.test(c.verb)));

  it('names the outlets and agencies, linked to the registry', () => {
    expect(find('Bloomberg News', /^reported$/)).toMatchObject({ kind: 'outlet', outletId: 'bloomberg' });
    expect(find('TASS', /^said$/)).toMatchObject({ kind: 'agency', outletId: 'tass', role: 'Russian state news agency' });
  });

  it('finds the anonymous sourcing and the institutions', () => {
    expect(find('people familiar with the matter', /^citing$/)).toMatchObject({ kind: 'anonymous' });
    expect(find('Xi’s office', /^said$/)).toMatchObject({ kind: 'official' });
    expect(find('Xi’s office')!.quote).toMatch(/^The leaders of the two countries highly appreciated/);
    expect(find('Kremlin', /^(?:confirmed|said)$/)).toMatchObject({ kind: 'official' });
    expect(find('White House', /^said$/)).toMatchObject({ kind: 'official', quote: 'went better than expected' });
  });

  it('finds the people, with their roles and quotes', () => {
    expect(find('Yury Ushakov', /^said$/)).toMatchObject({ kind: 'person', role: 'Kremlin aide', quote: 'exchanged signals' });
    expect(find('Donald Trump', /^noted$/)).toMatchObject({ kind: 'person', role: 'U.S. President', quote: 'great progress was made' });
    const xi = a.citations.find((c) => c.quote === 'There are no simple solutions to complex issues')!;
    expect(xi).toMatchObject({ kind: 'person', verb: 'was quoted as saying' });
    expect(xi.source).toMatch(/^Xi( Jinping)?$/);
  });

  it('spans cover source and verb; quote spans point at the quoted words', () => {
    const text = a.article.text;
    expect(text.slice(find('Yury Ushakov')!.span.start, find('Yury Ushakov')!.span.end)).toBe('Kremlin aide Yury Ushakov earlier said');
    for (const c of a.citations) {
      expect(text.slice(c.span.start, c.span.end)).toContain(c.verb.split(' ').pop());
      for (const q of c.quoteSpans ?? []) expect(c.quote).toContain(text.slice(q.start, q.end).replace(/,$/, ''));
    }
  });

  it('keeps the people apart from institutions, roles out of names', () => {
    const people = a.entities.filter((e) => e.type === 'person');
    const expected = ['Vladimir Putin', 'Donald Trump', 'Xi Jinping', 'Steve Witkoff', 'Alexander Lukashenko', 'Yury Ushakov'];
    expect(people.slice(0, expected.length).map((e) => e.name).sort()).toEqual([...expected].sort());
    expect(people.find((e) => e.name === 'Yury Ushakov')!.roles).toContain('Kremlin aide');
    expect(people.find((e) => e.name === 'Donald Trump')!.roles).toContain('U.S. President');
  });
});
