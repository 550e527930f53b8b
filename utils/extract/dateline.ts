// The dateline and the credited agency at the head of the article text: "MOSCOW (Dispatches) -",
// "WASHINGTON (Reuters) —", "LONDON, Aug 8 (Reuters) -", "BERLIN (dpa) -", "(AP) —", "GENEVA —"; or the
// agency credited where it ends: "— AFP", "(FR mit dpa)", "with agencies", "Additional reporting from Reuters".
import type { Annotation } from '../annotation';
import { letterPattern } from '../letter-patterns';
import { lowerInPlace } from './date-parse';

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

/** Whether a closing credit's name is one whose copy a page may print ("Reuters", "dpa", "SWR"): the outlet
 * registry's test, given by the caller. */
export type IsCreditable = (name: string) => boolean;

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

/** Paragraphs at the end of the text a credit may close: a network's notice or a newsletter's may follow it. */
const TAIL_PARAGRAPHS = 3;
/** A credit is a few words. */
const MAX_CREDIT = 40;
/** The end of a paragraph a closing credit is looked for in: the longest credit with its brackets or dash and spaces. */
const CREDIT_TAIL = 60;
/** Between the parts of a closing credit: "AFP/dpa", "FR mit dpa", "red, Agenturen", "Jane Doe with agencies". */
const CLOSING_CREDIT_PARTS = /\s*(?:[/,;|&+]|\s(?:mit|with|und|and|avec|et|con|y)\s)\s*/;
/** Where a paragraph's closing credit may stand: in brackets ("(dpa)"), after a dash ("— AFP") or after its last sentence ("… said. Reuters"). */
const CLOSING_CREDITS = [/\(([^()\n]{2,40})\)\s*$/, /[-–—]\s*([^-–—()\n]{2,40}?)\s*$/, /[.!?]["”’]?\s+([^.!?()\n]{2,30}?)\s*$/];

// The two patterns below are written in lower case and run on lower-cased text: a case-insensitive flag makes a
// pattern several times costlier to compile, in every site's renderer.
/** Words that open a credit for reporting used ("Additional reporting from Reuters", "Con información de AFP, EFE y Reuters"). */
const REPORTING_FROM =
  /^(?:(?:with )?(?:additional )?reporting (?:from|by)|(?:with )?(?:information|material) (?:from|by)|con información de(?: las agencias)?|mit material (?:von|der|aus)|nach angaben (?:von|der)|avec|selon|d'après|según|quelle\s*:|source\s*:|fuente\s*:)\s+/;
/** A picture's credit ("Rubriklistenbild: © KCNA/dpa", "Foto: AFP"), not the text's. */
const PICTURE_CREDIT = /©|\(c\)|\b(?:fotos?|photos?|bilder?|images?|pictures?|grafik|video|\w+bild)\b/;

/** The agency a credit names: a creditable name among its parts ("FR mit dpa" -> dpa), else an unnamed agency ("with agencies"). */
function creditedAgency(credit: string, creditable: IsCreditable): { agency: string; unnamedAgency?: true } | undefined {
  const trimmed = credit.trim();
  const lead = REPORTING_FROM.exec(lowerInPlace(trimmed));
  const c = lead ? trimmed.slice(lead[0].length) : trimmed;
  if (PICTURE_CREDIT.test(lowerInPlace(c))) return undefined;
  if (isUnnamedAgency(c)) return { agency: c, unnamedAgency: true };
  const parts = c.split(CLOSING_CREDIT_PARTS).filter(Boolean);
  // Each part names one agency, outlet or writer in a few words: a clause ("in an interview with Reuters") is prose.
  if (parts.length > 4 || parts.some((p) => p.split(/\s+/).length > 3)) return undefined;
  const named = parts.find((p) => creditable(p));
  if (named) return { agency: named };
  const unnamed = parts.find(isUnnamedAgency);
  return unnamed ? { agency: unnamed, unnamedAgency: true } : undefined;
}

/**
 * An agency credited where the article ends: closing one of its last paragraphs ("— AFP", "(FR mit dpa)",
 * "… the ministry said. Reuters") or on a line of its own ("Reuters", "with agencies").
 */
function trailingCredit(text: string, creditable: IsCreditable): Annotation['dateline'] {
  let end = text.length;
  for (let i = 0; i < TAIL_PARAGRAPHS && end > 0; i++) {
    const gap = text.lastIndexOf('\n\n', end - 1);
    const from = gap < 0 ? 0 : gap + 2;
    const paragraph = text.slice(from, end).trimEnd();
    const found = closingCredit(paragraph, creditable);
    if (found) {
      const rawAt = from + paragraph.lastIndexOf(found.raw);
      const creditAt = from + paragraph.lastIndexOf(found.agency);
      return {
        raw: found.raw,
        agency: found.agency,
        unnamedAgency: found.unnamedAgency,
        span: { start: rawAt, end: rawAt + found.raw.length },
        creditSpan: { start: creditAt, end: creditAt + found.agency.length },
      };
    }
    if (gap < 0) break;
    end = gap;
  }
  return undefined;
}

/** The agency credit closing one paragraph, or the paragraph itself when it is only a credit, with the text that prints it. */
function closingCredit(paragraph: string, creditable: IsCreditable): { raw: string; agency: string; unnamedAgency?: true } | undefined {
  const whole = paragraph.trim();
  // A line of its own may be bracketed or open with a dash: "(dpa)", "— AFP".
  const own = whole.length <= MAX_CREDIT ? creditedAgency(whole.replace(/^[-–—(]\s*/, '').replace(/\s*\)$/, ''), creditable) : undefined;
  if (own) return { raw: whole, ...own };
  // A closing credit is a few words at the very end: only the paragraph's tail is searched.
  const tail = paragraph.slice(-CREDIT_TAIL);
  for (const re of CLOSING_CREDITS) {
    const m = re.exec(tail);
    const credited = m && creditedAgency(m[1], creditable);
    if (m && credited) return { raw: m[0].replace(/^[.!?]["”’]?/, '').trim(), ...credited };
  }
  return undefined;
}

/**
 * The dateline of `text` (the article's plain text), or undefined when it has none. A dateline that names
 * no agency ("VIENNA —") takes the one the last lines credit ("Reuters"): a name `creditable` knows (an
 * agency or outlet) or an unnamed credit ("with agencies"). At the head, a bracketed credit after a place
 * counts whatever it names.
 */
export function findDateline(text: string, creditable: IsCreditable): Annotation['dateline'] {
  const lead = leadingDateline(text);
  if (lead?.agency) return lead;
  const tail = trailingCredit(text, creditable);
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
