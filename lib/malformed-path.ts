// A path whose percent-encoding cannot be decoded ("%E0%A4%A", "%ZZ", "%FF"): Next fails to match
// it to a dynamic route and, having no /400 page to render in an App Router app, answers a bare
// 500. The proxy answers it first: 400, in the error shape under /api, a French page elsewhere.

/** True when some segment of the raw pathname is not valid percent-encoded UTF-8. */
export function isMalformedPath(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

const MESSAGE = 'L’adresse demandée est mal formée : elle contient des caractères qui ne peuvent pas être lus.';

export function malformedPathResponse(pathname: string): Response {
  const headers = { 'Cache-Control': 'no-store' };
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    return Response.json({ error: { code: 'validation_failed', message: MESSAGE, fields: { path: MESSAGE } } }, { status: 400, headers });
  }
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Requête incorrecte</title></head><body><main><h1>Requête incorrecte</h1><p>${MESSAGE}</p><p><a href="/rencontres">Voir toutes les rencontres du Tour</a></p></main></body></html>`;
  return new Response(html, { status: 400, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}
