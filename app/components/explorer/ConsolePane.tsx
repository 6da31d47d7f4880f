'use client';

// The Cypher console as a resizable pane under the graph; its code (CodeMirror) loads on first open.
import dynamic from 'next/dynamic';
import type { GraphPayload } from '@/lib/graph/payload';
import { useI18n } from '../i18n';
import PaneResizer from './PaneResizer';

const CypherConsole = dynamic(() => import('../console/CypherConsole'), { ssr: false });

/** The console pane. */
export default function ConsolePane({ onResize, onClose, onGraph }: { onResize(dy: number): void; onClose(): void; onGraph(payload: GraphPayload, mode: 'replace' | 'add'): void }) {
  const { t } = useI18n();
  return (
    <div className="console-drawer console-pane" data-testid="console-drawer">
      <PaneResizer axis="y" onResize={onResize} label={t('pane.resizeConsole')} />
      <div className="drawer-head">
        <strong>{t('console.title')}</strong>
        <button className="icon" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      <CypherConsole onGraph={onGraph} />
    </div>
  );
}
