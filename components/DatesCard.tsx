import type { Annotation, DateClaim } from '../utils/annotation';
import { formatClaimIso } from './format-date';

const SOURCE_LABEL: Record<DateClaim['from'], string> = {
  'json-ld': 'structured data (JSON-LD)',
  meta: 'a meta tag',
  time: 'a <time> element',
  url: 'the address',
  text: 'the visible text',
};

/** "8 Aug 2025, 22:25" in the page's own clock. */
export function formatClaim(c: DateClaim): string {
  return formatClaimIso(c.iso);
}

function Claim({ label, claim }: { label: string; claim: DateClaim }) {
  const evidence = `Read from ${SOURCE_LABEL[claim.from]}: ${claim.evidence}`;
  return (
    <div class="claim" tabIndex={0} title={evidence}>
      <span class="label">{label}</span> <strong>{formatClaim(claim)}</strong>
      <p class="evidence">{evidence}</p>
    </div>
  );
}

/** Published and modified dates, each with the evidence it was read from. */
export function DatesCard({ dates }: { dates: Annotation['dates'] }) {
  return (
    <section class="card dates" aria-label="Dates">
      {dates.published ? <Claim label="Published" claim={dates.published} /> : <p class="muted">No publication date found on the page.</p>}
      {dates.modified && dates.modified.iso !== dates.published?.iso && <Claim label="Modified" claim={dates.modified} />}
    </section>
  );
}
