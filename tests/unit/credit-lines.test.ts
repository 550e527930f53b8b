// Credit lines by the headline ("<p class="credit">JIJI</p>") are the article's; a picture's credit is not.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { creditLines } from '../../utils/extract/credit-lines';
import { extractAuthors, unnamedAgencyByline } from '../../utils/extract/authors';
import { readPage } from '../../utils/extract/page';
import { builtInRegistry } from '../../utils/sources/built-in-outlets';

const BODY = '<p>KOBE – About 6,000 masks were stolen from a hospital, police said Tuesday.</p>'.repeat(3);
const page = (header: string, after = '') =>
  readPage(parseHTML(`<html><body><nav><a href="/">Home</a></nav><article><header><h1>Masks stolen</h1>${header}</header>${BODY}${after}</article></body></html>`).document as unknown as Document, 'https://www.example.com/news/masks/');

describe('creditLines', () => {
  it.each([
    ['a credit line under the headline', '<p class="credit">JIJI</p>', '', ['JIJI']],
    ['a credit named as the article\'s', '<div class="article-credit"> AFP / dpa </div>', '', ['AFP / dpa']],
    ['a credit in a figure caption', '<figure><img src="x.jpg"><figcaption>A hospital. <span class="credit">Reuters</span></figcaption></figure>', '', []],
    ['a credit in a caption box', '<div class="captionBox"><span class="credit">Associated Press, Nov. 3</span></div>', '', []],
    ['an image\'s credit by its class', '<span class="credit img__credit">AP</span>', '', []],
    ['a credit far below the headline', '', `${'<p>More text.</p>'.repeat(45)}<p class="credit">AFP</p>`, []],
    ['a credit too long for a line', `<p class="credit">${'Reporting by Jane Doe in Kobe; editing by John Roe and others '.repeat(2)}</p>`, '', []],
  ])('%s', (_, header, after, lines) => {
    expect(creditLines(page(header, after))).toEqual(lines);
  });
});

describe('authors from a credit line', () => {
  const registry = builtInRegistry();

  it('credits the wire agency a line by the headline names', () => {
    expect(extractAuthors(page('<p class="credit">JIJI</p>'), undefined, registry)).toEqual([{ name: 'JIJI', agency: 'Jiji Press' }]);
  });

  it('takes no person or unknown name from a credit line', () => {
    expect(extractAuthors(page('<p class="credit">Jane Doe</p>'), undefined, registry)).toEqual([]);
    expect(extractAuthors(page('<p class="credit">Reuters/Tom Brenner</p>'), undefined, registry)).toEqual([]);
  });

  it('marks agency copy credited to unnamed agencies', () => {
    expect(unnamedAgencyByline(page('<p class="credit">Agencies</p>'), undefined)).toBe('Agencies');
    expect(unnamedAgencyByline(page('<figure><img src="x.jpg"><figcaption><span class="credit">Agencies</span></figcaption></figure>'), undefined)).toBeUndefined();
  });
});
