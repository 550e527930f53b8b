import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ImportReportView } from '../../components/ImportReportView';
import { REMEMBER_KEY } from '../../utils/settings';
import type { CorpusStats } from '../../utils/store/idb-corpus';
import { runImport, type ImportProgress, type ImportReport } from '../../utils/store/import-job';
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
  const [version, setVersion] = useState(0);
  const abort = useRef<AbortController | null>(null);

  const refresh = async () => {
    setStats(await (await openCorpus()).stats());
    setVersion((v) => v + 1);
  };
  useEffect(() => {
    void refresh();
    void browser.storage.local.get(REMEMBER_KEY).then((r) => setRemember(r[REMEMBER_KEY] === true));
  }, []);

  const onFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    setReport(null);
    setMessage('');
    const files = await Promise.all(Array.from(list).map(async (f) => ({ name: f.name, text: await f.text() })));
    abort.current = new AbortController();
    try {
      const r = await runImport(files, await openCorpus(), { parse: parseInPage, onProgress: setProgress, signal: abort.current.signal });
      setReport(r);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
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
          ? `${stats.documents} documents: ${stats.bySource.import} imported, ${stats.bySource.feed} from feeds, ${stats.bySource.history} from pages you analysed, ${stats.bySource.starter} from the starter set.`
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
        <input id="import-files" type="file" multiple accept=".jsonl,.ndjson,.json,.xml,.rss,.atom,.html,.htm" disabled={!!progress} onChange={(e) => void onFiles((e.target as HTMLInputElement).files)} />
        <small>
          JSON Lines: one object per line, <code>{'{id?, url, title, outlet?, published?, text | html}'}</code>.
        </small>
      </div>
      {progress && (
        <div class="progress-row">
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Import progress" />
          <span>
            {progress.done} / {progress.total}
          </span>
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
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
