// The audit trail: who changed what, when, with the values before and after.
import type { Executor } from '@/db/connect';
import { insertAuditEntry } from '@/db/queries/audit';

type Values = Record<string, unknown>;

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/** The fields whose value differs, with both values (dates as ISO strings). */
export function changedFields(before: Values | null, after: Values | null) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    const b = comparable(before?.[key]);
    const a = comparable(after?.[key]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b ?? null, after: a ?? null };
  }
  return changes;
}

export async function recordAudit(
  tx: Executor,
  entry: { userId: string | null; entity: string; entityId: string; eventId?: string | null; action: string; before?: Values | null; after?: Values | null },
) {
  await insertAuditEntry(tx, {
    userId: entry.userId,
    entity: entry.entity,
    entityId: entry.entityId,
    eventId: entry.eventId ?? null,
    action: entry.action,
    changes: changedFields(entry.before ?? null, entry.after ?? null),
  });
}
