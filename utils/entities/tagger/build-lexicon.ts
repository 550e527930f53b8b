/**
 * Training-time only: builds the lexicon that ships with the model (gazetteer bits, casing statistics, word
 * clusters) from training sentences and gazetteer file contents. Pure (inputs are strings), so it can live
 * beside the runtime without pulling Node APIs into it; only scripts/train-ner.ts imports it.
 */
import {
  G_BIGCITY, G_CITY, G_COMPANY, G_COUNTRY, G_FORE, G_LOCWORD, G_ORGWORD, G_SUR, G_TITLE, G_UNIV, LOC_WORDS,
  ORG_WORDS, TITLE_WORDS, CASE_MIXED, caseCodeOf, isCapitalised, isUpperWord, norm, type WordInfo,
} from '../features';
import type { LexiconParts } from './model';
import { tokenize } from '../tokenize';

export interface GazetteerFiles {
  countries: string; cities: string; forenames: string; surnames: string; universities: string; companies: string;
}

const COMPANY_SUFFIX = /\s+(?:inc\.?|incorporated|corporation|corp\.?|company|co\.?|group|holdings|plc|ltd\.?|limited|& co\.?)$/i;

export function buildLexicon(sents: { words: string[] }[], gz: GazetteerFiles, clusters?: Map<string, number>): { words: Map<string, WordInfo>; phrases: Map<string, number> } {
  // Casing statistics from running text, ignoring sentence-initial words and ALL-CAPS sentences.
  const total = new Map<string, number>();
  const capCount = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const s of sents) {
    const shouting = s.words.filter((w) => isUpperWord(w) && w.length > 1).length > s.words.length / 2;
    s.words.forEach((w, i) => {
      const k = norm(w);
      total.set(k, (total.get(k) ?? 0) + 1);
      if (i === 0 || shouting) return;
      if (isCapitalised(w)) capCount.set(k, (capCount.get(k) ?? 0) + 1);
      let f = forms.get(k);
      if (!f) forms.set(k, (f = new Map()));
      f.set(w, (f.get(w) ?? 0) + 1);
    });
  }
  const words = new Map<string, WordInfo>();
  const get = (k: string) => {
    let x = words.get(k);
    if (!x) words.set(k, (x = { gaz: 0, cap: 0, cl: 0 }));
    return x;
  };
  for (const [k, n] of total) {
    if (n < 2) continue; // hapaxes stay unknown, so training sees "unknown word" cases the way runtime will
    const f = forms.get(k);
    const seen = f ? [...f.values()].reduce((a, b) => a + b, 0) : 0;
    const r = seen ? (capCount.get(k) ?? 0) / seen : 0.5;
    const fb = n < 5 ? 0 : n < 50 ? 1 : 2;
    const rb = !seen ? 4 : r < 0.1 ? 0 : r < 0.5 ? 1 : r < 0.9 ? 2 : 3;
    const x = get(k);
    x.cap = 1 + fb * 5 + rb;
    if (f) {
      const best = [...f.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      if (best !== best.toLowerCase()) x.form = best;
    }
  }
  const phrases = new Map<string, number>();
  const add = (name: string, bit: number) => {
    const toks = tokenize(name.trim()).map((t) => norm(t.text));
    if (!toks.length || toks.length > 6) return;
    if (toks.length === 1) get(toks[0]).gaz |= bit;
    else phrases.set(toks.join(' '), (phrases.get(toks.join(' ')) ?? 0) | bit);
  };
  const rows = (s: string) => s.split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  for (const r of rows(gz.countries)) { add(r[2], G_COUNTRY); if (r[3]) add(r[3], G_CITY | G_BIGCITY); }
  // GeoNames lists sovereign states only; the UK's home nations field their own teams and are written as places.
  for (const n of ['England', 'Scotland', 'Wales', 'Northern Ireland']) add(n, G_COUNTRY);
  // Common short and older names of countries that GeoNames spells out in full.
  for (const n of ['U.S.', 'U.S.A.', 'USA', 'UK', 'U.K.', 'Britain', 'Great Britain', 'UAE', 'Holland', 'America',
    'Burma', 'Ivory Coast', 'Czech Republic', 'Russia', 'South Korea', 'North Korea', 'Vatican', 'Yugoslavia',
    'Soviet Union', 'Zaire', 'Taiwan', 'Palestine', 'Macedonia', 'Swaziland', 'East Timor']) add(n, G_COUNTRY);
  for (const r of rows(gz.cities)) {
    const big = Number(r[6]) >= 200_000 ? G_BIGCITY : 0;
    add(r[1], G_CITY | big);
    if (r[2] !== r[1]) add(r[2], G_CITY | big);
  }
  // English names of big cities that GeoNames spells as they are now officially: older agency copy and many
  // outlets still write them so ("Moscow's conflict with Kiev").
  for (const n of ['Kiev', 'Kharkov', 'Odessa', 'Peking', 'Canton', 'Bombay', 'Calcutta', 'Madras', 'Bangalore',
    'Rangoon', 'Saigon', 'Dacca', 'Leningrad', 'Tiflis', 'Alma-Ata', 'Cologne']) add(n, G_CITY | G_BIGCITY);
  for (const r of rows(gz.universities)) add(r[0].replace(/^"|"$/g, ''), G_UNIV);
  for (const l of gz.forenames.split('\n')) if (l.trim() && !l.includes(' ')) add(l, G_FORE);
  for (const l of gz.surnames.split('\n')) if (l.trim() && !l.includes(' ')) add(l, G_SUR);
  for (const l of gz.companies.split('\n')) {
    if (!l.trim()) continue;
    add(l, G_COMPANY);
    const core = l.trim().replace(COMPANY_SUFFIX, '');
    if (core !== l.trim() && core) add(core, G_COMPANY);
  }
  for (const w of ORG_WORDS) get(w).gaz |= G_ORGWORD;
  for (const w of TITLE_WORDS) get(w).gaz |= G_TITLE;
  for (const w of LOC_WORDS) get(w).gaz |= G_LOCWORD;
  if (clusters) for (const [k, c] of clusters) if (words.has(k)) get(k).cl = c;
  return { words, phrases };
}

/** Training-time lexicon -> the shipped parts (see parseLexicon). */
export function serialiseLexicon(lex: { words: Map<string, WordInfo>; phrases: Map<string, number> }): LexiconParts {
  const keys = [...lex.words.keys()].filter((k) => k && !/[\t\n]/.test(k)).sort();
  const attr = new Uint8Array(keys.length * 5);
  const mixed: string[] = [];
  keys.forEach((k, i) => {
    const x = lex.words.get(k)!;
    const code = caseCodeOf(x.form);
    attr[i * 5] = x.gaz & 255; attr[i * 5 + 1] = x.gaz >> 8;
    attr[i * 5 + 2] = (x.cap << 2) | code;
    attr[i * 5 + 3] = x.cl & 255; attr[i * 5 + 4] = x.cl >> 8;
    if (code === CASE_MIXED) mixed.push(`${i}\t${x.form}`);
  });
  const all = new Map<string, number>();
  let maxPhrase = 1;
  for (const [p, bits] of lex.phrases) {
    if (/[\t\n]/.test(p)) continue;
    all.set(p, (all.get(p) ?? 0) | bits);
    const parts = p.split(' ');
    maxPhrase = Math.max(maxPhrase, parts.length);
    for (let k = 1; k < parts.length; k++) { const pre = parts.slice(0, k).join(' '); if (!all.has(pre)) all.set(pre, 0); }
  }
  const pk = [...all.keys()].sort();
  const pb = new Uint8Array(pk.length * 2);
  pk.forEach((p, i) => { const b = all.get(p)!; pb[i * 2] = b & 255; pb[i * 2 + 1] = b >> 8; });
  return {
    words: keys.join('\n'), attrB64: bytesToB64(attr), mixed: mixed.join('\n'),
    phrases: pk.join('\n'), phraseBitsB64: bytesToB64(pb), maxPhrase,
  };
}

function bytesToB64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}
