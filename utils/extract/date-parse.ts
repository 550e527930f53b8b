// Parses the date strings news pages state: ISO 8601, RFC 2822, "08 August 2025 - 22:25",
// "August 8, 2025 10:25 PM", "5. November 2024, 14:12 Uhr", "06.11.2024 09:30", in seven languages.
// Keeps a time zone when the string states one and never invents one.
import { letterPattern } from '../letter-patterns';

export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface ParsedDate {
  iso: string;
  precision: DatePrecision;
  /** The part of the input that was read. */
  matched: string;
}

/** Month names and their short forms as bylines and dates print them beside a name, in English, German, French
 * and Dutch (lower case, for patterns run on lower-cased text). */
export const MONTH_NAME = String.raw`jan(?:uary|uar|vier)?|feb(?:ruary|ruar|ruari)?|mär(?:z)?|mar(?:ch|s)?|apr(?:il)?|mai|may|jun(?:e|i)?|jul(?:y|i)?|aug(?:ust)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?`;

const MONTHS: Record<string, number> = {};
const monthNames: string[][] = [
  // en, de, fr, es, it, pt, nl (full and abbreviated forms)
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];
// Russian and Ukrainian months as dates print them (genitive: "15 августа 2016").
const cyrillicMonths = [
  ['января', 'січня'],
  ['февраля', 'лютого'],
  ['марта', 'березня'],
  ['апреля', 'квітня'],
  ['мая', 'травня'],
  ['июня', 'червня'],
  ['июля', 'липня'],
  ['августа', 'серпня'],
  ['сентября', 'вересня'],
  ['октября', 'жовтня'],
  ['ноября', 'листопада'],
  ['декабря', 'грудня'],
];
cyrillicMonths.forEach((names, i) => monthNames[i].push(...names));
monthNames.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
/**
 * A word that may be a month name, looked up in MONTHS once matched: one letter class compiles far faster
 * than an alternation of every name (the browser compiles each pattern afresh in every site's renderer).
 * The patterns run on the lower-cased text; these letters cover every name above.
 */
const MONTH_WORD = '([a-zà-öø-ÿа-яёіїєґ]{3,10})';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Whether y-m-d is a real calendar day in a plausible range for news. */
export function isValidDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Unambiguous time-zone abbreviations news pages print after a time. */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  BST: '+01:00', CET: '+01:00', CEST: '+02:00', MEZ: '+01:00', MESZ: '+02:00', EET: '+02:00', EEST: '+03:00',
  MSK: '+03:00', JST: '+09:00', KST: '+09:00', AEST: '+10:00', AEDT: '+11:00', IRST: '+03:30', HKT: '+08:00', SGT: '+08:00',
};

function normaliseZone(z: string | undefined): string {
  if (!z) return '';
  const t = z.trim().toUpperCase();
  if (t === 'Z' || t === 'UTC' || t === 'GMT' || t === 'UT') return 'Z';
  if (ZONE_ABBREVIATIONS[t]) return ZONE_ABBREVIATIONS[t];
  const m = /^(?:GMT|UTC)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (!m) return '';
  const h = Number(m[2]);
  const min = Number(m[3] ?? 0);
  if (h > 14 || min > 59) return '';
  return `${m[1]}${pad(h)}:${pad(min)}`;
}

function build(y: number, mo: number, d: number, time?: { h: number; mi: number; s?: number }, zone = '', matched = ''): ParsedDate | null {
  if (!isValidDay(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (!time) return { iso: day, precision: 'day', matched };
  if (time.h > 23 || time.mi > 59 || (time.s ?? 0) > 60) return { iso: day, precision: 'day', matched };
  const hasSec = time.s !== undefined;
  const t = `${pad(time.h)}:${pad(time.mi)}${hasSec ? ':' + pad(time.s!) : ''}`;
  return { iso: `${day}T${t}${zone}`, precision: hasSec ? 'second' : 'minute', matched };
}

const TIME_RE = String.raw`(\d{1,2})[:h.](\d{2})(?::(\d{2}))?\s*(?:(am|pm|a\. ?m\.|p\. ?m\.)(?![a-z]))?\s*(?:uhr\b|h\b)?\s*(z\b|(?:utc|gmt)\s*[+-]\d{1,2}(?::?\d{2})?|utc|gmt|[+-]\d{2}:?\d{2}|(?:${Object.keys(ZONE_ABBREVIATIONS).join('|').toLowerCase()})\b)?`;

function readTime(m: RegExpExecArray, i: number): { time: { h: number; mi: number; s?: number }; zone: string } | undefined {
  if (m[i] === undefined) return undefined;
  let h = Number(m[i]);
  const mi = Number(m[i + 1]);
  const s = m[i + 2] !== undefined ? Number(m[i + 2]) : undefined;
  // "p.m.", and in Spanish "p. m.".
  const ampm = m[i + 3]?.toLowerCase().replace(/[. ]/g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return { time: { h, mi, s }, zone: normaliseZone(m[i + 4]) };
}

// A CMS may leave the hour unpadded after the "T" ("2022-05-11T4:10:00"); after a space it may be a 12-hour clock.
const ISO_RE = /(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s(?=\d{2}))(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT_RE = /\b(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}(?::?\d{2})?)?)?\b/;
// The patterns below with a time or a month name run on the lower-cased text (no case-insensitive flag,
// which makes them several times costlier to compile); those with a month word find every match (g).
const TEXT_DMY_RE = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+)?${MONTH_WORD}\.?,?\s*(?:de\s+)?(\d{4})(?:\s*(?:[-–—,|@/]|à|a las|um|at|alle|às|om)?\s*${TIME_RE})?`,
  'gu',
);
const TEXT_MDY_RE = new RegExp(String.raw`\b${MONTH_WORD}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s*(?:[-–—,|@/]|at)?\s*${TIME_RE})?`, 'gu');
const TEXT_MY_RE = new RegExp(String.raw`\b${MONTH_WORD}\.?\s+(\d{4})\b`, 'gu');
const NUM_RE = new RegExp(String.raw`\b(\d{1,2})([./-])(?:(?<=\.) )?(\d{1,2})\2(?:(?<=\.) )?(\d{4})(?:\s*(?:[-–—,|@]|um|at)?\s*${TIME_RE})?`);
const NUM_TWO_DIGIT_YEAR_RE = /\b(\d{1,2})\.(\d{1,2})\.(\d{2}),?\s?(\d{1,2}):(\d{2})(?!\d)/;
/** Chinese, Japanese and Korean dates: "2020年7月12日 14:05", "2020年07月03日", "2023년 11월 7일". */
const CJK_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号]?(?:\s*(?:\([^)]{1,3}\)|（[^）]{1,3}）)?\s*(\d{1,2})[:時시]\s*(\d{2})分?)?/u;
const YMD_SLASH_RE = new RegExp(String.raw`\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s*${TIME_RE})?`);

/**
 * A time printed before its date, a weekday perhaps between: "Updated 11:21 pm CST, Tuesday, November 19, 2019".
 * Only a time whose hour has a clock's separator and is followed by a zone or "am"/"pm" counts: "1.50, 3 March" is a price.
 */
const TIME_BEFORE_RE = letterPattern(new RegExp(String.raw`(?:^|[^\d.:])${TIME_RE}\s*[,|·–—-]?\s*(?:\p{L}+\.?,?\s*)?$`, 'u'));

/** The time printed just before a date found at `at` in lower-cased `low`, if any. */
function timeBefore(low: string, at: number): ReturnType<typeof readTime> {
  const before = low.slice(Math.max(0, at - 40), at);
  // Most dates have no clock before them: a cheap test first.
  if (!/\d[:h.]\d\d/.test(before)) return undefined;
  const m = TIME_BEFORE_RE.exec(before);
  if (!m || (m[4] === undefined && m[5] === undefined)) return undefined;
  return readTime(m, 1);
}

/** The first match of a month-word pattern whose word is a month name (group `group`), like an alternation of the names would find. */
function execWithMonth(re: RegExp, text: string, group: number): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (MONTHS[m[group]]) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** `s` in lower case, position for position (the offsets of a match in it hold in `s`). */
export function lowerInPlace(s: string): string {
  const low = s.toLowerCase();
  return low.length === s.length ? low : Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

export interface ParseOptions {
  /** Page language (BCP 47), used to read ambiguous numeric dates: en-US is month first. */
  lang?: string;
  /** Accept a bare year-month ("August 2025"). */
  allowMonth?: boolean;
}

/**
 * What every form below needs: a four-digit year, or the "28.09.19" of a two-digit year before a time.
 * Most text with digits has neither ("3 comments", "Page 2 of 5"), and is turned away before the patterns run.
 */
const MAY_HOLD_DATE = /\d{4}|\d\.\d{1,2}\.\d\d/;

/** Whether `text` may hold a date `parseDate` reads; false means that no part of it holds one. */
export const mayHoldDate = (text: string): boolean => MAY_HOLD_DATE.test(text);

/** Finds and parses the first date in `input`; null when there is none. */
export function parseDate(input: string, opts: ParseOptions = {}): ParsedDate | null {
  if (!MAY_HOLD_DATE.test(input)) return null;
  const s = input.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 400) return s ? parseDate(s.slice(0, 400), opts) : null;
  let m = ISO_RE.exec(s);
  if (m) {
    const t = m[4] !== undefined ? { h: +m[4], mi: +m[5], s: m[6] !== undefined ? +m[6] : undefined } : undefined;
    const r = build(+m[1], +m[2], +m[3], t, t ? normaliseZone(m[7]) : '', m[0]);
    if (r) return r;
  }
  const low = lowerInPlace(s);
  /** The input's own text of a match found in `low`. */
  const original = (x: RegExpExecArray) => s.slice(x.index, x.index + x[0].length);
  m = execWithMonth(TEXT_DMY_RE, low, 2);
  if (m) {
    const t = readTime(m, 4) ?? timeBefore(low, m.index);
    const r = build(+m[3], MONTHS[m[2]], +m[1], t?.time, t?.zone, original(m).trim());
    if (r) return r;
  }
  m = execWithMonth(TEXT_MDY_RE, low, 1);
  if (m) {
    const t = readTime(m, 4) ?? timeBefore(low, m.index);
    const r = build(+m[3], MONTHS[m[1]], +m[2], t?.time, t?.zone, original(m).trim());
    if (r) return r;
  }
  // Patterns that need a character most dates lack are not run (nor compiled, on a page's first run) without it.
  m = s.includes(':') ? NUM_TWO_DIGIT_YEAR_RE.exec(s) : null;
  if (m) {
    // "28.09.19 12:44" and its run-together form "28.09.1912:44": a two-digit year before a time.
    const r = build(2000 + +m[3], +m[2], +m[1], { h: +m[4], mi: +m[5] }, '', m[0].trim());
    if (r) return r;
  }
  m = NUM_RE.exec(low);
  if (m) {
    let a = +m[1];
    let b = +m[3];
    const monthFirst = b > 12 || (a <= 12 && m[2] === '/' && /^en-us$/i.test(opts.lang ?? ''));
    if (monthFirst) [a, b] = [b, a];
    const t = readTime(m, 5) ?? timeBefore(low, m.index);
    const r = build(+m[4], b, a, t?.time, t?.zone, original(m).trim());
    if (r) return r;
  }
  m = YMD_SLASH_RE.exec(low);
  if (m) {
    const t = readTime(m, 4);
    const r = build(+m[1], +m[2], +m[3], t?.time, t?.zone, original(m).trim());
    if (r) return r;
  }
  m = s.includes('年') || s.includes('년') ? CJK_RE.exec(s) : null;
  if (m) {
    const r = build(+m[1], +m[2], +m[3], m[4] !== undefined ? { h: +m[4], mi: +m[5] } : undefined, '', m[0].trim());
    if (r) return r;
  }
  m = COMPACT_RE.exec(s);
  if (m) {
    const t = m[4] !== undefined ? { h: +m[4], mi: +m[5], s: m[6] !== undefined ? +m[6] : undefined } : undefined;
    const r = build(+m[1], +m[2], +m[3], t, t ? normaliseZone(m[7]) : '', m[0]);
    if (r) return r;
  }
  const rfc = s.includes(':') ? /\b(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ?([+-]\d{4}|GMT|UTC|Z)?/.exec(s) : null;
  if (rfc && MONTHS[rfc[2].toLowerCase()]) {
    const r = build(+rfc[3], MONTHS[rfc[2].toLowerCase()], +rfc[1], { h: +rfc[4], mi: +rfc[5], s: rfc[6] ? +rfc[6] : undefined }, normaliseZone(rfc[7]), rfc[0]);
    if (r) return r;
  }
  if (opts.allowMonth) {
    m = execWithMonth(TEXT_MY_RE, low, 1);
    if (m) {
      const mo = MONTHS[m[1]];
      const y = +m[2];
      if (isValidDay(y, mo, 1)) return { iso: `${y}-${pad(mo)}`, precision: 'month', matched: original(m) };
    }
  }
  return null;
}

/** Whether a date gives the time of day, not only the day (or a coarser period). */
export const hasTime = (d: Pick<ParsedDate, 'precision'>): boolean => d.precision === 'minute' || d.precision === 'second';

/** Whether a date names only a month or a year, not a day. */
export const isCoarse = (d: Pick<ParsedDate, 'precision'>): boolean => d.precision === 'month' || d.precision === 'year';

/** Whether an ISO string from `parseDate` states its zone ("Z", "+02:00"). */
export const hasZone = (iso: string): boolean => /(?:Z|[+-]\d{2}:\d{2})$/.test(iso);

/** Milliseconds since the epoch for an ISO string from `parseDate`; a date without zone is read as UTC. */
export function isoToEpoch(iso: string): number {
  const full = /T/.test(iso) ? iso : iso.length === 7 ? `${iso}-01T00:00` : `${iso}T00:00`;
  return Date.parse(hasZone(full) ? full : `${full}Z`);
}

/** The day an address's path carries ("/2020/01/17/", "/2020-01-17-title", "_20200117."), if any. */
export function pathDay(path: string): ParsedDate | null {
  // A slashed day is a whole segment ("/2023/10/3-fragen" is October's "3 questions", not the 3rd).
  const m =
    /(?:^|\D)(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|\.\w+$|$)/.exec(path) ??
    /(?:^|\D)(\d{4})[_-](\d{2})[_-](\d{2})(?!\d)/.exec(path) ??
    /(?:^|[/_-])(\d{4})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  return m ? parseDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`) : null;
}

/** A date claim's confidence as it is reported: to two decimals. */
export const roundConfidence = (x: number): number => Math.round(x * 100) / 100;
