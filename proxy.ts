// Before a page's response starts: the page gate (lib/access) decides whether it answers at all,
// so that a refusal answers 404, an anonymous visitor of a protected page is sent to sign in, and an
// unreachable database answers 503. It is never the only check: every page, action and route
// handler checks the user and their rights again in its use case.
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { decidePage } from '@/lib/access/page-gate';
import { gatedPage, isFileRoute, needsAccount } from '@/lib/access/page-routes';
import { unavailablePage } from '@/lib/access/unavailable-page';
import { authSecret } from '@/lib/auth/secret';
import { isMalformedPath, malformedPathResponse } from '@/lib/malformed-path';

// No route has this path: a rewrite to it renders the French 404 page with its status.
const NOT_FOUND_PATH = '/_introuvable';

function signIn(request: NextRequest) {
  const url = new URL('/connexion', request.url);
  url.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export async function proxy(request: NextRequest) {
  // Next cannot match an undecodable path to a route and would answer a bare 500.
  if (isMalformedPath(request.nextUrl.pathname)) return malformedPathResponse(request.nextUrl.pathname);
  const page = gatedPage(request.nextUrl.pathname);
  if (!page) return NextResponse.next();
  const session = needsAccount(page) ? await getToken({ req: request, secret: authSecret() }) : null;
  // Server actions and forms post to their page's address, and route handlers answer their own
  // statuses in the API's error shape: their use case answers for them.
  if ((request.method !== 'GET' && request.method !== 'HEAD') || isFileRoute(request.nextUrl.pathname)) {
    return needsAccount(page) && !session ? signIn(request) : NextResponse.next();
  }
  if (needsAccount(page) && !session) return signIn(request);
  switch (await decidePage(page, session)) {
    case 'pass':
      return NextResponse.next();
    case 'sign-in':
      return signIn(request);
    case 'not-found':
      return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
    case 'unavailable':
      return unavailablePage();
  }
}

export const config = {
  matcher: ['/espace/:path*', '/admin/:path*', '/inscription/:path*', '/enquete/:path*', '/invitation/:path*', '/mot-de-passe/:path*', '/dev/:path*', '/rencontres/:path*', '/pratiques/:path*', '/api/:path*'],
};
