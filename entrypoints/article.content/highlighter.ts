// Paints the Annotation's spans in the live page. With the CSS Custom Highlight API (one highlight per
// kind, styled from a constructed stylesheet) the page's DOM and layout stay unchanged; without it, spans
// are wrapped in <mark> elements, removed again on clear.
import type { Annotation } from '../../utils/annotation';
import { createAnchorer } from '../../utils/anchor/anchor';
import { MARK_ATTR, unwrapMarks, wrapSpans } from '../../utils/anchor/mark-painter';
import { toRange } from '../../utils/anchor/text-map';
import { highlightItems, MAX_REUSE_COLOURS, type HighlightItem } from '../../utils/highlight-items';
import type { HighlightKind, HighlightToggles, PaintReport } from '../../utils/messages';

/** Registry names: `sourcelens-person`, `sourcelens-reuse-0`, ... (DESIGN.md §8). */
const PREFIX = 'sourcelens-';

/** Styles readable on light and dark pages (translucent, mid-luminance), by highlight name. */
const STYLE: Record<string, string> = {
  person: 'background-color: rgba(255, 184, 0, 0.38);',
  organization: 'background-color: rgba(0, 150, 255, 0.30);',
  place: 'background-color: rgba(0, 190, 110, 0.32);',
  citation: 'text-decoration: underline 2px rgba(180, 60, 220, 0.9); text-underline-offset: 3px;',
  quote: 'background-color: rgba(180, 60, 220, 0.18);',
};
// The same hues as the popup's provenance swatches (components/ProvenanceList.tsx), lighter on the page.
const REUSE_COLOURS = ['rgba(255, 90, 90, 0.28)', 'rgba(255, 140, 0, 0.28)', 'rgba(230, 60, 160, 0.28)', 'rgba(120, 100, 255, 0.28)', 'rgba(160, 120, 60, 0.30)'];
for (let i = 0; i < MAX_REUSE_COLOURS; i++) STYLE[`reuse-${i}`] = `background-color: ${REUSE_COLOURS[i]};`;
/** Later names win where spans overlap: entities over citations over reuse. */
const PAINT_ORDER = Object.keys(STYLE).sort((a, b) => rank(a) - rank(b));
function rank(name: string): number {
  return name.startsWith('reuse') ? 0 : name === 'quote' || name === 'citation' ? 1 : 2;
}

type CSSWithHighlights = typeof CSS & { highlights?: Map<string, unknown> };
type HighlightCtor = new (...ranges: Range[]) => { priority: number };

/** A painted span: its range on the page and what the hover card says. */
export interface PaintedItem {
  item: HighlightItem;
  range: Range;
}

export interface Highlighter {
  /** Anchors and paints every span of `a`; kinds switched off are not shown. */
  paint(a: Annotation, toggles: HighlightToggles): PaintReport;
  setToggles(toggles: HighlightToggles): void;
  /** Removes every Sourcelens highlight (and marks) and the stylesheet. */
  clear(): void;
  /** The painted spans of kinds switched on, in page order. */
  visibleItems(): PaintedItem[];
}

export function createHighlighter(doc: Document): Highlighter {
  const registry = (CSS as CSSWithHighlights | undefined)?.highlights;
  const Ctor = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  const useApi = !!registry && !!Ctor;
  const painted = new Map<string, { kind: HighlightKind; highlight: { priority: number } }>();
  let marks: HTMLElement[] = [];
  let items: PaintedItem[] = [];
  let toggles: HighlightToggles | null = null;
  let sheet: CSSStyleSheet | null = null;
  const kindOf = (name: string): HighlightKind => (name.startsWith('reuse') ? 'reuse' : (name as HighlightKind));

  /** The stylesheet for the kinds switched on (marks of kinds switched off show as plain text). */
  const rules = (t: HighlightToggles) => {
    const on = PAINT_ORDER.filter((n) => t[kindOf(n)]);
    if (useApi) return on.map((n) => `::highlight(${PREFIX}${n}) { ${STYLE[n]} }`).join('\n');
    const reset = `mark[${MARK_ATTR}] { background: transparent; color: inherit; text-decoration: none; padding: 0; }`;
    return [reset, ...on.map((n) => `mark[${MARK_ATTR}~="${n}"] { ${STYLE[n]} }`)].join('\n');
  };

  const apply = (next: HighlightToggles) => {
    toggles = next;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(rules(next));
    if (!useApi) return;
    for (const [name, { kind, highlight }] of painted) {
      if (next[kind]) registry!.set(PREFIX + name, highlight);
      else registry!.delete(PREFIX + name);
    }
  };

  const clear = () => {
    if (registry) for (const name of painted.keys()) registry.delete(PREFIX + name);
    painted.clear();
    unwrapMarks(marks);
    marks = [];
    items = [];
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = null;
  };

  const paintWithApi = (found: { item: HighlightItem; range: Range }[]) => {
    const byName = new Map<string, { kind: HighlightKind; ranges: Range[] }>();
    for (const { item, range } of found) {
      const g = byName.get(item.name) ?? { kind: item.kind, ranges: [] };
      g.ranges.push(range);
      byName.set(item.name, g);
    }
    for (const [name, { kind, ranges }] of byName) {
      const highlight = new Ctor!(...ranges);
      highlight.priority = rank(name);
      painted.set(name, { kind, highlight });
    }
  };

  return {
    paint(a, initial) {
      clear();
      const report: PaintReport = { painted: {}, notFound: [], method: useApi ? 'highlight-api' : 'mark' };
      if (!doc.body) return report;
      const t0 = performance.now();
      const all = highlightItems(a);
      const positions = createAnchorer(doc.body, a.article.text).anchor(all.map((i) => i.span));
      const t1 = performance.now();
      const placed: { item: HighlightItem; index: number }[] = [];
      all.forEach((item, i) => {
        if (positions[i]) placed.push({ item, index: i });
        else report.notFound.push({ kind: item.kind, text: a.article.text.slice(item.span.start, item.span.end).slice(0, 80) });
      });
      if (useApi) {
        const found = placed.map(({ item, index }) => ({ item, range: toRange(positions[index]!, doc) }));
        paintWithApi(found);
        items = found;
      } else {
        const painting = wrapSpans(doc, doc.body, placed.map(({ item, index }) => ({ dom: positions[index]!, names: [item.name] })));
        marks = painting.marks;
        items = [];
        placed.forEach(({ item }, k) => {
          const m = painting.spanMarks[k];
          if (!m) return;
          const range = doc.createRange();
          range.setStartBefore(m.first);
          range.setEndAfter(m.last);
          items.push({ item, range });
        });
      }
      for (const { item } of items) report.painted[item.kind] = (report.painted[item.kind] ?? 0) + 1;
      items.sort((x, y) => x.range.compareBoundaryPoints(Range.START_TO_START, y.range));
      apply(initial);
      report.anchorMs = Math.round((t1 - t0) * 10) / 10;
      report.paintMs = Math.round((performance.now() - t1) * 10) / 10;
      return report;
    },
    setToggles: apply,
    clear,
    visibleItems: () => (toggles ? items.filter((p) => toggles![p.item.kind]) : []),
  };
}
