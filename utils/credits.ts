// Who a page credits, as the popup and the command line present it: the dateline as printed, the agencies the
// registry knows (each shown once, with its profile, however many of the dateline and the byline name it; not
// at all when the agency publishes the page itself, whose source card profiles it), and the writers (an author
// that is the credited agency itself, "By Reuters", is not repeated among them).
import type { Annotation, CreditedOutlet } from './annotation';

type Author = Annotation['authors'][number];

export interface Credits {
  /** The dateline, when there is more to show than an agency profiled below: a place, or an unnamed or unknown credit. */
  dateline?: NonNullable<Annotation['dateline']>;
  agencies: CreditedOutlet[];
  writers: Author[];
}

/** A credit's words, lower case, without "the". */
const wordsOf = (s: string): string[] => s.toLowerCase().split(/[\s,.;:/()'’&-]+/).filter((w) => w && w !== 'the');

/** Whether all of `some` are among `all`. */
const among = (some: string[], all: string[]) => some.length > 0 && some.every((w) => all.includes(w));

/**
 * Whether an author is the agency it is credited to ("Reuters", "Agencia EFE" for EFE, "Reuters Staff"), not a
 * writer: one's words are all among the other's. Whole words: Daniel Smith is no ANI, nor Ali Ansari ANSA.
 */
export const isAgencyItself = (a: Author): boolean => {
  if (!a.agency) return false;
  const name = wordsOf(a.name);
  const agency = wordsOf(a.agency);
  return among(agency, name) || among(name, agency);
};

/** The credits to show for `dateline` and `authors` on a page published by the outlet `ownOutletId` (if known). */
export function creditsOf(dateline: Annotation['dateline'], authors: Annotation['authors'], ownOutletId?: string): Credits {
  const agencies = (dateline?.agencyOutlets ?? []).filter((o) => o.outletId !== ownOutletId);
  const shown = dateline && (dateline.place || dateline.unnamedAgency || !agencies.length) ? dateline : undefined;
  return { dateline: shown, agencies, writers: agencies.length ? authors.filter((a) => !isAgencyItself(a)) : authors };
}
