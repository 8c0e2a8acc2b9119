// The registration rush: 1,000 concurrent POSTs through the app, the raw rate of the minimal
// locked insert through postgres.js on the same database, and the invariants afterwards.
import postgres from 'postgres';
import type { Dataset } from './dataset.mts';
import { RUSH } from './dataset.mts';
import { run } from './load.mts';

export const RUSH_REQUESTS = 1000;

export type Rush = {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  raw: { seconds: number; rps: number; p99: number };
  ratio: number;
  invariants: { name: string; ok: boolean; detail: string }[];
};

export async function registrationRush(appUrl: string, databaseUrl: string, dataset: Dataset, poolSize: number): Promise<Rush> {
  const [first, second] = dataset.rushSlots;
  const small = first.workshops[0];
  let n = 0;
  const started = performance.now();
  const result = await run({
    url: `${appUrl}/api/events/${dataset.rushSlug}/registrations`,
    connections: RUSH_REQUESTS,
    amount: RUSH_REQUESTS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const i = n++;
          // A third choose the small atelier; the others spread over the big ones.
          const firstChoice = i % 3 === 0 ? small.id : first.workshops[1 + (i % 2)].id;
          return {
            ...request,
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
            body: JSON.stringify({
              firstName: 'Camille',
              lastName: `Ruée ${i}`,
              email: `ruee.${i}@banc.example.org`,
              organisation: 'Ville de Montpellier',
              organisationType: 'collectivite',
              jobTitle: 'Chargée de mission',
              postcode: '34000',
              lunch: i % 2 === 0,
              accessibilityNeeds: '',
              consent: true,
              workshops: { [first.slotId]: firstChoice, [second.slotId]: second.workshops[i % 3].id },
            }),
          };
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  const raw = await rawRate(databaseUrl, dataset.rushSlug, poolSize);
  const rps = RUSH_REQUESTS / seconds;
  return {
    requests: result.requests.total,
    seconds: round(seconds),
    rps: Math.round(rps),
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses: statusCounts(result),
    raw,
    ratio: round(rps / raw.rps, 3),
    invariants: await checkInvariants(databaseUrl, dataset.rushSlug, small.id),
  };
}

function statusCounts(result: object): Record<string, number> {
  const stats = (result as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  return Object.fromEntries(Object.entries(stats).map(([code, { count }]) => [code, count]));
}

/**
 * The floor of any registration: BEGIN; SELECT … FOR UPDATE of the event; INSERT; COMMIT, through
 * postgres.js with the app's pool size, RUSH_REQUESTS at once.
 */
async function rawRate(databaseUrl: string, slug: string, poolSize: number) {
  const sql = postgres(databaseUrl, { max: poolSize, onnotice: () => {} });
  try {
    await sql`CREATE TABLE IF NOT EXISTS bench_raw (id bigserial PRIMARY KEY, event_id uuid NOT NULL, email text NOT NULL UNIQUE)`;
    await sql`TRUNCATE bench_raw`;
    const [{ id }] = await sql<{ id: string }[]>`SELECT id FROM events WHERE slug = ${slug}`;
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: RUSH_REQUESTS }, async (_, i) => {
        const t0 = performance.now();
        await sql.begin(async (tx) => {
          await tx`SELECT id FROM events WHERE id = ${id} FOR UPDATE`;
          await tx`INSERT INTO bench_raw (event_id, email) VALUES (${id}, ${`brut.${i}@banc.example.org`})`;
        });
        latencies.push(performance.now() - t0);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { seconds: round(seconds), rps: Math.round(RUSH_REQUESTS / seconds), p99: Math.round(latencies[Math.ceil(0.99 * latencies.length) - 1]) };
  } finally {
    await sql`DROP TABLE IF EXISTS bench_raw`.catch(() => {});
    await sql.end();
  }
}

async function checkInvariants(databaseUrl: string, slug: string, smallId: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [event] = await sql<{ capacity: number; confirmed: number; rows: number; emails: number; incomplete: number }[]>`
      SELECT e.capacity,
        count(*) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
        count(r.id)::int AS rows,
        count(DISTINCT lower(r.email))::int AS emails,
        count(*) FILTER (WHERE (SELECT count(*) FROM workshop_choices c WHERE c.registration_id = r.id) <> 2)::int AS incomplete
      FROM events e LEFT JOIN registrations r ON r.event_id = e.id
      WHERE e.slug = ${slug} GROUP BY e.capacity`;
    const over = await sql<{ code: string; capacity: number; taken: number }[]>`
      SELECT w.code, w.capacity, count(r.id)::int AS taken
      FROM workshops w JOIN agenda_items s ON s.id = w.slot_id JOIN events e ON e.id = s.event_id
      LEFT JOIN workshop_choices c ON c.workshop_id = w.id
      LEFT JOIN registrations r ON r.id = c.registration_id AND r.status = 'confirmed'
      WHERE e.slug = ${slug} GROUP BY w.id, w.code, w.capacity`;
    const small = over.find((w) => w.code === 'A');
    const overCapacity = over.filter((w) => w.taken > w.capacity);
    return [
      { name: 'rencontre dans sa jauge', ok: event.confirmed <= event.capacity, detail: `${event.confirmed} confirmées / ${event.capacity} places` },
      { name: 'ateliers dans leur jauge', ok: overCapacity.length === 0, detail: over.map((w) => `${w.code} ${w.taken}/${w.capacity}`).join(', ') },
      { name: 'petit atelier rempli exactement', ok: small?.taken === RUSH.smallWorkshop, detail: `${small?.taken}/${RUSH.smallWorkshop} (${smallId.slice(0, 8)})` },
      { name: 'une ligne par e-mail', ok: event.rows === event.emails, detail: `${event.rows} lignes, ${event.emails} e-mails` },
      { name: 'un choix par créneau', ok: event.incomplete === 0, detail: `${event.incomplete} inscription(s) incomplète(s)` },
    ];
  } finally {
    await sql.end();
  }
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
