import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { authorLink, cleanAuthorName, namedAsByline, splitByline, unnamedAgencyByline } from '../../utils/extract/authors';
import { readPage } from '../../utils/extract/page';
import { elementsWhere, hasToken } from '../../utils/extract/chrome';
import { teamCredit } from '../../utils/extract/author-names';
import { closingSignature } from '../../utils/extract/author-fallbacks';
import { builtInRegistry } from '../../utils/sources/built-in-outlets';

describe('splitByline', () => {
  const registry = builtInRegistry();
  const rows: [string, { name: string; agency?: string }[]][] = [
    ['By Jane Doe and John Roe, Reuters', [{ name: 'Jane Doe', agency: 'Reuters' }, { name: 'John Roe', agency: 'Reuters' }]],
    ['Benjamin Fischer und Marcus Theurer', [{ name: 'Benjamin Fischer' }, { name: 'Marcus Theurer' }]],
    ['Sarah E. Needleman', [{ name: 'Sarah E. Needleman' }]],
    // A date the byline runs on to goes before its commas split it.
    ['CBS News February 24, 2020, 7:57 AM', [{ name: 'CBS News' }]],
    ['dpa, 12.03.2022', [{ name: 'dpa', agency: 'dpa' }]],
    ['John Plunkett. Updated November 3rd, 2023', [{ name: 'John Plunkett' }]],
    ['Piše: P. Mucović prije 26 minuta', [{ name: 'P. Mucović' }]],
    ['Von Jana Muster vor 5 Minuten', [{ name: 'Jana Muster' }]],
    ['Veröffentlicht von Cem Basman', [{ name: 'Cem Basman' }]],
    ['Von: Wolfgang Schmale', [{ name: 'Wolfgang Schmale' }]],
    ['Autor: www.koffergepackt.com', [{ name: 'www.koffergepackt.com' }]],
    ['Posted by Daniel on 12.03.2019', [{ name: 'Daniel' }]],
    ['AFP', [{ name: 'AFP', agency: 'AFP' }]],
    ['Posted on September 21, 2020 by Adi Tzlil', [{ name: 'Adi Tzlil' }]],
    ['Beitragvon r23 » 21.01.2009, 05:42', [{ name: 'r23' }]],
    ['Pressemitteilung von Katja Kipping', [{ name: 'Katja Kipping' }]],
    ['By', []],
    ['Publiziert am', []],
    ['Beispiel-Online-Experte Jane Doe', [{ name: 'Jane Doe' }]],
    ['Rechtsanwalt Max Muster', [{ name: 'Max Muster' }]],
    ['Jane Doe im Gespräch mit John Roe', [{ name: 'Jane Doe' }, { name: 'John Roe' }]],
    ['Jane Doe Alle Artikel', [{ name: 'Jane Doe' }]],
    ['Jane Doe View all posts', [{ name: 'Jane Doe' }]],
    ['Agencia EFE', [{ name: 'Agencia EFE', agency: 'EFE' }]],
    ['责任编辑：王明', [{ name: '王明' }]],
    ['Beispiel.de-Redaktion', []],
    ['Zuletzt geändert am: 15.10.2021', []],
    ['deinen Lieblingsbloggern', []],
    ['Bild © ab', []],
    ['Jane Doe - [email\u00a0protected]', [{ name: 'Jane Doe' }]],
    ['de la Cruz', [{ name: 'de la Cruz' }]],
    ['Über Jane Doe', [{ name: 'Jane Doe' }]],
    ['Über den Autor', []],
    ['About the author', []],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', [{ name: 'Chris Cillizza' }]],
    ['Opinion by Jane Doe, Senior Correspondent', [{ name: 'Jane Doe' }]],
    ['John Roe, Special to the Times', [{ name: 'John Roe' }]],
    ['By DANICA KIRKA and JILL LAWLESSAssociated Press', [{ name: 'DANICA KIRKA', agency: 'The Associated Press' }, { name: 'JILL LAWLESS', agency: 'The Associated Press' }]],
    ['LD', [{ name: 'LD' }]],
    ['Ilana Muhlstein, MS, RDN', [{ name: 'Ilana Muhlstein' }]],
    ['Mike Wuerthele and Malcolm Owen Monday', [{ name: 'Mike Wuerthele' }, { name: 'Malcolm Owen' }]],
    ['Finian Cunningham. Independent Writer', [{ name: 'Finian Cunningham' }]],
    ['John F. Kennedy', [{ name: 'John F. Kennedy' }]],
    ['Dott. Mario Rossi', [{ name: 'Dott. Mario Rossi' }]],
    ['Rasender Reporter', [{ name: 'Rasender Reporter' }]],
    ['Glen Owen And Brendan Carlin For The Mail On Sunday', [{ name: 'Glen Owen' }, { name: 'Brendan Carlin' }]],
    // Agency copy without a named agency is no writer (the dateline card says what it is).
    ['Agencies', []],
    ['By Jane Doe with agencies', [{ name: 'Jane Doe' }]],
    ['Jane Doe, Dispatches', [{ name: 'Jane Doe' }]],
    ['Jane Doe/Agenturen', [{ name: 'Jane Doe' }]],
    ['Agencias', []],
    ['Text & Fotos: Ivan Valetny', [{ name: 'Ivan Valetny' }]],
    ['Posted by Jane Roe and Kiran C Nair - Chrome Safe Browsing team', [{ name: 'Jane Roe' }, { name: 'Kiran C Nair' }]],
    ['Text und Bilder: Jane Roe', [{ name: 'Jane Roe' }]],
    ['Text: Jane Roe, Fotos: Max Muster', [{ name: 'Jane Roe' }]],
  ];
  for (const [input, out] of rows) it(input, () => expect(splitByline(input, registry)).toEqual(out));
});

describe('cleanAuthorName', () => {
  it('drops labels, dates, e-mail addresses and non-names', () => {
    expect(cleanAuthorName('Text: Lida Buslaeva')).toBe('Lida Buslaeva');
    expect(cleanAuthorName('Jane Doe | 3 min read')).toBe('Jane Doe');
    expect(cleanAuthorName('Jane Doe, 12. März 2020')).toBe('Jane Doe');
    expect(cleanAuthorName('cipha[at]cipha.net jane@example.org')).toBeNull();
    expect(cleanAuthorName('Redaktion')).toBeNull();
    expect(cleanAuthorName('12345')).toBeNull();
  });

  const rows: [string, string | null][] = [
    ['Jules', 'Jules'],
    ['Julia', 'Julia'],
    ['Marcel', 'Marcel'],
    ['Dezember 10', null],
    ['10. März', null],
    ['Sept.', null],
    ['Eine Kolumne von Jane Doe', 'Jane Doe'],
  ];
  for (const [input, out] of rows) it(`${input} -> ${out}`, () => expect(cleanAuthorName(input)).toBe(out));
});

describe('teamCredit', () => {
  const rows: [string, string | null][] = [
    ['von Redaktion', 'Redaktion'],
    ['Beispiel.de-Redaktion', 'Beispiel.de-Redaktion'],
    ['beispiel-online.at Redaktion', 'beispiel-online.at Redaktion'],
    ['Jane Doe', null],
  ];
  for (const [input, out] of rows) it(input, () => expect(teamCredit(input)).toBe(out));
});

describe('author element scans by string tests', () => {
  const { document } = parseHTML(`<html><body>
    <div class="Post-Author">a</div><span id="authorBox">b</span><p class="byline">c</p><p class="verfasser">d</p><i class="Autor-name">e</i>
    <a rel="author nofollow" href="/x">f</a><a href="/author/jane">g</a><a href="https://x.example/autor/max">h</a><a href="/authors/">i</a>
    <a href="/authorship">no</a><div class="vcard"><span><b class="fn">j</b></span></div><b class="fn">not in a vcard</b>
    <span itemprop="author name">k</span><span itemprop="coauthor">no</span></body></html>`);
  const doc = document as unknown as Document;

  it('select what the CSS selectors they replace select, in document order', () => {
    expect(elementsWhere(doc, namedAsByline)).toEqual(Array.from(doc.querySelectorAll('[class*="author" i], [class*="byline" i], [id*="author" i], [class*="verfasser" i], [class*="autor" i]')));
    expect(elementsWhere(doc, authorLink)).toEqual(Array.from(doc.querySelectorAll('a[rel~="author"], a[href*="/author/"], a[href*="/autor/"], a[href*="/authors/"], .vcard .fn')));
    expect(elementsWhere(doc, (e) => hasToken(e, 'itemprop', 'author'))).toEqual(Array.from(doc.querySelectorAll('[itemprop~="author"]')));
  });

  it('stop at the limit, and look only under the root given', () => {
    expect(elementsWhere(doc, authorLink, 2).map((a) => a.textContent)).toEqual(['f', 'g']);
    const vcard = doc.querySelector('.vcard')!;
    expect(elementsWhere(vcard, authorLink).map((a) => a.textContent)).toEqual(['j']);
    expect(elementsWhere(vcard.querySelector('b')!, () => true)).toEqual([]);
  });
});

describe('unnamedAgencyByline', () => {
  const page = (head: string, body: string) => readPage(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, 'https://news.example/a');
  const rows: { what: string; head?: string; body?: string; byline?: string; credit?: string }[] = [
    { what: 'JSON-LD author', head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Agencies"}}</script>', credit: 'Agencies' },
    { what: 'a desk and agencies in the byline', body: '<p class="byline">ET Online | Agencies</p>', credit: 'Agencies' },
    { what: "Readability's byline", byline: 'By Dispatches', credit: 'Dispatches' },
    { what: 'a meta author', head: '<meta name="author" content="News Agencies">', credit: 'News Agencies' },
    { what: 'a writer drawing on agency copy', byline: 'By Jane Doe with agencies', credit: 'with agencies' },
    { what: 'a desk and agencies, in German', body: '<p class="byline">red, wien.ORF.at/Agenturen</p>', credit: 'Agenturen' },
    { what: 'a named agency (the authors carry it)', byline: 'By Reuters' },
    { what: 'a writer alone', head: '<meta name="author" content="Jane Doe">', byline: 'Jane Doe' },
    { what: 'no byline' },
  ];
  for (const r of rows) it(r.what, () => expect(unnamedAgencyByline(page(r.head ?? '', r.body ?? ''), r.byline)).toBe(r.credit));
});

describe('unnamedAgencyByline on broken markup', () => {
  it('reads only the first names of a huge JSON-LD author list', () => {
    const names = Array.from({ length: 50_000 }, (_, i) => ({ '@type': 'Person', name: i === 49_999 ? 'Agencies' : `Writer ${i}` }));
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', author: names })}</script></head><body><p>Text</p></body></html>`;
    const p = readPage(parseHTML(html).document as unknown as Document, 'https://news.example/a');
    expect(unnamedAgencyByline(p, undefined)).toBeUndefined();
  });
});

describe('closingSignature', () => {
  const rows: [string, string[]][] = [
    ['Viel Glück!\n\nEuer HansEhrlich', ['HansEhrlich']],
    ['Text.\n\nBenni\n10. September 2017', ['Benni']],
    ['Wir sehen uns.\n\nLiebe Grüße, Anna Muster', ['Anna Muster']],
    ['Text.\n\nCheers, Jane', ['Jane']],
    ['Text.\n\nBest Regards', []],
    ['Text.\n\nYours Truly', []],
    ['Text.\n\nIhre Meinung?', []],
    ['He said it was so.\n\nJune 2, 2020', []],
    ['The talks go on. Both sides met on Monday in Vienna and will meet again.\n\n12. März 2020', []],
  ];
  for (const [text, names] of rows) it(JSON.stringify(text.slice(-24)), () => expect(closingSignature(text)).toEqual(names));
});
