import { describe, expect, it } from 'vitest';
import { actionLabel, entityLabel, fieldLabel, formatAuditValue, kindLabel, visibleChanges } from './audit-labels';

describe('audit labels', () => {
  it('says what changed in French, and keeps unknown kinds readable', () => {
    expect(kindLabel('user', 'deactivate')).toBe('Compte : désactivation');
    expect(kindLabel('event')).toBe('Rencontre');
    expect(entityLabel('something_new')).toBe('something_new');
    expect(actionLabel('do_something')).toBe('do something');
  });

  it('formats values as a person reads them', () => {
    const regions = new Map([
      [1, 'Occitanie'],
      [2, 'Bretagne'],
    ]);
    expect(formatAuditValue('regionIds', [1, 2], regions)).toBe('Bretagne, Occitanie');
    expect(formatAuditValue('regionIds', [], regions)).toBe('(aucune)');
    expect(formatAuditValue('active', false)).toBe('non');
    expect(formatAuditValue('role', 'partner')).toBe('Partenaire régional');
    expect(formatAuditValue('status', 'published')).toBe('Publiée');
    expect(formatAuditValue('startsAt', '2022-12-08T08:30:00.000Z')).toBe('8 décembre 2022 à 9h30');
    expect(formatAuditValue('description', null)).toBe('(vide)');
    expect(formatAuditValue('capacity', 150)).toBe('150');
    expect(formatAuditValue('description', 'x'.repeat(300))).toHaveLength(201);
  });

  it('says the steps of moderation and the themes of a practice in French', () => {
    expect(kindLabel('practice', 'request_changes')).toBe('Pratique inspirante : modifications demandées');
    expect(kindLabel('practice', 'withdraw')).toBe('Pratique inspirante : retrait de la collection');
    expect(formatAuditValue('themes', ['innover', 'ess'])).toBe('Innover avec la clause sociale, Accès des structures de l\'ESS');
    expect(formatAuditValue('status', 'changes_requested')).toBe('Modifications demandées');
    expect(fieldLabel('declineReason')).toBe('Motif du refus');
  });

  it('never shows a secret or a technical id', () => {
    const changes = {
      passwordHash: { before: null, after: 'scrypt$…' },
      tokenHash: { before: null, after: 'abc' },
      id: { before: null, after: 'x' },
      name: { before: 'A', after: 'B' },
    };
    expect(visibleChanges(changes)).toEqual([['name', { before: 'A', after: 'B' }]]);
  });
});
