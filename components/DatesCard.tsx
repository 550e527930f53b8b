import type { Annotation, DateClaim } from '../utils/annotation';

const SOURCE_LABEL: Record<DateClaim['from'], string> = {
  'json-ld': 'structured data (JSON-LD)',
  meta: 'a meta tag',
  time: 'a <time> element',
  url: 'the address',
  text: 'the visible text',
};

/** "8 Aug 2025, 22:25" in the page's own clock (no conversion: the page may state no zone). */
export function formatClaim(c: DateClaim): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?)?/.exec(c.iso);
  if (!m) return c.iso;
  const month = m[2] ? new Date(Date.UTC(2000, Number(m[2]) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }) : '';
  const day = m[3] ? String(Number(m[3])) : '';
  const date = [day, month, m[1]].filter(Boolean).join(' ');
  const zone = m[6] ? (m[6] === 'Z' ? ' UTC' : ` UTC${m[6]}`) : '';
  return m[4] ? `${date}, ${m[4]}:${m[5]}${zone}` : date;
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
