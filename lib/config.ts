// The public address of the site, for links in e-mails and calendar files. It comes from
// configuration only: a request's Host or X-Forwarded-Host is chosen by the client, and a link
// built from it would send a password-reset token to whoever forged it.

export const MISSING_APP_URL =
  "APP_URL n'est pas défini : en production, indiquez l'adresse publique du site (par exemple APP_URL=https://tour.example.org), utilisée pour les liens des e-mails.";

/** APP_URL, else NEXTAUTH_URL (next-auth's own setting for the same address), without a trailing slash; null when neither is set. */
export function configuredAppUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const raw = (env.APP_URL || env.NEXTAUTH_URL)?.trim();
  if (!raw) return null;
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`APP_URL doit commencer par http:// ou https:// (reçu : ${raw}).`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The site's address: the configured one; in development (no configuration) http://localhost:PORT. */
export function appUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = configuredAppUrl(env);
  if (configured) return configured;
  if (env.NODE_ENV === 'production') throw new Error(MISSING_APP_URL);
  return `http://localhost:${env.PORT || 3000}`;
}
