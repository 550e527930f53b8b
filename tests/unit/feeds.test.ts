import { describe, expect, it } from 'vitest';
import { checkFeedUrl, originPattern, parseFeedList, parseInterval } from '../../utils/feeds';

describe('feed subscriptions', () => {
  const rows: [string, string | RegExp][] = [
    ['https://example.org/feed.xml', 'https://example.org/feed.xml'],
    ['example.org/rss', 'https://example.org/rss'],
    ['http://127.0.0.1:8080/feed.xml', 'http://127.0.0.1:8080/feed.xml'],
    ['not a url at all', /not a web address/],
    ['ftp://example.org/feed', /http or https/],
    ['', /Type the address/],
    ['https://nodot/feed', /not a web address/],
  ];
  for (const [input, out] of rows) {
    it(JSON.stringify(input), () => {
      const r = checkFeedUrl(input);
      if (typeof out === 'string') expect(r).toEqual({ url: out });
      else expect('error' in r && r.error).toMatch(out);
    });
  }
  it('asks for the feed site only', () => {
    expect(originPattern('https://news.example.org:8443/a/feed.xml')).toBe('https://news.example.org/*');
  });
  it('drops malformed stored values', () => {
    expect(parseFeedList([{ url: 'https://a.example/f' }, { url: 'bad url' }, null, 3])).toEqual([{ url: 'https://a.example/f' }]);
    expect(parseFeedList('x')).toEqual([]);
    expect(parseInterval(360)).toBe(360);
    expect(parseInterval(7)).toBe(60);
  });
});
