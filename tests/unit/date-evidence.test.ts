// Which date evidence wins on small hand-written pages: embedded posts, blog footers, bracketed datelines,
// republished metadata, day-month order, logo headings and tolerant JSON-LD.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DateClaim } from '../../utils/annotation';
import { closestTag, elementsWhere, inEmbeddedDocument } from '../../utils/extract/chrome';
import { namedAsDate } from '../../utils/extract/markup-dates';
import { alignDayMonthOrder, extractDates, republishedAsShown, swappedDay, visibleOverResaved } from '../../utils/extract/dates';
import { isLogoHeading } from '../../utils/extract/headline-position';
import { firstJsonValue, parseLoose } from '../../utils/extract/json-ld';
import { readPage } from '../../utils/extract/page';
import { inSiteClock, labelledAsUpdate, linksToArchiveOf, postedSentence, spacedNumericDate, spacedText } from '../../utils/extract/text-dates';
import { addressKey, ownTeaserDates } from '../../utils/extract/teaser-dates';
import { pathDay } from '../../utils/extract/date-parse';

const doc = (body: string, head = '') => parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const page = (body: string, head = '', url = 'https://example.org/a/story') => readPage(doc(body, head), url);
const claim = (iso: string, from: DateClaim['from'], confidence: number, kind: 'published' | 'modified' = 'published', evidence = iso): DateClaim => ({
  iso,
  precision: iso.includes('T') ? 'second' : 'day',
  from,
  evidence,
  confidence,
  kind,
});

describe('published date of small pages', () => {
  const cases: { name: string; body: string; head?: string; published: string | undefined; modified?: string }[] = [
    {
      name: 'a date inside an embedded post is the post’s, not the page’s',
      body: '<h1>Was sich nach dem Urteil ändert</h1><div class="PublishDate">29. Januar 2019</div><p>Text.</p><blockquote class="instagram-media"><p>Ein Beitrag geteilt von X am <time datetime="2018-03-12T19:30:12+00:00">12. März 2018</time></p></blockquote>',
      published: '2019-01-29',
    },
    {
      name: 'a blog footer "This entry was posted on …" dates the post',
      body: '<h1>A virtual wall</h1><p>Long text of the post.</p><div class="post-footer">This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under <a href="/c">Arduino</a>. You can leave a response.</div><div class="comment">December 15, 2015 at 11:21</div>',
      published: '2015-12-14',
    },
    {
      name: 'a German blog footer "Dieser Artikel wurde am … geschrieben"',
      body: '<h1>Eine Rahmentasche</h1><p>Text.</p><div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/author">Heiner</a> geschrieben und unter dem Stichwort Nähen veröffentlicht.</div>',
      published: '2015-12-14',
    },
    {
      name: 'a footer sentence about the last change names a modification',
      body: '<h1>Guide</h1><p>Text.</p><p>This article was last updated on March 3, 2021 by the editors.</p>',
      published: undefined,
      modified: '2021-03-03',
    },
    {
      name: 'an event announced in the text after the page’s last stated change is no publication date',
      body: '<h1>Stammtisch</h1><p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe statt.</p><footer><ul><li id="footer-info-lastmod">Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></footer>',
      published: undefined,
      modified: '2020-01-29',
    },
    {
      name: 'a press release opening with its date in brackets',
      body: '<h1>Trauern digital</h1><div class="text"><strong>Karlsruhe, (12.11.2021). Traditionell gedenken Christinnen und Christen am Ewigkeitssonntag ihrer Verstorbenen.</strong></div><div class="events"><div>Mo. 15.11.2021 - Di. 16.11.2021</div></div>',
      published: '2021-11-12',
    },
    {
      name: 'WordPress "entry-date published updated" is the publication',
      body: '<h1>Post</h1><time class="entry-date published updated" datetime="2020-01-17T21:08:00+00:00">January 17, 2020</time>',
      published: '2020-01-17',
      modified: undefined,
    },
    {
      name: 'a stray closing brace does not hide the JSON-LD',
      head: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-26T18:10:00+01:00"}}</script>',
      body: '<h1>News</h1><p>Text.</p><ul class="related"><li><span class="date">09.08.2020 u 10:52</span></li></ul>',
      published: '2020-10-26',
    },
    {
      name: 'a logo heading is not the headline: the site’s "today" above the article stays weak',
      head: '<meta name="date" content="2017-05-01T17:05:00+0200">',
      body: '<header><h1><a href="/" class="logo">Radio Eins</a></h1><span class="site-date">Mittwoch, 26.02.2020</span></header>' + '<div><p>menu</p></div>'.repeat(40) + '<article><h1>Die Zukunft der Arbeit</h1><p>Text.</p></article>',
      published: '2017-05-01',
    },
    {
      name: 'a republished article dated by the headline on its modification day',
      head: '<meta property="article:published_time" content="2018-02-28T20:00:18+00:00"><meta property="article:modified_time" content="2020-01-05T11:53:45+00:00">',
      body: '<article><h1>Trolle im Wald</h1><div class="meta">Sonntag, 05.01.2020 - 12:53</div><p>Text.</p></article>',
      published: '2020-01-05',
      modified: '2020-01-05',
    },
    {
      name: 'a date callout of month, day and year in separate elements',
      body: '<div class="post"><div class="datum"><span class="monat">Feb</span> <span class="tag">18</span><span class="jahr">2009</span></div><h2>Ein neues Projekt</h2><p>Text.</p></div>',
      published: '2009-02-18',
    },
    {
      name: 'a spaced-out numeric date in the line under the headline',
      body: '<h1>Winterhechte</h1><table class="subline"><tr><td>26 | 01 | 2022 </td><td class="categories">Schweiz | Praxis</td></tr></table><p>Text.</p>',
      published: '2022-01-26',
    },
    {
      name: 'a <time> whose text says "Updated" is a modification, not a republication',
      head: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-01-10","dateModified":"2023-03-06"}</script>',
      body: '<article><h1>Stoffwechsel</h1><time>Aktualisiert am 06. Mär. 2023</time><p>Text.</p></article>',
      published: '2023-01-10',
      modified: '2023-03-06',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = extractDates(page(c.body, c.head));
      expect(d.published?.iso.slice(0, 10)).toBe(c.published);
      if ('modified' in c) expect(d.modified?.iso.slice(0, 10)).toBe(c.modified);
    });
  }
});

describe('visibleOverResaved', () => {
  const cases: { name: string; cands: DateClaim[]; want: string }[] = [
    {
      name: 'metadata published at the modification instant yields to an earlier date by the headline',
      cands: [claim('2022-11-17T10:33:13Z', 'meta', 0.9), claim('2022-11-17T10:32:18Z', 'meta', 0.85, 'modified'), claim('2022-03-09', 'text', 0.45)],
      want: '2022-03-09',
    },
    {
      name: 'the generic "date" field yields to an earlier date line',
      cands: [claim('2020-02-12', 'meta', 0.5), claim('2020-02-05', 'time', 0.5)],
      want: '2020-02-05',
    },
    {
      name: 'a first publication long before the modification stays',
      cands: [claim('2021-11-29T14:13:37Z', 'json-ld', 0.95), claim('2022-01-12T14:27:30Z', 'json-ld', 0.9, 'modified'), claim('2021-10-12', 'text', 0.45)],
      want: '2021-11-29',
    },
    {
      name: 'a date far from the headline does not count',
      cands: [claim('2022-11-17T10:33:13Z', 'meta', 0.9), claim('2022-11-17T10:32:18Z', 'meta', 0.85, 'modified'), claim('2022-03-09', 'text', 0.25)],
      want: '2022-11-17',
    },
    {
      name: 'a date by the headline on the metadata’s day confirms it, whatever else is printed',
      cands: [claim('2019-09-17T14:54:31+02:00', 'json-ld', 0.75), claim('2019-09-17T14:54:31+02:00', 'json-ld', 0.7, 'modified'), claim('2019-08-31', 'text', 0.65), claim('2019-09-17', 'text', 0.45)],
      want: '2019-09-17',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const pub = c.cands.find((x) => x.kind === 'published')!;
      const mod = c.cands.find((x) => x.kind === 'modified');
      expect(visibleOverResaved(c.cands, pub, mod)?.iso.slice(0, 10)).toBe(c.want);
    });
  }
});

describe('republishedAsShown', () => {
  const cases: { name: string; cands: DateClaim[]; want: string }[] = [
    {
      name: 'a reworked article dated by the headline on its modification day takes that day',
      cands: [claim('2021-11-29T14:13:37Z', 'json-ld', 0.95), claim('2022-01-12T14:27:30Z', 'json-ld', 0.9, 'modified'), claim('2022-01-12', 'text', 0.45)],
      want: '2022-01-12',
    },
    {
      name: 'an "as of" line and the Dublin Core date agreeing with the modification outweigh the JSON-LD',
      cands: [
        claim('2023-11-06T18:19+01:00', 'json-ld', 0.95),
        claim('2023-11-07T10:14+01:00', 'json-ld', 0.9, 'modified'),
        claim('2023-11-07T07:30+01:00', 'meta', 0.7),
        claim('2023-11-07T07:30', 'text', 0.65, 'published', 'Stand: 07.11.2023, 07:30 Uhr'),
      ],
      want: '2023-11-07',
    },
    {
      name: 'the publication day printed too keeps the publication',
      cands: [claim('2021-11-29T14:13:37Z', 'json-ld', 0.95), claim('2022-01-12T14:27:30Z', 'json-ld', 0.9, 'modified'), claim('2022-01-12', 'text', 0.45), claim('2021-11-29', 'time', 0.6)],
      want: '2021-11-29',
    },
    {
      name: 'a visible update line is no republication',
      cands: [claim('2019-10-15T16:59:59Z', 'json-ld', 0.95), claim('2020-03-12T14:42:17Z', 'json-ld', 0.9, 'modified'), claim('2020-03-12', 'text', 0.85, 'modified', 'Updated Mar 12, 2020')],
      want: '2019-10-15',
    },
    {
      name: 'a date far from the headline on the modification day does not count',
      cands: [claim('2021-11-29T14:13:37Z', 'json-ld', 0.95), claim('2022-01-12T14:27:30Z', 'json-ld', 0.9, 'modified'), claim('2022-01-12', 'text', 0.25)],
      want: '2021-11-29',
    },
    {
      name: 'a weaker date on the modification day below a stronger date line on another day keeps the publication',
      cands: [claim('2021-11-29T14:13:37Z', 'json-ld', 0.95), claim('2022-01-12T14:27:30Z', 'json-ld', 0.9, 'modified'), claim('2021-11-30', 'text', 0.7), claim('2022-01-12', 'text', 0.45)],
      want: '2021-11-29',
    },
    {
      name: 'a modification before the publication (a scheduled post) keeps the publication',
      cands: [claim('2022-01-28T08:20:11Z', 'meta', 0.9), claim('2022-01-27T16:58:24Z', 'meta', 0.85, 'modified'), claim('2022-01-27', 'text', 0.45)],
      want: '2022-01-28',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const pub = c.cands.find((x) => x.kind === 'published')!;
      const mod = c.cands.find((x) => x.kind === 'modified');
      expect(republishedAsShown(c.cands, pub, mod)?.iso.slice(0, 10)).toBe(c.want);
    });
  }
});

describe('labelledAsUpdate', () => {
  it.each([
    ['Updated Mar 12, 2020 @ 10:42 am', true],
    ['Aktualisiert am 06. Mär. 2023', true],
    ['Zuletzt aktualisiert: 06.03.2023', true],
    ['Editiert am 19. Oktober 2019, 19:08 Uhr', true],
    ['Veröffentlicht am 10.01.2023, aktualisiert am 06.03.2023', false],
    ['Monday, 6 January 2020', false],
    ['Die Regeln gelten seit dem 1. März und wurden am 6. März 2023 aktualisiert', false],
  ])('"%s" -> %s', (text, want) => expect(labelledAsUpdate(text)).toBe(want));
});

describe('spacedText', () => {
  it.each([
    ['<div><span class="month">Feb</span> <span class="day">18</span><span class="year">2009</span></div>', 'Feb 18 2009'],
    ['<div><span>Apr 04</span><span>2013</span></div>', 'Apr 04 2013'],
    ['<div><b>12</b>.03.2020</div>', '12.03.2020'],
    ['<div>18<span>:30</span> Uhr</div>', '18:30 Uhr'],
    ['<div>Published Tue, Nov 19 2019<span class="divider"></span>7:05 AM EST</div>', 'Published Tue, Nov 19 2019 7:05 AM EST'],
  ])('%s reads "%s"', (html, want) => {
    const el = doc(html).querySelector('div')!;
    expect(spacedText(el)).toBe(want);
  });
});

describe('spacedNumericDate', () => {
  it.each([
    ['26 | 01 | 2022', undefined, '2022-01-26'],
    ['26 / 01 / 2022', undefined, '2022-01-26'],
    ['01 / 26 / 2022', undefined, '2022-01-26'],
    ['03 / 04 / 2022', 'en-us', '2022-03-04'],
    ['26 - 01 - 2022', undefined, '2022-01-26'],
    ['26 | 01 / 2022', undefined, null],
    ['Seite 26 | 01 | 2022', undefined, null],
    ['26 | 14 | 2022', undefined, null],
  ])('"%s" (%s) -> %s', (text, lang, want) => expect(spacedNumericDate(text, lang)?.iso ?? null).toBe(want));
});

describe('inSiteClock', () => {
  it.each([
    ['<div class="today"><span id="x">Mittwoch</span></div>', true],
    ['<div class="header-date-today"><span id="x">Mittwoch</span></div>', true],
    ['<div id="clock"><b><span id="x">12:00</span></b></div>', true],
    ['<div class="todays-news"><span id="x">Mittwoch</span></div>', false],
    ['<div class="post-date"><span id="x">Mittwoch</span></div>', false],
  ])('%s -> %s', (html, want) => expect(inSiteClock(doc(html).getElementById('x')!)).toBe(want));
});

describe('day-month order', () => {
  it.each([
    ['2021-01-11', '11/01/2021', '2021-11-01'],
    ['2021-01-11', '11.01.2021', '2021-11-01'],
    ['2021-01-13', '13/01/2021', undefined],
    ['2021-05-05', '05/05/2021', undefined],
    ['2021-01-11', 'January 11, 2021', undefined],
  ])('%s read from "%s" swaps to %s', (iso, evidence, want) => {
    expect(swappedDay(claim(iso, 'text', 0.45, 'published', evidence))).toBe(want);
  });

  it('reads visible dates month first when only that reading matches the metadata', () => {
    const cands = [claim('2021-11-01T05:00:14', 'json-ld', 0.95), claim('2021-01-11', 'text', 0.45, 'published', '11/01/2021'), claim('2021-01-12', 'text', 0.2, 'published', '12/01/2021')];
    expect(alignDayMonthOrder(cands).map((c) => c.iso.slice(0, 10))).toEqual(['2021-11-01', '2021-11-01', '2021-12-01']);
  });

  it('keeps the day-first reading when the metadata agree with it', () => {
    const cands = [claim('2021-01-11', 'meta', 0.9), claim('2021-01-11', 'text', 0.45, 'published', '11.01.2021')];
    expect(alignDayMonthOrder(cands)).toBe(cands);
  });
});

describe('postedSentence', () => {
  it.each([
    ['This entry was posted on Monday, December 14th, 2015 at 2:48 pm and is filed under', '2015-12-14T14:48', 'published'],
    ['Dieser Beitrag wurde am 3. Mai 2019 veröffentlicht.', '2019-05-03', 'published'],
    ['This post was published on 2020-02-03 and updated since.', '2020-02-03', 'modified'],
    ['This page was last edited on 5 March 2020, at 13:22.', '2020-03-05', 'modified'],
    ['Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.', '2020-01-29T13:22', 'modified'],
    ['This entry was posted in News. Bookmark the permalink.', undefined, undefined],
    ['The meeting was held on May 3, 2019.', undefined, undefined],
  ])('%s', (text, iso, kind) => {
    const c = postedSentence(text, {});
    expect(c?.iso).toBe(iso);
    expect(c?.kind).toBe(kind);
  });
});

describe('inEmbeddedDocument', () => {
  const d = doc('<article><blockquote><p id="q">Quoted <b id="b">text</b></p></blockquote><div class="twitter-tweet"><span id="t">x</span></div><p id="own">Own</p></article>');
  it.each([
    ['q', true],
    ['b', true],
    ['t', true],
    ['own', false],
  ])('#%s -> %s', (id, want) => {
    expect(inEmbeddedDocument(d.getElementById(id)!)).toBe(want);
  });
});

describe('isLogoHeading', () => {
  it.each([
    ['<h1><a href="/"><img alt="Site"></a></h1>', true],
    ['<h1><a href="https://example.org/">Example News</a></h1>', true],
    ['<h1><a href="/home" class="site-logo">Example</a></h1>', true],
    ['<h1>Storm hits the coast</h1>', false],
    ['<h1><a href="/2020/01/storm">Storm hits the coast</a></h1>', false],
    ['<h1><span>Kultur</span> <a href="/">Storm</a> hits</h1>', false],
  ])('%s -> %s', (html, want) => {
    expect(isLogoHeading(doc(html).querySelector('h1')!)).toBe(want);
  });
});

describe('parseLoose', () => {
  it.each([
    ['{"a":1}', { a: 1 }],
    ['{"a":1,}', { a: 1 }],
    ['{"a":{"b":"}"}}}', { a: { b: '}' } }],
    ['[{"a":1}] trailing', [{ a: 1 }]],
    ['<!-- {"a":"x\\"}"} -->', { a: 'x"}' }],
    ['not json', undefined],
  ])('%s', (raw, want) => {
    expect(parseLoose(raw)).toEqual(want);
  });

  it('firstJsonValue stops at the end of the first value', () => {
    expect(firstJsonValue('{"a":[1,{"b":2}]}}\n}')).toBe('{"a":[1,{"b":2}]}');
  });
});

describe('visibleOverResaved keeps a publication corrected minutes later', () => {
  it('does not take a teaser’s date over a publication three minutes before its modification', () => {
    const cands = [claim('2020-10-26T18:10:00+01:00', 'json-ld', 0.95), claim('2020-10-26T18:13:30+01:00', 'json-ld', 0.9, 'modified'), claim('2020-08-09', 'time', 0.6)];
    expect(visibleOverResaved(cands, cands[0], cands[1])?.iso.slice(0, 10)).toBe('2020-10-26');
  });
});

describe('dates beside links', () => {
  const cases: { name: string; body: string; head?: string; url: string; published: string | undefined }[] = [
    {
      name: 'a blog’s date linked to the archive of that day beats a slider’s date',
      body: '<div class="slider"><div>14/02/2019</div></div><h1>Fall in love with black</h1><div class="post-meta"><a href="https://example.org/blog/2017/08/08/">08/08/2017</a> <a href="/author">durch Anna</a></div><p>Text.</p>',
      url: 'https://example.org/blog/fall-in-love/',
      published: '2017-08-08',
    },
    {
      name: 'the page’s own teaser in a news box dates a page without a date of its own',
      body: '<aside class="news"><div class="item"><a href="/de/news/18724/">Staat übernimmt Abschlag</a> <span>29.11.2022</span></div><div class="item"><a href="/de/news/18725/">Entlastungen auf einen Blick</a> <span>21.11.2022</span></div><div class="item"><a href="/de/news/18723/">Gaspreise</a> <span>15.11.2022</span></div><div class="item"><a href="/de/news/18722/">Strom</a> <span>14.11.2022</span></div></aside><div class="text"><p>Artikeltext ohne Datum.</p></div>',
      url: 'https://www.example.org/de/news/18725/',
      published: '2022-11-21',
    },
    {
      name: 'the share image filed under a day dates a page with nothing else',
      head: '<meta property="og:image" content="https://example.org/files/2016/05/04/report.png">',
      body: '<h2>Annual report</h2><p>Our year.</p>',
      url: 'https://example.org/annual-report/2015/',
      published: '2016-05-04',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(extractDates(page(c.body, c.head, c.url)).published?.iso.slice(0, 10)).toBe(c.published);
    });
  }

  it.each([
    ['https://www.example.org/a/b/', 'example.org/a/b'],
    ['/a/b/index.html?x=1#c', 'example.org/a/b'],
    ['mailto:x@example.org', null],
  ])('addressKey(%s) = %s', (href, want) => {
    expect(addressKey(href, new URL('https://example.org/'))).toBe(want);
  });

  it('ownTeaserDates ignores a list that holds the page among others', () => {
    const p = page('<ul><li><a href="/this/">This week</a></li><li><a href="/last/">Last week</a> 31. Dezember 2021</li></ul>', '', 'https://example.org/this/');
    expect(ownTeaserDates(p)).toEqual([]);
  });

  it('ownTeaserDates ignores links to the home page and to other pages', () => {
    const p = page('<div><a href="/">Home</a> 01.02.2020</div><div><a href="/other/">Other</a> 02.02.2020</div><div><a href="/this/">This</a> 03.02.2020</div>', '', 'https://example.org/this/');
    expect(ownTeaserDates(p).map((c) => c.iso)).toEqual(['2020-02-03']);
  });

  it.each([
    ['/blog/2017/08/08/', '2017-08-08', true],
    ['/blog/2017/08/08', '2017-08-08', true],
    ['/blog/2017/08/08/a-post/', '2017-08-08', false],
    ['/blog/2017/08/09/', '2017-08-08', false],
    ['/tag/fashion/', '2017-08-08', false],
    ['/2014/links-2017-08-08/', '2017-08-08', false],
  ])('linksToArchiveOf(%s, %s) = %s', (href, iso, want) => {
    const a = doc(`<a href="${href}">x</a>`).querySelector('a')!;
    expect(linksToArchiveOf(a, iso, { url: new URL('https://example.org/') })).toBe(want);
  });

  it.each([
    ['/2020/01/17/title', '2020-01-17'],
    ['/news/2020-01-17-title', '2020-01-17'],
    ['/img_20200117.jpg', '2020-01-17'],
    ['/2023/10/3-fragen', undefined],
    ['/2020/13/01/', undefined],
  ])('pathDay(%s) = %s', (path, want) => {
    expect(pathDay(path)?.iso).toBe(want);
  });
});

describe('element scans by string tests', () => {
  const { document } = parseHTML(`<html><body>
    <div class="Post-Date">1</div><span id="pubDATE">2</span><p class="published">3</p><p class="posted-on">4</p>
    <span class="timestamp">5</span><time class="time">6</time><meta property="article:date"><i data-date="x">7</i>
    <b data-date-time="y">8</b><u data-published="z">9</u><em class="lead">no</em><time>10</time>
    <a href="/"><span><button><b id="inside">x</b></button></span></a></body></html>`);
  const doc = document as unknown as Document;

  it('namedAsDate selects what the CSS selector it replaces selects, in document order', () => {
    const css = '[class*="date" i], [id*="date" i], [class*="publish" i], [class*="posted" i], [class*="time" i]:not(time), [property*="date" i], [data-date], [data-date-time], [data-published]';
    expect(elementsWhere(doc, namedAsDate)).toEqual(Array.from(doc.querySelectorAll(css)));
  });

  it('closestTag finds the nearest ancestor by element name, the element itself included', () => {
    const b = doc.getElementById('inside')!;
    expect(closestTag(b, new Set(['button']))?.tagName).toBe('BUTTON');
    expect(closestTag(b, new Set(['a']))).toBe(b.closest('a'));
    expect(closestTag(b, new Set(['b']))).toBe(b);
    expect(closestTag(b, new Set(['option']))).toBeNull();
  });
});

describe('date candidates', () => {
  it('list a reading two rules find once, at its strongest', () => {
    // The labelled line is read as a labelled date and, short as it is, as a date line of its own too.
    const dates = extractDates(page('<p class="meta">News ID: 142327 Publish Date : 08 August 2025 - 22:25</p><h1>Truce talks</h1><p>Text of the story.</p>'));
    const ids = dates.candidates.map((c) => `${c.kind} ${c.iso} ${c.from} ${c.evidence}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(dates.published?.iso).toBe('2025-08-08T22:25');
    expect(dates.candidates.find((c) => c.iso === '2025-08-08T22:25')?.confidence).toBe(dates.published?.confidence);
  });
});
