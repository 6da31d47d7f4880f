'use client';

// Top bar: brand, search, transfer reading mode, history, view and panel toggles, language.
import type { ExplorerGraph } from '@/lib/graph/graphology';
import type { TransferMode } from '@/lib/graph/filters';
import SearchBox, { type SearchChoice } from './SearchBox';
import { useI18n } from '../i18n';
import ArticlesLink from '../articles/ArticlesLink';

export interface ToolbarProps {
  graph: ExplorerGraph;
  transferMode: TransferMode;
  canUndo: boolean;
  canRedo: boolean;
  pathOpen: boolean;
  consoleOpen: boolean;
  exportOpen: boolean;
  onToggleExport(): void;
  onSearch(choice: SearchChoice): void;
  onTransferMode(mode: TransferMode): void;
  onUndo(): void;
  onRedo(): void;
  onFit(): void;
  onRelayout(): void;
  onReload(): void;
  onTogglePath(): void;
  onToggleConsole(): void;
  inspectorOpen?: boolean;
  onToggleInspector?(): void;
}

/** The explorer's toolbar. */
export default function Toolbar(p: ToolbarProps) {
  const { t, lang, setLang } = useI18n();
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="logo" aria-hidden>
          ◈
        </span>
        <span>
          <strong>{t('app.title')}</strong>
          <span className="muted small tagline">{t('app.tagline')}</span>
        </span>
      </div>
      <SearchBox graph={p.graph} onChoose={p.onSearch} />
      <div className="segmented" role="group" aria-label={t('toolbar.transfersAs')}>
        <span className="muted small">{t('toolbar.transfersAs')}</span>
        <button className={p.transferMode === 'nodes' ? 'on' : ''} aria-pressed={p.transferMode === 'nodes'} onClick={() => p.onTransferMode('nodes')} data-testid="mode-nodes">
          {t('toolbar.asNodes')}
        </button>
        <button className={p.transferMode === 'edges' ? 'on' : ''} aria-pressed={p.transferMode === 'edges'} onClick={() => p.onTransferMode('edges')} data-testid="mode-edges">
          {t('toolbar.asEdges')}
        </button>
      </div>
      <div className="tools">
        <button onClick={p.onUndo} disabled={!p.canUndo} title={`${t('toolbar.undo')} (Ctrl+Z)`} data-testid="undo">
          ↶
        </button>
        <button onClick={p.onRedo} disabled={!p.canRedo} title={`${t('toolbar.redo')} (Ctrl+Y)`} data-testid="redo">
          ↷
        </button>
        <button onClick={p.onFit} title={t('toolbar.fit')}>
          ⤢
        </button>
        <button onClick={p.onRelayout} title={t('toolbar.relayout')}>
          ⟳
        </button>
        <button onClick={p.onReload} title={t('toolbar.reload')}>
          {t('toolbar.reload')}
        </button>
        <button className={p.pathOpen ? 'on' : ''} onClick={p.onTogglePath} data-testid="toggle-path">
          {t('toolbar.path')}
        </button>
        <button className={p.consoleOpen ? 'on' : ''} onClick={p.onToggleConsole} data-testid="toggle-console">
          {t('toolbar.console')}
        </button>
        {p.onToggleInspector && (
          <button className={p.inspectorOpen ? 'on' : ''} onClick={p.onToggleInspector} data-testid="toggle-inspector">
            {t('toolbar.inspector')}
          </button>
        )}
        <button className={p.exportOpen ? 'on' : ''} onClick={p.onToggleExport} data-testid="toggle-export">
          {t('toolbar.export')}
        </button>
        <ArticlesLink />
        <button onClick={() => setLang(lang === 'en' ? 'fr' : 'en')} data-testid="lang-toggle" title={t('lang.toggle')}>
          {lang === 'en' ? 'FR' : 'EN'}
        </button>
      </div>
    </header>
  );
}
