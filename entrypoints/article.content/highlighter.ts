// Paints the Annotation's spans in the live page with the CSS Custom Highlight API: one highlight per kind,
// styled from a constructed stylesheet, so the page's DOM and layout stay unchanged.
import type { Annotation, Span } from '../../utils/annotation';
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
const REUSE_COLOURS = ['rgba(255, 90, 90, 0.28)', 'rgba(255, 140, 0, 0.28)', 'rgba(230, 60, 160, 0.28)', 'rgba(120, 100, 255, 0.28)', 'rgba(160, 120, 60, 0.30)'];
/** Reuse sources beyond this many share the last colour. */
export const MAX_REUSE_COLOURS = REUSE_COLOURS.length;

type CSSWithHighlights = typeof CSS & { highlights?: Map<string, unknown> };
type HighlightCtor = new (...ranges: Range[]) => { priority: number };

/** Spans of the Annotation grouped by highlight name. */
function spansByName(a: Annotation): Map<string, { kind: HighlightKind; spans: Span[] }> {
  const out = new Map<string, { kind: HighlightKind; spans: Span[] }>();
  const add = (name: string, kind: HighlightKind, spans: Span[]) => {
    const g = out.get(name) ?? { kind, spans: [] };
    g.spans.push(...spans);
    out.set(name, g);
  };
  a.provenance.matches.forEach((m, i) => add(`reuse-${Math.min(i, MAX_REUSE_COLOURS - 1)}`, 'reuse', m.passages));
  for (const c of a.citations) add(c.quote ? 'quote' : 'citation', c.quote ? 'quote' : 'citation', [c.span]);
  for (const e of a.entities) add(e.type, e.type, e.mentions);
  return out;
}

export interface Highlighter {
  /** Anchors and paints every span of `a`, kinds switched off stay unregistered. */
  paint(a: Annotation, toggles: HighlightToggles): PaintReport;
  setToggles(toggles: HighlightToggles): void;
  /** Removes every Sourcelens highlight and the stylesheet. */
  clear(): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const registry = (CSS as CSSWithHighlights).highlights;
  const Ctor = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  const painted = new Map<string, { kind: HighlightKind; highlight: { priority: number } }>();
  let sheet: CSSStyleSheet | null = null;

  const installSheet = () => {
    if (sheet) return;
    sheet = new CSSStyleSheet();
    const rules = Object.entries(STYLE).map(([k, css]) => `::highlight(${PREFIX}${k}) { ${css} }`);
    REUSE_COLOURS.forEach((c, i) => rules.push(`::highlight(${PREFIX}reuse-${i}) { background-color: ${c}; }`));
    sheet.replaceSync(rules.join('\n'));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  };

  const apply = (toggles: HighlightToggles) => {
    if (!registry) return;
    for (const [name, { kind, highlight }] of painted) {
      if (toggles[kind]) registry.set(PREFIX + name, highlight);
      else registry.delete(PREFIX + name);
    }
  };

  const clear = () => {
    if (registry) for (const name of painted.keys()) registry.delete(PREFIX + name);
    painted.clear();
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = null;
  };

  return {
    paint(a, toggles) {
      clear();
      const report: PaintReport = { painted: {}, notFound: [], method: registry && Ctor ? 'highlight-api' : 'none' };
      if (!registry || !Ctor || !doc.body) return report;
      const anchorer = createAnchorer(doc.body, a.article.text);
      for (const [name, { kind, spans }] of spansByName(a)) {
        const ranges = anchorer.anchor(spans);
        const found: Range[] = [];
        ranges.forEach((r, i) => {
          if (r) found.push(toRange(r, doc));
          else report.notFound.push({ kind, text: a.article.text.slice(spans[i].start, spans[i].end).slice(0, 80) });
        });
        if (!found.length) continue;
        const highlight = new Ctor(...found);
        highlight.priority = kind === 'reuse' ? 0 : kind === 'quote' || kind === 'citation' ? 1 : 2;
        painted.set(name, { kind, highlight });
        report.painted[kind] = (report.painted[kind] ?? 0) + found.length;
      }
      installSheet();
      apply(toggles);
      return report;
    },
    setToggles: apply,
    clear,
  };
}
