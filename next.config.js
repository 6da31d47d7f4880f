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
  // Security headers on every response, static files included; the CSP (per-request nonce) is set by middleware.ts.
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
