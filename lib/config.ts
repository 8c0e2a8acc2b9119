/** The public address of the site: APP_URL when set (behind a proxy), otherwise the request's own. */
export function appUrl(request?: Request): string {
  const configured = process.env.APP_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  return request ? new URL(request.url).origin : 'http://localhost:3000';
}

/** The same, from the headers of a server action or a page. */
export function appUrlFromHeaders(headers: Headers): string {
  const configured = process.env.APP_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  return `${proto.split(',')[0].trim()}://${host.split(',')[0].trim()}`;
}
