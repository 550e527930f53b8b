// What is painted on the page, one item per span: its highlight name and kind, and the lines the hover
// card shows for it. Pure: the content script anchors and paints these.
import { citationLabel, type Annotation, type Citation, type EntityType, type Span } from './annotation';
import type { HighlightKind } from './messages';

/** Reuse sources beyond this many share the last highlight colour. */
export const MAX_REUSE_COLOURS = 5;

export interface HighlightItem {
  /** Registry name without prefix: "person", "reuse-0", "quote". */
  name: string;
  kind: HighlightKind;
  span: Span;
  /** Lines for the hover card, first line in bold. Plain text. */
  card: string[];
}

const CITATION_KIND: Record<Citation['kind'], string> = {
  outlet: 'a news outlet',
  agency: 'a news agency',
  official: 'an institution or official body',
  document: 'a document',
  anonymous: 'an unnamed source',
  person: 'a named person',
};
const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', organization: 'Organisation', place: 'Place' };
const pct = (x: number) => `${Math.max(1, Math.round(x * 100))}%`;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** Every span of the Annotation that can be highlighted, with its card. */
export function highlightItems(a: Annotation): HighlightItem[] {
  const items: HighlightItem[] = [];
  a.provenance.matches.forEach((m, i) => {
    const date = m.ref.published ? m.ref.published.slice(0, 10) : 'undated';
    const earliest = m.ref.id === a.provenance.earliest ? ' (earliest source)' : '';
    m.passages.forEach((p, k) =>
      items.push({
        name: `reuse-${Math.min(i, MAX_REUSE_COLOURS - 1)}`,
        kind: 'reuse',
        span: { start: p.start, end: p.end },
        card: [
          `Reused from ${m.ref.outlet ?? m.ref.url}${earliest}`,
          `${date} — ${m.ref.title || m.ref.url}`,
          `Passage ${k + 1} of ${m.passages.length}; this source covers ${pct(m.coverage)} of the page`,
        ],
      }),
    );
  });
  for (const c of a.citations) {
    const who = citationLabel(c);
    items.push({ name: 'citation', kind: 'citation', span: c.span, card: [`Attribution: ${who}`, `${CITATION_KIND[c.kind]}, “${c.verb}”`] });
    for (const q of c.quoteSpans ?? []) items.push({ name: 'quote', kind: 'quote', span: q, card: [`Quote: ${who}`, `${CITATION_KIND[c.kind]}, “${c.verb}”`] });
  }
  for (const e of a.entities) {
    const also = e.aliases.length ? `; also “${e.aliases.slice(0, 3).join('”, “')}”` : '';
    for (const span of e.mentions) items.push({ name: e.type, kind: e.type, span, card: [`${TYPE_LABEL[e.type]}: ${e.name}`, `${plural(e.mentions.length, 'mention')}${also}`] });
  }
  return items;
}
