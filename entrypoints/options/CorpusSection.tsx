import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ImportReportView } from '../../components/ImportReportView';
import { IMPORT_STATE_KEY, REMEMBER_KEY, type ImportState } from '../../utils/settings';
import type { CorpusStats } from '../../utils/store/idb-corpus';
import { blobFile, runImport, type ImportProgress, type ImportReport } from '../../utils/store/import-job';
import { openCorpus, parseInPage } from './corpus-access';
import { DocumentList } from './DocumentList';
import { FeedsSection } from './FeedsSection';

/** The reader's corpus: what is in it, importing, remembering analysed articles, export, clearing. */
export function CorpusSection() {
  const [stats, setStats] = useState<CorpusStats | null>(null);
  const [remember, setRemember] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [message, setMessage] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const [stopped, setStopped] = useState<ImportState | null>(null);
  const [version, setVersion] = useState(0);
  const abort = useRef<AbortController | null>(null);

  const refresh = async () => {
    setStats(await (await openCorpus()).stats());
    setVersion((v) => v + 1);
  };
  useEffect(() => {
    void refresh();
    void browser.storage.local.get(REMEMBER_KEY).then((r) => setRemember(r[REMEMBER_KEY] === true));
    // An import that was still running when its page closed left its checkpoint behind: say where it stopped.
    void Promise.all([browser.storage.local.get(IMPORT_STATE_KEY), importRunning()]).then(([r, running]) => {
      const s = r[IMPORT_STATE_KEY] as ImportState | undefined;
      if (s && !running) setStopped(s);
    });
  }, []);

  const onFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    setReport(null);
    setMessage('');
    setStopped(null);
    // Files are read as streams, batch by batch: a large JSON Lines file is never held in memory whole.
    const files = Array.from(list).map((f) => blobFile(f.name, f));
    abort.current = new AbortController();
    const signal = abort.current.signal;
    setWaiting(await importRunning());
    try {
      // One import at a time, across every open options page: a second one waits for the first.
      await navigator.locks.request(IMPORT_LOCK, async () => {
        setWaiting(false);
        if (signal.aborted) return;
        const startedAt = Date.now();
        const r = await runImport(files, await openCorpus(), {
          parse: parseInPage,
          signal,
          onProgress: (p) => {
            setProgress(p);
            // A checkpoint after every batch, so that a closed page can say where the import stopped.
            const state: ImportState = { ...p, startedAt };
            void browser.storage.local.set({ [IMPORT_STATE_KEY]: state });
          },
        });
        await browser.storage.local.remove(IMPORT_STATE_KEY);
        setReport(r);
      });
    } catch (e) {
      await browser.storage.local.remove(IMPORT_STATE_KEY);
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setWaiting(false);
      setProgress(null);
      abort.current = null;
      await refresh();
    }
  };

  const exportAll = async () => {
    const parts: string[] = [];
    for await (const line of (await openCorpus()).exportJsonl()) parts.push(line);
    const url = URL.createObjectURL(new Blob(parts, { type: 'application/x-ndjson' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `sourcelens-corpus-${new Date().toISOString().slice(0, 10)}.jsonl`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(`Exported ${parts.length} documents.`);
  };

  const clearAll = async () => {
    await (await openCorpus()).clear();
    setConfirmClear(false);
    setMessage('The corpus is empty now.');
    await refresh();
  };

  return (
    <section aria-labelledby="corpus-h">
      <h2 id="corpus-h">Reference corpus</h2>
      <p class="muted">
        The articles, wire copy and press releases Sourcelens compares pages with. It lives in this browser only.
      </p>
      <p class="stats">
        {stats
          ? `${n(stats.documents)} documents: ${n(stats.bySource.import)} imported, ${n(stats.bySource.feed)} from feeds, ${n(stats.bySource.history)} from pages you analysed, ${n(stats.bySource.starter)} from the starter set.`
          : 'Counting…'}
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={remember}
          onChange={(e) => {
            const on = (e.target as HTMLInputElement).checked;
            setRemember(on);
            void browser.storage.local.set({ [REMEMBER_KEY]: on });
          }}
        />
        Remember articles I analyse (adds each analysed article to the corpus)
      </label>
      <h3>Import</h3>
      <div class="field">
        <label for="import-files">JSON Lines, RSS or Atom files, or saved pages</label>
        <input id="import-files" type="file" multiple accept=".jsonl,.ndjson,.json,.xml,.rss,.atom,.html,.htm" disabled={!!progress || waiting} onChange={(e) => void onFiles((e.target as HTMLInputElement).files)} />
        <small>
          JSON Lines: one object per line, <code>{'{id?, url, title, outlet?, published?, text | html}'}</code>.
        </small>
      </div>
      {waiting && (
        <div class="progress-row" role="status">
          <span>Waiting for the import running in another tab to finish…</span>
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {progress && (
        <div class="progress-row">
          <progress max={Math.max(1, progress.size)} value={progress.read} aria-label="Import progress" />
          <span role="status">
            {progress.added.toLocaleString('en')} added · {percent(progress.read, progress.size)} · {progress.file}, {progress.unit} {progress.at.toLocaleString('en')}
          </span>
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {stopped && (
        <div class="import-report" role="status">
          <p>
            An import stopped before it finished (its page was closed): <code>{stopped.file}</code> was read up to {stopped.unit} {stopped.at.toLocaleString('en')} ({percent(stopped.read, stopped.size)}), and{' '}
            {stopped.added.toLocaleString('en')} documents from it are in the corpus. Import the file again to go on: documents already in the corpus are skipped.
          </p>
          <button
            type="button"
            onClick={() => {
              setStopped(null);
              void browser.storage.local.remove(IMPORT_STATE_KEY);
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      {report && <ImportReportView report={report} />}
      <FeedsSection onCorpusChanged={() => void refresh()} />
      <h3>Your documents</h3>
      <div class="actions">
        <button type="button" onClick={() => void exportAll()}>
          Export all (JSON Lines)
        </button>
        {!!stats?.bySource.starter && (
          <button
            type="button"
            onClick={async () => {
              const n = await (await openCorpus()).deleteSource('starter');
              setMessage(`Deleted the ${n} starter documents.`);
              await refresh();
            }}
          >
            Delete the starter documents
          </button>
        )}
        {confirmClear ? (
          <>
            <button type="button" class="danger" onClick={() => void clearAll()}>
              Yes, delete every document
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              Keep them
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmClear(true)} disabled={!stats?.documents}>
            Delete all…
          </button>
        )}
      </div>
      <p class="status" role="status" aria-live="polite">
        {message}
      </p>
      <DocumentList version={version} onChange={() => void refresh()} />
    </section>
  );
}

const IMPORT_LOCK = 'sourcelens-import';
const n = (x: number) => x.toLocaleString('en');
const percent = (read: number, size: number) => `${size ? Math.min(100, Math.floor((read / size) * 100)) : 100}%`;

/** Whether an import holds the lock now (in this or another extension page). */
async function importRunning(): Promise<boolean> {
  const { held = [] } = await navigator.locks.query();
  return held.some((l) => l.name === IMPORT_LOCK);
}
