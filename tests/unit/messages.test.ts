import { describe, expect, it } from 'vitest';
import { DEFAULT_TOGGLES, parseAnalyseReply, parsePopupToContent } from '../../utils/messages';

describe('message validation', () => {
  it('accepts well-formed popup messages', () => {
    expect(parsePopupToContent({ type: 'sourcelens/analyse', force: false, toggles: DEFAULT_TOGGLES })).toEqual({ type: 'sourcelens/analyse', force: false, toggles: DEFAULT_TOGGLES });
    expect(parsePopupToContent({ type: 'sourcelens/toggles', toggles: { ...DEFAULT_TOGGLES, person: false } })?.type).toBe('sourcelens/toggles');
  });
  it('rejects anything else', () => {
    const bad = [null, 'x', [], { type: 'sourcelens/analyse' }, { type: 'sourcelens/analyse', force: 'yes', toggles: DEFAULT_TOGGLES }, { type: 'sourcelens/toggles', toggles: { person: true } }, { type: 'other' }];
    for (const m of bad) expect(parsePopupToContent(m)).toBeNull();
  });
  it('validates replies', () => {
    expect(parseAnalyseReply({ ok: false, error: 'boom' })).toEqual({ ok: false, error: 'boom' });
    expect(parseAnalyseReply({ ok: true, annotation: { version: 2 }, paint: {} })).toBeNull();
    expect(parseAnalyseReply(undefined)).toBeNull();
  });
});
