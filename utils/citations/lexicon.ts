// The words that say what kind of source a phrase names. Lower case, singular and plural spelled out.
import { ROLE_MODIFIERS, ROLE_NOUNS } from '../entities/roles';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Heads of unnamed sourcing: "people familiar with the matter", "a senior official", "sources". */
export const ANONYMOUS_HEADS = set(`people person persons source sources official officials insider insiders diplomat
  diplomats aide aides witness witnesses resident residents`);

/** Heads of documents: "the report said", "a statement from the ministry", "figures published by". */
export const DOCUMENT_NOUNS = set(`report reports statement statements study studies survey surveys filing filings
  document documents letter letters memo memorandum analysis data figures poll polls research paper papers indictment
  complaint lawsuit ruling judgment judgement records transcript release communique communiqué decree bulletin
  assessment estimates forecast minutes audit review notice order affidavit testimony dossier briefing readout
  summary post tweet`);

/** Institutions speaking as such: "the ministry said", "Xi's office said", "the port authority said". */
export const INSTITUTION_NOUNS = set(`office ministry ministries government governments police army military cabinet
  parliament council councils commission committee authority authorities department embassy court prosecutors
  prosecution presidency administration regulator regulators union unions company companies firm group organisation
  organization bank party federation association foundation board secretariat palace legislature senate congress
  navy coalition bureau directorate delegation delegations campaign spokesman spokeswoman spokesperson spokespeople
  kremlin junta command headquarters mission agency operator operators airline carrier club league`);

/** Roles that speak for an institution when unnamed ("the minister said"); other unnamed people are anonymous. */
export const OFFICIAL_ROLES = set(`president vice-president leader minister premier chancellor spokesman spokeswoman
  spokesperson secretary secretary-general ambassador governor mayor senator envoy commander general prosecutor judge
  king queen pope emir commissioner sheriff chief head director chairman chairwoman chair ceo executive regent
  monarch speaker`);

/** Words describing an outlet before its name: "the Russian state news agency TASS", "the daily Kommersant". */
export const OUTLET_DESCRIPTORS = set(`newspaper newspapers daily weekly tabloid broadcaster channel magazine outlet
  website network station radio television tv`);

/** Name endings that make an unknown name an outlet ("the Northgate Herald"). */
export const OUTLET_NAME_END = /\s(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Daily|Mail|Express|Magazine|Radio|TV|Television|Broadcasting|Newswire|Wire|Agency|Chronicle|Observer|Courier|Review|Monitor|Standard|Independent)$/;

/** Nouns that may stand in a source phrase without a capital: the union of the lists above and role words. */
export const PHRASE_NOUNS = new Set([
  ...ANONYMOUS_HEADS,
  ...DOCUMENT_NOUNS,
  ...INSTITUTION_NOUNS,
  ...OUTLET_DESCRIPTORS,
  ...ROLE_NOUNS,
  ...ROLE_MODIFIERS,
  'media',
  'state',
  'news',
  'unnamed',
  'anonymous',
  'western',
  'intelligence',
  'industry',
  'company',
]);

/** A clause that says the source is kept anonymous. */
export const ANONYMITY =
  /\b(?:asked not to be (?:named|identified)|on (?:the )?condition of anonymity|spoke anonymously|speaking anonymously|declined to be (?:named|identified)|requested anonymity|insisted on anonymity|not authori[sz]ed to (?:speak|comment|discuss)|(?:did not|didn['’]t) want to be (?:named|identified)|who could not be named)\b/i;
