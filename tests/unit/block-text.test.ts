import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText, countWords } from '../../utils/extract/block-text';

const text = (html: string) => blockText(parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document.getElementById('r')!);

describe('blockText', () => {
  const rows: [string, string][] = [
    ['<p>One <b>two</b>  three</p><p>Four</p>', 'One two three\n\nFour'],
    ['<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['<div>Lead <span>text</span><p>Inner</p>tail</div>', 'Lead text\n\nInner\n\ntail'],
    ['<p>Keep</p><script>var x = 1;</script><style>p{}</style><p>this</p>', 'Keep\n\nthis'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['<p> \n </p><p>x&nbsp;y</p>', 'x y'],
  ];
  for (const [html, out] of rows) it(html, () => expect(text(html)).toBe(out));
});

describe('countWords', () => {
  it('counts words in spaced scripts and characters in Chinese and Japanese', () => {
    expect(countWords("U.S. officials didn't say 1,000 words")).toBe(6);
    expect(countWords('九年來第一次')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});
