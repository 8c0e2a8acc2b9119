// The SQL condition that keeps a query to the events a user may see: every event for a user who
// reaches every region, else the events of the regions listed for them (none if none). The
// decision of who reaches what is lib/auth/permissions.ts's (scopeOf); this is only its SQL.
import { inArray, sql, type SQL } from 'drizzle-orm';
import { events, partnerRegions } from '@/db/schema';

export type EventScope = { allRegions: true } | { allRegions: false; userId: string };

export function eventScopeSql(scope: EventScope): SQL {
  if (scope.allRegions) return sql`true`;
  return inArray(
    events.regionId,
    sql`(SELECT ${partnerRegions.regionId} FROM ${partnerRegions} WHERE ${partnerRegions.userId} = ${scope.userId})`,
  );
}
