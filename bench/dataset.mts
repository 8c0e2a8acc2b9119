// The bench dataset, on a database already migrated and seeded: 48 published events (one per
// region, cycling) with two workshop slots of three ateliers, about 20,000 registrations with their
// choices, half of the events past with check-ins; and the event of the registration rush.
import postgres from 'postgres';

export const BENCH_EVENTS = 48;
export const REGISTRATIONS_PER_EVENT = 420;
export const RUSH_SLUG = 'banc-ruee';
export const RUSH = { capacity: 600, smallWorkshop: 50, bigWorkshop: 2000 };

export type Dataset = {
  pageSlug: string;
  rushSlug: string;
  rushSlots: { slotId: string; workshops: { id: string; code: string; capacity: number }[] }[];
  events: number;
  registrations: number;
};

const DAY = 86_400_000;

export async function loadDataset(url: string, now = new Date()): Promise<Dataset> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await sql.begin(async (tx) => {
      const regions = await tx<{ id: number; name: string; capital: string }[]>`SELECT id, name, capital FROM regions ORDER BY id`;
      for (let i = 0; i < BENCH_EVENTS; i++) {
        const region = regions[i % regions.length];
        // Half past (from about two years ago), half ahead (from next month), never today.
        const offset = i % 2 === 0 ? -(30 + i * 15) : 30 + i * 7;
        await insertEvent(tx, {
          slug: `banc-${String(i + 1).padStart(2, '0')}`,
          title: `Rencontre ${region.name} (banc d’essai ${i + 1})`,
          regionId: region.id,
          city: region.capital,
          startsAt: new Date(now.getTime() + offset * DAY),
          capacity: 500,
          workshopCapacity: 250,
        });
      }
      const rushRegion = regions[0];
      await insertEvent(tx, {
        slug: RUSH_SLUG,
        title: 'Rencontre de la ruée (banc d’essai)',
        regionId: rushRegion.id,
        city: rushRegion.capital,
        startsAt: new Date(now.getTime() + 45 * DAY),
        capacity: RUSH.capacity,
        workshopCapacity: RUSH.bigWorkshop,
        smallFirstWorkshop: RUSH.smallWorkshop,
      });

      // The registrations of the bench events, with one choice per slot (ateliers in turn).
      await tx`
        INSERT INTO registrations (event_id, first_name, last_name, email, organisation, organisation_type,
          job_title, postcode, lunch, consent_at, status, checked_in_at, cancelled_at, created_at)
        SELECT e.id, 'Prénom' || n, 'Nom' || n, 'personne' || n || '.' || e.slug || '@banc.example.org',
          'Structure ' || (n % 97), (ARRAY['collectivite','bailleur_social','entreprise','siae','service_public_emploi','facilitateur','autre'])[1 + n % 7]::organisation_type,
          'Chargé·e de mission', '34000', n % 3 <> 0, e.starts_at - interval '20 days',
          CASE WHEN n % 25 = 0 THEN 'cancelled' ELSE 'confirmed' END::registration_status,
          CASE WHEN e.starts_at < ${now} AND n % 25 <> 0 AND n % 5 <> 0 THEN e.starts_at + interval '30 minutes' END,
          CASE WHEN n % 25 = 0 THEN e.starts_at - interval '10 days' END,
          e.starts_at - interval '20 days' + n * interval '1 minute'
        FROM events e CROSS JOIN generate_series(1, ${REGISTRATIONS_PER_EVENT}) AS n
        WHERE e.slug LIKE 'banc-%' AND e.slug <> ${RUSH_SLUG}`;
      await tx`
        INSERT INTO workshop_choices (registration_id, slot_id, workshop_id)
        SELECT r.id, s.id, w.id
        FROM registrations r
        JOIN agenda_items s ON s.event_id = r.event_id AND s.kind = 'workshop_slot'
        JOIN LATERAL (
          SELECT id FROM workshops WHERE slot_id = s.id ORDER BY code
          OFFSET (abs(hashtext(r.email)) % 3) LIMIT 1
        ) w ON true
        WHERE r.email LIKE '%@banc.example.org'`;
      await tx`ANALYZE`;

      const slots = await tx<{ slot_id: string; id: string; code: string; capacity: number }[]>`
        SELECT s.id AS slot_id, w.id, w.code, w.capacity FROM agenda_items s
        JOIN events e ON e.id = s.event_id JOIN workshops w ON w.slot_id = s.id
        WHERE e.slug = ${RUSH_SLUG} ORDER BY s.position, w.code`;
      const rushSlots = [...new Set(slots.map((s) => s.slot_id))].map((slotId) => ({
        slotId,
        workshops: slots.filter((s) => s.slot_id === slotId).map(({ id, code, capacity }) => ({ id, code, capacity })),
      }));
      const [{ count }] = await tx<{ count: number }[]>`SELECT count(*)::int AS count FROM registrations`;
      const [{ events }] = await tx<{ events: number }[]>`SELECT count(*)::int AS events FROM events WHERE status = 'published'`;
      return { pageSlug: 'banc-02', rushSlug: RUSH_SLUG, rushSlots, events, registrations: count };
    });
  } finally {
    await sql.end();
  }
}

type EventSpec = {
  slug: string;
  title: string;
  regionId: number;
  city: string;
  startsAt: Date;
  capacity: number;
  workshopCapacity: number;
  smallFirstWorkshop?: number;
};

async function insertEvent(tx: postgres.TransactionSql, m: EventSpec) {
  const at = (hours: number) => new Date(m.startsAt.getTime() + hours * 3_600_000);
  const [event] = await tx<{ id: string }[]>`
    INSERT INTO events (region_id, slug, title, edition, starts_at, ends_at, venue_name, venue_address,
      venue_postcode, venue_city, description, status, capacity, registration_opens_at, registration_closes_at,
      contact_email, lunch_provided, accessibility_info)
    VALUES (${m.regionId}, ${m.slug}, ${m.title}, ${m.startsAt.getUTCFullYear()}, ${m.startsAt}, ${at(8)},
      'Hôtel de région', '1 place de la République', '34000', ${m.city},
      ${'Une journée pour faire vivre la clause sociale dans les projets de renouvellement urbain.\n\nMatinée en plénière, ateliers l’après-midi.'},
      'published', ${m.capacity}, ${new Date(m.startsAt.getTime() - 90 * DAY)}, ${new Date(m.startsAt.getTime() - DAY)},
      'contact@banc.example.org', true, 'Salle accessible en fauteuil roulant.')
    RETURNING id`;
  const items: [string, string, number, number][] = [
    ['welcome', 'Accueil café', 0, 0.5],
    ['plenary', 'Plénière d’ouverture', 0.5, 2],
    ['workshop_slot', 'Ateliers du matin', 2, 3.5],
    ['meal', 'Déjeuner', 3.5, 4.5],
    ['workshop_slot', 'Ateliers de l’après-midi', 4.5, 6],
    ['closing', 'Clôture', 6, 6.5],
  ];
  let position = 0;
  let firstSlot = true;
  for (const [kind, title, from, to] of items) {
    const [item] = await tx<{ id: string }[]>`
      INSERT INTO agenda_items (event_id, kind, title, starts_at, ends_at, position)
      VALUES (${event.id}, ${kind}, ${title}, ${at(from)}, ${at(to)}, ${position++}) RETURNING id`;
    if (kind !== 'workshop_slot') continue;
    const codes = firstSlot ? ['A', 'B', 'C'] : ['D', 'E', 'F'];
    for (const [index, code] of codes.entries()) {
      const capacity = firstSlot && index === 0 && m.smallFirstWorkshop !== undefined ? m.smallFirstWorkshop : m.workshopCapacity;
      await tx`INSERT INTO workshops (slot_id, code, title, description, room, capacity)
        VALUES (${item.id}, ${code}, ${`Atelier ${code} : mobiliser les entreprises`}, 'Échanges de pratiques.', ${`Salle ${index + 1}`}, ${capacity})`;
    }
    firstSlot = false;
  }
}
