// Paints the Annotation's spans in the live page with the CSS Custom Highlight API: one highlight per kind,
// styled from a constructed stylesheet, so the page's DOM and layout stay unchanged.
import type { Annotation } from '../../utils/annotation';
import { highlightItems, MAX_REUSE_COLOURS, type HighlightItem } from '../../utils/highlight-items';
import { createAnchorer } from '../../utils/anchor/anchor';
import { toRange } from '../../utils/anchor/text-map';
import type { HighlightKind, HighlightToggles, PaintReport } from '../../utils/messages';

/** Registry names: `sourcelens-person`, `sourcelens-reuse-0`, ... (DESIGN.md §8). */
const PREFIX = 'sourcelens-';

/** Background colours readable on light and dark pages (translucent, mid-luminance). */
const STYLE: Record<Exclude<HighlightKind, 'reuse'>, string> = {
  person: 'background-color: rgba(255, 184, 0, 0.38);',
  organization: 'background-color: rgba(0, 150, 255, 0.30);',
  place: 'background-color: rgba(0, 190, 110, 0.32);',
  citation: 'text-decoration: underline 2px rgba(180, 60, 220, 0.9); text-underline-offset: 3px;',
  quote: 'background-color: rgba(180, 60, 220, 0.18);',
};
// The same hues as the popup's provenance swatches (components/ProvenanceList.tsx), lighter on the page.
const REUSE_COLOURS = ['rgba(255, 90, 90, 0.28)', 'rgba(255, 140, 0, 0.28)', 'rgba(230, 60, 160, 0.28)', 'rgba(120, 100, 255, 0.28)', 'rgba(160, 120, 60, 0.30)'];
type CSSWithHighlights = typeof CSS & { highlights?: Map<string, unknown> };
type HighlightCtor = new (...ranges: Range[]) => { priority: number };

/** A painted span: its range on the page and what the hover card says. */
export interface PaintedItem {
  item: HighlightItem;
  range: Range;
}

export interface Highlighter {
  /** Anchors and paints every span of `a`, kinds switched off stay unregistered. */
  paint(a: Annotation, toggles: HighlightToggles): PaintReport;
  setToggles(toggles: HighlightToggles): void;
  /** Removes every Sourcelens highlight and the stylesheet. */
  clear(): void;
  /** The painted spans of kinds switched on, in page order. */
  visibleItems(): PaintedItem[];
}

export function createHighlighter(doc: Document): Highlighter {
  const registry = (CSS as CSSWithHighlights).highlights;
  const Ctor = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  const painted = new Map<string, { kind: HighlightKind; highlight: { priority: number } }>();
  let items: PaintedItem[] = [];
  let toggles: HighlightToggles | null = null;
  let sheet: CSSStyleSheet | null = null;

  const installSheet = () => {
    if (sheet) return;
    sheet = new CSSStyleSheet();
    const rules = Object.entries(STYLE).map(([k, css]) => `::highlight(${PREFIX}${k}) { ${css} }`);
    REUSE_COLOURS.slice(0, MAX_REUSE_COLOURS).forEach((c, i) => rules.push(`::highlight(${PREFIX}reuse-${i}) { background-color: ${c}; }`));
    sheet.replaceSync(rules.join('\n'));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  };

  const apply = (next: HighlightToggles) => {
    toggles = next;
    if (!registry) return;
    for (const [name, { kind, highlight }] of painted) {
      if (next[kind]) registry.set(PREFIX + name, highlight);
      else registry.delete(PREFIX + name);
    }
  };

  const clear = () => {
    if (registry) for (const name of painted.keys()) registry.delete(PREFIX + name);
    painted.clear();
    items = [];
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = null;
  };

  return {
    paint(a, initial) {
      clear();
      const report: PaintReport = { painted: {}, notFound: [], method: registry && Ctor ? 'highlight-api' : 'none' };
      if (!registry || !Ctor || !doc.body) return report;
      const all = highlightItems(a);
      const positions = createAnchorer(doc.body, a.article.text).anchor(all.map((i) => i.span));
      const byName = new Map<string, { kind: HighlightKind; ranges: Range[] }>();
      all.forEach((item, i) => {
        const pos = positions[i];
        if (!pos) {
          report.notFound.push({ kind: item.kind, text: a.article.text.slice(item.span.start, item.span.end).slice(0, 80) });
          return;
        }
        const range = toRange(pos, doc);
        items.push({ item, range });
        const g = byName.get(item.name) ?? { kind: item.kind, ranges: [] };
        g.ranges.push(range);
        byName.set(item.name, g);
        report.painted[item.kind] = (report.painted[item.kind] ?? 0) + 1;
      });
      for (const [name, { kind, ranges }] of byName) {
        const highlight = new Ctor(...ranges);
        highlight.priority = kind === 'reuse' ? 0 : kind === 'quote' || kind === 'citation' ? 1 : 2;
        painted.set(name, { kind, highlight });
      }
      items.sort((x, y) => x.range.compareBoundaryPoints(Range.START_TO_START, y.range));
      installSheet();
      apply(initial);
      return report;
    },
    setToggles: apply,
    clear,
    visibleItems: () => (toggles ? items.filter((p) => toggles![p.item.kind]) : []),
  };
}
