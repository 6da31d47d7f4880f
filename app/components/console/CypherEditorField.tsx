'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef } from 'react';

// CodeMirror needs the DOM: the editor loads in the browser only.
const CypherEditor = dynamic(() => import('@neo4j-cypher/react-codemirror').then((m) => m.CypherEditor), {
  ssr: false,
  loading: () => <div className="cypher-editor-loading">loading editor…</div>,
});

/** The part of the editor's API the console uses. */
interface EditorApi {
  setValue(value: string): void;
  focus(): void;
  setPosition(position: number, scrollIntoView?: boolean): void;
}

/** Editor completion schema (labels and types with their leading colon). */
export interface EditorSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  parameters: string[];
}

interface Props {
  /** Text pushed into the editor from outside (saved query, history, link); bump `revision` to push again. */
  value: string;
  revision: number;
  onChange(value: string): void;
  onRun(): void;
  schema: EditorSchema | undefined;
  /** Where Neo4j located the last error: the cursor goes there. */
  errorAt?: { offset: number } | null;
}

/** Cypher editor (Neo4j's CodeMirror 6 language support): highlighting, linting, completion; Ctrl/Cmd+Enter runs. */
export default function CypherEditorField({ value, revision, onChange, onRun, schema, errorAt }: Props) {
  const api = useRef<EditorApi | null>(null);
  const pushed = useRef({ value, revision });

  useEffect(() => {
    if (api.current && pushed.current.revision !== revision) {
      api.current.setValue(value);
      api.current.focus();
    }
    pushed.current = { value, revision };
  }, [value, revision]);

  useEffect(() => {
    if (errorAt && api.current) api.current.setPosition(errorAt.offset, true);
  }, [errorAt]);

  const created = useCallback((editor: unknown) => {
    api.current = editor as EditorApi;
    api.current.setValue(pushed.current.value);
  }, []);

  // Capture phase: the editor's own keymap binds Mod-Enter to "insert blank line".
  const onKeyDownCapture = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      onRun();
    }
  };

  return (
    <div className="cypher-editor" data-testid="cypher-editor" onKeyDownCapture={onKeyDownCapture}>
      <CypherEditor
        onEditorCreated={created}
        onValueChanged={(v: string) => onChange(v)}
        schema={schema}
        lint
        autofocus={false}
        lineWrapping
        placeholder="MATCH (c:Country)-[:SENT]->(t:Transfer) RETURN c, t"
        theme="light"
      />
    </div>
  );
}
