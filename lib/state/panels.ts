// The panes around the graph: filters on the left, inspector on the right, console and timeline below.
// Sizes are clamped so no pane ever covers another or squeezes the graph out; Fit pads by what is open.

/** Which panes are open and how big the resizable ones are (CSS px). */
export interface PanelsState {
  path: boolean;
  console: boolean;
  export: boolean;
  inspector: boolean;
  inspectorWidth: number;
  consoleHeight: number;
}

/** Limits the panes respect. */
export const PANE_LIMITS = { inspectorMin: 280, inspectorMax: 720, consoleMin: 180, graphMinWidth: 320, graphMinHeight: 160 };

/** Closed panes, default sizes: a console that shows at least 10 table rows at 1440x900. */
export function initialPanels(options: Partial<PanelsState> = {}): PanelsState {
  return { path: false, console: false, export: false, inspector: false, inspectorWidth: 380, consoleHeight: 520, ...options };
}

type Toggle = 'path' | 'console' | 'export' | 'inspector';

/** Opens or closes a pane (`open` forces a side). */
export function togglePanel(s: PanelsState, pane: Toggle, open = !s[pane]): PanelsState {
  return s[pane] === open ? s : { ...s, [pane]: open };
}

/** The space the stage offers (graph + console + inspector), CSS px. */
export interface StageSize {
  width: number;
  height: number;
}

/** Resizes the inspector, clamped so the graph keeps its minimum width. */
export function resizeInspector(s: PanelsState, width: number, stage: StageSize): PanelsState {
  const max = Math.max(PANE_LIMITS.inspectorMin, Math.min(PANE_LIMITS.inspectorMax, stage.width - PANE_LIMITS.graphMinWidth));
  const w = Math.round(Math.min(max, Math.max(PANE_LIMITS.inspectorMin, width)));
  return w === s.inspectorWidth ? s : { ...s, inspectorWidth: w };
}

/** Resizes the console, clamped so the graph keeps its minimum height. */
export function resizeConsole(s: PanelsState, height: number, stage: StageSize): PanelsState {
  const max = Math.max(PANE_LIMITS.consoleMin, stage.height - PANE_LIMITS.graphMinHeight);
  const h = Math.round(Math.min(max, Math.max(PANE_LIMITS.consoleMin, height)));
  return h === s.consoleHeight ? s : { ...s, consoleHeight: h };
}

/** Where the graph itself sits inside the stage once the open panes take their share. */
export function graphBox(s: PanelsState, stage: StageSize): { x: number; y: number; width: number; height: number } {
  const right = s.inspector ? Math.min(s.inspectorWidth, Math.max(0, stage.width - PANE_LIMITS.graphMinWidth)) : 0;
  const bottom = s.console ? Math.min(s.consoleHeight, Math.max(0, stage.height - PANE_LIMITS.graphMinHeight)) : 0;
  return { x: 0, y: 0, width: stage.width - right, height: stage.height - bottom };
}
