import { describe, expect, it } from 'vitest';
import { summariseProvenance } from '../../utils/corpus/corpus';
import { keysOf, prepareText } from '../../utils/corpus/keys';
import { chooseCandidates, commonLimit, matchDocument } from '../../utils/corpus/match';
import { MemoryCorpus, type CorpusDoc } from '../../utils/corpus/memory-corpus';

const wire = 'Washington and Moscow are aiming to reach a deal to halt the war in Ukraine that would lock in Russia’s occupation of territory seized during its military invasion, people familiar with the matter said on Friday.';
const other = 'The central bank left interest rates unchanged on Thursday, saying inflation had eased but remained above its target for the third quarter running.';
const page = `A new paragraph written by the outlet itself about the summit plans.\n\n${wire.replace('people familiar with the matter said', 'Bloomberg News reported')}\n\nAnother original paragraph that nobody else has written before today.`;

describe('MemoryCorpus', () => {
  const corpus = new MemoryCorpus([
    { id: 'wire', url: 'https://wire.example/1', title: 'Truce', published: '2025-08-08T10:00:00Z', text: wire },
    { id: 'reprint', url: 'https://reprint.example/1', title: 'Truce (reprint)', published: '2025-08-09T10:00:00Z', text: wire },
    { id: 'other', url: 'https://bank.example/1', title: 'Rates', text: other },
  ]);

  it('finds partial reuse with aligned offsets in both texts, tolerating light rewording', async () => {
    const matches = await corpus.findMatches(page);
    expect(matches.map((m) => m.ref.id).sort()).toEqual(['reprint', 'wire']);
    const m = matches.find((x) => x.ref.id === 'wire')!;
    expect(m.passages).toHaveLength(1);
    const p = m.passages[0];
    // The reworded attribution at the end is too short a shared run to count.
    expect(page.slice(p.start, p.end)).toMatch(/^Washington and Moscow .* military invasion,$/);
    expect(wire.slice(p.refStart, p.refEnd)).toBe(page.slice(p.start, p.end));
    expect(m.coverage).toBeGreaterThan(0.4);
    expect(m.containment).toBeGreaterThan(0.75);
  });

  it('orders matches by date and names the earliest', async () => {
    const prov = summariseProvenance(await corpus.findMatches(page), page.length);
    expect(prov.matches.map((m) => m.ref.id)).toEqual(['wire', 'reprint']);
    expect(prov.earliest).toBe('wire');
    expect(prov.reusedShare).toBeGreaterThan(0.4);
    expect(prov.reusedShare).toBeLessThan(0.8);
  });

  it('finds nothing in unrelated text', async () => {
    expect(await corpus.findMatches('An entirely different story about gardening in the spring and the best tomatoes to plant this year.')).toEqual([]);
    expect(await corpus.findMatches('')).toEqual([]);
  });

  it('counts documents added later', async () => {
    const c = new MemoryCorpus();
    expect(c.size).toBe(0);
    expect(await c.findMatches(page)).toEqual([]);
    c.add({ id: 'wire', url: 'https://wire.example/1', title: 'Truce', text: wire });
    expect(c.size).toBe(1);
    expect((await c.findMatches(page)).map((m) => m.ref.id)).toEqual(['wire']);
  });
});

// Twelve unrelated stories, each ending with the same newsletter line.
const footer = 'Sign up for our morning briefing to get the day’s top stories sent to your inbox before breakfast.';
const topics = ['harbour dredging', 'library opening hours', 'bus timetable changes', 'school lunch menus', 'river flood defences', 'city park lighting', 'bridge repair works', 'museum ticket prices', 'market stall licences', 'cycle lane plans', 'allotment waiting lists', 'street tree planting'];
const story = (t: string, i: number) =>
  `Councillors met on day ${i} to discuss ${t}, a question residents have raised at every meeting since the spring.\n\nThe committee asked officers to report back on the costs of ${t} and on how other towns have handled it.\n\n${footer}`;
const footerDocs: CorpusDoc[] = topics.map((t, i) => ({ id: `local-${i}`, url: `https://local.example/${i}`, title: t, text: story(t, i) }));

describe('MemoryCorpus: boilerplate and weak evidence', () => {
  const corpus = new MemoryCorpus([
    ...footerDocs,
    { id: 'wire', url: 'https://wire.example/1', title: 'Truce', text: `${wire}\n\n${footer}` },
  ]);

  it('never matches a line that recurs in many documents', async () => {
    const own = `Our own reporter wrote this opening paragraph about an entirely unrelated matter in town.\n\n${footer}`;
    expect(await corpus.findMatches(own)).toEqual([]);
  });

  it('matches the reused paragraph but not the recurring line right after it', async () => {
    const text = `Our own reporter wrote this opening paragraph about the talks.\n\n${wire}\n\n${footer}`;
    const matches = await corpus.findMatches(text);
    expect(matches.map((m) => m.ref.id)).toEqual(['wire']);
    const spans = matches[0].passages.map((p) => text.slice(p.start, p.end));
    expect(spans.join(' ')).toContain('Washington and Moscow');
    expect(spans.join(' ')).not.toContain('morning briefing');
  });

  it('drops a shared fragment made of names, and a few short common phrases', async () => {
    const c = new MemoryCorpus([{ id: 'a', url: 'https://a.example/', title: 'A', text: 'Yesterday Chief Inspector Maria Gonzalez Ortega of the Northgate Harbour Police Service spoke to the press about the break-in.' }]);
    const text = 'Nobody expected Chief Inspector Maria Gonzalez Ortega of the Northgate Harbour Police Service to resign over a parking ticket.';
    expect(await c.findMatches(text)).toEqual([]);
  });

  it('the lookup-then-align steps an IndexedDB store runs give what MemoryCorpus gives', async () => {
    const text = `Our own reporter wrote this opening paragraph about the talks.\n\n${wire}\n\n${footer}`;
    const all = [...footerDocs, { id: 'wire', url: 'https://wire.example/1', title: 'Truce', text: `${wire}\n\n${footer}` }];
    const byKey = new Map<number, string[]>();
    for (const d of all) for (const k of keysOf(prepareText(d.text))) byKey.set(k, [...(byKey.get(k) ?? []), d.id]);
    const prepared = prepareText(text);
    const keys = keysOf(prepared);
    const postings = Array.from(keys, (k) => byKey.get(k)?.slice(0, commonLimit(all.length) + 1));
    const { candidates, common } = chooseCandidates(keys, postings, all.length);
    const matches = candidates.map((id) => matchDocument(prepared, all.find((d) => d.id === id)!, common)).filter((m) => m !== null);
    expect(matches).toEqual(await corpus.findMatches(text));
  });
});
