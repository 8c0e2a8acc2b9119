// National staff set the survey's window (Paris wall-clock readings) and the recueil's
// introduction: checked, audited, refused to partners; the introduction is then the recueil's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEntries } from '@/db/schema';
import { generateRecueilPdf } from '@/lib/recueil/generate';
import { parseRecueilFilters } from '@/lib/recueil/filters';
import { getTourSettings } from '@/lib/practices/settings';
import { updateTourSettingsAsStaff } from '@/lib/practices/settings-update';
import { toTourSettingsFormValues } from '@/lib/practices/settings-schema';
import { errorOf } from '../support/accounts';
import { createUser } from '../support/db';
import { ownDatabase, type OwnDatabase } from '../support/own-database';
import { uniqueWord } from '../support/practices';
import { readPdf } from '../support/pdf';

// A database of this file's own: it changes the tour's one settings row and counts every row, which
// other test files write at the same time on the shared one.
let own: OwnDatabase;
let db: OwnDatabase['db'];
beforeAll(async () => {
  own = await ownDatabase('practices');
  db = own.db;
}, 60_000);
afterAll(async () => {
  expect(await own.drop()).toBe(true);
});

describe('updateTourSettingsAsStaff', () => {
  it('stores the window in Paris time and the introduction, audited, and the recueil shows it', async () => {
    const staff = await createUser(db, { role: 'national' });
    const w = uniqueWord('intro');
    const introduction = `Premier paragraphe « ${w} » de l’équipe nationale.\n\nSecond paragraphe : cœur du recueil.`;
    const result = await updateTourSettingsAsStaff(
      { surveyOpensAt: '2031-03-01T09:00', surveyClosesAt: '2031-06-30T18:30', recueilIntroduction: `  ${introduction}  ` },
      { user: staff.currentUser },
      db,
    );
    expect(result).toEqual({ changed: true, effects: [{ kind: 'tour_settings_changed' }] });
    const settings = await getTourSettings(db);
    expect(settings.survey.opensAt?.toISOString()).toBe('2031-03-01T08:00:00.000Z'); // winter time, UTC+1
    expect(settings.survey.closesAt?.toISOString()).toBe('2031-06-30T16:30:00.000Z'); // summer time, UTC+2
    expect(settings.recueilIntroduction).toBe(introduction);
    expect(toTourSettingsFormValues(settings)).toEqual({ surveyOpensAt: '2031-03-01T09:00', surveyClosesAt: '2031-06-30T18:30', recueilIntroduction: introduction });

    const [entry] = await db.select().from(auditEntries).where(and(eq(auditEntries.entity, 'tour_settings'), eq(auditEntries.userId, staff.id)));
    expect(entry.action).toBe('update');
    expect(entry.changes).toMatchObject({ surveyOpensAt: { before: null, after: '2031-03-01T08:00:00.000Z' }, recueilIntroduction: { after: introduction } });

    const again = await updateTourSettingsAsStaff({ surveyOpensAt: '2031-03-01T09:00', surveyClosesAt: '2031-06-30T18:30', recueilIntroduction: introduction }, { user: staff.currentUser }, db);
    expect(again).toEqual({ changed: false });

    const pdf = await readPdf((await generateRecueilPdf(parseRecueilFilters({ region: '06' }), { now: new Date('2031-05-01T10:00:00Z') }, db)).pdf);
    const intro = pdf.pages[1].replace(/\s+/g, ' ');
    expect(intro).toContain(`Premier paragraphe « ${w} » de l’équipe nationale.`);
    expect(intro).toContain('Second paragraphe : cœur du recueil.');
  });

  it('refuses a closing before the opening, with a French message on the field', async () => {
    const staff = await createUser(db, { role: 'national' });
    const error = await errorOf(updateTourSettingsAsStaff({ surveyOpensAt: '2031-03-01T09:00', surveyClosesAt: '2031-03-01T09:00', recueilIntroduction: '' }, { user: staff.currentUser }, db));
    expect(error?.code).toBe('validation_failed');
    expect(error?.fields).toEqual({ surveyClosesAt: 'La clôture de l’enquête doit être après son ouverture.' });
    const bad = await errorOf(updateTourSettingsAsStaff({ surveyOpensAt: '2031-02-30T09:00', surveyClosesAt: '', recueilIntroduction: '' }, { user: staff.currentUser }, db));
    expect(Object.keys(bad?.fields ?? {})).toEqual(['surveyOpensAt']);
  });

  it('refuses a partner and an anonymous visitor', async () => {
    const partner = await createUser(db, { role: 'partner', regionCodes: ['76'] });
    const input = { surveyOpensAt: '', surveyClosesAt: '', recueilIntroduction: 'Texte pirate' };
    expect((await errorOf(updateTourSettingsAsStaff(input, { user: partner.currentUser }, db)))?.code).toBe('forbidden');
    expect((await errorOf(updateTourSettingsAsStaff(input, { user: null }, db)))?.code).toBe('unauthorized');
    expect((await getTourSettings(db)).recueilIntroduction).not.toBe('Texte pirate');
  });
});
