// What a source phrase names, and so the citation's kind: a person the recogniser found ("Kremlin aide Yury
// Ushakov"), an outlet of the registry ("the Russian state news agency TASS"), unnamed sourcing, a document, or an
// institution. A phrase that names none of these gives no citation: nothing is invented.
import type { CitationKind } from '../annotation';
import { ROLE_NOUNS, roleAfter, roleBefore } from '../entities/roles';
import type { OutletRegistry } from '../sources/registry';
import { ANONYMITY, ANONYMOUS_HEADS, DOCUMENT_NOUNS, INSTITUTION_NOUNS, OFFICIAL_ROLES, OUTLET_DESCRIPTORS, OUTLET_NAME_END } from './lexicon';
import type { Phrase } from './source-phrase';
import type { MentionIndex } from './speakers';
import { LETTER, letterPattern, OPENS_LOWER, OPENS_WITH_CAPITAL } from '../letter-patterns';

export interface Speaker {
  source: string;
  kind: CitationKind;
  role?: string;
  outletId?: string;
}

export interface Context {
  text: string;
  registry: OutletRegistry;
  mentions: MentionIndex;
}

const NAME_RUN = letterPattern(/\p{Lu}[\p{L}\p{N}.&-]*(?:[’']s)?(?:\s+(?:(?:of|de|for|the|al|el)\s+)*\p{Lu}[\p{L}\p{N}.&-]*(?:[’']s)?)*/gu);
/** Between the names of a list ("Reuters and Bloomberg", "AP, AFP & Reuters"). */
const NAME_LIST = /\s*(?:,|&|\band\b)\s*/;
const possessive = (s: string) => s.replace(/[’']s$/, '');

// Words whose capital only says they open the sentence ("Officials say", "Two diplomats said").
const COMMON_OPENERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'both', 'another', 'other', 'senior', 'unnamed']);
const isCommonWord = (w: string) =>
  COMMON_OPENERS.has(w) || ANONYMOUS_HEADS.has(w) || DOCUMENT_NOUNS.has(w) || INSTITUTION_NOUNS.has(w) || OFFICIAL_ROLES.has(w);

/** The phrase as a citation shows it: one line, no "the" before a name ("the Kremlin" -> "Kremlin"), no capital for "the report". */
export function sourceText(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (/^the\s/i.test(t) && OPENS_WITH_CAPITAL.test(t.slice(4))) return t.slice(4);
  const [first, second = ''] = t.split(' ');
  return isCommonWord(first.toLowerCase()) && !OPENS_WITH_CAPITAL.test(second) ? first.toLowerCase() + t.slice(first.length) : t;
}

/** The outlet named in `words` (a name of the registry, or a name shaped like a masthead), if any. */
function outletIn(ctx: Context, p: Phrase, phrase: string): Speaker | null {
  const mentions = ctx.mentions.within(p.start, p.end);
  const people = mentions.filter((m) => m.entity.type !== 'organization');
  const runs = [...phrase.matchAll(NAME_RUN.for(phrase))].reverse();
  for (const r of runs) {
    const at = p.start + r.index!;
    const name = possessive(r[0].replace(/^The\s+/, ''));
    const outlet = ctx.registry.byName(name) ?? ctx.registry.byName(r[0]);
    // A word of a longer organisation's name is not the outlet it may also name ("Prevention" of the "Center for
    // Disease Control and Prevention"), unless the registry knows the longer name too, or each name it lists ("Reuters and Bloomberg").
    const wider = mentions.find((m) => m.entity.type === 'organization' && m.start <= at && m.end >= at + r[0].length && m.end - m.start > r[0].length);
    if (outlet && wider && !wider.entity.name.split(NAME_LIST).every((n) => ctx.registry.byName(n.replace(/^The\s+/, '')))) continue;
    // A person or place the recogniser found is no outlet ("Bloomberg said" of Michael Bloomberg), unless the
    // registry knows a longer name around it ("Rolling Stone" where "Stone" was taken for a person).
    // A description right before the name makes it an outlet whatever the recogniser thought ("the daily
    // Kommersant"); "news agency" does, "the U.N. refugee agency UNHCR" does not.
    const before = phrase.slice(0, r.index);
    const describedAsAgency = /\b(?:news|press|wire) agency\s+$|\bwire service\s+$/i.test(before);
    const described = describedAsAgency || OUTLET_DESCRIPTORS.has(before.trim().split(/\s+/).pop()!.toLowerCase());
    const person = people.find((m) => m.start < at + r[0].length && m.end > at);
    if (person && !described && (!outlet || (person.start <= at && person.end >= at + r[0].length))) continue;
    if (!outlet && !OUTLET_NAME_END.test(' ' + name) && !described) continue;
    const agency = outlet ? outlet.type === 'wire-agency' : describedAsAgency || /\b(?:Agency|Wire|Newswire)$/.test(name);
    const role = before.replace(/^(?:the|a|an)\s+/i, '').trim();
    return { source: name, kind: agency ? 'agency' : 'outlet', ...(role ? { role } : {}), ...(outlet ? { outletId: outlet.id } : {}) };
  }
  if (/\b(?:state|local|foreign|western|official|news)\s+(?:media|television|tv|broadcaster)\b/i.test(phrase)) return { source: sourceText(phrase), kind: 'outlet' };
  return null;
}

// Where a noun compound's head ends: "figures | published by the port authority", "a spokesperson | for X".
const HEAD_END = /\s(?:of|for|from|by|at|in|on|with|to|who|that|which|published|released|issued|seen|obtained|reviewed|filed|prepared|posted)\s/;

/** What is neither a letter, an apostrophe nor a hyphen (global: for replace). */
const NOT_WORD_LETTER = letterPattern(/[^\p{L}’'-]/gu);

/** The kind the head noun of the phrase's first chunk calls for: "court records" is a document, not a court. */
function kindByHead(phrase: string, words: string[]): CitationKind | null {
  const chunk = phrase.split(HEAD_END)[0].split(/\s+/);
  for (let i = chunk.length - 1; i >= 0; i--) {
    const w = chunk[i];
    if (/[’']s$/.test(w)) continue; // "Xi's office": the owner is not the head
    const low = w.toLowerCase();
    const b = low.replace(NOT_WORD_LETTER.for(low), '');
    // "the report", not "the Washington Post"; a sentence's first word counts as lower case ("Officials say").
    const lower = OPENS_LOWER.test(w) || (i === 0 && chunk.slice(1).every((x) => !OPENS_WITH_CAPITAL.test(x)));
    // Bare "people say" is a generality, not sourcing; "two people familiar with ..." is.
    if (lower && /^(?:people|persons?)$/.test(b) && words.length === 1) return null;
    if (lower && ANONYMOUS_HEADS.has(b)) return 'anonymous';
    if (lower && DOCUMENT_NOUNS.has(b)) return 'document';
    if (INSTITUTION_NOUNS.has(b) || OFFICIAL_ROLES.has(b)) return 'official';
    if (ROLE_NOUNS.has(b)) return /^(?:an?|one|two|three|some|several|another)$/i.test(words[0]) ? 'anonymous' : null;
  }
  return null;
}

const CAPITALISED_OPENING = letterPattern(/^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u);
const OF_ORGANISATION = letterPattern(/^,?\s+(?:of|at|from|with)\s+(?:the\s+)?(\p{Lu}.*)$/u);
const HONORIFIC_NAME = letterPattern(/^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+\p{Lu}[\p{L}’'-]+$/u);

/** The person a phrase names: ending it ("U.S. President Donald Trump"), before "of" ("Dr X of the ministry"), or in its aside. */
function personIn(ctx: Context, p: Phrase, phrase: string): Speaker | null {
  const { text } = ctx;
  const inPhrase = ctx.mentions.within(p.start, p.end).filter((m) => m.entity.type === 'person');
  for (const m of inPhrase) {
    const rest = text.slice(m.end, p.end);
    // "Dr. Joneigh Khaldun of the Michigan Department of Health", but not "a survey by X of the University".
    const opensPhrase = CAPITALISED_OPENING.test(text.slice(p.start, m.start));
    const ofOrg = opensPhrase ? OF_ORGANISATION.exec(rest) : null;
    if (/\S/.test(rest) && !ofOrg) continue;
    const role = roleBefore(text, m.start) ?? (p.aside ? roleAfter(text, m.end) : undefined) ?? ofOrg?.[1] ?? m.entity.roles?.[0];
    return { source: m.entity.name, kind: 'person', ...(role ? { role } : {}) };
  }
  const words = phrase.split(/\s+/);
  if (p.aside && ROLE_NOUNS.has(words[words.length - 1].toLowerCase())) {
    // "The port authority's chief executive, Graham Ashdown, said".
    const named = ctx.mentions.within(p.aside.start, p.aside.end).find((m) => m.entity.type === 'person');
    if (named && !/\S/.test(text.slice(named.end, p.aside.end))) return { source: named.entity.name, kind: 'person', role: sourceText(phrase).replace(/^the\s+/, '') };
  }
  if (HONORIFIC_NAME.test(phrase)) return { source: phrase, kind: 'person' };
  // A title then a name the recogniser missed: "former National Security Adviser John Bolton".
  const titled = TITLED_NAME.exec(phrase);
  if (titled && (ROLE_NOUNS.has(titled[1].toLowerCase()) || titled[1] === 'Sen.' || titled[1] === 'Rep.')) {
    const at = p.start + titled.index + titled[0].length - titled[2].length;
    if (!ctx.mentions.within(p.start, p.end).some((m) => m.entity.type !== 'person' && m.end > at)) {
      const role = text.slice(p.start, at).trim().replace(/^(?:the|a|an)\s+/i, '');
      return { source: titled[2], kind: 'person', role };
    }
  }
  return null;
}

const TITLED_NAME = letterPattern(/(\S+)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,2}\p{Lu}[\p{L}’'-]+)$/u);

const DESCRIBED_NAME = letterPattern(/^(?:(?:the|a|an)\s+)?((?:\p{Lu}?[\p{Ll}’'-]+\s+)*?[\p{Ll}-]+)\s+((?:\p{Lu}[\p{L}\p{N}.&’'-]*\s*)+)$/u);
const PROPER_NAME = letterPattern(/^(?:\p{Lu}[\p{L}\p{N}.&’'-]*\s*)+$/u);
const isSourceNoun = (w: string) => INSTITUTION_NOUNS.has(w) || OFFICIAL_ROLES.has(w) || ROLE_NOUNS.has(w);

/** The speaker a phrase names, or null when it names none the text supports. */
export function classify(ctx: Context, p: Phrase): Speaker | null {
  const { text } = ctx;
  const phrase = text.slice(p.start, p.end);
  const aside = p.aside ? text.slice(p.aside.start, p.aside.end) : '';
  if (!LETTER.test(phrase)) return null;
  if (ANONYMITY.test(aside) || ANONYMITY.test(phrase)) return { source: sourceText(phrase), kind: 'anonymous' };
  const found = outletIn(ctx, p, phrase) ?? personIn(ctx, p, phrase);
  if (found) return found;
  // A name after its description: "operator Harbourline Ferries said" is Harbourline Ferries, an operator.
  const described = DESCRIBED_NAME.exec(phrase);
  if (described && isSourceNoun(described[1].split(/\s+/).pop()!)) {
    return { source: described[2].trim(), kind: 'official', role: described[1] };
  }
  const words = phrase.split(/\s+/);
  const kind = kindByHead(phrase, words);
  if (kind) return { source: sourceText(phrase), kind };
  // An organisation or a country speaking, named last: "The White House said", "Russia said" ("Taliban
  // violence" is not the Taliban).
  const inPhrase = ctx.mentions.within(p.start, p.end);
  const last = inPhrase[inPhrase.length - 1];
  if (last && last.entity.type !== 'person' && !/\S/.test(text.slice(last.end, p.end))) {
    const bare = phrase.replace(/^(?:the|a|an)\s+/i, '');
    return { source: bare === text.slice(last.start, last.end) ? last.entity.name : sourceText(phrase), kind: 'official' };
  }
  // A proper name around an organisation or place the recogniser found in part: "The Santa Fe Animal Shelter".
  const proper = PROPER_NAME.test(phrase.replace(/^the\s+/i, ''));
  if (proper && inPhrase.length && inPhrase.every((m) => m.entity.type !== 'person')) return { source: sourceText(phrase), kind: 'official' };
  return null;
}
