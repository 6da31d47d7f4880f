// The package ships types that its "exports" map hides from bundler resolution; these are the props
// the console uses (see node_modules/@neo4j-cypher/react-codemirror/src/CypherEditor.d.ts).
declare module '@neo4j-cypher/react-codemirror' {
  import type { Component } from 'react';

  export interface CypherEditorProps {
    value?: string;
    schema?: {
      labels?: string[];
      relationshipTypes?: string[];
      propertyKeys?: string[];
      parameters?: string[];
    };
    lint?: boolean;
    autofocus?: boolean;
    lineWrapping?: boolean;
    placeholder?: string;
    theme?: 'light' | 'dark' | 'auto';
    className?: string;
    onEditorCreated?: (editor: unknown) => void;
    onValueChanged?: (value: string, changes: unknown) => void;
  }

  export class CypherEditor extends Component<CypherEditorProps> {}
}
