// How the popup and the highlight cards name a cited source.
import { describe, expect, it } from 'vitest';
import { citationLabel, type Citation } from '../../utils/annotation';

const cite = (c: Partial<Citation>): Citation => ({ source: 'x', kind: 'person', verb: 'said', span: { start: 0, end: 1 }, ...c });

describe('citationLabel', () => {
  it('gives a source its printed role', () => {
    expect(citationLabel(cite({ source: 'Dominic Raab', role: 'Foreign Secretary' }))).toBe('Dominic Raab (Foreign Secretary)');
    expect(citationLabel(cite({ source: 'people familiar with the matter', kind: 'anonymous' }))).toBe('people familiar with the matter');
  });

  it('lists a claim with no source at all by its phrase', () => {
    expect(citationLabel(cite({ source: 'unnamed', kind: 'anonymous', verb: 'it was learned' }))).toBe('“it was learned” (no source named)');
  });
});
