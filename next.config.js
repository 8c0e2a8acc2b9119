/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages are cached with 'use cache' + cache tags (lib/events/public.ts).
  cacheComponents: true,
  // Off: an unknown meeting's URL must render in full (and answer 404), not stream a fallback shell.
  partialPrefetching: false,
  poweredByHeader: false,
  serverExternalPackages: ['postgres'],
};

export default nextConfig;
