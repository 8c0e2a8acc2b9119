import { describe, expect, it } from 'vitest';
import { practiceWordingSchema } from './moderation-schema';

const form = {
  title: ' Un titre ',
  regionCode: '76',
  themes: ['innover'],
  insertionHours: '1200',
  peopleHired: '',
  links: 'https://exemple.example.org/a\n\n  https://exemple.example.org/b ',
};

describe('practiceWordingSchema', () => {
  it('turns the form’s text boxes into columns, and accepts its own output again (the form sends it to the server)', () => {
    const once = practiceWordingSchema.parse(form);
    expect(once).toMatchObject({ title: 'Un titre', insertionHours: 1200, peopleHired: null, links: ['https://exemple.example.org/a', 'https://exemple.example.org/b'], qpv: '' });
    expect(practiceWordingSchema.parse(once)).toEqual(once);
  });

  it('refuses a negative figure, a link that is not a web address, an unknown theme, no theme', () => {
    const error = (values: object) => practiceWordingSchema.safeParse({ ...form, ...values }).error?.issues[0]?.message;
    expect(error({ insertionHours: '-4' })).toMatch(/nombre entier positif/);
    expect(error({ links: 'javascript:alert(1)' })).toMatch(/adresse web complète/);
    expect(error({ themes: ['astrologie'] })).toBe('Thème inconnu : choisissez dans la liste.');
    expect(error({ themes: [] })).toBe('Choisissez au moins un thème.');
  });
});
