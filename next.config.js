const production = process.env.NODE_ENV === 'production';

function securityHeaders() {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${production ? '' : ' ws: wss:'}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages are cached with 'use cache' + cache tags (lib/events/public.ts).
  cacheComponents: true,
  // Off: an unknown meeting's URL must render in full (and answer 404), not stream a fallback shell.
  partialPrefetching: false,
  poweredByHeader: false,
  // npm test builds into its own folder: its prerendered pages hold the test database's data.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // react-pdf lays out with yoga (WebAssembly) and reads the recueil's fonts from disk: left to Node.
  serverExternalPackages: ['postgres', 'nodemailer', 'graphile-worker', 'pg', '@react-pdf/renderer'],
  async headers() {
    return [
      // Every page and answer: no framing, no MIME sniffing, a strict referrer policy, and in
      // production a content security policy (Next's inline bootstrap scripts need 'unsafe-inline';
      // the development server also needs 'unsafe-eval').
      { source: '/:path*', headers: securityHeaders() },
      // Served over HTTPS (the proxy says so, README "Déploiement"): browsers must keep to HTTPS.
      // Over plain HTTP the header would be ignored anyway, so it is only sent behind TLS.
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
      // A private manage link must not leak to other sites through the Referer header.
      { source: '/inscription/:token*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }, { key: 'X-Robots-Tag', value: 'noindex' }] },
      // The same for the private page of a survey answer (not the survey itself, /enquete).
      { source: '/enquete/:token', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }, { key: 'X-Robots-Tag', value: 'noindex' }] },
    ];
  },
};

export default nextConfig;
