// Who is asking: the client's address for rate limits.
type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(source: HeaderSource, name: string): string | null {
  if (!source) return null;
  if (source instanceof Headers) return source.get(name);
  const value = source[name];
  return Array.isArray(value) ? value.join(',') : (value ?? null);
}

/**
 * Next's server sets X-Forwarded-For to the peer's address only when a request has none, so a
 * client talking to Next directly can pick its own. In production the app runs behind the
 * documented reverse proxy, which overwrites the header with the real address (TRUST_PROXY=1):
 * the first entry is then the client. Without it, the nearest entry is taken, and per-address limits
 * are a courtesy (the per-e-mail and per-account limits still hold).
 */
export function clientIp(headers: HeaderSource): string | null {
  const forwarded = header(headers, 'x-forwarded-for')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (forwarded?.length) return process.env.TRUST_PROXY === '1' ? forwarded[0] : forwarded[forwarded.length - 1];
  return header(headers, 'x-real-ip');
}
