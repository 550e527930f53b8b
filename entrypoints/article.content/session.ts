// One analysis session per page: answers the popup's messages, runs the pipeline once per address
// (concurrent requests share it), paints the highlights and clears them when the page changes.
import { annotate } from '../../utils/annotate';
import type { Annotation } from '../../utils/annotation';
import { parsePopupToContent, type AnalyseReply, type HighlightToggles, type PaintReport } from '../../utils/messages';
import type { Corpus } from '../../utils/corpus/corpus';
import type { OutletRegistry } from '../../utils/sources/registry';
import { createHighlighter } from './highlighter';
import { createHoverCard, itemsAt } from './hover-card';

export interface Session {
  handle(message: unknown): Promise<unknown> | undefined;
  dispose(): void;
}

/** What the session needs from the extension. */
export interface SessionDeps {
  /** The registry with the reader's own outlets. */
  loadRegistry(): Promise<OutletRegistry>;
  /** The reader's corpus, answered by the background. */
  corpus: Corpus;
  /** Called with each finished analysis (to remember the article when the reader asked for that). */
  onAnalysed?(a: Annotation): void;
}

export function createSession(doc: Document, location: Location, deps: SessionDeps): Session {
  const highlighter = createHighlighter(doc);
  const card = createHoverCard(doc);
  let frame = 0;
  // One hit test per animation frame at most, so hovering costs the page nothing noticeable.
  const onMove = (e: MouseEvent) => {
    if (frame) return;
    const { clientX: x, clientY: y } = e;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const visible = highlighter.visibleItems();
      const hits = visible.length ? itemsAt(doc, visible, x, y) : [];
      if (hits.length) card.show(hits, x, y);
      else card.hide();
    });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') card.hide();
  };
  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('keydown', onKey);
  let current: { key: string; result: Promise<{ annotation: Annotation; paint: PaintReport }> } | null = null;

  const analyse = async (force: boolean, toggles: HighlightToggles): Promise<AnalyseReply> => {
    const key = `${location.href}|${force}`;
    if (!current || current.key !== key) {
      const url = location.href;
      current = {
        key,
        result: deps
          .loadRegistry()
          .then((registry) => annotate(doc, url, deps.corpus, { force, registry }))
          .then((annotation) => {
            deps.onAnalysed?.(annotation);
            return { annotation, paint: highlighter.paint(annotation, toggles) };
          }),
      };
    }
    try {
      const { annotation, paint } = await current.result;
      highlighter.setToggles(toggles);
      return { ok: true, annotation, paint, frames: 'top-only' };
    } catch (e) {
      current = null;
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };

  return {
    handle(message) {
      const msg = parsePopupToContent(message);
      if (!msg) return undefined;
      if (msg.type === 'sourcelens/analyse') return analyse(msg.force, msg.toggles);
      highlighter.setToggles(msg.toggles);
      return Promise.resolve({ ok: true });
    },
    dispose() {
      doc.removeEventListener('mousemove', onMove);
      doc.removeEventListener('keydown', onKey);
      card.remove();
      highlighter.clear();
      current = null;
    },
  };
}
