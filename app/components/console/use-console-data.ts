'use client';

import { useCallback, useEffect, useState } from 'react';
import { api, type DbSchema, type SavedQuery } from '@/lib/api/client';
import { pushHistory } from './console-data';

const HISTORY_KEY = 'trame.cypher.history';

function readHistory(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Saved queries and the database schema, fetched once; failures leave them empty (the console still runs). */
export function useConsoleCatalog(): { examples: SavedQuery[]; schema: DbSchema | undefined } {
  const [examples, setExamples] = useState<SavedQuery[]>([]);
  const [schema, setSchema] = useState<DbSchema>();
  useEffect(() => {
    let live = true;
    // Either may fail (Neo4j down, a file unreadable): the console works without completion or examples.
    api
      .examples()
      .then((j) => live && setExamples(j.examples))
      .catch(() => {});
    api
      .schema()
      .then((j) => live && setSchema(j))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return { examples, schema };
}

/** The last queries run, kept in localStorage (private to this browser). */
export function useQueryHistory(): { history: string[]; remember(query: string): void; clear(): void } {
  const [history, setHistory] = useState<string[]>([]);
  useEffect(() => setHistory(readHistory()), []);
  const save = (next: string[]) => {
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(next));
    } catch {
      // storage full or disabled: history stays in memory for this visit
    }
  };
  const remember = useCallback((query: string) => {
    setHistory((h) => {
      const next = pushHistory(h, query);
      save(next);
      return next;
    });
  }, []);
  const clear = useCallback(() => {
    setHistory([]);
    save([]);
  }, []);
  return { history, remember, clear };
}
