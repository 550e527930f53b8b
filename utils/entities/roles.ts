// The role a person mention plays: the title printed with it ("Kremlin aide Yury Ushakov", "Deirdre Callan,
// the union's general secretary,") kept apart from the name, and whether the person is the subject of the
// sentence (which counts towards salience).
import type { Entity } from '../annotation';
import type { Mention } from './merge';
import { letterPattern, OPENS_LOWER, OPENS_WITH_CAPITAL } from '../letter-patterns';

/** Nouns that name a role or title; a role phrase ends with one (lower case). */
export const ROLE_NOUNS = new Set(
  ('president vice-president president-elect leader aide aides envoy minister premier chancellor spokesman spokeswoman ' +
    'spokesperson secretary secretary-general ambassador governor mayor senator congressman congresswoman lawmaker ' +
    'legislator mp judge prosecutor attorney lawyer general commander chief head director chairman chairwoman chair ' +
    'chairperson ceo executive adviser advisor counsellor counselor official officer negotiator diplomat analyst ' +
    'economist professor researcher scientist editor correspondent journalist columnist founder co-founder owner ' +
    'king queen prince princess pope emperor sheikh emir ayatollah cardinal archbishop bishop rabbi imam coach ' +
    'manager captain counterpart deputy commissioner inspector superintendent sheriff colonel lieutenant sergeant ' +
    'admiral marshal speaker candidate nominee activist representative delegate strategist consultant councillor ' +
    'councilman councilwoman treasurer ombudsman boss regent monarch tsar czar pm'
  ).split(' '),
);

/** Words that qualify a role noun ("special envoy", "state news agency"). */
export const ROLE_MODIFIERS = new Set(
  ('special senior deputy chief top former acting vice foreign prime general executive press national security ' +
    'defence defense finance interior state presidential military economic trade health energy first assistant ' +
    'associate principal lead managing supreme interim outgoing incoming opposition government party union regional ' +
    'local federal political policy climate labour labor education transport environment agriculture culture news ' +
    'high chief-of-staff staff foreign-policy ruling retired longtime long-time then-president then').split(' '),
);

/** Abbreviated titles that open a name ("Gen. Mark Milley"). */
const SHORT_TITLES = new Set('gen sen rep gov lt col capt sgt adm pres supt insp det cmdr maj'.split(' '));

/** Capitalised words that open a sentence or clause rather than a title. */
const NOT_TITLE = new Set(
  ('The A An His Her Its Their Our My Meanwhile But And Or So Yet However Yesterday Today Tonight On In At As When ' +
    'While After Before Also Earlier Later Then Still Now If For With By From To Of This That These Those Both Asked ' +
    'Speaking Under Since Until During Despite Although Though Because').split(' '),
);

const WORD = letterPattern(/[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu);
const DOTTED = letterPattern(/^(?:\p{L}\.)+$/u);
const bare = (w: string) => w.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
const isRoleNoun = (w: string) => ROLE_NOUNS.has(bare(w)) || SHORT_TITLES.has(bare(w));
const isCap = (w: string) => OPENS_WITH_CAPITAL.test(w) && !NOT_TITLE.has(w);
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my)$/i;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const word = WORD.for(text);
  word.lastIndex = from;
  for (let m; (m = word.exec(text)) && m.index < to; ) out.push({ text: m[0], start: m.index, end: Math.min(to, m.index + m[0].length) });
  return out;
}

/** Whether a title holds a role noun or an abbreviated title ("Cambridge Police Commissioner"; not "whereas"). */
export const namesRole = (title: string): boolean => title.split(/\s+/).some(isRoleNoun);

const isAbbreviation = (w: string) => DOTTED.test(w) || SHORT_TITLES.has(bare(w));
/** Whether the text between two words keeps them in one phrase (spaces or a hyphen, no sentence end). */
const joined = (text: string, a: Word, b: Word) => /^[\s-]*$/.test(text.slice(a.end, b.start)) && (!a.text.endsWith('.') || isAbbreviation(a.text));

/**
 * The role phrase printed right before a name ("U.S. special envoy Steve Witkoff"), or as an appositive before
 * it ("The Mayor of Northgate, Priya Raman"): a role noun, then back over modifiers, capitalised words and
 * possessives; a determiner, punctuation or any other word stops it.
 */
export function roleBefore(text: string, nameStart: number): string | undefined {
  const words = wordsOf(text, Math.max(0, nameStart - 100), nameStart);
  let last = words.length - 1;
  if (last < 0) return undefined;
  const gap = text.slice(words[last].end, nameStart);
  if (!/^(?: +|, +)$/.test(gap) || (words[last].text.endsWith('.') && !isAbbreviation(words[last].text))) return undefined;
  // "Mayor of Northgate, Priya Raman": the role noun stands before "of" and a capitalised name; so without the
  // comma when the name follows that name directly ("U.S. Attorney for the District of Massachusetts Joshua Levy").
  const head = isRoleNoun(words[last].text) ? last : holderOf(text, words, last);
  if (head === undefined || !isRoleNoun(words[head].text)) return undefined;
  let first = head;
  for (let i = head - 1; i >= 0 && head - i < 7 && joined(text, words[i], words[i + 1]); i--) {
    const w = words[i].text;
    if (DETERMINER.test(w)) break;
    if (isRoleNoun(w) || ROLE_MODIFIERS.has(w.toLowerCase()) || isCap(w) || /[’']s$/.test(w)) first = i;
    else if (OPENS_LOWER.test(w) && i > 0 && DETERMINER.test(words[i - 1].text) && /[’']s$/.test(words[i + 1].text)) first = i; // "the port authority's"
    else break;
  }
  return text.slice(words[first].start, words[last].end);
}

/**
 * The role noun before "of" or "for" and the capitalised name of what it heads, which ends at `last` ("Secretary
 * of State", "Attorney for the District of Massachusetts"): its index, or undefined.
 */
function holderOf(text: string, words: Word[], last: number): number | undefined {
  if (!isCap(words[last].text) || isRoleNoun(words[last].text)) return undefined;
  // Most names follow no "of" or "for" at all: one test of the words before them settles it.
  if (!/\b(?:of|for)\b/.test(text.slice(words[Math.max(0, last - 7)].start, words[last].start))) return undefined;
  for (let i = last - 1; i > 0 && last - i < 8 && joined(text, words[i], words[i + 1]); i--) {
    const w = words[i].text;
    if (/^(?:of|for)$/.test(w) && isRoleNoun(words[i - 1].text) && joined(text, words[i - 1], words[i])) return i - 1;
    if (!(isCap(w) && !isRoleNoun(w)) && !/^(?:of|the|and)$/.test(w)) return undefined;
  }
  return undefined;
}

// Case-sensitive so that \p{Lu} means a capital; role nouns may be capitalised ("Mayor of Northgate").
const ROLE_TAIL = letterPattern(new RegExp(
  `\\b(?:${[...ROLE_NOUNS].map((n) => `[${n[0]}${n[0].toUpperCase()}]${n.slice(1)}`).join('|')})` +
    `(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*)*)?$`,
  'u',
));

/** An appositive role after the name: "Deirdre Callan, the union's general secretary," -> "union's general secretary". */
export function roleAfter(text: string, nameEnd: number): string | undefined {
  const m = /^,\s+(the\s+|an?\s+)?([^,.;:!?()"“”\n]{2,70}?)(?=,|\.(?:\s|$)|;|$)/u.exec(text.slice(nameEnd, nameEnd + 90));
  if (!m || !ROLE_TAIL.test(m[2]) || m[2].split(' ').length > 7) return undefined;
  // Without an article the appositive must open with a possessive or a title ("Daralia's chief negotiator").
  const opener = m[2].split(' ')[0];
  return m[1] || /[’']s$/.test(opener) || isRoleNoun(opener) || ROLE_MODIFIERS.has(opener.toLowerCase()) ? m[2] : undefined;
}

// Lower-case particles that may open a name ("de Blasio", "al-Sisi"); any other lower-case opening word is not a name.
const PARTICLE = /^(?:de|da|di|du|del|della|van|von|der|den|la|le|al|el|bin|ibn|ben|dos|das|y|zu|ter|ten)(?:-|$)/;

/** Quotation marks a span may open with ("“Ambassador Sondland replied"). */
const OPENING_QUOTES = /^["“'‘(]+/;

/**
 * The prefix of a name that is a title, with any quotation mark before it ("President Vladimir Putin" -> 10, where
 * "Vladimir" starts), or 0. A title naming what its holder heads ("U.S. Attorney for the District of Massachusetts
 * Joshua Levy") ends before the last given name that two or more capitalised words begin, when `isForename` says
 * which words are given names; else one word after "of" or "for" ("Secretary of State Marco Rubio").
 */
export function titleLength(span: string, isForename?: (word: string) => boolean): number {
  const quote = OPENING_QUOTES.exec(span)?.[0].length ?? 0;
  const name = span.slice(quote);
  const parts = name.split(/\s+/);
  let cut = -1;
  // "immunologist De'Broski Herbert": a lower-case word opening a person's name is a title whatever it is.
  let lead = 0;
  while (lead < parts.length - 1 && OPENS_LOWER.test(parts[lead]) && !PARTICLE.test(parts[lead])) lead++;
  if (lead && parts.slice(lead).every((p) => OPENS_WITH_CAPITAL.test(p))) cut = lead;
  for (let i = 0; i < parts.length - 1; i++) {
    if (!isRoleNoun(parts[i])) continue;
    let j = i + 1;
    if (/^(?:of|for)$/.test(parts[j] ?? '') && parts.length > j + 2) j = nameAfterHeld(parts, j + 1, isForename) ?? j + 2;
    if (parts.slice(j).every((p) => OPENS_WITH_CAPITAL.test(p)) && j < parts.length) cut = j;
  }
  if (cut <= 0) return 0;
  const len = name.split(/\s+/, cut).join(' ').length;
  return quote + name.indexOf(parts[cut], len);
}

/** Where the holder's name starts after the title's "of …": the last given name that opens two or more capitalised words to the end. */
function nameAfterHeld(parts: string[], from: number, isForename?: (word: string) => boolean): number | undefined {
  if (!isForename) return undefined;
  for (let k = parts.length - 2; k >= from; k--) {
    if (!OPENS_WITH_CAPITAL.test(parts[k + 1]) || !OPENS_WITH_CAPITAL.test(parts[k])) return undefined;
    if (isForename(parts[k])) return k;
  }
  return undefined;
}

/** Person mentions without their titles: the tagger sometimes takes "President" into the name. */
export function stripTitles<M extends Mention>(mentions: M[], isForename?: (word: string) => boolean): M[] {
  const out: M[] = [];
  for (const m of mentions) {
    const cut = m.type === 'person' ? titleLength(m.text, isForename) : 0;
    if (!cut) out.push(m);
    else out.push({ ...m, start: m.start + cut, text: m.text.slice(cut) });
  }
  return out;
}

const REPORTING = /^\s+(?:(?:earlier|also|later|has|had|have|again|previously|then)\s+)*(?:said|says|told|tells|reported|confirmed|noted|stated|announced|added|wrote|warned|insisted|declared|explained|argued|stressed|was quoted|is quoted)\b/;
const OPENING = letterPattern(/^(?:(?:\p{Lu}[\p{L}\p{N}.’'-]*|the|a|an|former|special|senior|deputy|chief|top)[,]?\s+)*$/u);
/** A comma or a lower-case word after a name: a clause goes on with it as its subject. */
const CLAUSE_GOES_ON = letterPattern(/^(?:,|\s+\p{Ll})/u);

/**
 * Marks person mentions that are a sentence's subject: followed by a reporting verb ("Ushakov said"), or
 * opening a paragraph ("Meanwhile, President Vladimir Putin has briefed ...").
 */
export function markSubjects<M extends Mention>(text: string, mentions: M[]): (M & { subject?: boolean })[] {
  const paragraphStarts = [0];
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) paragraphStarts.push(i + 2);
  let p = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return sorted.map((m) => {
    if (m.type !== 'person') return m;
    while (p + 1 < paragraphStarts.length && paragraphStarts[p + 1] <= m.start) p++;
    const after = text.slice(m.end, m.end + 40);
    const lead = m.start - paragraphStarts[p] < 80 && OPENING.test(text.slice(paragraphStarts[p], m.start).trimStart());
    const subject = !/^['’]/.test(after) && (REPORTING.test(after) || (lead && CLAUSE_GOES_ON.test(after)));
    return subject ? { ...m, subject: true } : m;
  });
}

/** Fills `roles` of person entities from the titles printed with their mentions, most frequent first. */
export function attachRoles(text: string, entities: Entity[]): Entity[] {
  return entities.map((e) => {
    if (e.type !== 'person') return e;
    const counts = new Map<string, number>();
    for (const m of e.mentions) {
      for (const r of [roleBefore(text, m.start), roleAfter(text, m.end)]) if (r) counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    if (!counts.size) return e;
    // "his Russian counterpart" says who the person is only next to someone else: it goes last.
    const relational = (r: string) => (/\bcounterparts?$/i.test(r) ? 1 : 0);
    const roles = [...counts.entries()].sort((a, b) => relational(a[0]) - relational(b[0]) || b[1] - a[1]).map(([r]) => r);
    return { ...e, roles };
  });
}
