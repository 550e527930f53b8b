import { readingKey, type Annotation, type DateClaim } from '../utils/annotation';
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

/** Other dates listed at most: a page of teasers may carry dozens. */
const MAX_OTHER_DATES = 12;

/** The candidates the card does not show as published or modified (each listed once by extractDates), strongest first. */
export function otherDates(dates: Annotation['dates']): DateClaim[] {
  const chosen = new Set([dates.published, dates.modified].filter((c): c is DateClaim => !!c).map(readingKey));
  return dates.candidates.filter((c) => !chosen.has(readingKey(c)));
}

/** Published and modified dates, each with the evidence it was read from, and the other dates the page gives. */
export function DatesCard({ dates }: { dates: Annotation['dates'] }) {
  const others = otherDates(dates);
  const listed = others.slice(0, MAX_OTHER_DATES);
  return (
    <section class="card dates" aria-label="Dates">
      {dates.published ? <Claim label="Published" claim={dates.published} /> : <p class="muted">No publication date found on the page.</p>}
      {dates.modified && dates.modified.iso !== dates.published?.iso && <Claim label="Modified" claim={dates.modified} />}
      {others.length > 0 && (
        <details class="other-dates">
          <summary>
            Other dates on the page ({others.length}){others.length > listed.length ? `, the ${listed.length} strongest` : ''}
          </summary>
          <ul>
            {listed.map((c, i) => (
              <li key={i}>
                <strong>{formatClaim(c)}</strong> <span class="muted">{c.kind}</span>
                <p class="evidence">
                  From {SOURCE_LABEL[c.from]}: {c.evidence}
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
