// The dateline and the credited agency at the head of the article text: "MOSCOW (Dispatches) -",
// "WASHINGTON (Reuters) —", "LONDON, Aug 8 (Reuters) -", "BERLIN (dpa) -", "(AP) —", "GENEVA —".
import type { Annotation } from '../annotation';
import { letterPattern } from '../letter-patterns';

/** Credits that mean "rewritten agency copy" without naming the agency, in English and in the languages of the
 * date rules ("Agenturen", "agences", "agencias", "agenzie", "agências", "persbureaus"). */
const UNNAMED_AGENCY =
  /^(dispatches|agencies|wires?|news ?agencies|wire services|agency reports?|with (?:agencies|agency reports?|wires)|(?:nachrichten)?agenturen|agences(?: de presse)?|agencias|agenzie|agências|persbureaus)$/i;

/** Whether a credit means agency copy without naming the agency ("Dispatches", "Agencies", "with agencies"). */
export const isUnnamedAgency = (credit: string): boolean => UNNAMED_AGENCY.test(credit.trim());

/** Between the parts of a credit: "AFP/dpa", "Reuters, AP", "AP and Reuters", "ET Online | Agencies", "Jane Doe with agencies". */
const CREDIT_PARTS = /\s*(?:[|,;/&•·]|\s[-–—]\s|\band\b|\bund\b)\s*|\s+(?=with\s)/;

/** The parts of a credit, each naming one writer, outlet or agency (or none). */
export const creditParts = (credit: string): string[] => credit.split(CREDIT_PARTS).filter(Boolean);

const PLACE = String.raw`[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,3}`;
const TITLE_PLACE = String.raw`[A-Z][a-zà-ÿ'’.\-]+(?: [A-Z][a-zà-ÿ'’.\-]+){0,2}`;
const DATE = String.raw`(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)`;
const DASH = String.raw`\s*(?:[-–—:]+|\|)\s*`;
const WITH_AGENCY = new RegExp(String.raw`^((${PLACE})(?:,\s*(?:${PLACE}|${TITLE_PLACE}))?|(${TITLE_PLACE})(?:,\s*${TITLE_PLACE})?)?(?:,\s*(${DATE}))?\s*\(([^()\n]{2,40})\)${DASH}`);
const PLACE_ONLY = new RegExp(String.raw`^(${PLACE})(?:,\s*(?:${PLACE}|${TITLE_PLACE}))?(?:,\s*${DATE})?\s+[-–—]+\s+`);
const TRAILING = /(?:[-–—]\s*|\(|\b)(with (?:agencies|agency reports|wires)|[A-Z][A-Za-z]{1,12}(?:\/[A-Z][A-Za-z]{1,12})*)\)?\s*$/;
const TRAILING_AGENCY = /^(AFP|AP|Reuters|dpa|DPA|EFE|ANSA|IANS|PTI|ANI|Xinhua|TASS|Tass|IRNA|Anadolu|Kyodo|Yonhap|Bloomberg|AAP|CP|Bernama|Antara|KUNA|WAM|SPA|MENA|APA|Interfax)$/;

/** Paragraphs a dateline may open: the first few (a standfirst or a photo credit can come before it). */
const HEAD_PARAGRAPHS = 3;
/** Short lines above the text (a date, "By", the writer's name) are not counted among them, up to this many lines in all. */
const HEAD_LINES = 8;
/** A line this short without a sentence's end is a heading's furniture, not a paragraph. */
const SHORT_LINE = 50;

function atParagraphStart(text: string, offset: number): Annotation['dateline'] {
  const head = text.slice(offset, offset + 300);
  const m = WITH_AGENCY.exec(head);
  if (m && (m[1] || m[5])) {
    const credit = m[5].trim();
    if (/^\d+$/.test(credit) || credit.split(/\s+/).length > 5) return undefined;
    const placeRaw = (m[2] ?? m[3] ?? m[1] ?? '').trim();
    const creditAt = offset + m[0].lastIndexOf(credit);
    return {
      raw: m[0].trim(),
      place: placeRaw ? titleCase(placeRaw) : undefined,
      agency: credit,
      unnamedAgency: UNNAMED_AGENCY.test(credit) || undefined,
      span: { start: offset, end: offset + m[0].trimEnd().length },
      creditSpan: { start: creditAt, end: creditAt + credit.length },
    };
  }
  const p = PLACE_ONLY.exec(head);
  if (p && p[1].length >= 3) {
    return { raw: p[0].trim(), place: titleCase(p[1]), span: { start: offset, end: offset + p[0].trimEnd().length } };
  }
  return undefined;
}

/** The dateline opening one of the first paragraphs. */
function leadingDateline(text: string): Annotation['dateline'] {
  let offset = 0;
  for (let lines = 0, paragraphs = 0; lines < HEAD_LINES && paragraphs < HEAD_PARAGRAPHS && offset < text.length; lines++) {
    const found = atParagraphStart(text, offset);
    if (found) return found;
    const next = text.indexOf('\n\n', offset);
    if (next < 0) break;
    const paragraph = text.slice(offset, next).trim();
    if (paragraph.length >= SHORT_LINE || /[.!?]["”’]?$/.test(paragraph)) paragraphs++;
    offset = next + 2;
  }
  return undefined;
}

/** An agency credited on the article's last line ("— AFP", "with agencies", "Reuters"). */
function trailingCredit(text: string): Annotation['dateline'] {
  const tail = text.slice(-120).trim();
  const last = tail.split('\n').pop() ?? '';
  const t = TRAILING.exec(last);
  if (!t || !(TRAILING_AGENCY.test(t[1]) || /^with /i.test(t[1])) || last.length - t.index >= 40) return undefined;
  const credit = t[1].trim();
  const raw = t[0].trim();
  const start = text.lastIndexOf(raw);
  const creditAt = text.lastIndexOf(credit);
  return {
    raw,
    agency: credit,
    unnamedAgency: /^with /i.test(credit) || undefined,
    span: { start, end: start + raw.length },
    creditSpan: { start: creditAt, end: creditAt + credit.length },
  };
}

/**
 * The dateline of `text` (the article's plain text), or undefined when it has none. A dateline that names
 * no agency ("VIENNA —") takes the one the last line credits ("Reuters").
 */
export function findDateline(text: string): Annotation['dateline'] {
  const lead = leadingDateline(text);
  if (lead?.agency) return lead;
  const tail = trailingCredit(text);
  if (lead && tail) return { ...lead, agency: tail.agency, unnamedAgency: tail.unnamedAgency, creditSpan: tail.creditSpan };
  return lead ?? tail;
}

/** A letter opening a word (global: for replace). */
const WORD_START = letterPattern(/(^|[\s\-/'’.])(\p{L})/gu);

function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  const low = place.toLowerCase();
  return low.replace(WORD_START.for(low), (_, sep: string, c: string) => sep + c.toUpperCase());
}
