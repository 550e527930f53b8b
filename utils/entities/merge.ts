// One entity per referent: mentions grouped by name ("Putin" joins "Vladimir Putin", "Putin's" is "Putin"),
// one type per entity by majority, ranked by salience (frequency, headline, lead, early position, subject role).
import type { Entity, EntityType, Span } from '../annotation';
import { CAPITAL, LETTER, letterPattern } from '../letter-patterns';

/** Initials or an abbreviation ending a name ("U.S.", "Corp."): its period stays. */
const ABBREVIATION_END = letterPattern(/(?:\b\p{Lu}\.)+$|\b(?:Corp|Inc|Ltd|Co|Jr|Sr|St)\.$/u);

/** A mention found by the recogniser. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /** The mention is a sentence's subject (of a reporting verb, or opening a paragraph): see roles.ts. */
  subject?: boolean;
}

/** A possessive ending a name ("Putin’s", "Reuters'"). */
export const POSSESSIVE = /['’]s?$/;

/** The mention's name as it would be listed: possessive and surrounding punctuation removed. */
export function cleanName(text: string): string {
  const t = text.replace(/\s+/g, ' ').replace(/^[\s"“”'‘’(]+|[\s"“”'‘’),:;]+$/g, '').replace(POSSESSIVE, '');
  // A final period belongs to abbreviations ("U.S.", "Corp."), not to the sentence.
  return (ABBREVIATION_END.test(t) ? t : t.replace(/\.+$/, '')).trim();
}

const HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Gen|Col|Capt|Sgt|Lt|Sen|Rep|Gov|Pres)\.?\s+)+/;

/** A person's name without a leading honorific ("Ms Callan" -> "Callan"). */
export function personName(name: string): string {
  const stripped = name.replace(HONORIFIC, '');
  return stripped && CAPITAL.test(stripped[0]) ? stripped : name;
}

interface Group {
  names: Map<string, number>;
  types: Map<EntityType, number>;
  mentions: Span[];
  subjects: number;
}

function majority<T>(counts: Map<T, number>): T {
  let best: T | undefined;
  let n = -1;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best as T;
}

const bump = <T,>(m: Map<T, number>, k: T, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** Groups mentions by their cleaned name, whatever type each mention was given. */
function groupByName(mentions: Mention[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const cleaned = cleanName(m.text);
    const name = m.type === 'person' ? personName(cleaned) : cleaned;
    if (name.length < 2 || !LETTER.test(name)) continue;
    const key = name.toLowerCase();
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { names: new Map(), types: new Map(), mentions: [], subjects: 0 }));
    bump(g.names, name);
    bump(g.types, m.type);
    g.mentions.push({ start: m.start, end: m.end });
    if (m.subject) g.subjects++;
  }
  return groups;
}

/** A generational suffix, left out when a surname is matched ("Kennedy" is "James P. Kennedy Jr."). */
const NAME_SUFFIX = /,?\s+(?:jr|sr|ii|iii|iv)\.?$/;

/** Moves a group's names, mentions and subjects into `target`; its types too, or all as `asType`. */
function absorb(target: Group, g: Group, asType?: EntityType): void {
  for (const [n, c] of g.names) bump(target.names, n, c);
  if (asType) bump(target.types, asType, g.mentions.length);
  else for (const [t, c] of g.types) bump(target.types, t, c);
  target.mentions.push(...g.mentions);
  target.subjects += g.subjects;
}

/** Capitalised words (particles, joining words and dashes aside), as a name is written: not "Jupiter moon
 * Europa", "Penny responds". */
const WRITTEN_AS_NAME = letterPattern(/^\p{Lu}[\p{L}\p{N}'’.&/-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&/-]*|van|von|de|der|den|da|di|du|la|le|del|des|bin|ibn|al|of|for|the|and|on|in|['’]s|[–—&-]))*$/u);

/** Whether every name of a group is written as a name. */
const writtenAsName = (g: Group) => [...g.names.keys()].every((n) => WRITTEN_AS_NAME.test(n));

const firstStart = (g: Group) => Math.min(...g.mentions.map((m) => m.start));

/** A company's legal form ending its name ("Microsoft Corp", "Chevron Corp."). */
const LEGAL_FORM = / (?:inc|corp|co|ltd|llc|plc|gmbh|ag|sa|nv)\.?$/;

/** An organisation named with its legal form joins the same name printed without it ("Microsoft" -> "Microsoft Corp"). */
function joinLegalForms(groups: Map<string, Group>): Map<string, Group> {
  for (const [k, g] of [...groups]) {
    if (!LEGAL_FORM.test(k)) continue;
    const shortKey = k.replace(LEGAL_FORM, '');
    const short = groups.get(shortKey);
    if (!short || majority(g.types) !== 'organization' || majority(short.types) === 'person') continue;
    absorb(g, short, 'organization');
    groups.delete(shortKey);
  }
  return groups;
}

/**
 * A person's name without the middle name or initials joins the one fuller name with the same first and last
 * words ("Michael Bloomberg" -> "Michael R. Bloomberg"), so that the surname alone then has one name to join.
 * With two fuller names ("George W. Bush", "George H. W. Bush") it stays apart: either may be meant.
 */
function joinMiddleNames(groups: Map<string, Group>): Map<string, Group> {
  const fuller = new Map<string, Group[]>();
  for (const [k, g] of groups) {
    const words = k.replace(NAME_SUFFIX, '').split(' ');
    if (words.length < 3 || majority(g.types) !== 'person') continue;
    // Keyed by first and last word, as the short name is written.
    const ends = `${words[0]} ${words[words.length - 1]}`;
    const list = fuller.get(ends);
    if (list) list.push(g);
    else fuller.set(ends, [g]);
  }
  if (!fuller.size) return groups;
  for (const [k, g] of [...groups]) {
    const into = fuller.get(k);
    if (into?.length !== 1 || k.split(' ').length !== 2 || majority(g.types) !== 'person') continue;
    absorb(into[0], g);
    groups.delete(k);
  }
  return groups;
}

/**
 * A lone name the recogniser took for a person joins the one longer name that ends or starts with it, or among
 * several the one person's it is the surname of, written as a name: a surname its full name ("Putin" ->
 * "Vladimir Putin"), a short form its company ("Calder" -> "Calder Shipping").
 * A lone person's name that opens several organisations' names and no person's is their short form.
 * A lone name given another type joins a person's full name when it is that person's surname and first
 * appears after the full name ("Patrick W. Carlineo Jr. ... Carlineo said"): news writing names a person in
 * full once, then by surname, and the recogniser, without the first name, often takes the surname for an
 * organisation or a place.
 */
function joinLoneNames(groups: Map<string, Group>, isForename: (word: string) => boolean): Group[] {
  const longer = [...groups.entries()].filter(([k]) => k.includes(' ')).map(([k, g]) => [k.replace(NAME_SUFFIX, ''), g] as const);
  const out: Group[] = [];
  for (const [key, g] of groups) {
    if (!key.includes(' ')) {
      if (majority(g.types) === 'person') {
        const fits = longer.filter(([k]) => k.endsWith(' ' + key) || k.startsWith(key + ' '));
        // The one longer name, written as a name ("Penny responds" is not); among several, the one full name of a
        // person it is the surname of ("Sondland" -> "Gordon Sondland", not the "Ambassador Sondland" taken for an
        // organisation): a person's name opening with a given name.
        const people = fits.length > 1 ? fits.filter(([k, p]) => k.endsWith(' ' + key) && majority(p.types) === 'person' && isForename(k.slice(0, k.indexOf(' '))) && writtenAsName(p)) : fits.filter(([, p]) => writtenAsName(p));
        if (people.length === 1) {
          // The short form of a company's name is that company: its mentions count as the organisation's.
          const [k, target] = people[0];
          absorb(target, g, k.startsWith(key + ' ') && majority(target.types) === 'organization' ? 'organization' : undefined);
          continue;
        }
        // The first word of several organisations' names and of no person's is their short form ("Nissan" of
        // "Nissan North America Inc." and "Nissan Connect"), whichever it stands for.
        if (fits.length > 1 && fits.every(([k, p]) => k.startsWith(key + ' ') && majority(p.types) === 'organization')) {
          g.types.clear();
          g.types.set('organization', g.mentions.length);
        }
      } else {
        const fits = longer.filter(([k, p]) => k.endsWith(' ' + key) && majority(p.types) === 'person');
        if (fits.length === 1 && firstStart(fits[0][1]) < firstStart(g)) {
          absorb(fits[0][1], g, 'person');
          continue;
        }
      }
    }
    out.push(g);
  }
  return out;
}


/**
 * Names in a reader's order, capitals aside: not `localeCompare`, whose first call loads the collation
 * tables (about 3.5 ms of a page's first analysis in Chromium) to order names the salience left tied.
 */
function byName(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Merges mentions into entities and ranks them; `title` is the headline, `leadEnd` the end of the lead, `isForename` the lexicon's test for a given name. */
export function mergeMentions(mentions: Mention[], opts: { title?: string; textLength: number; leadEnd: number; isForename?: (word: string) => boolean }): Entity[] {
  const title = (opts.title ?? '').toLowerCase();
  const scored = joinLoneNames(joinLegalForms(joinMiddleNames(groupByName(mentions))), opts.isForename ?? (() => false)).map((g) => {
    const names = [...g.names.keys()];
    // The fullest name is the entity's name: the longest one, then the most frequent; a name printed in capitals
    // (a dateline's "KOBE –", a headline set in capitals) yields to its capitalised form in running text ("Kobe").
    const shouted = new Set(names.filter((n) => n === n.toUpperCase() && names.some((m) => m !== n && m !== m.toLowerCase() && m.toLowerCase() === n.toLowerCase())));
    const name = names.sort((a, b) => b.length - a.length || Number(shouted.has(a)) - Number(shouted.has(b)) || (g.names.get(b) ?? 0) - (g.names.get(a) ?? 0))[0];
    g.mentions.sort((a, b) => a.start - b.start);
    const first = g.mentions[0]?.start ?? opts.textLength;
    const inTitle = names.some((n) => title.includes(n.toLowerCase()));
    const inLead = first < opts.leadEnd;
    // A person who speaks or acts as a subject is more central than one only named in passing: a little, capped,
    // so that frequency still leads.
    const asSubject = majority(g.types) === 'person' ? 0.5 * Math.min(3, g.subjects) : 0;
    const score = g.mentions.length + (inTitle ? 3 : 0) + (inLead ? 1.5 : 0) + (1 - first / Math.max(1, opts.textLength)) + asSubject;
    return { g, name, names, score };
  });
  const top = Math.max(1, ...scored.map((s) => s.score));
  return scored
    .map(({ g, name, names, score }) => ({
      name,
      type: majority(g.types),
      salience: Math.round((score / top) * 1000) / 1000,
      aliases: names.filter((n) => n !== name),
      mentions: g.mentions,
    }))
    .sort((a, b) => b.salience - a.salience || byName(a.name, b.name));
}
