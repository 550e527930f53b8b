// Dates that do not add up, said to the reader: the visible date and the metadata disagree, the page was
// "modified" before it was published, a date lies in the future, the address carries another date.
import type { Annotation, DateClaim, Warning } from '../annotation';
import { hasTime, hasZone, isCoarse, isoToEpoch } from './date-parse';
import { isLabelledUpdate } from './text-dates';

const DAY = 864e5;
/** The evidence of a date read from the share image's address (see fromShareImage in dates.ts). */
const SHARE_IMAGE = /^(?:og|twitter):image:/;

const show = (c: DateClaim) => c.iso.replace('T', ' ');
/** Calendar days between two claims' own dates (as printed, zone aside). */
const dayGap = (a: DateClaim, b: DateClaim) => Math.round((isoToEpoch(a.iso.slice(0, 10)) - isoToEpoch(b.iso.slice(0, 10))) / DAY);

/** Warnings about the page's dates; `now` is the analysis time (ms since the epoch). */
export function dateWarnings(dates: Annotation['dates'], now: number): Warning[] {
  const out: Warning[] = [];
  const { published, modified, candidates } = dates;
  const strong = (c: DateClaim) => c.confidence >= 0.4 && !isCoarse(c);
  // A printed date that is also read as an update (its text inside an "Updated …" line) is not the publication shown.
  const updates = new Set(candidates.filter(isLabelledUpdate).map((c) => c.iso));
  const visible = candidates.find((c) => c.from === 'text' && c.kind === 'published' && strong(c) && !updates.has(c.iso));
  const metadata = candidates.find((c) => (c.from === 'json-ld' || c.from === 'meta') && c.kind === 'published' && strong(c));
  if (visible && metadata) {
    // More than a day apart: beyond what time zones explain.
    const gap = dayGap(visible, metadata);
    if (Math.abs(gap) > 1) {
      out.push({ code: 'date-visible-vs-metadata', message: `The page shows ${show(visible)} but its metadata say ${show(metadata)} (${Math.abs(gap)} days apart).` });
    }
  }
  // Instants compare when both carry a zone or neither does; a time without one may lie anywhere in 26 hours.
  const instants = published && modified && hasTime(published) && hasTime(modified) && hasZone(published.iso) === hasZone(modified.iso);
  const before = published && modified && (instants ? isoToEpoch(modified.iso) < isoToEpoch(published.iso) - 60_000 : dayGap(modified, published) < 0);
  if (published && modified && before) {
    out.push({ code: 'date-modified-before-published', message: `The page says it was modified (${show(modified)}) before it was published (${show(published)}): one of the dates is wrong, or the text was last saved before a scheduled publication.` });
  }
  for (const [label, c] of [['publication', published], ['modification', modified]] as const) {
    if (c && isoToEpoch(c.iso) > now + DAY) out.push({ code: 'date-in-future', message: `The ${label} date ${show(c)} lies in the future.` });
  }
  // The page's own address, not its share image's (an image is often filed on an older day).
  const url = candidates.find((c) => c.from === 'url' && c.precision === 'day' && !SHARE_IMAGE.test(c.evidence));
  if (url && published && published.from !== 'url') {
    const gap = dayGap(published, url);
    if (Math.abs(gap) > 1) out.push({ code: 'date-url-contradicts', message: `The address carries the date ${url.iso}, the page ${show(published)} (${Math.abs(gap)} days apart).` });
  }
  return out;
}
