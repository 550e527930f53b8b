import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createAnchorer } from '../../utils/anchor/anchor';
import { MARK_ATTR, unwrapMarks, wrapSpans } from '../../utils/anchor/mark-painter';

describe('the <mark> fallback painter', () => {
  const html = '<article><p>President <a href="#">Vladimir Putin</a> met <em>Xi</em> in   Moscow.</p><p>Putin said yes.</p></article>';
  const text = 'President Vladimir Putin met Xi in Moscow.\n\nPutin said yes.';

  it('wraps spans across elements, shares marks where spans overlap, and unwraps to the original DOM', () => {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const before = document.body.innerHTML;
    const spans = [
      { start: 10, end: 24, names: ['person'] }, // Vladimir Putin
      { start: 0, end: 31, names: ['reuse-0'] }, // President … Xi
      { start: 35, end: 41, names: ['place'] }, // Moscow
    ];
    const doms = createAnchorer(document.body, text).anchor(spans);
    const painting = wrapSpans(document as unknown as Document, document.body, spans.map((s, i) => ({ dom: doms[i]!, names: s.names })));
    const marks = Array.from(document.querySelectorAll(`mark[${MARK_ATTR}]`)).map((m) => [m.textContent, m.getAttribute(MARK_ATTR)]);
    expect(marks).toEqual([
      ['President ', 'reuse-0'],
      ['Vladimir Putin', 'person reuse-0'],
      [' met ', 'reuse-0'],
      ['Xi', 'reuse-0'],
      ['Moscow', 'place'],
    ]);
    expect(document.body.textContent).toBe(parseHTML(`<html><body>${html}</body></html>`).document.body.textContent);
    expect(painting.spanMarks[0]!.first.textContent).toBe('Vladimir Putin');
    expect(painting.spanMarks[1]!.last.textContent).toBe('Xi');
    unwrapMarks(painting.marks);
    expect(document.body.innerHTML).toBe(before);
  });
});
