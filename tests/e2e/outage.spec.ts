import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { eq, inArray } from 'drizzle-orm';
import { manageLinks, outboundEmails, registrations, workshopChoices } from '@/db/schema';
import { createEvent, uniqueEmail, type TestDb } from '../support/db';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DB_PROXY_CONTROL_PORT, OUTAGE_PORT } from './ports';

// A second instance of the app reaches the same database through a TCP proxy that these tests cut
// for 10 s and restore, without restarting the app (playwright.config.ts, tests/support/tcp-proxy.mts).
const base = `http://localhost:${OUTAGE_PORT}`;
const control = `http://127.0.0.1:${DB_PROXY_CONTROL_PORT}`;
const CUT_MS = 10_000;

const MODES = {
  reset: 'connexions coupées et refusées',
  blackhole: 'partition réseau, rien ne passe',
} as const;
type CutMode = keyof typeof MODES;

async function proxy(action: 'cut' | 'restore', mode?: CutMode) {
  const response = await fetch(`${control}/${action}${mode ? `?mode=${mode}` : ''}`, { method: 'POST' });
  expect(response.status).toBe(200);
}

type Event = Awaited<ReturnType<typeof createEvent>>;
/** Times in ms since the start of the test. */
type Attempt = { email: string; status: number; sentAt: number; answeredAt: number; manageUrl?: string };

let ipCounter = 0;
/** A distinct client address per request (TRUST_PROXY=1), so no per-address limit is reached. */
const client = () => ({ 'x-forwarded-for': `198.19.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}` });

async function register(request: APIRequestContext, { event, slots }: Event, since: number): Promise<Attempt> {
  const email = uniqueEmail('coupure');
  const sentAt = Date.now() - since;
  const response = await request.post(`${base}/api/events/${event.slug}/registrations`, {
    data: {
      firstName: 'Inès',
      lastName: 'Moreau',
      email,
      organisation: 'Mission locale',
      organisationType: 'service_public_emploi',
      lunch: true,
      consent: true,
      workshops: Object.fromEntries(slots.map((s) => [s.id, s.workshops[1].id])),
    },
    headers: client(),
    timeout: 20_000,
  });
  const status = response.status();
  if (status === 503) await expectUnavailableAnswer(response);
  const manageUrl = status === 201 ? new URL((await response.json()).manageUrl).pathname : undefined;
  return { email, status, sentAt, answeredAt: Date.now() - since, manageUrl };
}

async function expectUnavailableAnswer(response: APIResponse) {
  expect(response.status()).toBe(503);
  expect(response.headers()['retry-after']).toBe('10');
  expect(await response.json()).toEqual({
    error: {
      code: 'service_unavailable',
      message: 'Le service est momentanément indisponible. Merci de réessayer dans quelques instants.',
    },
  });
}

async function expectUnavailablePage(page: Page, path: string) {
  const response = await page.goto(`${base}${path}`);
  // The status says it too, with the delay to wait before retrying.
  expect(response?.status(), path).toBe(503);
  expect(response?.headers()['retry-after']).toBe('10');
  await expect(page.getByRole('heading', { name: 'Service momentanément indisponible' })).toBeVisible();
  await expect(page.getByText('Erreur 503')).toBeVisible();
  await expectNoAxeViolations(page);
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/ECONN|CONNECT_TIMEOUT|ETIMEDOUT|postgres|at .*\.js|Error:|stack/i);
}

/**
 * Each e-mail has one complete registration (a choice for every slot, its manage link, its
 * confirmation e-mail) or nothing, and every 201 is in the database. A 503 may have been committed
 * (the commit got through, its answer did not): for it, only "all or nothing" can hold.
 */
async function expectNothingHalfWritten(db: TestDb, event: Event, attempts: Attempt[]) {
  const rows = await db.select().from(registrations).where(eq(registrations.eventId, event.event.id));
  const ids = rows.map((r) => r.id);
  const choices = await db.select().from(workshopChoices).where(inArray(workshopChoices.registrationId, ids));
  const links = await db.select().from(manageLinks).where(inArray(manageLinks.registrationId, ids));
  const emails = await db.select().from(outboundEmails).where(inArray(outboundEmails.registrationId, ids));
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  expect(byEmail.size).toBe(rows.length);
  for (const row of rows) {
    expect(attempts.some((a) => a.email === row.email)).toBe(true);
    expect(choices.filter((c) => c.registrationId === row.id).map((c) => c.slotId).sort()).toEqual(event.slots.map((s) => s.id).sort());
    expect(links.filter((l) => l.registrationId === row.id)).toHaveLength(1);
    expect(emails.filter((e) => e.registrationId === row.id).map((e) => [e.kind, e.to])).toEqual([['registration_confirmed', row.email]]);
  }
  for (const attempt of attempts.filter((a) => a.status === 201)) expect(byEmail.has(attempt.email)).toBe(true);
  return attempts.filter((a) => a.status === 503 && byEmail.has(a.email)).length;
}

test.describe('[visiteur] coupure de la base de données pendant 10 s', () => {
  test.afterEach(async () => {
    await proxy('restore');
  });

  for (const [mode, label] of Object.entries(MODES) as [CutMode, string][]) {
    test(`[${label}] 503 en français pendant la coupure, rien d'écrit à moitié, reprise sans redémarrage`, async ({ page, context, request, db }) => {
      test.setTimeout(45_000);
      const ateliers = (prefix: string) => ['1', '2'].map((n) => ({ code: `${prefix}${n}`, title: `Atelier ${prefix}${n}`, capacity: 500 }));
      const event = await createEvent(db, {
        regionCode: '06',
        capacity: 500,
        slots: [
          { starts: '13:30', ends: '14:30', workshops: ateliers('A') },
          { starts: '14:45', ends: '15:45', workshops: ateliers('B') },
        ],
      });
      // An event seen before the cut (its page is cached), and one first asked for during it.
      const [seen, unseen] = [await createEvent(db, { regionCode: '06' }), await createEvent(db, { regionCode: '06' })];
      const t0 = Date.now();

      // Through the proxy, before the cut: the API, a registration, its manage page, an event page.
      expect((await request.get(`${base}/api/events`)).status()).toBe(200);
      const detail = await request.get(`${base}/api/events/${event.event.slug}`);
      expect((await detail.json()).event.slug).toBe(event.event.slug);
      const first = await register(request, event, t0);
      expect(first.status).toBe(201);
      await page.goto(`${base}${first.manageUrl}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Mon inscription' })).toBeVisible();
      await page.goto(`${base}/rencontres/${seen.event.slug}`);
      await expect(page.getByRole('heading', { level: 1, name: seen.event.title })).toBeVisible();

      // Registrations keep coming, three at a time, before, during and after the cut.
      const attempts: Attempt[] = [first];
      let firing = true;
      const fire = async () => {
        while (firing) {
          attempts.push(await register(request, event, t0));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      const firers = Promise.all([fire(), fire(), fire()]);
      firers.catch(() => {}); // awaited below; a failure there fails the test
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const cutAt = Date.now() - t0;
        await proxy('cut', mode);

        // During the cut, what needs the database answers 503: a manage page (never cached), the
        // page and the API entry of an event not asked for before. The page of the event seen
        // before the cut is served from the cache: it stays readable.
        const [manage, unseenPage, seenPage] = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
        let apiRefusedAt = 0;
        await Promise.all([
          request.get(`${base}/api/events/${unseen.event.slug}`).then(async (response) => {
            apiRefusedAt = Date.now() - t0;
            await expectUnavailableAnswer(response);
          }),
          expectUnavailablePage(manage, first.manageUrl!),
          expectUnavailablePage(unseenPage, `/rencontres/${unseen.event.slug}`),
          seenPage.goto(`${base}/rencontres/${seen.event.slug}`).then(async (response) => {
            expect(response?.status()).toBe(200);
            await expect(seenPage.getByRole('heading', { level: 1, name: seen.event.title })).toBeVisible();
          }),
        ]);
        // None of them waited for the end of the cut.
        expect(Date.now() - t0).toBeLessThan(cutAt + CUT_MS);

        await new Promise((resolve) => setTimeout(resolve, cutAt + CUT_MS - (Date.now() - t0)));
        const restoredAt = Date.now() - t0;
        await proxy('restore');

        // The same process recovers by itself: a registration is accepted again within seconds.
        let recoveredAt = 0;
        while (!recoveredAt && Date.now() - t0 < restoredAt + 10_000) {
          const attempt = await register(request, event, t0);
          attempts.push(attempt);
          if (attempt.status === 201) recoveredAt = attempt.answeredAt;
          else await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect(recoveredAt, 'a registration accepted after the restore').toBeGreaterThan(0);
        // The pages and the API entry that answered 503 answer normally again: no error was cached.
        const unseenEntry = await request.get(`${base}/api/events/${unseen.event.slug}`);
        expect((await unseenEntry.json()).event.slug).toBe(unseen.event.slug);
        await manage.reload();
        await expect(manage.getByRole('heading', { level: 1, name: 'Mon inscription' })).toBeVisible();
        await unseenPage.reload();
        await expect(unseenPage.getByRole('heading', { level: 1, name: unseen.event.title })).toBeVisible();
        await new Promise((resolve) => setTimeout(resolve, 500));
        firing = false;
        await firers;

        // Every answer was a 201 or a 503, and from the recovery on every registration is accepted.
        expect(attempts.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);
        const refused = attempts.filter((a) => a.status === 503);
        expect(refused.length).toBeGreaterThan(0);
        expect(attempts.filter((a) => a.sentAt >= recoveredAt && a.status !== 201)).toEqual([]);
        // No request hangs. Refused connections fail at once. A silent network costs a 5 s timeout
        // (db/connect.ts) per step that waits for the database: two at most for a registration, whose
        // rate-limit count after a failed transaction needs a connection of its own.
        const firstRefusal = Math.min(...refused.map((a) => a.answeredAt)) - cutAt;
        const slowest = Math.max(...attempts.map((a) => a.answeredAt - a.sentAt));
        if (mode === 'reset') expect(firstRefusal).toBeLessThan(2_000);
        expect(slowest).toBeLessThan(mode === 'reset' ? 5_000 : 13_000);
        expect(recoveredAt - restoredAt).toBeLessThan(3_000);

        const committedThough503 = await expectNothingHalfWritten(db, event, attempts);
        test.info().annotations.push({
          type: 'timings',
          description: `API 503 ${apiRefusedAt - cutAt} ms, first registration 503 ${firstRefusal} ms after the cut; slowest registration ${slowest} ms; first 201 ${recoveredAt - restoredAt} ms after the restore; ${attempts.length} registrations, ${refused.length} answered 503 (${committedThough503} of them committed nonetheless)`,
        });
      } finally {
        firing = false;
        await firers.catch(() => {});
      }
    });
  }
});
