/**
 * Document-level repairs on top of the sentence tagger (pure).
 * - Label consistency: a name gets the majority type of its mentions in the document, and later bare
 *   occurrences of a tagged name (or of a person's surname) are tagged too.
 * - Sports cues: in results lines and standings tables, city-named teams are organisations.
 */
import type { Token } from '../tokenize';
import { G_BIGCITY, G_COMPANY, G_COUNTRY, G_ORGWORD, isCapitalised, norm, type Lexicon } from '../features';
import { LETTER, OPENS_LOWER, OPENS_WITH_CAPITAL } from '../../letter-patterns';

export interface Mention { start: number; end: number; type: string; caps: boolean; fixed?: boolean }

const DATE = /^(?:\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})$/;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/**
 * Datelines ("CHICAGO 1996-12-06", "OSLO, Norway (Reuters) -", "Paris, Dec 6"): the name opening such a line
 * is the place the story was filed from, whatever the same word means elsewhere in a sports report.
 */
export function datelines(ms: Mention[], words: string[], toks: Token[]): Mention[] {
  return ms.map((m) => {
    if (!toks[m.start].lineStart) return m;
    for (let i = m.end; i < Math.min(words.length, m.end + 6); i++) {
      if (toks[i].lineStart) break;
      const w = words[i];
      const agency = w === '(' && OPENS_WITH_CAPITAL.test(words[i + 1] ?? '') && words[i + 2] === ')' && /^[-\u2013\u2014]$/.test(words[i + 3] ?? '');
      if (DATE.test(w) || (MONTH.test(w) && /^\d{1,2}$/.test(words[i + 1] ?? '')) || agency) {
        return { ...m, type: 'LOC', fixed: true };
      }
      if (OPENS_LOWER.test(w)) break;
    }
    return m;
  });
}

export function documentConsistency(ms: Mention[], words: string[], toks: Token[]): Mention[] {
  if (!ms.length) return ms;
  const low = words.map(norm);
  const key = (_w: string[], s: number, e: number) => (e - s === 1 ? low[s] : low.slice(s, e).join(' '));
  // Votes per surface string; mentions from truecased ALL-CAPS lines count less (their casing is a guess).
  const votes = new Map<string, Record<string, number>>();
  const vote = (k: string, t: string, w: number) => {
    let v = votes.get(k);
    if (!v) votes.set(k, (v = {}));
    v[t] = (v[t] ?? 0) + w;
  };
  for (const m of ms) if (!m.fixed) vote(key(words, m.start, m.end), m.type, m.caps ? 0.5 : 1);
  // A person's surname (and a lone first name) alone later on is still that person.
  const partOfPerson = new Set<string>();
  for (const m of ms) {
    if (m.type !== 'PER' || m.end - m.start < 2) continue;
    partOfPerson.add(low[m.end - 1]);
  }
  const best = (k: string): string | undefined => {
    const v = votes.get(k);
    if (!v) return undefined;
    let bt: string | undefined, bw = 0, tot = 0;
    for (const [t, w] of Object.entries(v)) { tot += w; if (w > bw) { bw = w; bt = t; } }
    return bw > tot / 2 ? bt : undefined;
  };
  const out: Mention[] = ms.map((m) => {
    if (m.fixed) return m;
    const k = key(words, m.start, m.end);
    let type = best(k) ?? m.type;
    if (m.end - m.start === 1 && partOfPerson.has(k)) type = 'PER';
    return { ...m, type };
  });
  // Untagged repeats of known names (longest first), only where the text is capitalised like a name.
  const taken = new Uint8Array(words.length);
  for (const m of out) taken.fill(1, m.start, m.end);
  const known = new Map<string, string>();
  for (const k of votes.keys()) { const t = best(k); if (t) known.set(k, t); }
  for (const k of partOfPerson) if (!known.has(k) || known.get(k) !== 'PER') known.set(k, 'PER');
  let maxLen = 1;
  for (const k of known.keys()) maxLen = Math.max(maxLen, k.split(' ').length);
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || !isCapitalised(words[i])) continue;
    for (let len = Math.min(maxLen, words.length - i); len >= 1; len--) {
      const t = known.get(key(words, i, i + len));
      if (!t) continue;
      if (taken.subarray(i, i + len).some(Boolean)) continue;
      // Inside a longer capitalised run the name is probably part of another name: leave it.
      if (i + len < words.length && isCapitalised(words[i + len]) && !toks[i + len].lineStart && LETTER.test(words[i + len])) break;
      out.push({ start: i, end: i + len, type: t, caps: false });
      taken.fill(1, i, i + len);
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function gazBits(words: string[], m: Mention, lex: Lexicon): number {
  const key = words.slice(m.start, m.end).map(norm).join(' ');
  const row = m.end - m.start === 1 ? lex.index.get(key) : undefined;
  return (row !== undefined ? lex.gaz[row] : 0) | (lex.phrases.get(key) ?? 0);
}

/**
 * A country's name is a place whatever it stands for (its government, its team), and whatever the recogniser
 * took it for (a team's name in a results list reads like a person's): the CoNLL convention. So is
 * a big city's standing for its government ("Moscow's conflict with Kiev"), except in sports reports, where a
 * city names its club.
 */
export function countriesArePlaces(ms: Mention[], words: string[], lex: Lexicon): Mention[] {
  // Any sports word at all keeps the clubs: results lines are often too short to read as a report.
  const sports = words.some((w) => SPORT_WORDS.has(w.toLowerCase()));
  return ms.map((m) => {
    if (m.type !== 'ORG' && m.type !== 'PER') return m;
    const g = gazBits(words, m, lex);
    if (m.type === 'PER') return g & G_COUNTRY ? { ...m, type: 'LOC' } : m;
    return g & G_COUNTRY || (!sports && m.end - m.start === 1 && g & G_BIGCITY && !(g & (G_COMPANY | G_ORGWORD))) ? { ...m, type: 'LOC' } : m;
  });
}

/** Whether the words read like a sports report (several distinct sports words). */
function isSportsReport(words: string[]): boolean {
  let hits = 0;
  const distinct = new Set<string>();
  for (const w of words) {
    const k = w.toLowerCase();
    if (SPORT_WORDS.has(k)) {
      hits++;
      distinct.add(k);
    }
  }
  return hits >= 4 && distinct.size >= 2;
}

const SPORT_WORDS = new Set(('soccer football baseball basketball hockey cricket rugby tennis golf athletics cycling ' +
  'league cup match matches season innings wickets wicket goal goals scored striker midfielder goalkeeper coach ' +
  'game games beat drew defeated standings playoff playoffs halftime championship tournament division seeded ' +
  'quarter-final semi-final overs runs points nfl nba nhl pitcher homer inning touchdown').split(' '));
const TABLE_GLUE = new Set(['at', 'vs', 'vs.', 'v', 'v.', 'and', 'x']);

/**
 * In a sports report, a place name in a results line or standings table ("Chicago 5 Boston 3",
 * "Leeds 20 12 5 3 40 18 41", "Chicago at Detroit") stands for a club. Countries stay places: national
 * teams are written as places (CoNLL convention).
 */
export function sportsCues(ms: Mention[], words: string[], toks: Token[], lex: Lexicon): Mention[] {
  if (!isSportsReport(words)) return ms;
  // Line id per token, and whether that line reads like a results/table line.
  const lineOf = new Int32Array(words.length);
  const tableLine: boolean[] = [];
  let line = -1;
  const stats: { nums: number; prose: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (toks[i].lineStart) { line++; stats.push({ nums: 0, prose: 0 }); }
    lineOf[i] = line;
    const w = words[i];
    if (/^\d{4}-\d\d-\d\d$/.test(w)) stats[line].prose++; // a dateline, not a score
    else if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(w)) stats[line].nums++;
    else if (OPENS_LOWER.test(w) && !TABLE_GLUE.has(w)) stats[line].prose++;
  }
  for (const st of stats) tableLine.push(st.prose === 0 && st.nums >= 1 || st.prose === 0 && st.nums === 0);
  return ms.map((m) => {
    if (m.type !== 'LOC' || m.fixed || !tableLine[lineOf[m.start]]) return m;
    const st = stats[lineOf[m.start]];
    if (st.nums === 0 && !words.slice(m.start - 1, m.end + 2).some((w) => TABLE_GLUE.has(w.toLowerCase()))) return m;
    return gazBits(words, m, lex) & G_COUNTRY ? m : { ...m, type: 'ORG' };
  });
}
