import { describe, expect, it } from 'vitest';
import type { DateClaim } from '../../utils/annotation';
import { dateWarnings } from '../../utils/extract/date-forensics';

const c = (iso: string, from: DateClaim['from'], kind: 'published' | 'modified', confidence = 0.8): DateClaim => ({
  iso, from, kind, confidence, evidence: iso, precision: iso.length > 10 ? 'minute' : 'day',
});
const NOW = Date.parse('2025-09-01T00:00:00Z');
const codes = (dates: Parameters<typeof dateWarnings>[0]) => dateWarnings(dates, NOW).map((w) => w.code);

describe('dateWarnings', () => {
  it('is quiet when the dates agree', () => {
    const p = c('2025-08-08T22:25', 'text', 'published');
    expect(codes({ published: p, candidates: [p, c('2025-08-08T18:00:00Z', 'meta', 'published'), c('2025-08-08', 'url', 'published', 0.55)] })).toEqual([]);
  });
  it('flags a visible date far from the metadata', () => {
    const p = c('2025-08-08T22:25', 'text', 'published');
    expect(codes({ published: p, candidates: [p, c('2025-08-01T10:00:00Z', 'json-ld', 'published')] })).toEqual(['date-visible-vs-metadata']);
  });
  it('flags modified before published, future dates and a contradicting URL', () => {
    const p = c('2025-10-02T10:00', 'meta', 'published');
    const m = c('2025-08-30T10:00', 'meta', 'modified');
    const u = c('2025-07-01', 'url', 'published', 0.55);
    expect(codes({ published: p, modified: m, candidates: [p, m, u] }).sort()).toEqual(['date-in-future', 'date-modified-before-published', 'date-url-contradicts']);
  });
  it('does not take the share image\'s filing day for the address\'s date', () => {
    const p = c('2019-11-19T23:46', 'meta', 'published');
    const image = { ...c('2019-09-10', 'url', 'published', 0.25), evidence: 'og:image: https://cdn.example/i/r/2019/09/10/ronaldo.jpg' };
    expect(codes({ published: p, candidates: [p, image] })).toEqual([]);
  });
  it('compares a zoned time with one without a zone by day only', () => {
    const p = c('2019-11-20T13:38:07', 'json-ld', 'published');
    const m = c('2019-11-20T01:41:20+05:30', 'json-ld', 'modified');
    expect(codes({ published: p, modified: m, candidates: [p, m] })).toEqual([]);
    const earlier = c('2019-11-19T01:41:20+05:30', 'json-ld', 'modified');
    expect(codes({ published: p, modified: earlier, candidates: [p, earlier] })).toEqual(['date-modified-before-published']);
  });
  it('does not take the date of an update line for the publication shown', () => {
    const meta = c('2019-11-08T15:30:00-05:00', 'json-ld', 'published', 0.95);
    const update = { ...c('2019-11-13T10:28-05:00', 'text', 'modified', 0.85), evidence: 'Updated Nov 13, 2019, 10:28am EST' };
    const same = { ...c('2019-11-13T10:28-05:00', 'text', 'published', 0.45), evidence: 'Nov 13, 2019, 10:28am EST' };
    expect(codes({ published: meta, modified: update, candidates: [meta, update, same] })).toEqual([]);
  });
});
