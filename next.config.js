import { readFileSync } from 'node:fs';

// The headers middleware.ts also sets (lib/security/headers.ts reads the same file).
const SECURITY_HEADERS = JSON.parse(readFileSync(new URL('./lib/security/security-headers.json', import.meta.url), 'utf8'));

// The first-frame entry (app/components/graph/first-frame-entry.ts): sigma, graphology and the explorer's own
// graph and renderer code, no React, loaded from the page's head to draw the first graph before the framework
// has run. Built in the explorer's layer, so the explorer's chunks reuse its modules (one sigma, one graph
// module) instead of shipping and running their own copies.
const FIRST_FRAME_ENTRY = 'trame-first-frame';
/** Where the build lists the entry's files for the page (app/first-frame-scripts.ts reads it). */
const FIRST_FRAME_MANIFEST = 'trame-first-frame-manifest.json';

// Set by whichever copy of the webpack runtime runs first: the copy at the head of the first-frame file, or
// Next's own, which the page loads at the end of its body. One registry of modules either way.
const RUNTIME_FLAG = '__trameWebpackRuntime';

/** `source` run only when no copy of the runtime has run yet, naming the copy that ran (`who`). */
const onceRuntime = (source, who) => `if(!self.${RUNTIME_FLAG}){self.${RUNTIME_FLAG}=${JSON.stringify(who)};\n${source}\n}`;

// The framework's chunks a cached page holds back for the first frame (lib/http/deferred-scripts.ts): the
// first-frame entry starts them once it has drawn (app/components/graph/deferred-scripts.ts, which sets
// HELD_FLAG while it holds them); Next's copy of the runtime starts them should that script fail, or at the
// window's load when the entry never took them in hand. A script's src is its preload's href as the page wrote
// it: webpack's chunk loader finds a chunk's script by that attribute. The attribute and the flag are those of
// lib/api/held-scripts.json, which both modules import (read here, since the config is plain JavaScript).
const { attribute: DEFERRED_ATTRIBUTE, flag: HELD_FLAG } = JSON.parse(readFileSync(new URL('./lib/api/held-scripts.json', import.meta.url), 'utf8'));
const startHeld =
  `function start(){var l=document.querySelectorAll('link[${DEFERRED_ATTRIBUTE}]');` +
  `for(var i=0;i<l.length;i++){var e=document.createElement('script');l[i].removeAttribute('${DEFERRED_ATTRIBUTE}');e.src=l[i].getAttribute('href');e.async=true;document.head.appendChild(e);}}`;

/**
 * Next's copy: while the page's first-frame script is still on its way, it waits for that script (whose own
 * copy then runs the page), so React's chunks do not run and hydrate ahead of the first frame now that every
 * file arrives at once. It runs itself should that script fail, or at the window's load at the latest (a
 * script that failed before this one ran).
 */
const nextRuntime = (source, file) =>
  `(function(){function run(){${onceRuntime(source, 'next')}}${startHeld}` +
  `self.addEventListener('load',function(){if(self.${HELD_FLAG}!=='held')start();});` +
  `var s=self.${RUNTIME_FLAG}?null:document.querySelector(${JSON.stringify(`script[src$="/_next/${file}"]`)});` +
  `if(!s)return run();s.addEventListener('error',function(){start();run();});s.addEventListener('load',run);self.addEventListener('load',run);})();`;

// V8 compiles a function the first time it is called, on the main thread, unless the script asks for every
// function at once: a script that starts with this comment is then compiled whole while it streams in, off
// the main thread. A trace of the page's hydration (1,000 nodes, software WebGL): 297 of its 380 ms were such
// compiles, of React's, Next's and the explorer's functions, and a third of the first-frame script's run.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Starts every client script of the build with COMPILE_HINT, once minified (the minifier drops comments). */
function addCompileHints(config, webpack) {
  config.plugins.push({
    apply(compiler) {
      compiler.hooks.thisCompilation.tap('TrameCompileHints', (compilation) => {
        compilation.hooks.processAssets.tap({ name: 'TrameCompileHints', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
          for (const file of Object.keys(assets)) {
            if (!/^static\/chunks\/.*\.js$/.test(file) || /\/polyfills-/.test(file)) continue;
            compilation.updateAsset(file, (old) => new webpack.sources.ConcatSource(COMPILE_HINT, old));
          }
        });
      });
    },
  });
}

/** `source` without the compile hint it starts with: the hint works only at the very start of a script. */
const withoutHint = (source) => (source.startsWith(COMPILE_HINT) ? source.slice(COMPILE_HINT.length) : source);

function addFirstFrameEntry(config, webpack) {
  const entries = config.entry;
  config.entry = async () => ({
    ...(await entries()),
    // Next makes every other client entry depend on its pages-router runtime (`main`, which an app-router page
    // never loads): this one depends on nothing but its own chunks and the webpack runtime.
    [FIRST_FRAME_ENTRY]: { import: ['./app/components/graph/first-frame-entry.ts'], layer: 'app-pages-browser', dependOn: undefined },
  });
  config.plugins.push({
    apply(compiler) {
      compiler.hooks.thisCompilation.tap('TrameFirstFrameManifest', (compilation) => {
        // Once the files are minified and named for their content: the runtime's copy must be the file Next serves.
        compilation.hooks.processAssets.tap({ name: 'TrameFirstFrameManifest', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, () => {
          const entry = compilation.entrypoints.get(FIRST_FRAME_ENTRY);
          if (!entry) return;
          // Next's runtime is the last script of the page's body: an entry waiting for it would run after the
          // page's other scripts have been parsed. The entry's file starts with its own copy of the runtime
          // instead, and whichever copy runs second does nothing (the same code, from the same build).
          const runtime = [...(entry.getRuntimeChunk()?.files ?? [])].filter((f) => f.endsWith('.js'));
          if (runtime.length !== 1) throw new Error(`next.config.js: the first-frame entry expects one webpack runtime file, found ${runtime.length}; check optimization.runtimeChunk`);
          const chunks = entry.getFiles().filter((f) => f.endsWith('.js') && f !== runtime[0]);
          const source = (file) => withoutHint(compilation.getAsset(file).source.source().toString());
          const plain = source(runtime[0]);
          const text = COMPILE_HINT + [onceRuntime(plain, 'first-frame'), ...chunks.map(source)].join('\n');
          const hash = webpack.util.createHash('sha256').update(text).digest('hex').slice(0, 16);
          const file = `static/chunks/${FIRST_FRAME_ENTRY}-with-runtime-${hash}.js`;
          compilation.updateAsset(runtime[0], new webpack.sources.RawSource(COMPILE_HINT + nextRuntime(plain, file)));
          compilation.emitAsset(file, new webpack.sources.RawSource(text), { immutable: true });
          // `carries`: the chunks the file holds, which the explorer then finds installed and need no preload.
          compilation.emitAsset(FIRST_FRAME_MANIFEST, new webpack.sources.RawSource(JSON.stringify({ files: [file], carries: chunks })));
        });
      });
    },
  });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds (demo, tests, screenshots) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['neo4j-driver'],
  // `npm run typecheck` is the type gate; TRAME_NEXT_SKIP_TYPECHECK=1 lets a build (tests, bench) skip repeating it.
  typescript: { ignoreBuildErrors: process.env.TRAME_NEXT_SKIP_TYPECHECK === '1' },
  // The explorer is one dynamic import whose code webpack split into seven files, shared piecemeal with the
  // other pages' imports: over HTTP/1.1's six connections to the server each file is a turn in the queue
  // before the first frame. At most three files per import cost a few duplicated kilobytes between pages.
  webpack(config, { isServer, dev, webpack }) {
    if (!isServer && !dev && config.optimization?.splitChunks) config.optimization.splitChunks.maxAsyncRequests = 3;
    if (!isServer && !dev) addCompileHints(config, webpack);
    if (!isServer && !dev) addFirstFrameEntry(config, webpack);
    return config;
  },
  // Security headers on every response, static files included; the CSP (per-request nonce) is set by middleware.ts.
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
