import { useEffect, useState } from 'preact/hooks';
import type { StoredDoc } from '../../utils/store/schema';
import { openCorpus } from './corpus-access';

type Row = Omit<StoredDoc, 'utf8' | 'keys'>;
const PAGE = 25;

/** The corpus's documents, newest first, a page at a time, each deletable. */
export function DocumentList(props: { version: number; onChange: () => void }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [page, setPage] = useState(0);
  useEffect(() => {
    void openCorpus()
      .then((c) => c.list(page * PAGE, PAGE + 1))
      .then(setRows);
  }, [page, props.version]);
  if (!rows) return null;
  if (!rows.length && page === 0) return <p class="muted">No documents yet.</p>;
  const remove = async (id: string) => {
    await (await openCorpus()).delete(id);
    props.onChange();
  };
  return (
    <>
      <table class="outlets docs">
        <thead>
          <tr>
            <th>Title</th>
            <th>Outlet</th>
            <th>Published</th>
            <th>From</th>
            <th>
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, PAGE).map((d) => (
            <tr key={d.id}>
              <td>
                <a href={d.url} target="_blank" rel="noopener noreferrer">
                  {d.title || d.url}
                </a>
              </td>
              <td>{d.outlet ?? ''}</td>
              <td>{d.published?.slice(0, 10) ?? ''}</td>
              <td>{d.addedFrom}</td>
              <td class="row-actions">
                <button type="button" onClick={() => void remove(d.id)} aria-label={`Delete ${d.title || d.url}`}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          Newer
        </button>
        <button type="button" disabled={rows.length <= PAGE} onClick={() => setPage(page + 1)}>
          Older
        </button>
      </div>
    </>
  );
}
