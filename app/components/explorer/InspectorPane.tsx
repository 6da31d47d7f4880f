'use client';

// The inspector: a resizable pane beside the graph showing the selected node, the selected edge, or a hint.
import type { ExplorerGraph } from '@/lib/graph/graphology';
import { useI18n } from '../i18n';
import EdgePanel from './EdgePanel';
import InspectorHint from './InspectorHint';
import NodePanel from './NodePanel';
import PaneResizer from './PaneResizer';

export interface InspectorPaneProps {
  graph: ExplorerGraph;
  node: string | null;
  edge: string | null;
  note: string | null;
  onResize(dx: number): void;
  onSelect(id: string): void;
  onExpand(id: string): void;
  onFocus(id: string): void;
  onHide(id: string): void;
  onPathEnd(which: 'from' | 'to', id: string, name: string): void;
  onCloseNode(): void;
  onCloseEdge(): void;
}

/** The inspector pane. */
export default function InspectorPane(p: InspectorPaneProps) {
  const { t } = useI18n();
  return (
    <aside className="right inspector-pane" data-testid="inspector-pane">
      <PaneResizer axis="x" onResize={p.onResize} label={t('pane.resizeInspector')} />
      {p.node ? (
        <div className="pane-body" data-testid="side-panel">
          <NodePanel key={p.node} graph={p.graph} id={p.node} note={p.note} onSelect={p.onSelect} onExpand={p.onExpand} onFocus={p.onFocus} onHide={p.onHide} onPathEnd={p.onPathEnd} onClose={p.onCloseNode} />
        </div>
      ) : p.edge ? (
        <div className="pane-body" data-testid="side-panel">
          <EdgePanel key={p.edge} graph={p.graph} id={p.edge} onSelectNode={p.onSelect} onClose={p.onCloseEdge} />
        </div>
      ) : (
        <div className="pane-body">
          <InspectorHint />
        </div>
      )}
    </aside>
  );
}
