import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../../utils/annotation';
import type { AnalysisStage, HighlightToggles, PaintReport } from '../../utils/messages';
import { explainInjectionError, restrictionOf } from '../../utils/restricted';
import { AnalysisProgress } from '../../components/AnalysisProgress';
import { CitationsCard } from '../../components/CitationsCard';
import { DatelineCard } from '../../components/DatelineCard';
import { DatesCard } from '../../components/DatesCard';
import { EntityList } from '../../components/EntityList';
import { HighlightControls } from '../../components/HighlightControls';
import { ProvenanceList } from '../../components/ProvenanceList';
import { SourceCard } from '../../components/SourceCard';
import { StatusView } from '../../components/StatusView';
import { Warnings } from '../../components/Warnings';
import { addToCorpus, analyseTab, applyToggles, corpusSize, loadToggles, openSettings, targetTab } from './tab-analysis';

type State =
  | { kind: 'analysing'; stage?: AnalysisStage }
  | { kind: 'restricted'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'not-article'; annotation: Annotation }
  | { kind: 'ready'; annotation: Annotation; paint: PaintReport; embeddedFrames: number };

export function App({ tabId }: { tabId?: number }) {
  const [state, setState] = useState<State>({ kind: 'analysing' });
  const [toggles, setToggles] = useState<HighlightToggles | null>(null);
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);

  const run = useCallback(
    async (force: boolean) => {
      setState({ kind: 'analysing' });
      let target: { id: number; url?: string } | null = null;
      try {
        target = await targetTab(tabId);
        setTab(target);
        const why = restrictionOf(target.url);
        if (why) return setState({ kind: 'restricted', reason: why });
        const t = await loadToggles();
        setToggles(t);
        const reply = await analyseTab(target.id, force, t, (stage) => setState((s) => (s.kind === 'analysing' ? { kind: 'analysing', stage } : s)));
        if (!reply.ok) return setState({ kind: 'error', message: reply.error });
        if (!reply.annotation.article.isArticle && !force) return setState({ kind: 'not-article', annotation: reply.annotation });
        setState({ kind: 'ready', annotation: reply.annotation, paint: reply.paint, embeddedFrames: reply.embeddedFrames });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const why = explainInjectionError(message, target?.url);
        setState(why ? { kind: 'restricted', reason: why } : { kind: 'error', message });
      }
    },
    [tabId],
  );

  useEffect(() => {
    // Wake the background and open the corpus while the page is read: the lookup then meets a warm worker.
    void corpusSize();
    void run(false);
  }, [run]);

  const onToggles = (t: HighlightToggles) => {
    setToggles(t);
    if (tab) void applyToggles(tab.id, t);
  };

  return (
    <main class="popup" data-state={state.kind}>
      <header class="bar">
        <h1>Sourcelens</h1>
        <button type="button" class="link" onClick={() => void openSettings()}>
          Settings
        </button>
      </header>
      {state.kind === 'analysing' && (
        <StatusView kind="analysing" title="Analysing this page…" detail="Reading the article, its dates and who it names. Nothing leaves your computer.">
          {state.stage && <AnalysisProgress stage={state.stage} />}
        </StatusView>
      )}
      {state.kind === 'restricted' && <StatusView kind="restricted" title="This page can’t be read" detail={state.reason} />}
      {state.kind === 'error' && (
        <StatusView kind="error" title="Something went wrong" detail={state.message}>
          <button type="button" onClick={() => void run(false)}>
            Try again
          </button>
        </StatusView>
      )}
      {state.kind === 'not-article' && (
        <StatusView kind="not-article" title="No article found" detail={notArticleDetail(state.annotation)}>
          <SourceCard source={state.annotation.source} siteName={state.annotation.article.siteName} />
          <button type="button" class="primary" onClick={() => void run(true)}>
            Analyse anyway
          </button>
        </StatusView>
      )}
      {state.kind === 'ready' && <Report annotation={state.annotation} paint={state.paint} embeddedFrames={state.embeddedFrames} toggles={toggles} onToggles={onToggles} />}
    </main>
  );
}

function notArticleDetail(a: Annotation): string {
  const why = a.warnings.find((w) => w.code === 'not-article')?.message.replace(/^Not an article: /, '');
  return `This looks like an index, list or other page without one main article${why ? `: ${why.replace(/\.$/, '')}` : ''}.`;
}

function Report(props: { annotation: Annotation; paint: PaintReport; embeddedFrames: number; toggles: HighlightToggles | null; onToggles: (t: HighlightToggles) => void }) {
  const a = props.annotation;
  const englishOnly = a.warnings.find((w) => w.code === 'entities-english-only');
  const [size, setSize] = useState<number | undefined>(undefined);
  const [addStatus, setAddStatus] = useState('');
  useEffect(() => {
    void corpusSize().then(setSize);
  }, []);
  const add = async () => {
    setAddStatus('Adding…');
    setAddStatus(await addToCorpus(a));
    setSize(await corpusSize());
  };
  return (
    <>
      <p class="title" title={a.article.title}>
        {a.article.title || 'Untitled page'}
      </p>
      <SourceCard source={a.source} siteName={a.article.siteName} onEdit={() => void openSettings()} />
      <DatesCard dates={a.dates} />
      <DatelineCard dateline={a.dateline} authors={a.authors} ownOutletId={a.source.outletId} />
      <Warnings warnings={a.warnings} />
      <ProvenanceList provenance={a.provenance} corpusSize={size} onAdd={() => void add()} addStatus={addStatus} />
      <EntityList entities={a.entities} notice={englishOnly ? 'Entities are found in English text only.' : undefined} />
      <CitationsCard citations={a.citations} notice={englishOnly ? 'Attributions are found in English text only.' : undefined} />
      {props.toggles && <HighlightControls toggles={props.toggles} paint={props.paint} embeddedFrames={props.embeddedFrames} onChange={props.onToggles} />}
      <footer class="foot muted">
        {a.article.wordCount} words · analysed on this computer in {Math.round(a.timings.total ?? 0)} ms
      </footer>
    </>
  );
}
