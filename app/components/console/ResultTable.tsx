'use client';

import { useMemo, useState } from 'react';
import { cellText, sortRows, toCsv } from './console-data';
import { download } from '../export/files';

interface Props {
  columns: string[];
  rows: Record<string, unknown>[];
}

// Thousands of DOM rows make the drawer sluggish: rows come in pages, the downloads carry them all.
const PAGE_ROWS = 1_000;

/** Every row of the result, with columns sorted by a click, and CSV / JSON downloads. */
export default function ResultTable({ columns, rows }: Props) {
  const [sort, setSort] = useState<{ column: string | null; dir: 'asc' | 'desc' }>({ column: null, dir: 'asc' });
  const [shown, setShown] = useState(PAGE_ROWS);
  const sorted = useMemo(() => sortRows(rows, sort.column, sort.dir), [rows, sort]);
  const clickHeader = (column: string) =>
    setSort((s) => (s.column === column ? { column, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { column, dir: 'asc' }));

  return (
    <div className="cypher-table-wrap">
      <div className="cypher-table-tools">
        <button className="small" data-testid="cypher-csv" onClick={() => download(new Blob([toCsv(columns, sorted)], { type: 'text/csv;charset=utf-8' }), 'trame-query.csv')}>
          CSV
        </button>
        <button
          className="small"
          data-testid="cypher-json"
          onClick={() => download(new Blob([JSON.stringify({ columns, rows: sorted }, null, 2)], { type: 'application/json' }), 'trame-query.json')}
        >
          JSON
        </button>
        {rows.length > shown && (
          <span className="muted small">
            showing {shown.toLocaleString()} of {rows.length.toLocaleString()} rows (downloads have them all)
          </span>
        )}
      </div>
      <table className="cypher-table" data-testid="cypher-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} onClick={() => clickHeader(c)} aria-sort={sort.column === c ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                {c}
                <span className="cypher-sort">{sort.column === c ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, shown).map((r, i) => (
            <tr key={i}>
              {columns.map((c) => {
                const text = cellText(r[c]);
                return (
                  <td key={c} title={text.length > 120 ? text : undefined}>
                    {text.length > 300 ? `${text.slice(0, 299)}…` : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <button className="small" onClick={() => setShown((n) => n + PAGE_ROWS)} data-testid="cypher-more-rows">
          show {Math.min(PAGE_ROWS, rows.length - shown).toLocaleString()} more rows
        </button>
      )}
      {rows.length === 0 && <p className="muted small">no rows</p>}
    </div>
  );
}
