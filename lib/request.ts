// Who is asking: the client's address for rate limits.
/**
 * Next's server fills X-Forwarded-For with the peer's address when the header is absent. Behind a
 * reverse proxy of ours (TRUST_PROXY=1, see README) the proxy sets it to the real client; without
 * one, a client could write it, so the last entry (the nearest hop) is used.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (forwarded?.length) return process.env.TRUST_PROXY === '1' ? forwarded[0] : forwarded[forwarded.length - 1];
  return headers.get('x-real-ip');
}
