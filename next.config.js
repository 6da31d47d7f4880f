/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds (demo, tests, screenshots) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['neo4j-driver'],
};

export default nextConfig;
