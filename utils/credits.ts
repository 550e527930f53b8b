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

/** Whether an author is the agency it is credited to ("Reuters", "Agencia EFE" for EFE), not a writer. */
export const isAgencyItself = (a: Author): boolean =>
  !!a.agency && (a.name.toLowerCase().includes(a.agency.toLowerCase()) || a.agency.toLowerCase().includes(a.name.toLowerCase()));

/** The credits to show for `dateline` and `authors` on a page published by the outlet `ownOutletId` (if known). */
export function creditsOf(dateline: Annotation['dateline'], authors: Annotation['authors'], ownOutletId?: string): Credits {
  const agencies = (dateline?.agencyOutlets ?? []).filter((o) => o.outletId !== ownOutletId);
  const shown = dateline && (dateline.place || dateline.unnamedAgency || !agencies.length) ? dateline : undefined;
  return { dateline: shown, agencies, writers: agencies.length ? authors.filter((a) => !isAgencyItself(a)) : authors };
}
