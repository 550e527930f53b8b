import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createAnchorer } from '../../utils/anchor/anchor';
import { matchQuote } from '../../utils/anchor/match-quote';
import { buildTextMap, type DomSpan } from '../../utils/anchor/text-map';

const spanText = (s: DomSpan | null) => {
  if (!s) return null;
  if (s.startNode === s.endNode) return s.startNode.nodeValue!.slice(s.startOffset, s.endOffset);
  return s.startNode.nodeValue!.slice(s.startOffset) + '…' + s.endNode.nodeValue!.slice(0, s.endOffset);
};

describe('matchQuote', () => {
  it('prefers the occurrence whose context matches', () => {
    const text = 'Putin said yes. Later Putin said no.';
    expect(matchQuote(text, 'Putin', { prefix: 'Later ', suffix: ' said no' })?.start).toBe(22);
    expect(matchQuote(text, 'Putin', { prefix: '', suffix: ' said yes' })?.start).toBe(0);
    expect(matchQuote(text, 'Xi')).toBeNull();
  });
});

describe('anchoring article text in a page', () => {
  const html = `<html><body><nav>Home World</nav><script>var t = "Putin";</script>
    <article><h1>Talks</h1><p>President <a href="#">Vladimir
      Putin</a> met <em>Xi</em>.</p><div class="ad">Advertisement</div><p>Putin said <b>yes</b>.</p></article></body></html>`;
  const { document } = parseHTML(html);
  const articleText = 'President Vladimir Putin met Xi.\n\nPutin said yes.';

  it('collapses whitespace and skips scripts in the text map', () => {
    const map = buildTextMap(document.body);
    expect(map.text).toContain('President Vladimir Putin met Xi.');
    expect(map.text).not.toContain('var t');
  });

  it('maps spans across element boundaries and line breaks', () => {
    const anchorer = createAnchorer(document.body, articleText);
    const [putin, xi, second, missing] = anchorer.anchor([
      { start: 10, end: 24 },
      { start: 29, end: 31 },
      { start: 34, end: 39 },
      { start: 0, end: 0 },
    ]);
    expect(putin!.startNode.nodeValue).toContain('Vladimir');
    expect(spanText(putin)).toBe('Vladimir\n      Putin');
    expect(spanText(xi)).toBe('Xi');
    expect(spanText(second)).toBe('Putin');
    expect(second!.startNode.parentElement!.tagName).toBe('P');
    expect(missing).toBeNull();
  });

  it('finds a span by its quote when its paragraph changed on the page', () => {
    const anchorer = createAnchorer(document.body, 'Intro that is not on the page. Putin said yes.');
    const [s] = anchorer.anchor([{ start: 31, end: 36 }]);
    expect(spanText(s)).toBe('Putin');
  });
});

describe('matchQuote, fuzzy', () => {
  it('folds quotes, dashes, soft hyphens and case', () => {
    const text = 'He said: “It’s over” — and left.';
    const m = matchQuote(text, '"It\'s over" - and left');
    expect(text.slice(m!.start, m!.end)).toBe('“It’s over” — and left');
  });
  it('finds a long passage an advertisement interrupts, by its ends', () => {
    const passage = 'Ukrainian forces are locked in intense battles along the front line that snakes from northeast to southeast Ukraine.';
    const text = `Intro. Ukrainian forces are locked in intense battles along the front Advertisement line that snakes from northeast to southeast Ukraine. Outro.`;
    const m = matchQuote(text, passage);
    expect(text.slice(m!.start, m!.end)).toBe('Ukrainian forces are locked in intense battles along the front Advertisement line that snakes from northeast to southeast Ukraine.');
  });
});
