import { describe, expect, it } from 'vitest';
import type { Annotation, CreditedOutlet } from '../../utils/annotation';
import { creditsOf, isAgencyItself } from '../../utils/credits';

const ap: CreditedOutlet = { outletId: 'associated-press', name: 'The Associated Press', country: 'US', type: 'wire-agency' };
const reuters: CreditedOutlet = { outletId: 'reuters', name: 'Reuters', country: 'GB', type: 'wire-agency' };
type Dateline = Annotation['dateline'];

describe('creditsOf', () => {
  it('shows an agency the byline alone credits once, as its profile', () => {
    const dateline: Dateline = { raw: 'The Associated Press', agency: 'The Associated Press', agencyOutlets: [ap] };
    const c = creditsOf(dateline, [{ name: 'The Associated Press', agency: 'The Associated Press' }]);
    expect(c).toEqual({ dateline: undefined, agencies: [ap], writers: [] });
  });

  it("keeps a dateline's place and an agency's writers", () => {
    const dateline: Dateline = { raw: 'GENEVA (Reuters) -', place: 'Geneva', agency: 'Reuters', agencyOutlets: [reuters] };
    const writers = [{ name: 'Jane Doe', agency: 'Reuters' }];
    expect(creditsOf(dateline, writers)).toEqual({ dateline, agencies: [reuters], writers });
  });

  it('keeps an unnamed or unknown credit as printed, and every author when no agency is profiled', () => {
    const unnamed: Dateline = { raw: 'Agencies', agency: 'Agencies', unnamedAgency: true };
    expect(creditsOf(unnamed, [])).toEqual({ dateline: unnamed, agencies: [], writers: [] });
    const unknown: Dateline = { raw: '(Foo) -', agency: 'Foo' };
    const authors = [{ name: 'Reuters', agency: 'Reuters' }];
    expect(creditsOf(unknown, authors)).toEqual({ dateline: unknown, agencies: [], writers: authors });
    expect(creditsOf(undefined, [])).toEqual({ dateline: undefined, agencies: [], writers: [] });
  });

  it("leaves the profile of the page's own outlet to the source card", () => {
    const dateline: Dateline = { raw: '(Reuters) -', agency: 'Reuters', agencyOutlets: [reuters] };
    expect(creditsOf(dateline, [], 'reuters')).toEqual({ dateline, agencies: [], writers: [] });
  });

  it('tells an agency credited as itself from its writers', () => {
    expect(isAgencyItself({ name: 'Agencia EFE', agency: 'EFE' })).toBe(true);
    expect(isAgencyItself({ name: 'Reuters', agency: 'Reuters' })).toBe(true);
    expect(isAgencyItself({ name: 'Jane Doe', agency: 'Reuters' })).toBe(false);
    expect(isAgencyItself({ name: 'Reuters Staff', agency: 'Reuters' })).toBe(true);
    expect(isAgencyItself({ name: 'The Associated Press', agency: 'Associated Press' })).toBe(true);
    // Whole words: a writer whose name holds an agency's letters is a writer.
    expect(isAgencyItself({ name: 'Daniel Smith', agency: 'ANI' })).toBe(false);
    expect(isAgencyItself({ name: 'Ali Ansari', agency: 'ANSA' })).toBe(false);
    expect(isAgencyItself({ name: 'Jane Doe' })).toBe(false);
  });
});
