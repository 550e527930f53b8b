// Corrections of the recogniser's types, most from the words of the name itself: an honorific or an
// abbreviated title opens a person's name ("Ms Callan", "Rep. Alexandria Ocasio-Cortez"), as does a role's
// title before the name of a person found elsewhere ("Ambassador Sondland"); a royal title names one ("Prince
// Philip", "the Queen"); an organisation's head noun closes an organisation's ("Calder Shipping", "Northgate
// Port Authority"), a venue's a place's ("Shoreline Amphitheatre"); a competition is no person ("Davis Cup
// Final"); a person span never holds two people, nor another span two names found alone, nor any span a
// list's bullets; a span ending in an article ("D. The", from "Group D. The day before"), made of initials alone
// or of a company's legal form alone ("Inc.") is no name; and where a company is based is no part of its name.
import { CAPITAL, letterPattern, OPENS_WITH_CAPITAL } from '../letter-patterns';
import { POSSESSIVE } from './merge';
import { namesRole, titleLength } from './roles';

const HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?|(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Amb)\.)\s/;
/** A royal or papal title alone ("the Queen") or before one given name ("Prince Philip", "Pope Francis"): a person,
 * unless the word after it names a place or a building ("King County", "Prince Street", "Queen Hospital"). */
const TITLE_NAME = /^(?:Prince|Princess|King|Queen|Duke|Duchess|Pope)(?:\s[A-Z][a-z]+)?$/;
const PLACE_WORD = /\s(?:County|Street|Road|Avenue|Square|Island|Islands|Park|Bridge|Hall|Hospital|University|College|School|Theatre|Theater|Arms|Hotel|Stadium|Station)$/;
const ORG_HEAD =
  /\s(Shipping|Ferries|Railways?|Lines|Services|Brands|Group|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|plc|PLC|LLC|GmbH|AG|SA|Bank|Airlines?|Airways|Holdings|Partners|Media|Motors|Energy|Pharma(ceuticals)?|Foods|Logistics|Union|Authority|Council|Ministry|Agency|Party|University|Institute|Association|Federation|Committee|Commission|Court|Police|Army|Navy|Company|Co\.|Industries|Systems|Technologies|Telecom|Insurance|Capital|Fund|Foundation|Trust|Society|Network|Television|Radio|News|Times|Post|Press|Studios|Pictures|Records|Entertainment|Animation)$/;
/** A company's head noun, which no place's name ends with either ("Pixar Animation", "Marvel Studios", "Big Machine
 * Records"); not those that may ("West Bank", "Soviet Union", "Supreme Court"). */
const COMPANY_HEAD = /\s(?:Studios|Pictures|Records|Entertainment|Animation|Group|Corp\.?|Corporation|Inc\.?|Ltd\.?|LLC|plc|Holdings|Airlines|Airways|Motors|Pharmaceuticals|Technologies|Industries)$/;
/** A venue's head noun: a person's name never ends with one ("Shoreline Amphitheatre", "BB&T Pavilion"). Words that are
 * also surnames (Hall, Park, Field, Garden) are not among them. */
const VENUE_HEAD = /\s(?:Amphitheat(?:re|er)|Pavilion|Arena|Stadium|Theat(?:re|er)|Auditorium|Coliseum|Colosseum|Ballroom|Bowl|Center|Centre|Gardens|Square|Speedway|Raceway)$/;
/** A competition's head noun ("Davis Cup Final", "US Open"): an event, not a person; listed with the organisations that hold it. */
const EVENT_HEAD = /\s(?:Cup|Final|Finals|Championships?|Open|Games|Olympics|Grand Prix|Trophy|Series|League|Tournament)$/;
const CONJUNCTION = /(\s(?:and|und|et|&)\s)/;
const LIST_MARK = /(\s*[•·|]\s*)/;
const FUNCTION_WORD_END = /\s(?:The|A|An|In|On|At|Of|And|But|For|To|It|This|That)$/;
const INITIALS_ONLY = letterPattern(/^(?:\p{Lu}\.\s*)+$/u);
/** A company's legal form alone ("Inc.", cut from "Amazon.com Inc."): no name. ("SA", "AG" and "NV" also stand for places and offices.) */
const LEGAL_FORM_ONLY = /^(?:(?:Inc|Corp|Ltd|LLC|LLP|plc|PLC|GmbH)\.?|Co\.)$/;
/** Where a place it is based in opens a name ("British Columbia-based Carbon Engineering"): a description, not the name. */
const BASED_IN = letterPattern(/^[\p{L}\p{N}.’' ]+?-based\s+(?=\p{Lu})/u);

type Span = { start: number; end: number; type: 'person' | 'organization' | 'place'; text: string };

/** Short names of a country or a union of countries whose type the recogniser, seeing them before nouns ("US
 * officials", "UN envoy"), often gets wrong: a country is a place, a union of states an organisation. */
const SHORT_NAME_TYPES: ReadonlyMap<string, 'place' | 'organization'> = new Map([
  ...['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.'].map((n) => [n, 'place'] as const),
  ...['UN', 'U.N.', 'EU', 'E.U.', 'NATO', 'Nato'].map((n) => [n, 'organization'] as const),
]);

/** The type the name's own words call for, or the recogniser's. */
export function typeByWords<T extends Span>(s: T): T['type'] {
  const fixed = SHORT_NAME_TYPES.get(s.text);
  if (fixed) return fixed;
  if (HONORIFIC.test(s.text) || (TITLE_NAME.test(s.text) && !PLACE_WORD.test(s.text))) return 'person';
  if ((s.type === 'person' && ORG_HEAD.test(s.text)) || (s.type === 'place' && COMPANY_HEAD.test(s.text))) return 'organization';
  if (s.type === 'person' && VENUE_HEAD.test(s.text)) return 'place';
  if (s.type === 'person' && EVENT_HEAD.test(s.text)) return 'organization';
  return s.type;
}

/**
 * Whether a name is a role's title and then a person's name: one of `people`, a name ending with one's surname
 * ("Ambassador Sondland", "House Speaker Nancy Pelosi"), or a given name and a surname ("Cambridge Police
 * Commissioner Christine Elow") unless the whole names a place or a building ("President Lincoln High School").
 */
function titledPerson(name: string, people: ReadonlySet<string>, isForename?: (word: string) => boolean): boolean {
  const cut = titleLength(name, isForename);
  if (cut <= 0) return false;
  const rest = name.slice(cut).replace(POSSESSIVE, '');
  if (people.has(rest) || people.has(rest.slice(rest.lastIndexOf(' ') + 1))) return true;
  const words = rest.split(' ');
  return !!isForename && words.length >= 2 && isForename(words[0]) && namesRole(name.slice(0, cut)) && !PLACE_WORD.test(name) && !VENUE_HEAD.test(name) && !ORG_HEAD.test(name);
}

/** The span without a "…-based" description before the name, its start moved past it. */
function withoutBase<T extends Span>(s: T): T {
  const cut = BASED_IN.exec(s.text)?.[0].length;
  return cut ? { ...s, start: s.start + cut, text: s.text.slice(cut) } : s;
}

/** The names a span joins with `joiner` (conjunctions, a menu's bullets), each with its place in the text ("Reuters and Bloomberg"). */
function joinedNames<T extends Span>(s: T, joiner = CONJUNCTION): T[] {
  const parts: T[] = [];
  let offset = 0;
  for (const part of s.text.split(joiner)) {
    if (!joiner.test(part) && part.trim()) {
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      parts.push({ ...s, start: s.start + offset + lead, end: s.start + offset + lead + text.length, text });
    }
    offset += part.length;
  }
  return parts;
}

/**
 * Applies the word rules, and splits spans that join two names: a person span always ("Jane Doe and John
 * Roe"), an organisation or place span when each name it joins stands alone elsewhere in the text or is one
 * `isKnown` knows, an outlet's ("Manchester United and Real Madrid", "ESPN and Forbes"; not "Securities and
 * Exchange Commission", "Ernst & Young"). A name standing alone keeps the type it has there.
 */
export function correctTypes<T extends Span>(spans: T[], isKnown: (name: string) => boolean = () => false, isForename?: (word: string) => boolean): T[] {
  // A menu's or a list's bullets never stand inside a name ("Abigail • Emily • Haley").
  const listed = spans.flatMap((span) => (LIST_MARK.test(span.text) ? joinedNames(span, LIST_MARK) : [span]));
  const kept = listed.filter((span) => !(FUNCTION_WORD_END.test(span.text) || LEGAL_FORM_ONLY.test(span.text) || (span.type === 'person' && INITIALS_ONLY.test(span.text)))).map(withoutBase);
  const typed = kept.map((span) => ({ ...span, type: typeByWords(span) }));
  const alone = new Map<string, T['type']>();
  for (const s of typed) if (!CONJUNCTION.test(s.text) && !alone.has(s.text)) alone.set(s.text, s.type);
  // People's names and surnames, for a title given with one ("Ambassador Sondland", "Speaker Pelosi").
  const people = new Set<string>();
  for (const s of typed) {
    const name = s.text.replace(POSSESSIVE, '');
    if (s.type === 'person') people.add(name).add(name.slice(name.lastIndexOf(' ') + 1));
  }
  const out: T[] = [];
  for (const s of typed) {
    if (s.type !== 'person' && titledPerson(s.text, people, isForename)) {
      out.push({ ...s, type: 'person' });
      continue;
    }
    if (!CONJUNCTION.test(s.text)) {
      out.push(s);
      continue;
    }
    const parts = joinedNames(s);
    if (s.type === 'person') out.push(...parts);
    else if (parts.length > 1 && parts.every((p) => alone.has(p.text) || isKnown(p.text))) out.push(...parts.map((p) => ({ ...p, type: alone.get(p.text) ?? s.type })));
    else out.push(s);
  }
  return out.flatMap(namedPart);
}

/** Lower-case words opening an organisation's or a place's span ("state Department of Public Safety", "moon
 * Europa", "of Europe", "all-new Sentra"); a word with a capital inside ("eBay") or a letter's prefix ("e-tron") is a name. */
const LOWER_LEAD = /^(?:[a-z]{2,}(?:-[a-z0-9]+)*\s+)+/;

/** The span's name: without a description in lower case before it, none when no word of it is capitalised. */
function namedPart<T extends Span>(s: T): T[] {
  // A name has a capital somewhere ("eBay"); "paradise", "galaxy" and "vice" are no names.
  if (!CAPITAL.test(s.text)) return [];
  const cut = s.type === 'person' ? 0 : (LOWER_LEAD.exec(s.text)?.[0].length ?? 0);
  return cut && OPENS_WITH_CAPITAL.test(s.text.slice(cut)) ? [{ ...s, start: s.start + cut, text: s.text.slice(cut) }] : [s];
}

/** Double quotation marks that open a title ("“Parasite”") and those that close it, a comma or full stop before them
 * allowed ("“Parasite,” the film"). Single ones are left alone: they mostly quote speech within speech. */
const OPENING_QUOTE = /["“„«]$/;
const STARTS_WITH_QUOTE = /^["“„«]/;
const CLOSING_QUOTE = /^[,.]?["”“»]/;

/**
 * Spans without the people and places that are a whole quotation: "“Parasite” director Bong Joon Ho", "in
 * “Joker”" name a film, a book or a song. The recogniser may have taken the opening mark into the span. A name
 * inside a longer quotation, the same name printed without quotation marks ("the show “Nashville”" and "a plane
 * to Nashville"), and an organisation introduced in quotation marks (a fund, a programme) are kept.
 */
export function withoutQuotedTitles<T extends Span>(text: string, spans: T[]): T[] {
  const quoted = (s: T) => (STARTS_WITH_QUOTE.test(s.text) || OPENING_QUOTE.test(text.slice(Math.max(0, s.start - 1), s.start))) && CLOSING_QUOTE.test(text.slice(s.end, s.end + 2));
  return spans.filter((s) => s.type === 'organization' || !quoted(s));
}

/** What follows a region's name ("Ecuador's Amazon forests"), and points of the compass used as adjectives ("the
 * first Southern primary"): a place or a description, not a company. */
const REGION_NOUN = /^\s+(?:forests?|rainforests?|jungles?|rivers?|basin|region|delta|valley|coast|desert)\b/i;
const COMPASS = /^(?:Northern|Southern|Eastern|Western|Central)$/;

/**
 * Places that are only a company's name by the gazetteer (`isCompany`: "Netflix", "Amazon") are that company
 * ("on Netflix", "$200 on Amazon"), unless "the" stands before the name or a region's noun after it ("the
 * Amazon", "Amazon forests").
 */
export function companiesNotPlaces<T extends Span>(text: string, spans: T[], isCompany: (word: string) => boolean): T[] {
  return spans.map((s) =>
    s.type === 'place' && !/\s/.test(s.text) && !COMPASS.test(s.text) && isCompany(s.text) && !/\bthe\s+$/i.test(text.slice(Math.max(0, s.start - 5), s.start)) && !REGION_NOUN.test(text.slice(s.end, s.end + 14))
      ? { ...s, type: 'organization' }
      : s,
  );
}
