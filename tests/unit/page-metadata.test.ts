// Dates and authors read from small hand-written pages: labels, lists of posts, forum furniture, JSON-LD works.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractAuthors } from '../../utils/extract/authors';
import { nameAfterLabel, nameBesideDate, visibleBylines } from '../../utils/extract/byline-text';
import { extractDates } from '../../utils/extract/dates';
import { readPage, type Page } from '../../utils/extract/page';
import { builtInEntityLexicon } from '../../utils/entities/built-in-model';
import { isForename } from '../../utils/entities/features';
import { isSiteName, stripSiteName } from '../../utils/extract/title';
import { builtInRegistry } from '../../utils/sources/built-in-outlets';

const page = (body: string, url = 'https://example.org/a/story', head = '') =>
  readPage(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, url);

describe('published dates from the text', () => {
  it('reads a "Written:" line as the publication and keeps the update apart', () => {
    const d = extractDates(page('<h1>Heat wave ends</h1><p class="info">Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46</p><ul><li>2023-11-03</li><li>2023-11-06</li></ul>'));
    expect(d.published?.iso).toBe('2023-11-07T15:03:30');
    expect(d.published?.from).toBe('text');
    expect(d.modified?.iso).toBe('2023-11-07T15:30:46');
  });

  it('shows the date printed under the headline rather than the address when both name the day', () => {
    const d = extractDates(page('<h1>How hot should a heap get?</h1><p class="entry-meta">12 March 2024 · Compost, Soil</p><p>Text.</p>', 'https://example.org/2024/03/12/heap/'));
    expect(d.published?.iso).toBe('2024-03-12');
    expect(d.published?.from).toBe('text');
    expect(d.candidates.some((c) => c.from === 'url')).toBe(true);
  });

  it('does not take a release date told in a sentence for the page date', () => {
    const d = extractDates(page('<h1>Reflections on Python 3</h1><p>January 13, 2020 at 08:45 AM | categories: Python</p><p>Mercurial 5.2 was released on November 5, 2019. It is the first version that supports Python 3 fully.</p>', 'https://example.org/blog/2020/01/13/python-3/'));
    expect(d.published?.iso.slice(0, 10)).toBe('2020-01-13');
  });

  it('skips the site clock and a member\'s registration date in a forum', () => {
    const d = extractDates(page('<div class="time">Aktuelle Zeit: 14.10.2020, 12:18</div><h1>Forenregeln</h1><div class="post"><p>Beitragvon r23 » 21.01.2009, 05:42</p><p>Text des Beitrags</p><div class="profile">r23 Beiträge: 1626 Registriert: 18.09.2008, 05:56</div></div>'));
    expect(d.published?.iso).toBe('2009-01-21T05:42');
  });

  it('discounts labelled lines of a list of posts on different days', () => {
    const d = extractDates(
      page(
        '<h1>Mieterhöhung verhindern</h1><time datetime="2022-02-04T15:29:27+01:00">4. Februar 2022</time><p>Text.</p><div class="embed"><p>Posted by A on Monday, February 7, 2022</p></div><div class="embed"><p>Posted by B on Sunday, February 6, 2022</p></div>',
        'https://example.org/2022/02/04/mieterhoehung/',
      ),
    );
    expect(d.published?.iso.slice(0, 10)).toBe('2022-02-04');
  });

  it('reads a weak "Datum:" label below the article markup', () => {
    const d = extractDates(
      page('<h1>Die Plejaden</h1><p>Datum: 31/08/2019</p>', 'https://example.org/plejaden', '<script type="application/ld+json">{"@type":"WebPage","datePublished":"2019-09-17T14:54:31+02:00"}</script>'),
    );
    expect(d.published?.iso).toBe('2019-09-17T14:54:31+02:00');
    expect(d.candidates.some((c) => c.evidence === 'Datum: 31/08/2019' && c.confidence < 0.75)).toBe(true);
  });

  it.each([
    ['Zuletzt geändert am 7. März 2021'],
    ['Editiert am 7. März 2021, 19:08 Uhr'],
    ['Bearbeitet am: 07.03.2021'],
  ])('reads "%s" as the modification, not the publication', (line) => {
    const d = extractDates(page(`<h1>Wahlrecht</h1><p class="meta">Veröffentlicht am 5. März 2021</p><p class="meta">${line}</p>`));
    expect(d.published?.iso.slice(0, 10)).toBe('2021-03-05');
    expect(d.modified?.iso.slice(0, 10)).toBe('2021-03-07');
  });

  it.each([
    ['<div class="today">Wednesday, August 19, 2020</div>'],
    ['<div id="header"><span class="current-date">Mittwoch, 19.08.2020</span></div>'],
    ['<p class="datum-heute">19.08.2020</p>'],
  ])('skips the site clock named by its element: %s', (clock) => {
    const d = extractDates(page(`${clock}<h1>Grundsteuer steigt</h1><p class="meta">14.08.2020</p><p>Text.</p>`));
    expect(d.published?.iso.slice(0, 10)).toBe('2020-08-14');
    expect(d.candidates.some((c) => c.iso.startsWith('2020-08-19'))).toBe(false);
  });

  it('does not take an update line whose <time> is unlabelled for a republication', () => {
    const d = extractDates(
      page(
        '<h1>Delhi air</h1><p class="byline">By Umair Irfan Updated <time datetime="2019-11-13T15:28:18">Nov 13, 2019, 10:28am EST</time></p><p>Text.</p>',
        'https://www.example.com/science/2019/11/8/1/delhi',
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-08T15:30:00-05:00","dateModified":"2019-11-13T10:28:18-05:00"}</script>',
      ),
    );
    expect(d.published?.iso).toBe('2019-11-08T15:30:00-05:00');
  });

  it('keeps a timed publication when the update line gives only the same day', () => {
    const d = extractDates(
      page('<h1>Why you cannot trust it</h1><p class="update-time">Updated 1909 GMT (0309 HKT) November 18, 2019</p><p>Text.</p>', 'https://www.example.com/2019/11/18/politics/story/index.html', '<meta itemprop="datePublished" content="2019-11-18T16:18:00Z">'),
    );
    expect(d.published?.iso).toBe('2019-11-18T16:18:00Z');
    expect(d.published?.from).toBe('meta');
  });

  it('reads a byline with a two-digit year', () => {
    expect(extractDates(page('<h1>Der neue Trend</h1><p class="meta">von <a href="/autor/k">Klaus Beispiel</a>, 8.5.12</p>')).published?.iso).toBe('2012-05-08');
  });
});

describe('authors', () => {
  it('reads the author of a recipe when the page declares no article', () => {
    const p = page('<h1>Mandarinen-Kuchen</h1>', 'https://example.org/rezepte/1', '<script type="application/ld+json">{"@type":"Recipe","name":"Mandarinen-Kuchen","author":{"@type":"Person","name":"jesusfreak"},"review":[{"@type":"Review","author":{"@type":"Person","name":"Someone Else"}}]}</script>');
    expect(extractAuthors(p, undefined).map((a) => a.name)).toEqual(['jesusfreak']);
  });

  it("gives an account name credited as author its owner's name as the article's text prints it", () => {
    const p = page('<h1>Wahl in Petersberg</h1><p>Text.</p>', 'https://news.example/a', '<meta name="author" content="anna.stadtfeld">');
    const text = 'Die Wahl ist entschieden. Jane Roe gewann knapp.\n\nDie Gemeindepolitik bleibt spannend. (Anna P. Stadtfeld) +++';
    expect(extractAuthors(p, undefined, undefined, { articleText: text }).map((a) => a.name)).toEqual(['Anna P. Stadtfeld']);
    // No name in the text is the account's: it stays as credited.
    expect(extractAuthors(p, undefined, undefined, { articleText: 'Jane Roe gewann knapp.' }).map((a) => a.name)).toEqual(['anna.stadtfeld']);
    // An account shaped like a domain name ("john.smith") is no site's name: "smith" is no top-level domain.
    const smith = page('<h1>Wahl</h1><p>Text.</p>', 'https://news.example/a', '<meta name="author" content="john.smith">');
    expect(extractAuthors(smith, undefined, undefined, { articleText: 'Reported by John Smith.' }).map((a) => a.name)).toEqual(['John Smith']);
  });

  it("names the creator's account when nothing else names a writer and the page names the site's account apart", () => {
    const named = (head: string) => extractAuthors(page('<h1>Chapter 1: Prologue</h1><p>Text.</p>', 'https://fiction.example/a', head), undefined).map((a) => a.name);
    expect(named('<meta name="twitter:site" content="@FictionSite"><meta name="twitter:creator" content="@delta201">')).toEqual(['delta201']);
    // The creator alone, or one of the site's own accounts, is as often the site's.
    expect(named('<meta name="twitter:creator" content="@delta201">')).toEqual([]);
    expect(named('<meta name="twitter:site" content="@network"><meta name="twitter:site" content="@edition"><meta name="twitter:creator" content="@edition">')).toEqual([]);
  });

  it("prefers the post's author, named alike by its link and its printed byline, to a site-wide author meta naming others", () => {
    const credited = (byline: string) =>
      extractAuthors(page(`<h1>Python 3.6.0 is now available</h1><p>Text.</p><div class="post-footer">${byline}</div>`, 'https://blog.example/a', "<meta name='author' content='Marcin Muster'>"), 'Marcin Muster').map((a) => a.name);
    expect(credited('<span class="post-author vcard">Posted by <span class="fn">Ned Deily</span></span>')).toEqual(['Ned Deily']);
    // The link alone, or a printed name alone, does not outweigh the meta.
    expect(credited('<span class="post-author vcard"><span class="fn">Ned Deily</span></span>')).toEqual(['Marcin Muster']);
  });

  it("prefers a byline naming a person to a site's author meta that names none", () => {
    const isForename = (w: string) => ['Ivan', 'Jane'].includes(w);
    const credited = (body: string, meta: string) =>
      extractAuthors(page(`<h1>Hechte im Winter</h1>${body}<p>Text.</p>`, 'https://magazin.example/a', `<meta name="author" content="${meta}">`), 'Auto Illustrierte', undefined, { isForename }).map((a) => a.name);
    expect(credited('<table><tr><td class="authorbold"><b>Text & Fotos:</b> Ivan Valetny </td></tr></table>', 'Auto Illustrierte')).toEqual(['Ivan Valetny']);
    // A byline of no person, or a meta that names one, changes nothing.
    expect(credited('<div class="author">Redaktion</div>', 'Auto Illustrierte')).toEqual(['Auto Illustrierte']);
    expect(credited('<div class="author">Text & Fotos: Ivan Valetny</div>', 'Jane Roe')).toEqual(['Jane Roe']);
    // So a link to the site's profile ("Google") yields to the post's byline; an agency credited there stays.
    const registry = builtInRegistry();
    const linked = (link: string) =>
      extractAuthors(page(`<h1>Safer browsing</h1><span class="byline-author">Posted by Jane Roe and Ivan Muster - Safe Browsing team</span><a rel="author" href="/profile">${link}</a><p>Text.</p>`, 'https://blog.example/a'), undefined, registry, { isForename }).map((a) => a.name);
    expect(linked('Google')).toEqual(['Jane Roe', 'Ivan Muster']);
    expect(linked('Associated Press')).toEqual(['Associated Press']);
  });

  it('credits the guest a short opening paragraph names by the kind of piece, before the account that posted it', () => {
    const p = page('<h1>Interview mit Sonja Beispiel</h1><p>Text.</p>', 'https://blog.example/a', '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Paul Poster"}}</script>');
    const credited = (text: string) => extractAuthors(p, undefined, undefined, { articleText: text }).map((a) => a.name);
    expect(credited('„Ein Zitat.“\n\nEin Interview von Eugen Muster mit Sonja Beispiel.\n\nDie Fragen stellte …')).toEqual(['Eugen Muster']);
    expect(credited('Blog Beitrag von Margarita Beispiel\n\nText.')).toEqual(['Margarita Beispiel']);
    expect(credited('A guest post by Jane Example\n\nText.')).toEqual(['Jane Example']);
    // A bare label only before a person's name, hyphenation hints and all: headings open so too.
    const names = (text: string) => extractAuthors(p, undefined, undefined, { articleText: text, isForename: (w) => w === 'Matthias' }).map((a) => a.name);
    expect(names('Ein Resümee.\n\nVon Mat\u00adthi\u00adas Lauerer\n\nText.')).toEqual(['Matthias Lauerer']);
    expect(names('Von Rund Bis Eckig\n\nText.')).toEqual(['Paul Poster']);
    // A bare "By …" opens headings as often as credits; a credit deeper in the text is the text's.
    expect(credited('By The Numbers\n\nText.')).toEqual(['Paul Poster']);
    expect(credited('Erster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz.\n\nEin Interview von Eugen Muster.')).toEqual(['Paul Poster']);
  });

  it("drops Readability's byline when the page prints it only as a reader's comment author", () => {
    const comments = '<ol class="comment-list"><li class="comment"><div class="w-comments-item-author"><span>Robert Reader</span></div><p>Great post.</p></li></ol>';
    const commented = page(`<h1>Change the font size</h1><p>Text.</p>${comments}`);
    expect(extractAuthors(commented, 'Robert Reader').map((a) => a.name)).toEqual([]);
    // Printed as the article's byline too, the name is the writer's.
    const written = page(`<h1>Change the font size</h1><p class="byline">Robert Reader</p><p>Text.</p>${comments}`);
    expect(extractAuthors(written, 'Robert Reader').map((a) => a.name)).toEqual(['Robert Reader']);
  });

  it("reads no byline in a menu named for navigation ('By Method', 'By Cuisine')", () => {
    const menu = '<div class="side-navigation"><ul><li><a href="/recipes/method">By Method</a></li><li><a href="/recipes/cuisine">By Cuisine</a></li></ul></div>';
    expect(extractAuthors(page(`${menu}<h1>Roasted chicken</h1><p>Text.</p>`), undefined).map((a) => a.name)).toEqual([]);
  });

  it("drops a picture's credit named for an author, as Readability's byline and as a byline element", () => {
    const caption = '<p class="caption">Antananarivo at dusk. <span class="media-license-author">zvg</span></p>';
    expect(extractAuthors(page(`<h1>Madagaskar</h1>${caption}<p>Text.</p>`), 'zvg').map((a) => a.name)).toEqual([]);
    const figure = '<figure><img src="a.jpg"><figcaption><span class="author">Mike Blake</span></figcaption></figure>';
    expect(extractAuthors(page(`<h1>Microsoft</h1>${figure}<p class="byline">Jane Roe</p><p>Text.</p>`), undefined).map((a) => a.name)).toEqual(['Jane Roe']);
  });

  it('takes a domain name printed in a title for a site name, an account shaped like one not', () => {
    expect(isSiteName('Example.net', [])).toBe(true);
    expect(isSiteName('wien.ORF.at', [])).toBe(true);
    expect(isSiteName('john.smith', [])).toBe(false);
  });

  it('reads a name after a label set apart in bold', () => {
    const p = page('<h1>Die Haubenfahrzeuge</h1><p>Text.</p><div class="content"><p><strong>Autor:</strong> <a href="/profil/7">Klaus Muster</a><br/><strong>Tags:</strong> <a href="/t/1">1907</a>, <a href="/t/2">nag</a>, <a href="/t/3">leipzig</a>, <a href="/t/4">braunschweig</a>, <a href="/t/5">haubenfahrzeuge</a>, <a href="/t/6">klaus muster</a></p></div>');
    expect(visibleBylines(p)).toEqual(['Klaus Muster']);
  });

  it('reads a name after a label styled as a small heading', () => {
    const p = page('<h1>Neuer Kombi</h1><div class="meta"><h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Klaus Muster/SP-X</div><p>Text.</p>');
    expect(visibleBylines(p)[0]).toBe('Klaus Muster');
  });

  it('reads a label and the rest of its line inside a long block', () => {
    const long = 'Das Gericht hat entschieden, dass der Antrag abzulehnen war, weil die Voraussetzungen nicht vorlagen. '.repeat(3);
    const p = page(`<h1>Kein Anspruch</h1><div class="text">${long}<br/>Autor: <a href="/anwalt/">Rechtsanwalt</a> Max Muster</div>`);
    expect(extractAuthors(p, undefined).map((a) => a.name)).toEqual(['Max Muster']);
  });

  it('reads a Chinese editor credit', () => {
    expect(visibleBylines(page('<h1>标题</h1><p>正文。</p><span><a>【纠错】</a> 责任编辑：王明</span>'))[0]).toBe('王明');
  });

  const authorRows: [string, string, string, string, string[]][] = [
    ['a meta author naming the site gives way to the byline', '<h1>T</h1><p class="byline">Autor: Jane Doe</p>', 'https://www.interscenar.io/a/1', '<meta name="author" content="Interscenario">', ['Jane Doe']],
    ['an organisation in the meta gives way to the byline', '<h1>T</h1><p class="byline">Von Jane Doe</p>', 'https://example.org/a/1', '<meta name="author" content="Beispiel-Stiftung e.V.">', ['Jane Doe']],
    ['an account name printed in full, accents and all', '<h1>T</h1><p class="byline">Autor: Gàbor Muniér</p>', 'https://example.org/a/1', '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"gabor_munier"}}</script>', ['Gàbor Muniér']],
    ['an organisation is kept when no person is named', '<h1>T</h1><p>Text.</p>', 'https://example.org/a/1', '<meta name="author" content="Beispiel-Stiftung e.V.">', ['Beispiel-Stiftung e.V.']],
    ['a site credit followed by its address names no one else', '<h1>T</h1><p>Text.</p>', 'https://www.example.org/a/1', '<meta name="author" content="example.org, Frankfurt, Germany">', ['example.org']],
    ['an account name is printed in full by the byline', '<h1>T</h1><p class="byline">von Jane Doe</p>', 'https://example.org/a/1', '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"janedoe"}}</script>', ['Jane Doe']],
    ['co-authors listed by the byline join the metadata\'s author', '<h1>T</h1><p class="byline">von Jane Doe, John Roe</p>', 'https://example.org/a/1', '<meta name="author" content="Jane Doe">', ['Jane Doe', 'John Roe']],
    ['a byline past the site\'s own credit', '<h1>T</h1><p class="x">von Example</p><p>Text.</p><p><em>Written by: <a href="/x">Jane Doe</a></em></p>', 'https://www.example.org/a/1', '', ['Jane Doe']],
    ['a first name printed in full in the text', '<h1>T</h1><p><strong>Eine Kolumne von Jane Doe</strong></p><p>Text.</p>', 'https://example.org/a/1', '<meta name="author" content="Jane">', ['Jane Doe']],
    ['not the authors of a cited work', '<h1>T</h1><p itemprop="author">Jane Doe</p><ol><li itemprop="citation" itemscope><meta itemprop="author" content="A. Roe, B. Poe"></li></ol>', 'https://example.org/a/1', '', ['Jane Doe']],
    ['a plugin\'s article_author_name meta', '<h1>T</h1><p>Text.</p>', 'https://example.org/a/1', '<meta name="share:article_author_name" content="Jane Doe">', ['Jane Doe']],
    ['not the web agency a meta author names by its address', '<h1>T</h1><p>Text.</p>', 'https://www.example.org/a/1', '<meta name="author" content="Web Muster GmbH www.web-muster.de">', []],
    ['the site\'s initials are the site, not a co-author', '<h1>T</h1><p class="author">JF</p><p class="byline">Boris T. Muster</p>', 'https://example.org/a/1', '<meta property="og:site_name" content="JUNGE FREIHEIT">', ['Boris T. Muster']],
    ['initials printed in full in the licence attribution', '<h1>T</h1><p class="byline">by DT</p><p>Text.</p><footer><span>Ein Tagebuch</span> von <a rel="cc:attributionURL" href="/">Donald Tester</a></footer>', 'https://example.org/a/1', '', ['Donald Tester']],
    ['a licence attribution when nothing else names the writer', '<h1>T</h1><p>Text.</p><p><span property="cc:attributionName">Jane Doe</span></p>', 'https://example.org/a/1', '', ['Jane Doe']],
    ['an author box when nothing else names the writer', '<h1>T</h1><p>Text.</p><div class="author-bio"><h3>Über den Autor</h3><h4>Jane Doe</h4><a href="/author/jane">Alles von Jane Doe</a></div>', 'https://example.org/a/1', '', ['Jane Doe']],
    ['not a button beside the author box\'s name', '<h1>T</h1><p>Text.</p><div class="author-info"><section><h3><a href="/in/jane">Jane Doe</a><a href="/follow">Follow</a></h3><p>Writes about energy, housing and the cities of the north, and has done so for twenty years at several papers.</p></section></div>', 'https://example.org/a/1', '', ['Jane Doe']],
    ['not a commenter\'s box', '<h1>T</h1><p>Text.</p><div class="comments"><div class="author-box"><h4>John Roe</h4><p>Writes about energy, housing and the cities of the north, and has done so for twenty years at several papers.</p></div></div>', 'https://example.org/a/1', '', []],
    ['the site\'s own credit before an author box', '<h1>T</h1><p>Text.</p><div class="author-box"><h4>John Roe</h4><p>Writes about energy, housing and the cities of the north, and has done so for twenty years at several papers.</p></div>', 'https://example.org/a/1', '<meta name="author" content="Example Redaktion">', ['Example Redaktion']],
  ];
  for (const [title, body, url, head, names] of authorRows) it(title, () => expect(extractAuthors(page(body, url, head), undefined).map((a) => a.name)).toEqual(names));

  it('does not take the site\'s own outlet, by an edition of its name, for a co-author; another outlet stays', () => {
    const registry = builtInRegistry();
    const own = page('<h1>T</h1><p>Text.</p>', 'https://sputniknews.com/columnists/1/', '<meta name="author" content="Finian Cunningham. Sputnik International">');
    expect(extractAuthors(own, undefined, registry).map((a) => a.name)).toEqual(['Finian Cunningham']);
    const other = page('<h1>T</h1><p>Text.</p>', 'https://www.msn.com/en-us/health/1', '<meta name="author" content="Sandee LaMotte, CNN">');
    expect(extractAuthors(other, undefined, registry).map((a) => a.name)).toEqual(['Sandee LaMotte', 'CNN']);
  });

  it('answers on a page nesting thousands of author boxes without a name', () => {
    const nested = '<div class="author-info"><span>x</span>'.repeat(3000) + '</div>'.repeat(3000);
    expect(extractAuthors(page(`<h1>T</h1><p>Text.</p>${nested}`), undefined)).toEqual([]);
  });

  describe('the footer\'s copyright holder', () => {
    const registry = builtInRegistry();
    const lexicon = builtInEntityLexicon();
    const names = { isForename: (w: string) => isForename(lexicon, w) };
    const footer = (line: string, url = 'https://example.org/blog/1') => page(`<h1>T</h1><p>Text.</p><div id="footer"><p>${line}</p></div>`, url);
    const authorsOf = (p: Page) => extractAuthors(p, undefined, registry, names).map((a) => a.name);
    it('names the writer of a personal site', () => {
      expect(authorsOf(footer('Copyright (c) 2012- Gregory Tester. All rights reserved. Design by <a href="/">X</a>'))).toEqual(['Gregory Tester']);
      expect(authorsOf(footer('(c) Johannes Muster • Weitere Rechte siehe Impressum'))).toEqual(['Johannes Muster']);
      expect(authorsOf(footer('(<a href="/cc">Creative Commons</a>) 2006-2008 by Martin Muster <br> Hosted by <a href="/">Host</a>'))).toEqual(['Martin Muster']);
    });
    it('is not a company, a newspaper, a photographer or a known outlet\'s publisher', () => {
      expect(authorsOf(footer('© 2024 Docker Inc. All rights reserved.'))).toEqual([]);
      expect(authorsOf(footer('© 2024 Kanton Bern'))).toEqual([]);
      expect(authorsOf(footer('Copyright © 2023 Arizona Daily Star'))).toEqual([]);
      expect(authorsOf(page('<h1>T</h1><p>Text.</p><footer><figure><img src="x.jpg"><figcaption>© Marcel Muster, 31.05.2013</figcaption></figure></footer>', 'https://example.org/a'))).toEqual([]);
      expect(authorsOf(footer('© 2024 Martin Muster', 'https://www.reuters.com/world/1'))).toEqual([]);
    });
    it('is not weighed without the gazetteer of given names', () => {
      expect(extractAuthors(footer('© 2020 Gregory Tester'), undefined, registry).map((a) => a.name)).toEqual([]);
    });
  });

  it('reads a name set beside the date, but not the categories listed there', () => {
    expect(nameBesideDate('11.12.2019 - Amelie Muster')).toBe('Amelie Muster');
    expect(nameBesideDate('12 March 2024 · Jane Doe')).toBe('Jane Doe');
    expect(nameBesideDate('12 March 2024 · Compost, Soil')).toBeNull();
    expect(nameBesideDate('Jane Doe – 12.03.2020 – Politik')).toBeNull();
  });

  it('ends a name at the next label, or at the month of a date after it', () => {
    expect(nameAfterLabel('Autor: Klaus Muster Datum: 12.03.2020')).toBe('Klaus Muster');
    expect(nameAfterLabel('by Regan September 15, 2014')).toBe('Regan');
    expect(nameAfterLabel('von Jana Muster 3. März 2021')).toBe('Jana Muster');
    expect(nameAfterLabel('Posted by Nesselsetzer under Just Stuff, Politics')).toBe('Nesselsetzer');
  });

  it('takes a label after a hyphen set apart, not the end of a hyphenated word', () => {
    expect(nameAfterLabel('Brand-as-Author Sitewide Billboard')).toBeNull();
    expect(nameAfterLabel('12.03.2020 - by Jane Doe')).toBe('Jane Doe');
    expect(nameAfterLabel('---- by Kenneth Muster')).toBe('Kenneth Muster');
  });
});

describe('titles', () => {
  it('cuts a site name joined without spaces to a Chinese title', () => {
    expect(stripSiteName('武汉的声音：有英勇的你，才有英雄的城！-新华网', [])).toBe('武汉的声音：有英勇的你，才有英雄的城！');
  });
});
