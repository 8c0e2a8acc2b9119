// The filters of the staff's e-mail page, read from the query string (a GET form kept in the URL).
import type { OutboundEmail } from '@/db/schema';

export type EmailStatus = OutboundEmail['status'];

export type EmailFilters = {
  status?: EmailStatus;
  kind?: string;
  /** Part of the recipient's address. */
  recipient?: string;
  page: number;
};

/** French words in the URL for each status. */
export const EMAIL_STATUS_PARAMS: Record<EmailStatus, string> = { pending: 'en-attente', sent: 'envoye', failed: 'echec' };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** Unknown values are ignored: a hand-edited URL shows everything. */
export function parseEmailFilters(params: Params): EmailFilters {
  const filters: EmailFilters = { page: 1 };
  const status = first(params, 'statut');
  const match = (Object.entries(EMAIL_STATUS_PARAMS) as [EmailStatus, string][]).find(([, word]) => word === status);
  if (match) filters.status = match[0];
  const kind = first(params, 'type');
  if (kind && /^[a-z_]{1,40}$/.test(kind)) filters.kind = kind;
  const recipient = first(params, 'destinataire')?.slice(0, 254);
  if (recipient) filters.recipient = recipient;
  const page = Number(first(params, 'page'));
  if (Number.isInteger(page) && page > 1 && page <= 1_000_000) filters.page = page;
  return filters;
}

export function emailFiltersQuery(filters: EmailFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('statut', EMAIL_STATUS_PARAMS[filters.status]);
  if (filters.kind) params.set('type', filters.kind);
  if (filters.recipient) params.set('destinataire', filters.recipient);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
