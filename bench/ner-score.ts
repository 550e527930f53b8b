/**
 * Scores tagEntities on a CoNLL-style file (CoNLL++ test): each document's text is rebuilt by joining tokens
 * with single spaces and sentences with "\n", found spans are mapped back to tokens, and entities are matched
 * exactly (PER, ORG, LOC; MISC ignored). Node only (reads the file).
 */
import { readFileSync } from 'node:fs';
import { builtInEntityModel } from '../utils/entities/built-in-model';
import { tagEntities, type EntityType } from '../utils/entities/tagger';

export interface PRF { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }
export interface Result {
  file: string;
  documents: number;
  words: number;
  perType: Record<'PER' | 'ORG' | 'LOC', PRF>;
  micro: PRF;
  msPer1000Words: number;
  /** Optional split: ALL-CAPS lines vs the rest (micro F1), to see where errors are. */
  byLine?: { caps: PRF; other: PRF };
}

export interface Doc { text: string; tokStart: number[]; tokEnd: number[]; gold: Set<string>; capsTok: boolean[] }

const CODE: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

export function parseConll(raw: string): Doc[] {
  const docs: Doc[] = [];
  let sents: { tok: string[]; tag: string[] }[] = [];
  let cur = { tok: [] as string[], tag: [] as string[] };
  const flushDoc = () => {
    if (cur.tok.length) sents.push(cur);
    cur = { tok: [], tag: [] };
    if (!sents.length) return;
    let text = '';
    const tokStart: number[] = [], tokEnd: number[] = [], capsTok: boolean[] = [];
    const gold = new Set<string>();
    let base = 0;
    sents.forEach((s, si) => {
      if (si > 0) text += '\n';
      const caps = s.tok.filter((t) => /\p{L}{2}/u.test(t)).every((t) => !/\p{Ll}/u.test(t));
      s.tok.forEach((t, i) => {
        if (i > 0) text += ' ';
        tokStart.push(text.length); text += t; tokEnd.push(text.length); capsTok.push(caps);
      });
      for (let i = 0; i < s.tag.length; i++) {
        const t = s.tag[i];
        if (!t.startsWith('B-') && !(t.startsWith('I-') && (i === 0 || s.tag[i - 1].slice(2) !== t.slice(2)))) continue;
        const ty = t.slice(2);
        let j = i + 1;
        while (j < s.tag.length && s.tag[j] === 'I-' + ty) j++;
        if (ty !== 'MISC') gold.add(`${base + i}:${base + j}:${ty}`);
      }
      base += s.tok.length;
    });
    docs.push({ text, tokStart, tokEnd, gold, capsTok });
    sents = [];
  };
  for (const line of raw.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') { flushDoc(); continue; }
    if (!line.trim()) { if (cur.tok.length) sents.push(cur); cur = { tok: [], tag: [] }; continue; }
    cur.tok.push(cols[0]);
    cur.tag.push(cols[cols.length - 1]);
  }
  flushDoc();
  return docs;
}

export const prf = (tp: number, fp: number, fn: number): PRF => {
  const precision = tp / Math.max(1, tp + fp), recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn), tp, fp, fn };
};

/** Maps character spans to token index ranges: every token the span overlaps. */
export function toTokens(d: Doc, start: number, end: number): [number, number] | null {
  let i = 0;
  while (i < d.tokEnd.length && d.tokEnd[i] <= start) i++;
  let j = i;
  while (j < d.tokStart.length && d.tokStart[j] < end) j++;
  return j > i ? [i, j] : null;
}

export interface ScoreOptions { onDocument?: (doc: Doc, predicted: Set<string>) => void }

export async function scoreConll(path: string, opts: ScoreOptions = {}): Promise<Result> {
  const docs = parseConll(readFileSync(path, 'utf8'));
  const model = builtInEntityModel(); // loading is measured separately from tagging
  const c: Record<string, [number, number, number]> = { PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0] };
  const lines = { caps: [0, 0, 0], other: [0, 0, 0] };
  let words = 0, ms = 0;
  for (const d of docs) {
    words += d.tokStart.length;
    const t0 = performance.now();
    const spans = tagEntities(d.text, model);
    ms += performance.now() - t0;
    const pred = new Set<string>();
    for (const s of spans) {
      const r = toTokens(d, s.start, s.end);
      if (r) pred.add(`${r[0]}:${r[1]}:${CODE[s.type]}`);
    }
    for (const p of pred) {
      const ty = p.split(':')[2];
      const hit = d.gold.has(p) ? 0 : 1;
      c[ty][hit]++;
      lines[d.capsTok[Number(p.split(':')[0])] ? 'caps' : 'other'][hit]++;
    }
    for (const g of d.gold) if (!pred.has(g)) {
      c[g.split(':')[2]][2]++;
      lines[d.capsTok[Number(g.split(':')[0])] ? 'caps' : 'other'][2]++;
    }
    opts.onDocument?.(d, pred);
  }
  const perType = {
    PER: prf(...c.PER), ORG: prf(...c.ORG), LOC: prf(...c.LOC),
  };
  const tot = [0, 1, 2].map((k) => c.PER[k] + c.ORG[k] + c.LOC[k]) as [number, number, number];
  return {
    file: path, documents: docs.length, words, perType, micro: prf(...tot),
    msPer1000Words: (ms / words) * 1000,
    byLine: { caps: prf(...(lines.caps as [number, number, number])), other: prf(...(lines.other as [number, number, number])) },
  };
}
