import { readFileSync } from 'node:fs';

// The headers middleware.ts also sets (lib/security/headers.ts reads the same file).
const SECURITY_HEADERS = JSON.parse(readFileSync(new URL('./lib/security/security-headers.json', import.meta.url), 'utf8'));

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
  webpack(config, { isServer, dev }) {
    if (!isServer && !dev && config.optimization?.splitChunks) config.optimization.splitChunks.maxAsyncRequests = 3;
    return config;
  },
  // Security headers on every response, static files included; the CSP (per-request nonce) is set by middleware.ts.
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
