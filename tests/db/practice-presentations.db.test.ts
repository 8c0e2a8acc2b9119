// "Pratique présentée": linking published practices to a plenary item or an atelier of a meeting,
// unlinking them, who may, what is refused, the audit trail and what the public page shows.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems, practicePresentations, practices } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/permissions';
import { readPublicEventUncached } from '@/lib/events/public-detail';
import { getEventPresentations, linkPractice, searchPracticesToPresent, unlinkPractice } from '@/lib/practices/presentations';
import { createEvent, createUser, testDatabase } from '../support/db';
import { by, editorHelpers, expectAppError, now } from '../support/manage';
import { insertPractice, uniqueWord } from '../support/practices';

const { sql, db } = testDatabase();
afterAll(() => sql.end());

// Partners of Occitanie (the meetings' region) and of Bretagne, and national staff.
let [occitanie, bretagne, national]: CurrentUser[] = [];

beforeAll(async () => {
  const users = await Promise.all([
    createUser(db, { role: 'partner', regionCodes: ['76'] }),
    createUser(db, { role: 'partner', regionCodes: ['53'] }),
    createUser(db, { role: 'national' }),
  ]);
  [occitanie, bretagne, national] = users.map((u) => u.currentUser);
});

const { auditOf } = editorHelpers(db);

/** A meeting in Occitanie with a plenary item and two slots of two ateliers (A, B then C, D). */
async function meeting() {
  const { event, slots } = await createEvent(db, {
    now,
    agenda: [
      { starts: '09:30', ends: '10:00', kind: 'welcome', title: 'Accueil-café' },
      { starts: '10:00', ends: '11:00', kind: 'plenary', title: 'Plénière des pratiques' },
    ],
  });
  const [plenary] = await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id)).then((rows) => rows.filter((r) => r.kind === 'plenary'));
  return { event, plenary, slots };
}

const presentationsOf = (practiceId: string) => db.select().from(practicePresentations).where(eq(practicePresentations.practiceId, practiceId));

describe('pratique présentée', () => {
  it('links a published practice of another region to an atelier, shows it on the public page, then unlinks it, audited', async () => {
    const { event, slots } = await meeting();
    const word = uniqueWord();
    const practice = await insertPractice(db, { regionCode: '53', title: `Clause ${word} en Bretagne`, summary: 'Exemple fictif : une pratique bretonne.\nDeuxième ligne.' });
    const atelier = slots[0].workshops[1];

    const found = await searchPracticesToPresent(event.id, { q: word.toUpperCase() }, by(occitanie), db);
    expect(found).toEqual([{ id: practice.id, title: practice.title, regionName: 'Bretagne', summary: 'Exemple fictif : une pratique bretonne.' }]);

    const linked = await linkPractice(event.id, { practiceId: practice.id, agendaItemId: slots[0].id, workshopId: atelier.id }, by(occitanie), db);
    expect(linked.effects).toEqual([{ kind: 'event_changed', slug: event.slug }]);
    expect(await presentationsOf(practice.id)).toMatchObject([{ agendaItemId: slots[0].id, workshopId: atelier.id }]);
    const [audit] = await auditOf(linked.id!);
    expect(audit).toMatchObject({ action: 'link', entity: 'practice_presentation', eventId: event.id, userId: occitanie.id });
    expect(audit.changes.practiceId).toEqual({ before: null, after: practice.id });

    const page = await readPublicEventUncached(event.slug, db);
    const slot = page!.agenda.find((i) => i.id === slots[0].id)!;
    expect(slot.workshops!.find((w) => w.id === atelier.id)!.practices).toEqual([
      { slug: practice.slug, title: practice.title, regionName: 'Bretagne', summary: 'Exemple fictif : une pratique bretonne.' },
    ]);
    expect(slot.practices).toEqual([]);
    expect((await getEventPresentations(occitanie, event.id, db)).map((p) => [p.title, p.workshopId])).toEqual([[practice.title, atelier.id]]);

    const unlinked = await unlinkPractice(event.id, linked.id!, by(occitanie), db);
    expect(unlinked.effects).toEqual([{ kind: 'event_changed', slug: event.slug }]);
    expect(await presentationsOf(practice.id)).toEqual([]);
    expect((await auditOf(linked.id!))[0]).toMatchObject({ action: 'unlink', changes: { workshopId: { before: atelier.id, after: null } } });
    const after = await readPublicEventUncached(event.slug, db);
    expect(after!.agenda.find((i) => i.id === slots[0].id)!.workshops!.every((w) => w.practices?.length === 0)).toBe(true);
  });

  it('links a practice to a plenary item (no atelier); national staff may too', async () => {
    const { event, plenary } = await meeting();
    const practice = await insertPractice(db, { title: `Plénière ${uniqueWord()}` });
    const linked = await linkPractice(event.id, { practiceId: practice.id, agendaItemId: plenary.id, workshopId: '' }, by(national), db);
    expect(await presentationsOf(practice.id)).toMatchObject([{ id: linked.id, agendaItemId: plenary.id, workshopId: null }]);
    const page = await readPublicEventUncached(event.slug, db);
    expect(page!.agenda.find((i) => i.id === plenary.id)!.practices!.map((p) => p.title)).toEqual([practice.title]);
  });

  it('refuses a partner of another region as if the meeting did not exist, and changes nothing', async () => {
    const { event, plenary } = await meeting();
    const practice = await insertPractice(db, { title: `Refus ${uniqueWord()}` });
    await expectAppError(linkPractice(event.id, { practiceId: practice.id, agendaItemId: plenary.id }, by(bretagne), db), 'not_found');
    await expectAppError(searchPracticesToPresent(event.id, { q: 'Refus' }, by(bretagne), db), 'not_found');
    await expectAppError(getEventPresentations(bretagne, event.id, db), 'not_found');
    await expectAppError(linkPractice(event.id, { practiceId: practice.id, agendaItemId: plenary.id }, by(null), db), 'unauthorized');
    expect(await presentationsOf(practice.id)).toEqual([]);

    const linked = await linkPractice(event.id, { practiceId: practice.id, agendaItemId: plenary.id }, by(occitanie), db);
    await expectAppError(unlinkPractice(event.id, linked.id!, by(bretagne), db), 'not_found');
    expect(await presentationsOf(practice.id)).toHaveLength(1);
  });

  it('refuses a practice that is not published, and does not offer it in the search', async () => {
    const { event, plenary } = await meeting();
    const word = uniqueWord();
    for (const status of ['submitted', 'unpublished', 'declined', 'changes_requested'] as const) {
      const practice = await insertPractice(db, { status, title: `${word} ${status}` });
      const error = await expectAppError(linkPractice(event.id, { practiceId: practice.id, agendaItemId: plenary.id }, by(occitanie), db), 'not_found');
      expect(error.message).toBe('Pratique introuvable parmi les pratiques publiées.');
      expect(await presentationsOf(practice.id)).toEqual([]);
    }
    expect(await searchPracticesToPresent(event.id, { q: word }, by(occitanie), db)).toEqual([]);
    await expectAppError(linkPractice(event.id, { practiceId: crypto.randomUUID(), agendaItemId: plenary.id }, by(occitanie), db), 'not_found');
  });

  it('refuses an atelier of another slot, a slot without its atelier, and an item of another meeting', async () => {
    const { event, slots, plenary } = await meeting();
    const other = await meeting();
    const practice = await insertPractice(db, { title: `Cible ${uniqueWord()}` });
    let error = await expectAppError(
      linkPractice(event.id, { practiceId: practice.id, agendaItemId: slots[0].id, workshopId: slots[1].workshops[0].id }, by(occitanie), db),
      'not_found',
    );
    expect(error.message).toBe('Atelier de ce créneau introuvable dans cette rencontre.');
    error = await expectAppError(linkPractice(event.id, { practiceId: practice.id, agendaItemId: slots[0].id }, by(occitanie), db), 'validation_failed');
    expect(error.message).toBe('Choisissez l’atelier de ce créneau où la pratique est présentée.');
    await expectAppError(linkPractice(event.id, { practiceId: practice.id, agendaItemId: other.plenary.id }, by(occitanie), db), 'not_found');
    const [meal] = await db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id)).then((rows) => rows.filter((r) => r.kind === 'welcome'));
    await db.update(agendaItems).set({ kind: 'break' }).where(eq(agendaItems.id, meal.id));
    error = await expectAppError(linkPractice(event.id, { practiceId: practice.id, agendaItemId: meal.id }, by(occitanie), db), 'validation_failed');
    expect(error.message).toBe('Aucune pratique n’est présentée pendant « Accueil-café » : choisissez une plénière ou un atelier.');
    await expectAppError(linkPractice(event.id, { practiceId: practice.id, agendaItemId: plenary.id, workshopId: slots[0].workshops[0].id }, by(occitanie), db), 'not_found');
    error = await expectAppError(linkPractice(event.id, { practiceId: 'pas-un-id', agendaItemId: plenary.id }, by(occitanie), db), 'validation_failed');
    expect(error.fields?.practiceId).toBe('Choisissez une pratique parmi les résultats.');
    expect(await presentationsOf(practice.id)).toEqual([]);
  });

  it('refuses the same practice twice at the same atelier with a French message, but allows another atelier', async () => {
    const { event, slots } = await meeting();
    const practice = await insertPractice(db, { title: `Deux fois ${uniqueWord()}` });
    const [a, b] = slots[0].workshops;
    await linkPractice(event.id, { practiceId: practice.id, agendaItemId: slots[0].id, workshopId: a.id }, by(occitanie), db);
    const error = await expectAppError(
      linkPractice(event.id, { practiceId: practice.id, agendaItemId: slots[0].id, workshopId: a.id }, by(occitanie), db),
      'validation_failed',
    );
    expect(error.message).toBe(`La pratique « ${practice.title} » est déjà présentée à l’atelier A « Atelier A ».`);
    await linkPractice(event.id, { practiceId: practice.id, agendaItemId: slots[0].id, workshopId: b.id }, by(occitanie), db);
    expect(await presentationsOf(practice.id)).toHaveLength(2);
  });

  it('hides an unpublished practice from the public page while the editor still lists it', async () => {
    const { event, plenary } = await meeting();
    const practice = await insertPractice(db, { title: `Dépubliée ${uniqueWord()}` });
    await linkPractice(event.id, { practiceId: practice.id, agendaItemId: plenary.id }, by(occitanie), db);
    await db.update(practices).set({ status: 'unpublished' }).where(eq(practices.id, practice.id));
    const page = await readPublicEventUncached(event.slug, db);
    expect(page!.agenda.find((i) => i.id === plenary.id)!.practices).toEqual([]);
    expect(page!.practiceIds).toContain(practice.id);
    expect((await getEventPresentations(occitanie, event.id, db)).map((p) => p.status)).toEqual(['unpublished']);
  });

  it('finds a title by its words in any order, accents and case forgiven, wildcards taken literally', async () => {
    const { event } = await meeting();
    const word = uniqueWord();
    const practice = await insertPractice(db, { title: `Régie ${word} des quartiers à Pézenas` });
    const search = (q: string) => searchPracticesToPresent(event.id, { q }, by(occitanie), db).then((rows) => rows.map((r) => r.id));
    expect(await search(`pezenas ${word.toUpperCase()} regie`)).toEqual([practice.id]);
    expect(await search(`${word} %`)).toEqual([]);
    expect(await search(`${word} _`)).toEqual([]);
  });

  it('refuses a search of fewer than two characters', async () => {
    const { event } = await meeting();
    const error = await expectAppError(searchPracticesToPresent(event.id, { q: ' a ' }, by(occitanie), db), 'validation_failed');
    expect(error.fields?.q).toBe('Saisissez au moins 2 caractères du titre de la pratique.');
  });
});
