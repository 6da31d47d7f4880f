'use client';

// Properties as a compact table; lists are joined, provenance bookkeeping is left out.
const SKIP = new Set(['evidence', 'articles', 'article', 'transfer']);

function show(v: unknown): string {
  if (Array.isArray(v)) return v.join(', ');
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Key/value table of a node's or an edge's properties. */
export default function PropertyTable({ properties }: { properties: Record<string, unknown> }) {
  const entries = Object.entries(properties).filter(([k, v]) => !SKIP.has(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (entries.length === 0) return <p className="muted">—</p>;
  return (
    <table className="props">
      <tbody>
        {entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => (
          <tr key={k}>
            <th>{k}</th>
            <td>{show(v)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
