// How long personal data of a registration is kept after its event (RETENTION_MONTHS).

export const DEFAULT_RETENTION_MONTHS = 12;

/** RETENTION_MONTHS when it is a whole number of months from 1 to 120, otherwise 12. */
export function retentionMonthsFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.RETENTION_MONTHS?.trim();
  if (!raw) return DEFAULT_RETENTION_MONTHS;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 1 && value <= 120 ? value : DEFAULT_RETENTION_MONTHS;
}

/**
 * The instant `months` calendar months before `now`: events that ended before it are past the
 * retention period. The day is kept, or the month's last day when it has fewer (31 March − 1 month
 * is 28 or 29 February), and the time of day too.
 */
export function retentionCutoff(now: Date, months: number): Date {
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}
