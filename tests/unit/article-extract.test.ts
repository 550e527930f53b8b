// The article text Readability gives, cleaned of what only marks an ad slot in it.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract/article';
import { readPage } from '../../utils/extract/page';

const para = (n: number) => `<p>Paragraph ${n} of the review tells how the book pairs each motorcycle story with a song, and why it works.</p>`;

describe('extractArticle', () => {
  it.each(['Advert', 'Advertisement', 'ADVERTISING', 'Anzeige', 'Publicité', 'Reklame'])('drops a block that only says "%s"', (label) => {
    const html = `<html lang="en"><body><article><h1>Bike book review</h1>${para(1)}<div class="slot">${label}</div>${para(2)}<p>${label}</p>${para(3)}${para(4)}</article></body></html>`;
    const a = extractArticle(readPage(parseHTML(html).document as unknown as Document, 'https://bikes.example/review'));
    for (const n of [1, 2, 3, 4]) expect(a.text).toContain(`Paragraph ${n} of the review`);
    expect(a.text).not.toContain(label);
  });
});
