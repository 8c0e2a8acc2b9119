// What the answers of the fuzz tests must be, and how a failing case is told.
import type { FuzzCase } from './fuzz';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export type ErrorBody = { code: string; message: string; fields?: Record<string, string> };

/** What a refusal of these cases may be: never internal_error, never service_unavailable (the database is up). */
export const REFUSAL_CODES = ['validation_failed', 'not_found', 'registration_closed', 'rate_limited', 'unsupported_media_type', 'payload_too_large', 'forbidden'];

/** Zod's own messages are English: none of them may reach a person. */
const ENGLISH = /\b(Invalid|expected|received|Too (big|small)|Unrecognized|Required)\b/;

/** The messages of an error answer that are not French (empty when all are). */
export function notFrench(error: { message: unknown; fields?: unknown }): string[] {
  const messages = [error.message, ...Object.values(isRecord(error.fields) ? error.fields : {})];
  return messages.filter((m) => typeof m !== 'string' || m.trim() === '' || ENGLISH.test(m)).map(String);
}

/** What is wrong with an error of ours (null when it is a French refusal in the documented shape). */
export function refusalProblem(error: ErrorBody | undefined): string | null {
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string') return 'pas au format { code, message }';
  if (!REFUSAL_CODES.includes(error.code)) return `code ${error.code}`;
  if (error.fields !== undefined && (typeof error.fields !== 'object' || Object.values(error.fields).some((m) => typeof m !== 'string'))) {
    return 'fields mal formé';
  }
  const english = notFrench(error);
  return english.length ? `message pas en français : ${english.join(' | ')}` : null;
}

/** Every tag the e-mail layout writes (lib/email/layout.ts). */
const EMAIL_TEMPLATE_TAGS = ['html', 'head', 'meta', 'title', 'body', 'div', 'p', 'main', 'h1', 'h2', 'dl', 'dt', 'dd', 'ul', 'li', 'a', 'br', 'img', 'footer'];

/** The tags of an e-mail's HTML body that its layout does not write: what typed text would have made. */
export function foreignEmailTags(html: string): string[] {
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase()));
  return [...tags].filter((tag) => !EMAIL_TEMPLATE_TAGS.includes(tag));
}

/** A short description of a case for failure messages: huge strings cut down. */
export function describeCase(c: FuzzCase): string {
  const body = JSON.stringify(c.body, (_key, value) =>
    typeof value === 'string' && value.length > 120
      ? `${value.slice(0, 60)}…(${value.length} caractères)`
      : typeof value === 'bigint'
        ? `${value}n`
        : value instanceof Map || value instanceof Set
          ? `${value.constructor.name}(${JSON.stringify([...value])})`
          : value === undefined
            ? '(undefined)'
            : value,
  );
  return `${c.breaks.join(' + ')} [bruit : ${c.noise.join(', ') || 'aucun'}] → ${c.slug} ${body?.slice(0, 600)}`;
}

/** Runs `task` over `items`, `limit` at a time. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The seed of a run: FUZZ_SEED to replay one, a fresh one otherwise (printed with any failure). */
export function fuzzSeed(): number {
  const fixed = Number(process.env.FUZZ_SEED);
  return Number.isInteger(fixed) ? fixed : Math.floor(Math.random() * 2 ** 31);
}
