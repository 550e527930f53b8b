// alignWith: passages shared by a page and a reference, row by row (texts written for these tests).
import { describe, expect, it } from 'vitest';
import { alignWith } from '../../utils/corpus/align';

const A = 'The regional water board approved a plan on Tuesday to replace the ageing pipes under the old town within five years.';
const B = 'Engineers say the work will close some streets for weeks at a time, and shops fear they will lose trade during the summer.';
const C = 'The board has set aside forty million for the first phase and will ask the national government for the rest.';
const D = 'Residents can comment on the plan at the town hall until the end of next month, a spokesman for the board said.';
const ref = [A, B, C, D].join('\n\n');
const mine = 'Our reporter spent a morning at the pumping station, where nothing seemed to be happening at all.';

const rows: { name: string; page: string; want: string[]; wantRef?: string[] }[] = [
  { name: 'a copied paragraph, with its full stop', page: `${mine}\n\n${B}`, want: [B], wantRef: [B] },
  { name: 'two copied paragraphs in a row make one passage', page: `${C}\n\n${D}\n\n${mine}`, want: [`${C}\n\n${D}`] },
  {
    name: 'swapped words inside a sentence stay inside the passage',
    page: D.replace('comment on', 'give their views on').replace('a spokesman for the board said', 'a spokesman for the board told reporters'),
    want: [D.replace('comment on', 'give their views on').replace('a spokesman for the board said', 'a spokesman for the board told reporters')],
  },
  {
    name: 'a swapped first word: the passage starts at the sentence',
    page: `${mine} ${A.replace('The regional', 'A regional')}`,
    want: [A.replace('The regional', 'A regional')],
  },
  {
    name: 'a dropped middle paragraph: both sides found',
    page: `${A} ${C}`,
    want: [A, C],
    wantRef: [A, C],
  },
  {
    name: 'sentences in another order: both found',
    page: `${C}\n\n${A}`,
    want: [C, A],
    wantRef: [C, A],
  },
  { name: 'nothing shared', page: mine, want: [] },
  { name: 'a short common phrase is not reuse', page: 'Shops fear they will lose trade if the market moves, traders said.', want: [] },
];

describe('alignWith', () => {
  for (const r of rows) {
    it(r.name, () => {
      const ps = alignWith(r.page, ref);
      expect(ps.map((p) => r.page.slice(p.start, p.end))).toEqual(r.want);
      if (r.wantRef) expect(ps.map((p) => ref.slice(p.refStart, p.refEnd))).toEqual(r.wantRef);
    });
  }

  it('a longer run overlapping a shorter one trims it instead of dropping it', () => {
    // The page keeps A's first sentence and goes on with C; the reference has words that bridge both.
    const refText = `${A} That is why the board chose to act now.\n\n${B}\n\n${C}`;
    const page = `${A}\n\n${C}`;
    const ps = alignWith(page, refText);
    expect(ps.map((p) => page.slice(p.start, p.end))).toEqual([A, C]);
  });
});
