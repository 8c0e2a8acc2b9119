// Which check a page needs before its response starts (proxy.ts). Pure: it reads the path only.
// The check itself is lib/access/page-gate.ts; the page's use case checks again, and stays the authority.

export type GatedPage =
  /** /admin and below: national staff only. */
  | { check: 'national' }
  /** /espace and its pages that belong to no event: any signed-in account. */
  | { check: 'signed-in' }
  /** /espace/rencontres/{id}/…: an event of the user's regions. */
  | { check: 'event'; eventId: string }
  /**
   * /espace/pratiques/{id} and /admin/pratiques/{id}: an answer of the user's regions (never a
   * draft); in the console, for national staff only.
   */
  | { check: 'practice'; practiceId: string; console: boolean }
  /** /espace/accueil/{code}: a genuine check-in link of an event of the user's regions. */
  | { check: 'check-in'; code: string }
  /** /inscription/{token}: a private link that exists. */
  | { check: 'manage-link'; token: string }
  /** /enquete/{token}: the private link of a survey answer that exists. */
  | { check: 'survey-link'; token: string }
  /** /invitation/{token}, /mot-de-passe/{token}: a link that can still be used. */
  | { check: 'account-link'; kind: 'invitation' | 'password_reset'; token: string }
  /** /dev/emails: only where the outbox page is enabled. */
  | { check: 'outbox-page' }
  /** /pratiques/{slug}: a published practice. */
  | { check: 'public-practice'; slug: string }
  /** /rencontres/{slug} and its registration page: public views, served from the cache. */
  | { check: 'public-event'; path: string };

/** The segments of a path, or null when one is not valid percent-encoding. */
function segments(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/** Pages under /pratiques/ that are not a practice's. */
const PRACTICE_PAGES = new Set(['recueil', 'recueil.pdf']);
/** Pages under /espace/pratiques and /admin/pratiques that are not an answer's. */
const PRACTICE_SUBPAGES = new Set(['nouvelle', 'reglages']);

export function gatedPage(pathname: string): GatedPage | null {
  const parts = segments(pathname);
  if (!parts || parts.length === 0) return null;
  const [first, second, third] = parts;
  switch (first) {
    case 'admin':
      // /admin/pratiques/reglages is the recueil's settings page, not an answer.
      if (second === 'pratiques' && third && parts.length === 3 && !PRACTICE_SUBPAGES.has(third) && !isFileRoute(third)) {
        return { check: 'practice', practiceId: third, console: true };
      }
      return { check: 'national' };
    case 'espace':
      if (second === 'rencontres' && third && third !== 'nouvelle') return { check: 'event', eventId: third };
      if (second === 'accueil' && third) return { check: 'check-in', code: third };
      if (second === 'pratiques' && third && parts.length === 3 && !PRACTICE_SUBPAGES.has(third)) return { check: 'practice', practiceId: third, console: false };
      return { check: 'signed-in' };
    case 'inscription':
      return second && parts.length === 2 ? { check: 'manage-link', token: second } : null;
    case 'enquete':
      return second && parts.length === 2 ? { check: 'survey-link', token: second } : null;
    case 'invitation':
      return second && parts.length === 2 ? { check: 'account-link', kind: 'invitation', token: second } : null;
    case 'mot-de-passe':
      return second && parts.length === 2 ? { check: 'account-link', kind: 'password_reset', token: second } : null;
    case 'dev':
      return second === 'emails' ? { check: 'outbox-page' } : null;
    case 'pratiques':
      return second && parts.length === 2 && !PRACTICE_PAGES.has(second) ? { check: 'public-practice', slug: second } : null;
    case 'rencontres':
      return second && (parts.length === 2 || (parts.length === 3 && third === 'inscription')) ? { check: 'public-event', path: parts.join('/') } : null;
    default:
      return null;
  }
}

/**
 * A route handler's address (a file: `export.csv`, `calendrier.ics`): it answers its own statuses,
 * in the API's error shape, so the gate only sends anonymous visitors to the sign-in page.
 */
export function isFileRoute(pathname: string): boolean {
  return /\.(csv|ics|pdf|xlsx)$/i.test(pathname);
}

/** Pages that need a signed-in account: an anonymous visitor is sent to the sign-in page. */
export function needsAccount(page: GatedPage): boolean {
  return page.check === 'national' || page.check === 'signed-in' || page.check === 'event' || page.check === 'check-in' || page.check === 'practice';
}
