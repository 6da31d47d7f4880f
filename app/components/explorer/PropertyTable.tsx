'use client';

// Properties as a compact table in the interface language: keys in words, numbers and dates with Intl,
// vocabulary translated; provenance bookkeeping and fields that only repeat the name are left out.
import { useI18n } from '../i18n';

const SKIP = new Set(['evidence', 'articles', 'article', 'transfer', 'searchText', 'nameKey', 'key']);

/** Aliases less the ones the title already shows. */
function otherAliases(value: unknown, name: string | null, text: string | null): unknown {
  return Array.isArray(value) ? value.filter((v) => fold(v) !== name && fold(v) !== text) : value;
}

const fold = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : null);

/** True when a field only repeats what the panel already says (a claim's aliases equal to its text, a text equal to the name). */
function redundant(key: string, value: unknown, name: string | null, text: string | null): boolean {
  if (key === 'aliases' && Array.isArray(value)) return value.every((v) => fold(v) === name || fold(v) === text);
  if (key === 'text') return fold(value) === name;
  return false;
}

/** Key/value table of a node's or an edge's properties; `name` is what the panel's title already shows. */
export default function PropertyTable({ properties, name }: { properties: Record<string, unknown>; name?: string }) {
  const { prop, value } = useI18n();
  const entries = Object.entries(properties)
    .map(([k, v]): [string, unknown] => [k, k === 'aliases' ? otherAliases(v, fold(name), fold(properties.text)) : v])
    .filter(
    ([k, v]) => !SKIP.has(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0) && !redundant(k, v, fold(name), fold(properties.text)),
  );
  if (entries.length === 0) return <p className="muted">—</p>;
  return (
    <table className="props">
      <tbody>
        {entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => (
          <tr key={k}>
            <th data-key={k}>{prop(k)}</th>
            <td>{value(k, v)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
