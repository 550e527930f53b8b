// Reading a page's text: its text nodes in document order (what a TreeWalker over text would give, minus
// scripts, styles and other non-text elements) and an element's short text, judged without collapsing a long one.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementText, shortElementText, textNodes } from '../../utils/extract/chrome';

const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

describe('textNodes', () => {
  const d = doc(`a<div>b<p>c<b>d</b>e</p><script>no</script><style>no</style>f</div><!-- no --><noscript>no</noscript>
    <span>g<svg><text>no</text></svg><select><option>no</option></select>h</span><template>no</template>i`);
  const body = d.querySelector('body')!;
  const values = (nodes: Text[]) => nodes.map((n) => n.nodeValue!.trim()).filter(Boolean);

  it('lists the text nodes in document order, leaving out scripts, styles, svg, select and templates', () => {
    expect(values(textNodes(body))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('stops at the limit and never leaves the root', () => {
    expect(values(textNodes(body, 3))).toEqual(['a', 'b', 'c']);
    expect(textNodes(body, 3)).toHaveLength(3);
    expect(values(textNodes(d.querySelector('p')!))).toEqual(['c', 'd', 'e']);
    expect(values(textNodes(d.querySelector('span')!))).toEqual(['g', 'h']);
  });

  it('gives a text node itself, and nothing for a script or an empty element', () => {
    const text = d.querySelector('b')!.firstChild!;
    expect(textNodes(text)).toEqual([text]);
    expect(textNodes(d.querySelector('script')!)).toEqual([]);
    expect(textNodes(doc('<i></i>').querySelector('i')!)).toEqual([]);
  });
});

describe('shortElementText', () => {
  const el = (html: string) => doc(`<div>${html}</div>`).querySelector('div')!;

  it('is the collapsed text when it is at most max characters long', () => {
    const e = el('  Published:\n\n <b>8 August   2025</b>  ');
    expect(shortElementText(e, 40)).toBe(elementText(e));
    expect(shortElementText(e, elementText(e).length)).toBe('Published: 8 August 2025');
    expect(shortElementText(e, elementText(e).length - 1)).toBeNull();
  });

  it('judges a long text exactly, whitespace that collapses counted once', () => {
    const spaced = el(`${' '.repeat(2000)}a${'\n'.repeat(3000)}b${' '.repeat(900)}`);
    expect(shortElementText(spaced, 3)).toBe('a b');
    expect(shortElementText(spaced, 2)).toBeNull();
    const words = el('word '.repeat(400));
    expect(shortElementText(words, 220)).toBeNull();
    expect(shortElementText(words, 2000)).toBe(elementText(words));
    // Just over the limit after a long run of whitespace: the head alone does not decide.
    const tail = el(`${'x'.repeat(200)}${' '.repeat(1000)}${'y'.repeat(20)}`);
    expect(shortElementText(tail, 220)).toBeNull();
    expect(shortElementText(tail, 221)).toBe(elementText(tail));
  });
});
