'use client';

import type { GraphPayload } from '@/lib/graph/payload';

/** Props the explorer passes to the console: it hands query results back to the graph view. */
export interface CypherConsoleProps {
  onGraph: (graph: GraphPayload, mode: 'replace' | 'add') => void;
  initialQuery?: string;
}

/** Cypher console panel (placeholder until the console lands). */
export default function CypherConsole(_props: CypherConsoleProps) {
  return <div data-testid="cypher-console">Cypher console</div>;
}
