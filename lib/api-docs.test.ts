// The API reference (docs/api.md) is a contract: its statuses and codes are the ones the code answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './errors';
import { toApiPractice } from './practices/api';
import { PRACTICE_THEME_KEYS } from './practices/model';
import { SURVEY_FIELD_LABELS, surveySchema } from './practices/survey-schema';
import { registrationSchema } from './registrations/schema';

const apiDoc = readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8');

export function apiDocSection(title: string): string {
  const start = apiDoc.indexOf(`\n### \`${title}\``);
  if (start < 0) throw new Error(`docs/api.md: no section ${title}`);
  const end = apiDoc.indexOf('\n## ', start + 1);
  return apiDoc.slice(start, end < 0 ? undefined : end);
}

describe('docs/api.md, POST /api/events/{slug}/registrations', () => {
  const section = apiDocSection('POST /api/events/{slug}/registrations');

  it('gives every error answer with the status its code has', () => {
    const rows = [...section.matchAll(/^\| `(\d{3}) ([a-z_]+)` \|/gm)].map((m) => [m[2], Number(m[1])] as const);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const [code, status] of rows) expect(ERROR_CODES[code as keyof typeof ERROR_CODES], code).toBe(status);
  });

  it('documents a body the schema accepts, field by field', () => {
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]) as Record<string, unknown>;
    const parsed = registrationSchema.safeParse({ ...example, workshops: { '6f0c1a2b-0000-4000-8000-000000000001': '6f0c1a2b-0000-4000-8000-000000000002' } });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const documented = new Set(Object.keys(example));
    for (const key of Object.keys(registrationSchema.shape).filter((k) => k !== 'idempotencyKey')) expect(documented.has(key), key).toBe(true);
  });

  it('says which errors carry fields', () => {
    const shape = /`fields`, field → French message,\s+only on ([^)]*)\)/.exec(apiDoc)![1];
    expect([...shape.matchAll(/`(\d{3}) ([a-z_]+)`/g)].map((m) => m[2]).sort()).toEqual(['already_registered', 'validation_failed', 'workshop_full']);
  });
});

describe('docs/api.md, GET /api/practices', () => {
  const section = apiDocSection('GET /api/practices');

  it('lists every theme key, and only those', () => {
    const listed = /`theme` \(one of ([^)]*)\)/.exec(section)![1];
    expect([...listed.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]).sort()).toEqual([...PRACTICE_THEME_KEYS].sort());
  });

  it('shows a practice with exactly the fields the API answers', () => {
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]) as { practices: Record<string, unknown>[] };
    const card = {
      slug: 's', title: 't', summary: '', regionCode: '76', regionName: 'Occitanie', themes: [], department: '34', qpv: true,
      publishedAt: null, snippet: null, organisationType: null,
    } as unknown as Parameters<typeof toApiPractice>[0];
    expect(Object.keys(example.practices[0]).sort()).toEqual(Object.keys(toApiPractice(card, 'https://x')).sort());
    expect(Object.keys(example).sort()).toEqual(['page', 'pageSize', 'practices', 'total']);
  });
});

describe('docs/api.md, POST /api/practices', () => {
  const section = apiDocSection('POST /api/practices');

  it('gives every error answer with the status its code has', () => {
    const rows = [...section.matchAll(/^\| `(\d{3}) ([a-z_]+)` \|/gm)].map((m) => [m[2], Number(m[1])] as const);
    expect(rows.map(([code]) => code)).toEqual(expect.arrayContaining(['validation_failed', 'survey_closed', 'rate_limited']));
    for (const [code, status] of rows) expect(ERROR_CODES[code as keyof typeof ERROR_CODES], code).toBe(status);
  });

  it('documents a complete answer, field by field', () => {
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]) as Record<string, unknown>;
    const parsed = surveySchema.safeParse(example);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    for (const key of Object.keys(SURVEY_FIELD_LABELS)) expect(key in example, key).toBe(true);
  });
});
