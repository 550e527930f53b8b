import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../utils/extract/body-clean';

const para = (n: number) => `<p>Paragraph ${n} of the story tells what the council decided on Tuesday and why the harbour plan changed after the vote.</p>`;
function cleaned(inner: string): string {
  const { document } = parseHTML(`<html><body><div id="r">${inner}</div></body></html>`);
  const root = document.getElementById('r')!;
  cleanArticle(root);
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('cleanArticle', () => {
  it('removes captions, share bars and related-link lists, and keeps the story', () => {
    const out = cleaned(
      `${para(1)}<figure><img src="x.jpg"><figcaption>Boats in the harbour. Photo: Gazette archive</figcaption></figure>${para(2)}` +
        `<div>Share Tweet Email Print</div>${para(3)}${para(4)}` +
        `<h3>Related stories</h3><ul><li><a href="/a">Another headline about the harbour</a></li><li><a href="/b">Yet another one</a></li></ul>`,
    );
    for (const n of [1, 2, 3, 4]) expect(out).toContain(`Paragraph ${n} of the story`);
    expect(out).not.toMatch(/Gazette archive|Share Tweet|Another headline/);
  });

  it('removes further reading: links each credited to their outlet, and a label opening a link', () => {
    const out = cleaned(
      `${para(1)}<p><strong>Further Reading</strong></p><p><a href="/a">Lawmakers push a harbour bill</a> (Forbes)</p><p><a href="/b">Ferry fares rise again this winter</a> (Forbes)</p>` +
        `${para(2)}<ul><li><a href="/c"><strong>SEE ALSO</strong>: A new book on the harbour's history</a></li></ul>${para(3)}`,
    );
    for (const n of [1, 2, 3]) expect(out).toContain(`Paragraph ${n} of the story`);
    expect(out).not.toMatch(/Further Reading|Lawmakers|Ferry fares|SEE ALSO|new book/);
  });

  it('removes a hover card inside a sentence and keeps the name it belongs to', () => {
    const out = cleaned(
      `<p>South Dakota Gov. <span class="rollover-people"><a href="/people/kristi-noem">Kristi Noem</a><span class="rollover-people-block"><a class="name">Kristi Lynn Noem</a><a>Governor doubles down on campaign</a></span></span> said on Monday that the campaign works.</p>` +
        `<p>The term <span class="tooltip">quorum<span class="tooltiptext">The least number of members needed</span></span> came up.</p>${para(1)}${para(2)}`,
    );
    expect(out).toContain('South Dakota Gov. Kristi Noem said on Monday that the campaign works.');
    expect(out).toContain('The term quorum came up.');
    expect(out).not.toMatch(/Kristi Lynn Noem|doubles down|least number/);
  });

  it('leaves an article made only of paragraphs as it was', () => {
    const inner = [1, 2, 3].map(para).join('');
    expect(cleaned(inner)).toBe(parseHTML(`<div>${inner}</div>`).document.firstElementChild!.textContent!.replace(/\s+/g, ' ').trim());
  });
  it('removes a date line and a "By" set apart from its name, and keeps dates inside sentences', () => {
    const out = cleaned(`<div>Nov. 20, 2019, 9:28 AM UTC</div><div>By</div><div>Reuters</div><p>VIENNA — The house will become a police station, the minister said on Nov. 19, 2019.</p>${para(1)}`);
    expect(out).toMatch(/^VIENNA — The house/);
    expect(out).toContain('said on Nov. 19, 2019.');
    expect(out).toContain('Paragraph 1 of the story');
  });
});
