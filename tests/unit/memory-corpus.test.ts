import { describe, expect, it } from 'vitest';
import { summariseProvenance } from '../../utils/corpus/corpus';
import { MemoryCorpus } from '../../utils/corpus/memory-corpus';

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
    expect(page.slice(p.start, p.end)).toMatch(/^Washington and Moscow .* military invasion$/);
    expect(wire.slice(p.refStart, p.refEnd)).toMatch(/^Washington and Moscow .* military invasion$/);
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
  });
});
