// Corrections of the recogniser's types that follow from the words of the name itself: an honorific
// opens a person's name ("Ms Callan"), a royal title names one ("Prince Philip", "the Queen"), an
// organisation's head noun closes an organisation's ("Calder Shipping", "Northgate Port Authority"), a
// venue's a place's ("Shoreline Amphitheatre"), a competition is no person ("Davis Cup Final"), a person
// span never holds two people, and a span ending in an article ("D. The", from "Group D. The day before")
// or made of initials alone is no name.
import { letterPattern } from '../letter-patterns';

const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s/;
/** A royal or papal title alone ("the Queen") or before one given name ("Prince Philip", "Pope Francis"): a person,
 * unless the word after it names a place or a building ("King County", "Prince Street", "Queen Hospital"). */
const TITLE_NAME = /^(?:Prince|Princess|King|Queen|Duke|Duchess|Pope)(?:\s[A-Z][a-z]+)?$/;
const PLACE_WORD = /\s(?:County|Street|Road|Avenue|Square|Island|Islands|Park|Bridge|Hall|Hospital|University|College|School|Theatre|Theater|Arms|Hotel|Stadium|Station)$/;
const ORG_HEAD =
  /\s(Shipping|Ferries|Railways?|Lines|Services|Brands|Group|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|plc|PLC|LLC|GmbH|AG|SA|Bank|Airlines?|Airways|Holdings|Partners|Media|Motors|Energy|Pharma(ceuticals)?|Foods|Logistics|Union|Authority|Council|Ministry|Agency|Party|University|Institute|Association|Federation|Committee|Commission|Court|Police|Army|Navy|Company|Co\.|Industries|Systems|Technologies|Telecom|Insurance|Capital|Fund|Foundation|Trust|Society|Network|Television|Radio|News|Times|Post|Press)$/;
/** A venue's head noun: a person's name never ends with one ("Shoreline Amphitheatre", "BB&T Pavilion"). Words that are
 * also surnames (Hall, Park, Field, Garden) are not among them. */
const VENUE_HEAD = /\s(?:Amphitheat(?:re|er)|Pavilion|Arena|Stadium|Theat(?:re|er)|Auditorium|Coliseum|Colosseum|Ballroom|Bowl|Center|Centre|Gardens|Square|Speedway|Raceway)$/;
/** A competition's head noun ("Davis Cup Final", "US Open"): an event, not a person; listed with the organisations that hold it. */
const EVENT_HEAD = /\s(?:Cup|Final|Finals|Championships?|Open|Games|Olympics|Grand Prix|Trophy|Series|League|Tournament)$/;
const CONJUNCTION = /(\s(?:and|und|et|&)\s)/;
const FUNCTION_WORD_END = /\s(?:The|A|An|In|On|At|Of|And|But|For|To|It|This|That)$/;
const INITIALS_ONLY = letterPattern(/^(?:\p{Lu}\.\s*)+$/u);

type Span = { start: number; end: number; type: 'person' | 'organization' | 'place'; text: string };

/** The type the name's own words call for, or the recogniser's. */
export function typeByWords<T extends Span>(s: T): T['type'] {
  if (HONORIFIC.test(s.text) || (TITLE_NAME.test(s.text) && !PLACE_WORD.test(s.text))) return 'person';
  if (s.type === 'person' && ORG_HEAD.test(s.text)) return 'organization';
  if (s.type === 'person' && VENUE_HEAD.test(s.text)) return 'place';
  if (s.type === 'person' && EVENT_HEAD.test(s.text)) return 'organization';
  return s.type;
}

/** Applies the word rules, and splits person spans that join two people. */
export function correctTypes<T extends Span>(spans: T[]): T[] {
  const out: T[] = [];
  for (const span of spans) {
    // "Group D. The day before": a name does not end with an article or a preposition, nor is it initials alone.
    if (FUNCTION_WORD_END.test(span.text) || (span.type === 'person' && INITIALS_ONLY.test(span.text))) continue;
    const s = { ...span, type: typeByWords(span) };
    if (s.type !== 'person' || !CONJUNCTION.test(s.text)) {
      out.push(s);
      continue;
    }
    let offset = 0;
    for (const part of s.text.split(CONJUNCTION)) {
      if (!CONJUNCTION.test(part) && part.trim()) {
        const lead = part.length - part.trimStart().length;
        const text = part.trim();
        out.push({ ...s, start: s.start + offset + lead, end: s.start + offset + lead + text.length, text });
      }
      offset += part.length;
    }
  }
  return out;
}
