import { describe, expect, it } from 'vitest';
import { gatedPage, isFileRoute, needsAccount } from './page-routes';

describe('gatedPage', () => {
  it('gives every page of the national console the national check', () => {
    for (const path of ['/admin', '/admin/', '/admin/comptes', '/admin/statistiques/ateliers/export.csv']) {
      expect(gatedPage(path)).toEqual({ check: 'national' });
    }
  });

  it('checks the event of every page under /espace/rencontres/{id}, but not the creation page', () => {
    const id = '3f6c1a52-8a55-4a43-9a0f-0d1f7c2b9e11';
    for (const suffix of ['', '/programme', '/inscriptions', '/inscriptions/export.csv', '/accueil']) {
      expect(gatedPage(`/espace/rencontres/${id}${suffix}`)).toEqual({ check: 'event', eventId: id });
    }
    expect(gatedPage('/espace/rencontres/pas-un-identifiant')).toEqual({ check: 'event', eventId: 'pas-un-identifiant' });
    expect(gatedPage('/espace/rencontres/nouvelle')).toEqual({ check: 'signed-in' });
    expect(gatedPage('/espace')).toEqual({ check: 'signed-in' });
  });

  it('checks the answer of /espace/pratiques/{id} and /admin/pratiques/{id}, not the list, the proposal or the settings', () => {
    const id = '3f6c1a52-8a55-4a43-9a0f-0d1f7c2b9e11';
    expect(gatedPage(`/espace/pratiques/${id}`)).toEqual({ check: 'practice', practiceId: id, console: false });
    expect(gatedPage(`/admin/pratiques/${id}`)).toEqual({ check: 'practice', practiceId: id, console: true });
    expect(gatedPage('/espace/pratiques')).toEqual({ check: 'signed-in' });
    expect(gatedPage('/espace/pratiques/nouvelle')).toEqual({ check: 'signed-in' });
    expect(gatedPage('/admin/pratiques')).toEqual({ check: 'national' });
    expect(gatedPage('/admin/pratiques/reglages')).toEqual({ check: 'national' });
    expect(gatedPage('/admin/pratiques/export.csv')).toEqual({ check: 'national' });
    expect(needsAccount({ check: 'practice', practiceId: id, console: false })).toBe(true);
  });

  it('checks check-in codes, private links and the outbox page', () => {
    expect(gatedPage('/espace/accueil/abc.def')).toEqual({ check: 'check-in', code: 'abc.def' });
    expect(gatedPage('/inscription/tok')).toEqual({ check: 'manage-link', token: 'tok' });
    expect(gatedPage('/enquete/tok')).toEqual({ check: 'survey-link', token: 'tok' });
    expect(gatedPage('/enquete')).toBeNull();
    expect(gatedPage('/invitation/tok')).toEqual({ check: 'account-link', kind: 'invitation', token: 'tok' });
    expect(gatedPage('/mot-de-passe/tok')).toEqual({ check: 'account-link', kind: 'password_reset', token: 'tok' });
    expect(gatedPage('/dev/emails')).toEqual({ check: 'outbox-page' });
  });

  it('watches the public pages of an event, and leaves its calendar file and other pages alone', () => {
    expect(gatedPage('/rencontres/occitanie-montpellier-2022-12-08')).toEqual({ check: 'public-event', path: 'rencontres/occitanie-montpellier-2022-12-08' });
    expect(gatedPage('/rencontres/occitanie-montpellier-2022-12-08/inscription')?.check).toBe('public-event');
    expect(gatedPage('/rencontres/occitanie-montpellier-2022-12-08/calendrier.ics')).toBeNull();
    expect(gatedPage('/rencontres')).toBeNull();
    expect(gatedPage('/')).toBeNull();
    expect(gatedPage('/connexion')).toBeNull();
  });

  it('checks that a practice page is of a published practice, and leaves the collection and the recueil alone', () => {
    expect(gatedPage('/pratiques/ecole-inclusive-des-metiers-du-batiment')).toEqual({ check: 'public-practice', slug: 'ecole-inclusive-des-metiers-du-batiment' });
    expect(gatedPage('/pratiques')).toBeNull();
    expect(gatedPage('/pratiques/recueil')).toBeNull();
    expect(gatedPage('/pratiques/recueil.pdf')).toBeNull();
    expect(gatedPage('/pratiques/une-pratique/autre')).toBeNull();
  });

  it('leaves a path that is not valid percent-encoding to Next', () => {
    expect(gatedPage('/inscription/%E0%A4%A')).toBeNull();
  });

  it('asks for an account only in the partner space and the national console', () => {
    expect(needsAccount({ check: 'national' })).toBe(true);
    expect(needsAccount({ check: 'event', eventId: 'x' })).toBe(true);
    expect(needsAccount({ check: 'check-in', code: 'x' })).toBe(true);
    expect(needsAccount({ check: 'manage-link', token: 'x' })).toBe(false);
    expect(needsAccount({ check: 'outbox-page' })).toBe(false);
  });
});

describe('isFileRoute', () => {
  it('tells route handlers (files) from pages', () => {
    expect(isFileRoute('/admin/export.csv')).toBe(true);
    expect(isFileRoute('/espace/rencontres/x/inscriptions/export.csv')).toBe(true);
    expect(isFileRoute('/admin/statistiques')).toBe(false);
    expect(isFileRoute('/espace/accueil/abc')).toBe(false);
    // A check-in code holds a dot between the registration's id and its signature.
    expect(isFileRoute('/espace/accueil/3f6c1a52-8a55-4a43-9a0f-0d1f7c2b9e11.Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg')).toBe(false);
  });
});
