'use client';

// The explorer's panes (path finder, console, export, inspector) as one state with named toggles.
import { useState } from 'react';
import { initialPanels, resizeConsole, resizeInspector, togglePanel, type PanelsState, type StageSize } from '@/lib/state/panels';

type Open = boolean | ((open: boolean) => boolean);

/** Pane state and its setters; `stageSize` reads the stage's size for resize limits. */
export function usePanels(consoleOpenAtStart: boolean, stageSize: () => StageSize) {
  const [panels, setPanels] = useState<PanelsState>(() => initialPanels({ console: consoleOpenAtStart, inspector: true }));
  const set = (pane: 'path' | 'console' | 'export' | 'inspector') => (open: Open) => setPanels((p) => togglePanel(p, pane, typeof open === 'function' ? open(p[pane]) : open));
  return {
    panels,
    setPathOpen: set('path'),
    setConsoleOpen: set('console'),
    setExportOpen: set('export'),
    setInspectorOpen: set('inspector'),
    /** Selecting something opens the inspector if the user had closed it. */
    showInspector: () => setPanels((p) => togglePanel(p, 'inspector', true)),
    resizeInspectorBy: (dx: number) => setPanels((p) => resizeInspector(p, p.inspectorWidth - dx, stageSize())),
    resizeConsoleBy: (dy: number) => setPanels((p) => resizeConsole(p, p.consoleHeight - dy, stageSize())),
  };
}
