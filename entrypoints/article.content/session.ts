// One analysis session per page: answers the popup's messages, runs the pipeline once per address
// (concurrent requests share it), paints the highlights and clears them when the page changes.
import { annotate } from '../../utils/annotate';
import type { Annotation } from '../../utils/annotation';
import { parsePopupToContent, type AnalyseReply, type HighlightToggles, type PaintReport } from '../../utils/messages';
import type { OutletRegistry } from '../../utils/sources/registry';
import { createHighlighter } from './highlighter';

export interface Session {
  handle(message: unknown): Promise<unknown> | undefined;
  dispose(): void;
}

/** What the session needs from the extension: the registry with the reader's own outlets. */
export interface SessionDeps {
  loadRegistry(): Promise<OutletRegistry>;
}

export function createSession(doc: Document, location: Location, deps: SessionDeps): Session {
  const highlighter = createHighlighter(doc);
  let current: { key: string; result: Promise<{ annotation: Annotation; paint: PaintReport }> } | null = null;

  const analyse = async (force: boolean, toggles: HighlightToggles): Promise<AnalyseReply> => {
    const key = `${location.href}|${force}`;
    if (!current || current.key !== key) {
      const url = location.href;
      current = {
        key,
        result: deps
          .loadRegistry()
          .then((registry) => annotate(doc, url, undefined, { force, registry }))
          .then((annotation) => ({ annotation, paint: highlighter.paint(annotation, toggles) })),
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
      highlighter.clear();
      current = null;
    },
  };
}
