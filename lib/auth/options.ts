// next-auth (v4): a Credentials provider over lib/auth/accounts.ts, JWT sessions that expire.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/request';
import { appUrl } from '@/lib/config';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { authenticate } from '@/lib/accounts/sign-in';
import { endSessions } from '@/lib/accounts/sessions';
import { authSecret } from './secret';

export const SESSION_MAX_AGE_SECONDS = 8 * 3600;


export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/connexion', error: '/connexion' },
  providers: [
    CredentialsProvider({
      name: 'Adresse e-mail',
      credentials: { email: { label: 'Adresse e-mail', type: 'email' }, password: { label: 'Mot de passe', type: 'password' } },
      async authorize(credentials, request) {
        try {
          const user = await authenticate({ email: credentials?.email ?? '', password: credentials?.password ?? '' }, { ip: clientIp(request?.headers), now: new Date() });
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
        } catch (error) {
          // The code travels back to the sign-in form, which says it in French.
          if (error instanceof AppError) throw new Error(error.code === 'rate_limited' ? 'throttled' : 'invalid');
          throw new Error('unavailable');
        }
      },
    }),
  ],
  events: {
    async signOut({ token }) {
      if (typeof token?.uid === 'string' && typeof token.sv === 'number') await endSessions(token.uid, token.sv);
    },
  },
  callbacks: {
    // Only a path of this site, whatever callbackUrl says (and never a throw: a 500 otherwise).
    async redirect({ url }) {
      const origin = appUrl();
      return `${origin}${safeRedirectPath(url, origin, '/')}`;
    },
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: string; sessionVersion: number };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv } as typeof session;
    },
  },
};
