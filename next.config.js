/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages are cached with 'use cache' + cache tags (lib/events/public.ts).
  cacheComponents: true,
  poweredByHeader: false,
  serverExternalPackages: ['postgres'],
};

export default nextConfig;
