// One analysis session per page: answers the popup's messages, runs the pipeline once per address
// (concurrent requests share it), paints the highlights and clears them when the page changes.
import { annotate } from '../../utils/annotate';
import { SLICE_MS } from '../../utils/time-slice';
import type { Annotation } from '../../utils/annotation';
import { parsePopupToContent, type AnalyseReply, type AnalysisStage, type HighlightToggles, type PaintReport } from '../../utils/messages';
import type { Corpus } from '../../utils/corpus/corpus';
import type { Knowledge } from '../../utils/knowledge';
import { createHighlighter } from './highlighter';
import { createHoverCard } from './hover-card';
import { attachInteraction } from './page-interaction';
import { watchPage } from './page-watcher';
import { MARK_ATTR } from '../../utils/anchor/mark-painter';

export interface Session {
  handle(message: unknown): Promise<unknown> | undefined;
  /** Calls `listener` with each stage of the analyses that follow, until the returned function is called. */
  onProgress(listener: (stage: AnalysisStage) => void): () => void;
  dispose(): void;
}

/** What the session needs from the extension. */
export interface SessionDeps {
  /** The registry (with the reader's own outlets) and the entity model. */
  loadKnowledge(): Promise<Knowledge>;
  /** The reader's corpus, answered by the background. */
  corpus: Corpus;
  /** Called with each finished analysis (to remember the article when the reader asked for that). */
  onAnalysed?(a: Annotation): void;
}

export function createSession(doc: Document, location: Location, deps: SessionDeps): Session {
  const highlighter = createHighlighter(doc);
  const card = createHoverCard(doc);
  const interaction = attachInteraction(doc, highlighter, card);
  let current: { key: string; url: string; result: Promise<{ annotation: Annotation; paint: PaintReport }> } | null = null;
  let toggles: HighlightToggles | null = null;
  let painting = false;
  const progressListeners = new Set<(stage: AnalysisStage) => void>();
  const progress = (stage: AnalysisStage) => progressListeners.forEach((l) => l(stage));

  const repaint = async () => {
    if (!current || !toggles) return;
    const done = await current.result.catch(() => null);
    if (!done) return;
    painting = true;
    done.paint = highlighter.paint(done.annotation, toggles);
    painting = false;
  };
  const watcher = watchPage(doc, {
    analysedUrl: () => current?.url ?? null,
    onTextChanged: () => void repaint(),
    onNavigated: () => {
      // A single-page app moved on: the old annotation describes another article.
      highlighter.clear();
      card.hide();
      current = null;
    },
    isOurs: (node) => painting || card.contains(node) || isMark(node),
  });

  const analyse = async (force: boolean, next: HighlightToggles): Promise<AnalyseReply> => {
    toggles = next;
    const key = `${location.href}|${force}`;
    if (!current || current.key !== key) {
      const url = location.href;
      current = {
        key,
        url,
        // In turns: a very long article must not freeze the page while it is read.
        result: annotate(doc, url, deps.corpus, { force, knowledge: deps.loadKnowledge(), sliceMs: SLICE_MS, onProgress: progress }).then((annotation) => {
          deps.onAnalysed?.(annotation);
          painting = true;
          const paint = highlighter.paint(annotation, next);
          painting = false;
          return { annotation, paint };
        }),
      };
    }
    try {
      const { annotation, paint } = await current.result;
      highlighter.setToggles(next);
      return { ok: true, annotation, paint, frames: 'top-only', embeddedFrames: doc.querySelectorAll('iframe, frame').length };
    } catch (e) {
      current = null;
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };

  return {
    onProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    handle(message) {
      const msg = parsePopupToContent(message);
      if (!msg) return undefined;
      if (msg.type === 'sourcelens/analyse') return analyse(msg.force, msg.toggles);
      toggles = msg.toggles;
      highlighter.setToggles(msg.toggles);
      return Promise.resolve({ ok: true });
    },
    dispose() {
      watcher.dispose();
      interaction.dispose();
      card.remove();
      highlighter.clear();
      progressListeners.clear();
      current = null;
    },
  };
}

function isMark(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`mark[${MARK_ATTR}]`);
}
