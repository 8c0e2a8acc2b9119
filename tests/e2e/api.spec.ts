import { expect, test } from './fixtures';

test.describe('[API] lecture publique', () => {
  test('GET /api/events liste les rencontres publiées avec leurs places', async ({ request }) => {
    const response = await request.get('/api/events');
    expect(response.status()).toBe(200);
    const { events } = await response.json();
    const occitanie = events.find((e: { slug: string }) => e.slug === 'occitanie-montpellier-2022-12-08');
    expect(occitanie).toEqual({
      slug: 'occitanie-montpellier-2022-12-08',
      title: "Rencontre régionale des acteurs de l'Occitanie",
      edition: 2022,
      status: 'published',
      region: { code: '76', name: 'Occitanie' },
      startsAt: '2022-12-08T09:30:00+01:00',
      endsAt: '2022-12-08T16:30:00+01:00',
      timeZone: 'Europe/Paris',
      venue: { name: 'Stade de la Mosson', address: '345 Av. de Heidelberg', postcode: '34080', city: 'Montpellier' },
      registration: { open: false, opensAt: '2022-10-03T09:00:00+02:00', closesAt: '2022-12-06T23:59:00+01:00', capacity: 150, remaining: 150 },
    });
    expect(events.every((e: { status: string }) => e.status === 'published')).toBe(true);
    expect(events.some((e: { slug: string }) => e.slug === 'demo-normandie-caen')).toBe(false);
  });

  test('GET /api/events/{slug} donne le programme, les créneaux et les ateliers', async ({ request }) => {
    const { events } = await (await request.get('/api/events')).json();
    const demo = events.find((e: { slug: string }) => e.slug === 'demo-occitanie-toulouse');
    expect(demo.registration.open).toBe(true);
    const answer = await request.get(`/api/events/${demo.slug}`);
    // Public data a shared cache may keep briefly; an error is never kept.
    expect(answer.headers()['cache-control']).toBe('public, s-maxage=10, stale-while-revalidate=290');
    expect((await request.get('/api/events/une-rencontre-jamais-vue')).headers()['cache-control']).toBe('no-store');
    const { event } = await answer.json();
    expect(event.contactEmail).toBe('ave@ville-emploi.asso.fr');
    const slots = event.agenda.filter((i: { kind: string }) => i.kind === 'workshop_slot');
    expect(slots).toHaveLength(2);
    expect(slots[0].id).toMatch(/^[0-9a-f-]{36}$/);
    const c = slots[0].workshops.find((w: { code: string }) => w.code === 'C');
    expect(c).toMatchObject({ code: 'C', capacity: 12, remaining: 3 });
    expect(Object.keys(c).sort()).toEqual(['capacity', 'code', 'id', 'remaining', 'room', 'title']);
    expect(event.agenda.find((i: { kind: string }) => i.kind === 'welcome').workshops).toBeUndefined();
    expect(event.registration.remaining).toBe(event.registration.capacity - 10);
  });
});
