// The canonical example (DESIGN.md §5): what the popup must say about the Kayhan article, written by hand
// so that regenerating expected.json can never quietly lose it.
import { beforeAll, describe, expect, it } from 'vitest';
import { listFixturePages } from '../../scripts/browser/fixture-server';
import type { Annotation } from '../../utils/annotation';
import { annotateFile } from '../support/annotate-file';

let a: Annotation;
beforeAll(async () => {
  const page = listFixturePages().find((p) => p.slug === 'kayhan-142327')!;
  a = await annotateFile(page.file, page.url);
});

describe('the seed: Kayhan, 8 August 2025', () => {
  it('is an article with the seed headline', () => {
    expect(a.article.isArticle).toBe(true);
    expect(a.article.title).toBe('U.S., Russia Plan Truce Deal, Cementing Putin’s Gains in Ukraine');
    expect(a.article.text).toContain('Washington and Moscow are aiming to reach a deal');
    expect(a.article.text).toContain('Ukraine has significant manpower shortages.');
    expect(a.article.text).not.toMatch(/News ID|Publish Date|Advertisement/);
  });

  it('names Kayhan, Iran, state-affiliated', () => {
    expect(a.source).toMatchObject({ domain: 'kayhan.ir', known: true, country: 'IR', stateAffiliated: true });
    expect(a.source.name).toContain('Kayhan');
  });

  it('reads the publication date from the visible line, without inventing a zone', () => {
    expect(a.dates.published).toMatchObject({ iso: '2025-08-08T22:25', from: 'text', precision: 'minute' });
    expect(a.dates.published!.evidence).toContain('Publish Date : 08 August 2025 - 22:25');
  });

  it('finds the MOSCOW (Dispatches) dateline as unnamed agency copy', () => {
    expect(a.dateline).toMatchObject({ place: 'Moscow', agency: 'Dispatches', unnamedAgency: true });
  });

  it('has the people of the story among its entities', () => {
    const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
    for (const name of ['Vladimir Putin', 'Donald Trump', 'Xi Jinping', 'Steve Witkoff']) expect(people).toContain(name);
  });

  it('offsets point into the article text', () => {
    for (const e of a.entities) for (const m of e.mentions) expect(a.article.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    const putin = a.entities.find((e) => e.name === 'Vladimir Putin')!;
    for (const m of putin.mentions) expect(a.article.text.slice(m.start, m.end)).toMatch(/Putin|Vladimir/);
  });
});
