// The audit log page's data: each filter applied in SQL (person, event, kind, Paris days),
// pages newest first, staff only, no secret shown.
import { sql as drizzleSql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesQuery } from '@/db/queries/audit';
import { auditEntries } from '@/db/schema';
import { listAuditFilterOptions, listAuditLog } from '@/lib/admin/audit-log';
import { parseAuditLogFilters, toAuditQuery } from '@/lib/admin/audit-log-filters';
import type { AppError } from '@/lib/errors';
import { createEvent, createUser, testDatabase } from '../support/db';

const { sql, db } = testDatabase();
const raw = (text: string) => drizzleSql.raw(text);
afterAll(() => sql.end());

async function errorOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
}

let staff: Awaited<ReturnType<typeof createUser>>;
let alice: Awaited<ReturnType<typeof createUser>>;
let bob: Awaited<ReturnType<typeof createUser>>;
let target: Awaited<ReturnType<typeof createUser>>;
let first: Awaited<ReturnType<typeof createEvent>>['event'];
let second: Awaited<ReturnType<typeof createEvent>>['event'];

// June 2031, Paris is UTC+2: 22:30 UTC on the 14th is already the 15th in Paris.
const at = {
  lateOn14thUtc: new Date('2031-06-14T22:30:00Z'), // 15 June, 00:30 in Paris
  endOf15th: new Date('2031-06-15T21:59:00Z'), // 15 June, 23:59 in Paris
  startOf16th: new Date('2031-06-15T22:00:00Z'), // 16 June, 00:00 in Paris
  before: new Date('2031-06-14T21:59:00Z'), // 14 June, 23:59 in Paris
  winter: new Date('2031-12-01T10:00:00Z'),
};

beforeAll(async () => {
  staff = await createUser(db, { role: 'national' });
  alice = await createUser(db, { role: 'partner', regionCodes: ['76'] });
  bob = await createUser(db, { role: 'partner', regionCodes: ['76'] });
  target = await createUser(db, { role: 'partner', regionCodes: ['76'] });
  first = (await createEvent(db)).event;
  second = (await createEvent(db)).event;
  await db.insert(auditEntries).values([
    { userId: alice.id, at: at.before, entity: 'event', entityId: first.id, eventId: first.id, action: 'create', changes: { title: { before: null, after: 'Première' } } },
    { userId: alice.id, at: at.lateOn14thUtc, entity: 'event', entityId: first.id, eventId: first.id, action: 'update', changes: { capacity: { before: 50, after: 80 } } },
    { userId: alice.id, at: at.endOf15th, entity: 'workshop', entityId: 'w1', eventId: second.id, action: 'update', changes: { room: { before: '', after: 'Salle 2' } } },
    { userId: alice.id, at: at.startOf16th, entity: 'event', entityId: second.id, eventId: second.id, action: 'publish', changes: { status: { before: 'draft', after: 'published' } } },
    { userId: bob.id, at: at.endOf15th, entity: 'event', entityId: first.id, eventId: first.id, action: 'update', changes: { title: { before: 'Première', after: 'Autre' } } },
    {
      userId: bob.id,
      at: at.winter,
      entity: 'user',
      entityId: target.id,
      action: 'change_regions',
      changes: { regionIds: { before: [1], after: [2] }, passwordHash: { before: 'scrypt$secret', after: 'scrypt$other' } },
    },
  ]);
});

const list = (params: Record<string, string>, pageSize?: number) => listAuditLog(staff.currentUser, parseAuditLogFilters(params).filters, { pageSize }, db);
const actions = (page: Awaited<ReturnType<typeof list>>) => page.entries.map((e) => `${e.actor?.id === alice.id ? 'alice' : 'bob'}:${e.entity}.${e.action}`);

describe('audit log filters', () => {
  it('by person: only what that person changed, newest first, with who and which event', async () => {
    const page = await list({ personne: alice.id });
    expect(actions(page)).toEqual(['alice:event.publish', 'alice:workshop.update', 'alice:event.update', 'alice:event.create']);
    expect(page.total).toBe(4);
    expect(page.entries[0]).toMatchObject({ at: at.startOf16th, actor: { id: alice.id, email: alice.email }, event: { id: second.id, title: second.title } });
    expect(page.entries[2].changes).toEqual([['capacity', { before: 50, after: 80 }]]);
  });

  it('by event', async () => {
    expect(actions(await list({ rencontre: first.id }))).toEqual(['bob:event.update', 'alice:event.update', 'alice:event.create']);
    expect(actions(await list({ rencontre: second.id }))).toEqual(['alice:event.publish', 'alice:workshop.update']);
  });

  it('by kind of change: a whole entity, or one action of it', async () => {
    expect(actions(await list({ personne: alice.id, type: 'event' }))).toEqual(['alice:event.publish', 'alice:event.update', 'alice:event.create']);
    expect(actions(await list({ personne: alice.id, type: 'event.update' }))).toEqual(['alice:event.update']);
    expect(actions(await list({ rencontre: first.id, type: 'event.update' }))).toEqual(['bob:event.update', 'alice:event.update']);
    expect((await list({ personne: alice.id, type: 'nothing.here' })).total).toBe(0);
  });

  it('by Paris days, both included', async () => {
    expect(actions(await list({ personne: alice.id, du: '2031-06-15', au: '2031-06-15' }))).toEqual(['alice:workshop.update', 'alice:event.update']);
    expect(actions(await list({ personne: alice.id, du: '2031-06-16' }))).toEqual(['alice:event.publish']);
    expect(actions(await list({ personne: alice.id, au: '2031-06-14' }))).toEqual(['alice:event.create']);
    expect(toAuditQuery(parseAuditLogFilters({ du: '2031-12-01', au: '2031-12-01' }).filters)).toMatchObject({
      from: new Date('2031-11-30T23:00:00Z'),
      to: new Date('2031-12-01T23:00:00Z'),
    });
  });

  it('all filters together', async () => {
    const page = await list({ personne: bob.id, rencontre: first.id, type: 'event.update', du: '2031-06-15', au: '2031-06-15' });
    expect(actions(page)).toEqual(['bob:event.update']);
  });

  it('pages of a given size, without overlap; a page past the end shows the last one', async () => {
    const one = await list({ personne: alice.id }, 3);
    const two = await list({ personne: alice.id, page: '2' }, 3);
    expect([one.page, one.pageCount, one.entries.length, two.page, two.entries.length]).toEqual([1, 2, 3, 2, 1]);
    expect(actions(two)).toEqual(['alice:event.create']);
    expect((await list({ personne: alice.id, page: '99' }, 3)).page).toBe(2);
  });

  it('names the account an entry is about, and never shows a secret field', async () => {
    const page = await list({ personne: bob.id, type: 'user' });
    expect(page.entries).toHaveLength(1);
    expect(page.entries[0].accountEmail).toBe(target.email);
    expect(page.entries[0].changes).toEqual([['regionIds', { before: [1], after: [2] }]]);
    expect(JSON.stringify(page.entries)).not.toContain('scrypt$');
  });

  it('offers the people, the events and the kinds of change that happened', async () => {
    const options = await listAuditFilterOptions(staff.currentUser, db);
    expect(options.people.map((p) => p.id)).toEqual(expect.arrayContaining([alice.id, bob.id]));
    expect(options.events.map((e) => e.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(options.kinds.find((k) => k.entity === 'event')?.actions).toEqual(expect.arrayContaining(['create', 'publish', 'update']));
  });

  it('[partner] is refused the log and its filters', async () => {
    expect((await errorOf(listAuditLog(alice.currentUser, { page: 1 }, undefined, db)))?.code).toBe('forbidden');
    expect((await errorOf(listAuditFilterOptions(alice.currentUser, db)))?.code).toBe('forbidden');
    expect((await errorOf(listAuditLog(null, { page: 1 }, undefined, db)))?.code).toBe('unauthorized');
  });

  it('reads a page through the indexes of audit_entries, newest first', async () => {
    const plan = async (params: Record<string, string>) =>
      db.transaction(async (tx) => {
        await tx.execute(raw('SET LOCAL enable_seqscan = off'));
        const query = auditEntriesQuery(tx, toAuditQuery(parseAuditLogFilters(params).filters), { limit: 50, offset: 0 }).toSQL();
        const result = await tx.execute(raw(`EXPLAIN ${inline(query.sql, query.params)}`));
        return (result as unknown as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
      });
    expect(await plan({})).toContain('audit_entries_at_idx');
    expect(await plan({ du: '2031-06-15', au: '2031-06-15' })).toContain('audit_entries_at_idx');
    expect(await plan({ type: 'user.change_regions' })).toMatch(/audit_entries_(at|entity)_idx/);
  });
});

/** The query with its parameters written in, for EXPLAIN (only test values: no injection risk). */
function inline(text: string, params: unknown[]) {
  return text.replace(/\$(\d+)/g, (_, n) => {
    const value = params[Number(n) - 1];
    if (typeof value === 'number') return String(value);
    return `'${String(value instanceof Date ? value.toISOString() : value).replace(/'/g, "''")}'`;
  });
}
