/** The public address of the site: APP_URL when set (behind a proxy), otherwise the request's own. */
export function appUrl(request?: Request): string {
  const configured = process.env.APP_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  return request ? new URL(request.url).origin : 'http://localhost:3000';
}
