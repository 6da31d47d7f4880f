// The explorer's frame as the server sends it, before any script: toolbar, filter column, inspector and
// timeline left empty, and the canvas container at the explorer's canvas geometry, where the first-frame
// entry (graph/first-frame-entry.ts) draws the first graph before React. The explorer moves that
// container into its own canvas when it mounts, so the picture stays where it was drawn.
import { translate } from '@/lib/i18n/messages';
import { initialPanels } from '@/lib/state/panels';
import { FIRST_FRAME_ID, liveFirstFrameContainer } from '../graph/first-frame';

/**
 * React renders this placeholder afresh when it hydrates the page (the explorer's import is a client-only
 * boundary, whose server HTML it discards), and its explorer comes one task or more later: the fresh
 * container takes the place of the one the entry drew in, in the commit that discarded it. Otherwise the
 * page showed frames with the canvas empty until the explorer mounted, and the canvases put back were all
 * read back by the compositor (with software WebGL, a wait on the GPU process).
 */
function takeLiveContainer(placeholder: HTMLDivElement | null): void {
  const live = placeholder ? liveFirstFrameContainer() : null;
  if (live && live !== placeholder && !live.isConnected) placeholder!.replaceWith(live);
}

/** Placeholder of the explorer while its code loads; holds the canvas container the first frame is drawn in. */
export default function FirstFrameShell() {
  const { inspectorWidth } = initialPanels({ inspector: true });
  return (
    <div className="app first-frame-shell" aria-busy="true">
      <div className="toolbar">
        <div className="brand">
          <span className="logo" aria-hidden>
            ◈
          </span>
          <span>
            <strong>{translate('en', 'app.title')}</strong>
            <span className="muted small tagline">{translate('en', 'app.tagline')}</span>
          </span>
        </div>
      </div>
      <main className="main">
        <aside className="left" />
        <section className="stage with-inspector" style={{ ['--inspector-w' as string]: `${inspectorWidth}px` }}>
          <div className="canvas-wrap">
            <div id={FIRST_FRAME_ID} className="graph-canvas" ref={takeLiveContainer} />
          </div>
          <div className="right" />
          <div className="timeline" />
        </section>
      </main>
    </div>
  );
}
