// A UTC timestamp in the metadata and the page's own zone-less reading of it: "12.12.2022, 08:30 Uhr" is
// 2022-12-12T07:30:35Z at +01:00. The reader's date is the local one, and the offset it implies is kept.
import type { DateClaim } from '../annotation';
import { isoToEpoch } from './date-parse';

const MINUTE = 60000;
const HOUR = 36e5;
/** Without an offset stated on the page, a bare local day is trusted only this close to the UTC day's edge. */
const MAX_GUESSED_OFFSET_HOURS = 5;

/** Offsets, in minutes, that the page's claims state ("+01:00" -> 60); UTC ones left out. */
function statedOffsets(candidates: DateClaim[]): number[] {
  const out = new Set<number>();
  for (const c of candidates) {
    const m = /([+-])(\d{2}):(\d{2})$/.exec(c.iso);
    const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    if (minutes) out.add(minutes);
  }
  return [...out];
}

/** Whether UTC instant `t` falls on local day `day` (YYYY-MM-DD) at some offset the page makes plausible. */
function onLocalDay(t: number, day: string, offsets: number[]): boolean {
  const start = isoToEpoch(day);
  // An offset the page states elsewhere decides; else only small offsets, as far offsets are rarer than a
  // visible date that is simply another date (an update, an event).
  if (offsets.length) return offsets.some((o) => t + o * MINUTE >= start && t + o * MINUTE < start + 24 * HOUR);
  return t >= start - MAX_GUESSED_OFFSET_HOURS * HOUR && t < start + (24 + MAX_GUESSED_OFFSET_HOURS) * HOUR;
}

/**
 * The page's own local reading of a UTC claim: a zone-less date or time of the same kind elsewhere on the
 * page that is the same instant at a plausible offset (same minutes; or, for a bare day, that local day).
 */
export function localReading(utc: DateClaim, candidates: DateClaim[]): DateClaim | undefined {
  if (!/(Z|\+00:00)$/.test(utc.iso) || !/T\d{2}:\d{2}/.test(utc.iso)) return undefined;
  const t = isoToEpoch(utc.iso);
  const tMinute = Math.floor(t / MINUTE) * MINUTE;
  const offsets = statedOffsets(candidates);
  for (const c of candidates) {
    // An "updated" line is not the local reading of the publication, even on the same day.
    if (c === utc || c.confidence < 0.3 || c.kind !== utc.kind) continue;
    if (/T\d{2}:\d{2}(:\d{2})?$/.test(c.iso)) {
      const withSeconds = c.precision === 'second' && utc.precision === 'second';
      const minutes = (isoToEpoch(c.iso) - (withSeconds ? t : tMinute)) / MINUTE;
      if (minutes === 0 || minutes < -12 * 60 || minutes > 14 * 60 || minutes % 15 !== 0) continue;
      const abs = Math.abs(minutes);
      const zone = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
      return { ...c, iso: c.iso + zone, kind: utc.kind, confidence: utc.confidence, evidence: `${c.evidence} (the same instant as ${utc.evidence})` };
    }
    if (c.precision === 'day' && c.from === 'text' && c.iso !== utc.iso.slice(0, 10) && onLocalDay(t, c.iso, offsets)) {
      return { ...c, kind: utc.kind, confidence: utc.confidence, evidence: `${c.evidence} (the local day of ${utc.evidence})` };
    }
  }
  return undefined;
}
