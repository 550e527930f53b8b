// From a byline string to clean names: "By Jane Doe and John Roe, Reuters" -> Jane Doe, John Roe (agency
// Reuters); labels, dates, handles, e-mail addresses, photo credits and credentials are not names.
import type { Annotation } from '../annotation';
import type { OutletRegistry } from '../sources/registry';
import { decodeEntities } from './html-entities';
import { lowerInPlace, MONTH_NAME } from './date-parse';
import { isUnnamedAgency } from './dateline';
import { LETTER, letterPattern, type LetterPattern } from '../letter-patterns';

type Author = Annotation['authors'][number];

const LABEL =
  /^\s*(?:(?:written|posted|published|reported|reporting|story|words|text|analysis|an analysis|opinion|commentary|a commentary|review|interview|column|essay|photos?|texto|testo|tekst|eine? (?:artikel|beitrag|interview|gastbeitrag|kolumne|glosse|reportage)|artikel|beitrag|blog ?beitrag|gastbeitrag|(?:presse)?mitteilung|pressemeldung|kommentar|erstellt|gespeichert|geschrieben|verfasst|veröffentlicht|publiziert)\s*(?:by|von)\b|by|von|par|por|di|door|from|(?:über|about)(?!\s+(?:den|die|dem|der|the|us|uns)\b)|autor(?:in)?|author|auteur|verfasst von|geschrieben von|veröffentlicht von|erstellt von|publiziert von|redaktion(?=\s*[:：])|text\s*(?:&|und|and|\/|\+)\s*(?:fotos?|photos?|bilder?)|text|texto|текст|автор|von|(?:责任编辑|作者|编辑|记者)(?=\s*[:：]))(?:\s*[:：]\s*|\s+|$)/u;
const NOT_A_NAME =
  /^(staff|admin|administrator|editor|editorial|editors|redaktion|newsroom|news desk|web desk|desk|team|reporter|correspondent|null|undefined|home|by|von|unknown|anonymous|guest|gast|user|posted|published|publiziert am|veröffentlicht|veröffentlicht am|updated|aktualisiert|share|teilen|comments?|kommentare?|no author|about the author|über den autor|über die autorin|datum|date|autor|author|auteur|(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/i;
const DATE_TAIL = letterPattern(/\s*(?:[,|•·–-]\s*)?(?:\b(?:on|am|le|el|il|op|at|um|vor|prije|hace)\b\s*)?(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d+\s+(?:[Mm]in\p{L}*|[Hh]ours?|[Ss]tunden?|sati)\b).*$/u);
/** Words of a date and its time besides numbers: months, weekdays, "on", "am", "Uhr", zones ("ET", "GMT"). */
const DATE_WORDS = /\b(?:jan\w*|feb\w*|mär\w*|mar\w*|apr\w*|mai|may|jun\w*|jul\w*|aug\w*|sep\w*|o[ck]t\w*|nov\w*|de[cz]\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|on|am|at|um|le|el|il|op|vor|prije|hace|\d+(?:st|nd|rd|th)|pm|uhr|gmt|utc|sati|[a-z]{1,3}t|min|minutes?|hours?|stunden?)\b/gi;

/** `byline` without the date (and time) it ends with, when nothing but the date follows it ("Posted on May 2, 2020 by Jane Doe" keeps its name). */
function withoutClosingDate(byline: string): string {
  const m = DATE_TAIL.for(byline).exec(byline);
  return m && !LETTER.test(m[0].replace(DATE_WORDS, '')) ? byline.slice(0, m.index) : byline;
}

/** A month and a day ("Dezember 10", "10. März"): a date, not a name. */
const MONTH_DAY = new RegExp(String.raw`^(?:\d{1,2}\.?\s+)?(?:${MONTH_NAME})\.?(?:\s+\d{1,2})?$`, 'u');
/** Link texts around author names that are not names ("More posts", "Alle Artikel von …", "Follow"). */
const LINK_PHRASE = /^(zeige|show|more|alle|all|view|see|mehr|follow|folgen|weitere|read|lesen|profil|profile|website|e-?mail|twitter|facebook)\b|\b(posts?|artikel|articles|beiträge)\b/i;
/** Credits for pictures and sources, not for the text. */
const NOT_TEXT_CREDIT = /^(foto|fotos|photo|photos|bild|bilder|image|quelle|source|illustration|grafik|video)\s*[:：©]/i;
/** A newsroom role printed after a name as a byline's own part ("Chris Cillizza, CNN Editor-at-large",
 * "Jane Roe, Senior Correspondent", "Special to CNN", "… and Kiran C Nair - Chrome Safe Browsing team"),
 * lower-cased: the role, not a second author. */
const ROLE_PART =
  /(?:^|[\s-])(?:editor|editor-at-large|editor at large|editor-in-chief|correspondent|reporter|writer|columnist|contributor|producer|anchor|analyst|bureau chief|photographer|critic|intern|team)s?$|^special to\b/;
/** "Brendan Carlin For The Mail On Sunday": the name before the publication it wrote for. */
const FOR_PUBLICATION = letterPattern(/^(\p{Lu}\S*(?:\s+\p{Lu}\S*)+)\s+[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}.*$/u);
/** Academic and professional letters after a name ("Jane Doe, PhD"), not a second author. */
const CREDENTIAL = /^(ph\.?\s?d|m\.?\s?d|mba|msc|m\.?\s?sc|b\.?\s?sc|rd|rn|dr|prof|jr|sr|ll\.?m)\.?$/i;
/** Letters that are a credential after a name ("Ilana Muhlstein, MS, RDN") but may be a writer's initials alone ("LD"). */
const CREDENTIAL_AFTER_NAME = /^(rdn|ld|bsn|np|ms|ma|ba|bs|mph|msw|lcsw|cpt|cscs|cde|pharm\.?\s?d|psy\.?\s?d|ed\.?\s?d|jd|esq|facs|facp)\.?$/i;

/** A meta line that names the author after other fields: "Datum: 19.11.2021 Autor: Fritz Imhof". */
const INLINE_AUTHOR_LABEL = /^.{0,80}?\b(?:autor(?:in)?|author|auteur|verfasser(?:in)?)\s*[:：]\s*/i;
/** A source or picture credit run onto the name ("Fritz ImhofQuelle: Livenet"); not the pictures of a credit
 * for text and pictures ("Text & Fotos: Ivan Valetny"). */
const TRAILING_CREDIT = /(?<!\btext\s*(?:&|und|and|\/|\+)\s*)\s*(?:quelle|source|foto|fotos|photo|bild|bilder)\s*[:：].*$/i;

/** "Jane Doe with agencies": the writer drew on agency copy it does not name (a credit, not part of the name). */
const withoutAgencyCredit = (s: string) => s.replace(/\s+(with\s.*)$/i, (tail, credit: string) => (isUnnamedAgency(credit) ? '' : tail));

/** "Posted on September 21, 2020 by Jane Doe": the date between the label and the name goes with the label. */
const POSTED_ON = letterPattern(/^\s*(?:posted|published|written|veröffentlicht|publiziert|erstellt)\s+(?:on|am|le)\s+[^|]{4,40}?\s+(?:by|von|par)\s+(?=\p{L})/u);

/** The editorial team credited instead of a person ("von Redaktion", "By Staff", "Example.de-Redaktion"). */
const TEAM = letterPattern(/^(?:die |the )?(?:[\p{L}\d.-]+[- ])?(redaktion|staff|newsdesk|news desk|editorial team|editorial staff|editors|redacción|rédaction|redazione)$/u);
/** A role or profession printed before the name ("FOCUS-Online-Experte Jane Doe", "Rechtsanwalt Max Muster"). */
const ROLE_PREFIX = letterPattern(
  /^(?:[\p{L}.-]+-)?(?:experte|expertin|redakteur|redakteurin|chefredakteur|chefredakteurin|korrespondent|korrespondentin|gastautor|gastautorin|kolumnist|kolumnistin|reporter|reporterin|volontär|volontärin|rechtsanwalt|rechtsanwältin|fachanwalt|fachanwältin|staff writer|senior writer|contributing writer|correspondent)\s+/u,
);

/**
 * `s` without what `prefix` (a lower-case pattern anchored at the start) finds at its start. LABEL,
 * MONTH_DAY, POSTED_ON, TEAM and ROLE_PREFIX are written in lower case and run on lower-cased text: a
 * case-insensitive flag makes a pattern several times costlier to compile, in every site's renderer.
 */
function withoutPrefix(s: string, prefix: RegExp | LetterPattern): string {
  const m = prefix.exec(lowerInPlace(s));
  return m ? s.slice(m[0].length) : s;
}

/** `s` without the label a byline opens with ("By", "Von", "Autor:", "Text:"). */
export const withoutBylineLabel = (s: string): string => withoutPrefix(s, LABEL);

/** Two capitalised words or more. */
const NAME_OF_TWO = letterPattern(/^\p{Lu}\S*\s+\p{Lu}/u);

/** `s` without a role before a name of two or more capitalised words. */
function withoutRole(s: string): string {
  const m = ROLE_PREFIX.exec(lowerInPlace(s));
  return m && NAME_OF_TWO.test(s.slice(m[0].length)) ? s.slice(m[0].length) : s;
}
/** Links printed after the name in author boxes ("Jane Doe Alle Artikel", "Jane Doe View all posts"). */
const LINK_TAIL = /\s+(?:alle|mehr|weitere|all|more|view(?: all)?|see(?: all)?)\s+(?:artikel|beiträge|posts|articles|stories)\b.*$/i;
/** A handle: a letter, then letters, digits and _.- ("freeman1984"). */
const HANDLE = letterPattern(/^\p{L}[\p{L}\d_.-]{2,30}$/u);
const LOWER_WORD = letterPattern(/^\p{Ll}+$/u);
/** Particles that may open a name in lower case ("von Weizsäcker", "de la Cruz"). */
const LOWER_PARTICLE = /^(?:von|van|vom|de|da|del|della|di|du|des|le|la|den|der|ten|ter|al|el|bin|ibn|zu|y)$/;

/** The team a byline fragment credits ("Redaktion"), or null when it names someone. */
export function teamCredit(raw: string): string | null {
  const s = strip(raw);
  return s && TEAM.test(lowerInPlace(s)) ? s : null;
}

/** A single name from a byline fragment, or null when what is left is not a name. */
export function cleanAuthorName(raw: string): string | null {
  const s = strip(raw);
  // "Agencies", "Dispatches": agency copy without a named agency (the dateline says so), not a writer.
  if (!s || s.length < 2 || s.length > 60 || NOT_A_NAME.test(s) || isUnnamedAgency(s) || TEAM.test(lowerInPlace(s)) || LINK_PHRASE.test(s) || MONTH_DAY.test(lowerInPlace(s)) || CREDENTIAL.test(s)) return null;
  // Digits belong to handles ("freeman1984"), not to names written with spaces (phone numbers, times).
  const handle = HANDLE.test(s);
  if ((!handle && /\d{3,}|\d{1,2}:\d{2}/.test(s)) || !LETTER.test(s) || /^https?$/i.test(s)) return null;
  const words = s.split(/\s+/);
  // A label cut from its date ("Zuletzt geändert am", "Updated on") ends with the date's preposition.
  if (words.length > 5 || (words.length > 1 && /^(?:am|um|on|at|vom|since|seit)$/i.test(words[words.length - 1]))) return null;
  // Several words opening in lower case are prose ("deinen Hochzeitsbloggern"), not a name; initials may be.
  if (words.length > 1 && LOWER_WORD.test(words[0]) && !LOWER_PARTICLE.test(words[0])) return null;
  return s;
}

/** "am 12.", "on Monday" after a name: the date a byline runs on to. */
const DAY_TAIL = letterPattern(/\s+(?:am|on|le|el|il|op)\s+(?:\d|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\p{L}*).*$/iu);
/** A field's one-word label before the name ("Autorin: …", "Text: …"). */
const FIELD_LABEL = letterPattern(/^[\p{L}-]{2,24}:\s+/u);

/** A byline fragment without labels, dates, addresses and handles; '' for picture credits and e-mail. Removing
 * characters keeps a Latin-1 text Latin-1: the twin picked for the text at the start holds for every step. */
function strip(raw: string): string {
  let s = decodeEntities(raw).replace(/\s+/g, ' ').trim();
  // "[email protected]": an address a CDN hid from the saved page.
  if (NOT_TEXT_CREDIT.test(s) || /\[at\]|\(at\)|\[email/i.test(s)) return '';
  s = s.replace(/^(?:©|\(c\)|copyright)\s*/i, '');
  s = withoutPrefix(s, POSTED_ON);
  for (let i = 0; i < 2; i++) s = withoutPrefix(s, LABEL);
  // Every date DATE_TAIL reads has a digit: without one it is not run (nor compiled, on a page's first run).
  if (/\d/.test(s)) s = s.replace(DATE_TAIL.for(s), '');
  s = s
    .replace(/\s*[|•·]\s*.*$/, '')
    .replace(/\S+@\S+\.\S+/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\s+@[\w.]+$/, '')
    .replace(/\s*\((?:[^)]*)\)\s*$/, '')
    .replace(/^[\s,;:–—»«›‹-]+|[\s,;:–—»«›‹-]+$/g, '')
    .trim();
  s = s
    .replace(LINK_TAIL, '')
    .replace(DAY_TAIL.for(s), '')
    .replace(/\s+(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?$/i, '')
    .replace(/\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/i, '')
    .replace(FIELD_LABEL.for(s), '')
    .trim();
  const named = withoutRole(s);
  return named.replace(FOR_PUBLICATION.for(named), '$1');
}

/** Names inside a value that is JSON rather than a name ('{"@type":"Person","name":"Alice Wu"}'). */
function namesInJson(value: string): string[] | null {
  if (!/^\s*[[{]/.test(value)) return null;
  const names = [...value.matchAll(/"name"\s*:\s*"([^"]+)"/g)].map((m) => m[1]);
  return names.length ? names : [];
}

/** Two elements' texts run together ("ERIC TUCKER" + "Associated Press"): a capitals-only name then a capitalised word. */
const RUN_TOGETHER = letterPattern(/(\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu);
/** A full stop after a name of two words ends it ("Finian Cunningham. Sputnik International"); one word before it
 * is a title ("Prof. Dr. Jane Doe", "Dott. Mario Rossi"). */
const NAME_THEN_STOP = letterPattern(/(\p{L}{2,}\s+\p{Lu}\p{Ll}+)\.\s+(?=\p{Lu}\p{Ll})/gu);
/** A letter alone, or with a full stop: an initial, not a name. */
const INITIAL = letterPattern(/^\p{L}\.?$/u);

/** Splits a byline into names, separating an agency credit the registry knows. */
export function splitByline(byline: string, registry?: OutletRegistry): Author[] {
  const json = namesInJson(byline);
  if (json) return json.flatMap((n) => splitByline(n, registry));
  // Addresses are not names, and their slashes are not separators between names.
  const unlinked = withoutAgencyCredit(decodeEntities(byline).replace(/https?:\/\/\S+/g, ' ').replace(INLINE_AUTHOR_LABEL, '').replace(TRAILING_CREDIT, ''));
  // A date the byline ends with is cut before its commas split it ("CBS News February 24, 2020, 7:57 AM").
  const plain = /\d/.test(unlinked) ? withoutClosingDate(unlinked) : unlinked;
  const one = plain
    .replace(RUN_TOGETHER.for(plain), '$1, ')
    .replace(NAME_THEN_STOP.for(plain), '$1, ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!one || one.length > 200) return [];
  const stripped = withoutPrefix(withoutPrefix(one, POSTED_ON), LABEL);
  // Single-letter conjunctions ("y", "e") are left alone: they are too often initials ("Sarah E. Needleman").
  const parts = stripped.split(/\s*(?:,|;|&|\/|\band\b|\bund\b|\bet\b|\s[-–]\s|\s(?:im gespräch mit|im interview mit|in conversation with)\s)\s*/i).map((p) => p.trim()).filter((p) => p && !INITIAL.test(p));
  const agencies: { printed: string; name: string }[] = [];
  const names: string[] = [];
  for (const p of parts) {
    const outlet = registry?.byName(p);
    if (outlet && outlet.type === 'wire-agency') {
      agencies.push({ printed: cleanAuthorName(p) ?? outlet.name, name: outlet.name });
      continue;
    }
    // A role or credential after a name is that person's, not a second author ("Rasender Reporter" alone is a pen name).
    if (names.length && (ROLE_PART.test(lowerInPlace(p)) || CREDENTIAL_AFTER_NAME.test(p))) continue;
    const name = cleanAuthorName(p);
    if (name && !names.includes(name)) names.push(name);
  }
  const agency = agencies[0]?.name;
  // An agency credited alone is named as printed ("Agencia EFE"), and known by the registry's name.
  return names.length ? names.map((name) => (agency ? { name, agency } : { name })) : agencies.map((a) => ({ name: a.printed, agency: a.name }));
}
