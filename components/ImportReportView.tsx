import type { ImportReport } from '../utils/store/import-job';

/** The summary of an import and every line or item it did not take, with the reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { added, rejected, rejectedTotal, cancelled, stopped } = report;
  return (
    <div class="import-report" role="status">
      <p>
        {cancelled ? 'Import cancelled: nothing from it was kept.' : `Imported ${added.toLocaleString('en')} document${added === 1 ? '' : 's'}.`}
        {rejectedTotal > 0 && ` ${rejectedTotal.toLocaleString('en')} not imported:`}
      </p>
      {stopped && <p class="error">{stopped}</p>}
      {rejected.length > 0 && (
        <ul class="rejected">
          {rejected.slice(0, 200).map((r, i) => (
            <li key={i}>
              <code>{r.file}</code>, {r.where}: {r.reason}
            </li>
          ))}
          {rejectedTotal > 200 && <li>… and {rejectedTotal - 200} more.</li>}
        </ul>
      )}
    </div>
  );
}
