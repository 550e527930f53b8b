// The one pass over a page's elements gives each detector exactly what the CSS selector its scan replaces
// selects, in document order, on a page where the naming of dates, bylines and author links overlap.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { markedElements } from '../../utils/extract/marked-elements';
import { readPage } from '../../utils/extract/page';

const HTML = `<html><head><script>var a = {"datePublished": "2021-01-01"}</script><script src="/x.js"></script>
  <script type="application/ld+json">{}</script></head><body>
  <div class="post-date author-box">1</div><span id="pubDATE">2</span><p class="published">3</p><p class="posted-on">4</p>
  <span class="timestamp">5</span><time class="time">6</time><meta property="article:date"><i data-date="x">7</i>
  <b data-date-time="y">8</b><u data-published="z">9</u><em class="lead">no</em><time>10</time>
  <span itemprop="datePublished">11</span><span itemprop="dateModified author">12</span><span itemprop="author name">13</span>
  <div class="Post-Author">a</div><span id="authorBox">b</span><p class="byline">c</p><p class="verfasser">d</p><i class="Autor-name">e</i>
  <a rel="author nofollow" href="/x">f</a><a href="/author/jane" class="date">g</a><a href="https://x.example/autor/max">h</a>
  <a href="/authorship">no</a><div class="vcard"><span><b class="fn">j</b></span></div><b class="fn">not in a vcard</b>
  <p class="credit">k</p><span class="img__Credit author">l</span>
  <template><time>in a template</time></template><script>late()</script></body></html>`;

describe('markedElements', () => {
  const doc = parseHTML(HTML).document as unknown as Document;
  const m = markedElements(readPage(doc, 'https://example.com/a'));
  const select = (css: string) => Array.from(doc.querySelectorAll(css));

  it('lists each kind as the CSS selector the scan replaces selects it, in document order', () => {
    expect(m.dateItems).toEqual(select('time, [itemprop="datePublished"], [itemprop="dateModified"]'));
    expect(m.dateNamed).toEqual(
      select('[class*="date" i], [id*="date" i], [class*="publish" i], [class*="posted" i], [class*="time" i]:not(time), [property*="date" i], [data-date], [data-date-time], [data-published]'),
    );
    expect(m.scripts).toEqual(select('script:not([src])'));
    expect(m.authorItems).toEqual(select('[itemprop~="author"]'));
    expect(m.authorLinks).toEqual(select('a[rel~="author"], a[href*="/author/"], a[href*="/autor/"], a[href*="/authors/"], .vcard .fn'));
    expect(m.bylineNamed).toEqual(select('[class*="author" i], [class*="byline" i], [id*="author" i], [class*="verfasser" i], [class*="autor" i]'));
    expect(m.creditNamed).toEqual(select('[class*="credit" i]'));
  });

  it('finds what it was meant to on this page, an element in several lists at once, nothing in a template', () => {
    const texts = (els: Element[]) => els.map((e) => e.textContent);
    expect(texts(m.dateItems)).toEqual(['6', '10', '11']);
    expect(texts(m.authorItems)).toEqual(['12', '13']);
    expect(texts(m.authorLinks)).toEqual(['f', 'g', 'h', 'j']);
    expect(texts(m.creditNamed)).toEqual(['k', 'l']);
    expect(m.dateNamed[0]).toBe(m.bylineNamed[0]);
    expect(m.scripts).toHaveLength(3);
  });

  it('is found once a page', () => {
    const page = readPage(doc, 'https://example.com/a');
    expect(markedElements(page)).toBe(markedElements(page));
  });
});
