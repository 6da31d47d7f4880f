'use client';

// Client-only mount: sigma and its WebGL programs touch browser globals at import time.
import dynamic from 'next/dynamic';
import { LangProvider } from '../i18n';
import FirstFrameShell from './FirstFrameShell';
import { prefetchOverview } from './prefetch';

// The explorer's code is asked for when this module runs, as the page starts hydrating, not when React
// first renders the root: its chunks (already downloading, app/explorer-chunks.ts) run meanwhile.
// (The loader stays inline: Next names the import's chunks in its manifest from that call.)
if (typeof window !== 'undefined') void import('./Explorer').catch(() => {});
const Explorer = dynamic(() => import('./Explorer'), { ssr: false, loading: FirstFrameShell });

/** Explorer wrapped in the language provider. */
export default function ExplorerRoot(props: { fixture: string | null; fixtureSize: { nodes: number; edges: number }; limit: number; consoleOpen?: boolean }) {
  prefetchOverview(props.limit, props.fixture);
  return (
    <LangProvider>
      <Explorer {...props} />
    </LangProvider>
  );
}
