import { describe, expect, it } from 'vitest';
import { surveyDraftEmail, surveySubmittedEmail } from './survey-emails';

const data = { to: 'nadia@exemple.fr', name: 'Nadia', title: 'Chantiers <b>ouverts</b>\r\nBcc: x@y.fr', url: 'https://tour.example.org/enquete/abc', now: new Date('2030-03-05T16:30:00Z') };

describe('survey e-mails', () => {
  it('the draft gives its private link and says it is not sent yet', () => {
    const email = surveyDraftEmail(data);
    expect(email.kind).toBe('practice_draft_link');
    expect(email.text).toContain('enregistrée comme brouillon le 5 mars 2030 à 17h30');
    expect(email.text).toContain(data.url);
    expect(email.html).toContain(`<a href="${data.url}"`);
  });

  it('the confirmation says received or received again, with the link; what was typed is escaped and kept out of the subject', () => {
    const first = surveySubmittedEmail({ ...data, again: false });
    const again = surveySubmittedEmail({ ...data, again: true });
    expect(first.subject).toBe('Votre pratique inspirante a bien été reçue');
    expect(again.subject).toBe('Votre pratique inspirante modifiée a bien été reçue');
    expect(first.text).toContain(data.url);
    expect(first.html).toContain('Chantiers &lt;b&gt;ouverts&lt;/b&gt;');
    expect(first.html).not.toContain('<b>ouverts');
    expect(first.subject).not.toMatch(/[\r\n]/);
  });
});
