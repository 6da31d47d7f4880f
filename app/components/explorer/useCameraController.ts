'use client';

// The camera follows what the user did: a focused node, an expansion or path once its layout settles,
// a permalink's saved camera, filters that change what is shown, panes that change the canvas's size.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { FilterState } from '@/lib/graph/filters';
import type { CanvasApi } from '../graph/canvas-api';

type CameraState = { x: number; y: number; ratio: number; angle: number };

/** Camera moves tied to the explorer's events; `onLayoutDone` must be called when a layout settles. */
export function useCameraController(canvas: RefObject<CanvasApi | null>, filters: FilterState, paneShape: string) {
  // Nodes to frame once the running layout settles (an expansion, a path).
  const frameAfterLayout = useRef<string[] | null>(null);
  // A permalink's camera, applied once its view is laid out.
  const pendingCamera = useRef<CameraState | null>(null);

  const focusLater = useCallback(
    (id: string) => {
      // Sigma indexes new nodes on its next frame; the camera can only move to them after that.
      requestAnimationFrame(() => requestAnimationFrame(() => canvas.current?.focusNode(id, 0)));
    },
    [canvas],
  );

  /** Frames nodes now (they may still move) and again when the layout settles. */
  const frameResult = useCallback(
    (ids: string[]) => {
      frameAfterLayout.current = ids;
      requestAnimationFrame(() => requestAnimationFrame(() => canvas.current?.fit(ids)));
    },
    [canvas],
  );

  const onLayoutDone = useCallback(() => {
    if (pendingCamera.current) {
      canvas.current?.setCamera(pendingCamera.current);
      pendingCamera.current = null;
      frameAfterLayout.current = null;
    }
    if (frameAfterLayout.current) {
      const ids = frameAfterLayout.current;
      frameAfterLayout.current = null;
      canvas.current?.fit(ids);
    }
  }, [canvas]);

  // Filters changed: frame what they leave (hidden mode), so isolating a kind shows it, not a corner.
  const filtersSeen = useRef(filters);
  useEffect(() => {
    if (filtersSeen.current === filters) return;
    const transfersOnly = filtersSeen.current.transferMode !== filters.transferMode;
    filtersSeen.current = filters;
    if (!transfersOnly && filters.filteredOut === 'hide') requestAnimationFrame(() => canvas.current?.fit());
  }, [filters, canvas]);

  // A pane opened or closed resizes the canvas: frame the graph again in the room it has now.
  const paneShapeSeen = useRef(paneShape);
  useEffect(() => {
    if (paneShapeSeen.current === paneShape) return;
    paneShapeSeen.current = paneShape;
    // After sigma's ResizeObserver has taken the new size.
    const id = setTimeout(() => canvas.current?.fit(), 120);
    return () => clearTimeout(id);
  }, [paneShape, canvas]);

  return { focusLater, frameResult, onLayoutDone, setPendingCamera: (c: CameraState) => (pendingCamera.current = c) };
}
