// Every page of the platform, with the test data that makes each one real (a meeting with a
// registration, a practice under review, a survey draft): the width checks walk them all, and a new
// page is added here once.
import { startSurveyAnswer } from '@/lib/practices/survey';
import { registerAttendee } from '@/lib/registrations/register';
import { checkInUrl } from '@/lib/checkin/signed-link';
import { createEvent, type TestDb } from '../support/db';
import { insertPractice } from '../support/practices';
import { validInput } from '../support/registration';
import { surveyAnswer } from '../support/survey';

const APP_URL = 'http://localhost:3100';

export async function pageList(db: TestDb) {
  const { event, slots } = await createEvent(db, { regionCode: '76', title: 'Rencontre des largeurs de page, à Montpellier' });
  const registration = await registerAttendee(
    validInput(slots, { email: 'une.adresse.electronique.vraiment.tres.longue.pour.voir@organisation-partenaire.example.org' }),
    { slug: event.slug, now: new Date(), appUrl: APP_URL },
    db,
  );
  const practice = await insertPractice(db, {
    regionCode: '76',
    status: 'submitted',
    title: 'Pratique des largeurs de page',
    publishedAt: null,
    original: { title: 'Pratique des largeurs de page, version d’origine', summary: 'Un résumé assez long pour être comparé mot à mot avec le sien.' },
  });
  const published = await insertPractice(db, { regionCode: '76', status: 'published', title: 'Pratique publiée des largeurs de page' });
  const draft = await startSurveyAnswer({ ...surveyAnswer(), intent: 'draft' }, { now: new Date(), appUrl: APP_URL, ip: null }, db);
  const checkIn = new URL(checkInUrl(APP_URL, registration.id)!).pathname;
  const meeting = `/espace/rencontres/${event.id}`;
  return {
    /** Pages anyone can open. */
    public: [
      '/',
      '/rencontres',
      `/rencontres/${event.slug}`,
      `/rencontres/${event.slug}/inscription`,
      '/rencontres/demo-occitanie-toulouse',
      `/inscription/${registration.token}`,
      '/pratiques',
      `/pratiques/${published.slug}`,
      '/pratiques/recueil',
      '/enquete',
      `/enquete/${draft.token}`,
      '/confidentialite',
      '/accessibilite',
      '/connexion',
      '/mot-de-passe-oublie',
    ],
    /** Pages of the partner space and the national console, for a national account. */
    signedIn: [
      '/espace',
      '/espace/rencontres/nouvelle',
      meeting,
      `${meeting}/programme`,
      `${meeting}/inscriptions`,
      `${meeting}/accueil`,
      checkIn,
      '/espace/pratiques',
      `/espace/pratiques/${practice.id}`,
      '/espace/pratiques/nouvelle',
      '/admin',
      '/admin/comptes',
      '/admin/journal',
      '/admin/courriels',
      '/admin/personnes',
      '/admin/statistiques',
      '/admin/pratiques',
      `/admin/pratiques/${practice.id}`,
      '/admin/pratiques/reglages',
    ],
  };
}
