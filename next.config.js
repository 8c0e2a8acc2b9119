/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages are cached with 'use cache' + cache tags (lib/events/public.ts).
  cacheComponents: true,
  // Off: an unknown meeting's URL must render in full (and answer 404), not stream a fallback shell.
  partialPrefetching: false,
  poweredByHeader: false,
  // npm test builds into its own folder: its prerendered pages hold the test database's data.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['postgres', 'nodemailer'],
  async headers() {
    return [
      // A private manage link must not leak to other sites through the Referer header.
      { source: '/inscription/:token*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }, { key: 'X-Robots-Tag', value: 'noindex' }] },
    ];
  },
};

export default nextConfig;
