// Where to go after sign-in: a path of this site only. The target is parsed as a browser would
// (URL drops tabs and newlines, reads "\" as "/"), so "/\evil.example", "/%09/evil.example",
// "//evil.example" or "http://localhost:3000.evil.example/" cannot lead elsewhere.

export const DEFAULT_AFTER_SIGN_IN = '/espace';

/** The same-origin path (with query and hash) that `target` points to, or the fallback. Never throws. */
export function safeRedirectPath(target: unknown, origin: string, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof target !== 'string' || target === '') return fallback;
  try {
    const base = new URL(origin);
    const url = new URL(target, base);
    if (url.origin !== base.origin || url.username || url.password) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // A path that still reads as scheme-relative once decoded is refused too.
    if (!path.startsWith('/') || /^\/[\\/]/.test(path) || /^\/(%2f|%5c|%09|%0a|%0d)/i.test(path)) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
