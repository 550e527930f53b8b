// Reporting cues: the verbs and phrases that attribute a claim ("said", "according to", "was quoted as saying").
// Lower-case verbs only, so that names ("the Post", "United States") never count; a sentence may open with
// "According to" or "Citing".
import { letterPattern } from '../letter-patterns';

/** How the cue finds its source. */
export type CueForm =
  | 'verb' // X said; "...," said X
  | 'quoted-as' // X was quoted as saying
  | 'quoted-object' // TASS quoted Peskov as saying
  | 'according' // according to X
  | 'citing' // ..., citing X
  | 'statement' // in a statement from X
  | 'passive'; // it was reported (by X)

export interface Cue {
  start: number;
  end: number;
  /** The verb or phrase as the citation shows it: "said", "according to", "was quoted as saying". */
  verb: string;
  form: CueForm;
  /** Only counts with a document for subject ("the study found"). */
  documentOnly?: boolean;
  /** For `quoted-object`: where the quoted person's name stands. */
  object?: { start: number; end: number };
}

// Verbs that attribute whatever follows them.
const STRONG =
  'said|says|say|told|tells|reported|confirmed|confirms|stated|announced|announces|insisted|insists|declared|declares|' +
  'acknowledged|acknowledges|admitted|admits|claimed|claims|alleged|alleges|asserted|asserts|maintained|conceded|' +
  'concedes|disclosed|revealed|reveals|predicted|predicts|estimated|estimates';
// Verbs that attribute only when a quote, "that" or a clause end follows ("added that", not "added two routes").
const WEAK =
  'reports|added|adds|noted|notes|wrote|writes|warned|warns|explained|explains|stressed|stresses|argued|argues|' +
  'replied|replies|responded|commented|emphasi[sz]ed|emphasi[sz]es|pointed out|points out|observed|recalled|' +
  'cautioned|suggested|suggests|asked|answered|tweeted';
const DOCUMENT_ONLY = 'found|finds|showed|shows|concluded|concludes|indicated|indicates';

const CUE = new RegExp(
  [
    `(?<quotedAs>\\b(?:was|were|is|are|has been|have been|had been) quoted as saying\\b)`,
    `(?<quotedObj>\\bquoted (?<obj>[^.,;:!?"“”]{2,60}?) as saying\\b)`,
    `(?<according>\\b[Aa]ccording to\\b)`,
    `(?<citing>\\b[Cc]iting\\b)`,
    `(?<statement>\\b[Ii]n a (?:[a-z]+ )?statement (?:(?:released|issued|published|posted) )?(?:by|from)\\b)`,
    `(?<strong>\\b(?:${STRONG})\\b)`,
    `(?<weak>\\b(?:${WEAK})\\b)`,
    `(?<doc>\\b(?:${DOCUMENT_ONLY})\\b)`,
    `(?<itOnly>\\b(?:understood|believed|learned|learnt)\\b)`, // only in "it is understood"
  ].join('|'),
  'g',
);

const BE = /\b(?:was|were|is|are|be|been|being)\s+$/;
const IT_PASSIVE = /\b[Ii]t\s+(?:was|is|has been|had been)\s+$/;
const BLOCKED_BEFORE = /(?:\bto|\bnot|n['’]t|\bnever|\bthe|\ban?)\s+$/; // "declined to say", "did not say", "the reported deal"
// What may follow a weak verb for it to report: "that", a colon, a quote, a clause end; "of"/"against" for warnings.
const WEAK_FOLLOW = letterPattern(/^(?:\s+(?:on|in|at|last|this|earlier)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?)?(?:\s*[,.:;!?"“”‘’«»—–-]|\s*$|\s+(?:that|of|against|how|why|whether)\b)/u);

/** The cues of one sentence (offsets into `text`), in order. */
export function findCues(text: string, start: number, end: number): Cue[] {
  const s = text.slice(start, end);
  const out: Cue[] = [];
  CUE.lastIndex = 0;
  for (let m; (m = CUE.exec(s)); ) {
    const g = m.groups!;
    const at = start + m.index;
    const cue: Cue = { start: at, end: at + m[0].length, verb: m[0].toLowerCase(), form: 'verb' };
    const before = s.slice(Math.max(0, m.index - 24), m.index);
    if (g.quotedAs) cue.form = 'quoted-as';
    else if (g.quotedObj) {
      cue.form = 'quoted-object';
      cue.verb = 'quoted as saying';
      const o = at + m[0].indexOf(g.obj, 7);
      cue.object = { start: o, end: o + g.obj.length };
    } else if (g.according) cue.form = 'according';
    else if (g.citing) cue.form = 'citing';
    else if (g.statement) (cue.form = 'statement'), (cue.verb = 'in a statement');
    else {
      if (BLOCKED_BEFORE.test(before)) continue;
      // "Vindman reported to him": a line of command, not an attribution.
      if (/^report/.test(m[0]) && /^\s+to\s+(?:him|her|them|me|us|whom)\b/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      if (g.itOnly && !IT_PASSIVE.test(before)) continue;
      if (BE.test(before)) {
        // Passive: only "it was reported" and "... was reported by X" name (or hide) a source.
        const by = /^\s+by\b/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 8));
        if (!IT_PASSIVE.test(before) && !by) continue;
        const aux = /\b(?:[Ii]t\s+)?(?:was|were|is|are|has been|had been|be|been|being)\s+$/.exec(before)!;
        cue.start = at - (before.length - aux.index);
        cue.verb = text.slice(cue.start, cue.end).toLowerCase();
        cue.form = 'passive';
      } else if (g.weak || g.doc) {
        if (!WEAK_FOLLOW.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
        if (g.doc) cue.documentOnly = true;
      }
    }
    out.push(cue);
  }
  return out;
}
