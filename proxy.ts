// Sends anonymous visitors of /espace and /admin to the sign-in page. This is only a courtesy:
// every page, action and route handler checks the user and their rights on the server itself.
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { authSecret } from '@/lib/auth/secret';

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: authSecret() });
  if (token) return NextResponse.next();
  const url = new URL('/connexion', request.url);
  url.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/espace/:path*', '/admin/:path*'] };
