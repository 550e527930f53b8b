import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../cli/load';
import { parseFeed, parseHtmlPage, parseJsonl } from '../../utils/store/import-formats';

const para = 'The harbour authority said on Friday that the new container terminal would open next spring, adding that the dredging work was already finished and tested.';

describe('parseJsonl', () => {
  it('reads documents and names every rejected line', () => {
    const text = [
      JSON.stringify({ id: 'a', url: 'https://a.example/1', title: 'A', outlet: 'Wire', published: '2025-01-01', text: para }),
      '',
      '{broken',
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ title: 'no url', text: para }),
      JSON.stringify({ url: 'https://b.example/2', title: 'empty' }),
      JSON.stringify({ url: 'https://c.example/3', html: `<html><body><article><h1>C</h1><p>${para}</p><p>${para}</p></article></body></html>` }),
    ].join('\n');
    const r = parseJsonl(text, parseMarkup);
    expect(r.docs.map((d) => [d.index, d.id, d.url])).toEqual([
      [1, 'a', 'https://a.example/1'],
      [7, 'import:https://c.example/3', 'https://c.example/3'],
    ]);
    expect(r.docs[1].text).toContain('new container terminal');
    expect(r.rejected).toEqual([
      { index: 3, reason: 'not valid JSON' },
      { index: 4, reason: 'not a JSON object' },
      { index: 5, reason: 'missing "url"' },
      { index: 6, reason: 'no "text" or "html" with article text' },
    ]);
  });
});

describe('parseFeed', () => {
  it('reads RSS 2.0 items: content:encoded, description, and items without text as metadata', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Wire</title>
      <item><title>Terminal opens</title><link>https://wire.example/terminal</link><pubDate>Fri, 08 Aug 2025 22:25:00 +0430</pubDate>
        <content:encoded><![CDATA[<p>${para}</p>]]></content:encoded></item>
      <item><title>Short</title><link>https://wire.example/short</link><description>${para}</description></item>
      <item><title>Headline only</title><link>https://wire.example/bare</link></item>
      <item><title>No link</title></item>
    </channel></rss>`;
    const r = parseFeed(rss);
    expect(r.docs.map((d) => [d.index, d.url, d.outlet, d.published])).toEqual([
      [1, 'https://wire.example/terminal', 'Harbour Wire', '2025-08-08T22:25:00+04:30'],
      [2, 'https://wire.example/short', 'Harbour Wire', undefined],
      [3, 'https://wire.example/bare', 'Harbour Wire', undefined],
    ]);
    expect(r.docs[0].text).toContain('new container terminal');
    expect(r.docs[1].text).toBe(para);
    expect(r.docs[2].text).toBe('');
    expect(r.rejected).toEqual([{ index: 4, reason: 'no valid link' }]);
  });

  it('reads Atom entries', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Port News</title>
      <entry><title>Dredging done</title><link rel="alternate" href="https://port.example/dredging"/><published>2025-03-14T07:30:00Z</published><content type="html">&lt;p&gt;${para}&lt;/p&gt;</content></entry>
    </feed>`;
    const r = parseFeed(atom);
    expect(r.docs).toHaveLength(1);
    expect(r.docs[0]).toMatchObject({ url: 'https://port.example/dredging', title: 'Dredging done', outlet: 'Port News', published: '2025-03-14T07:30:00Z' });
    expect(r.docs[0].text).toContain('dredging work');
  });

  it('rejects what is not a feed', () => {
    expect(parseFeed('<html><body>hi</body></html>').rejected[0].reason).toMatch(/RSS|XML/);
  });
});

describe('parseHtmlPage', () => {
  it('reads a saved page with its canonical address', () => {
    const html = `<html><head><link rel="canonical" href="https://port.example/story"><meta property="article:published_time" content="2025-03-14T07:30:00Z"></head><body><article><h1>Story</h1><p>${para}</p><p>${para}</p></article></body></html>`;
    const r = parseHtmlPage(html, 'story.html', parseMarkup);
    expect(r.docs[0]).toMatchObject({ url: 'https://port.example/story', title: 'Story', published: '2025-03-14T07:30:00Z' });
  });
  it('says when a file is not a page', () => {
    expect(parseHtmlPage('just text', 'notes.txt', parseMarkup).rejected).toEqual([{ index: 1, reason: 'notes.txt: not an HTML page' }]);
  });
});

describe('feed XML without a DOM', () => {
  it('decodes CDATA, entities and markup, and reads RSS 1.0', async () => {
    const { readFeedXml, htmlToText } = await import('../../utils/store/feed-xml');
    expect(htmlToText('<p>One &amp; <b>two</b></p><script>x()</script><p>Three<br/>four &#8217;s</p>')).toBe('One & two\n\nThree\nfour ’s');
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Old &amp; Gold</title></channel>
      <item rdf:about="https://old.example/1"><title>First</title><link>https://old.example/1</link><dc:date>2004-05-06T07:08:09Z</dc:date><description>&lt;p&gt;Encoded markup&lt;/p&gt;</description></item></rdf:RDF>`;
    const f = readFeedXml(rdf);
    expect(f).toMatchObject({ kind: 'rss', title: 'Old & Gold', items: [{ title: 'First', link: 'https://old.example/1', date: '2004-05-06T07:08:09Z', text: 'Encoded markup' }] });
  });
});
