import { describe, expect, it } from 'vitest';
import { eventSlug, isValidSlug, slugify } from './slug';

describe('slugify', () => {
  it('drops accents, apostrophes and punctuation', () => {
    expect(slugify("Provence-Alpes-Côte d'Azur")).toBe('provence-alpes-cote-d-azur');
    expect(slugify('  Île-de-France — Saint-Denis  ')).toBe('ile-de-france-saint-denis');
    expect(slugify('Cœur de ville')).toBe('coeur-de-ville');
  });
  it('gives valid slugs only', () => {
    expect(isValidSlug(eventSlug('Occitanie', 'Montpellier', '2022-12-08'))).toBe(true);
    expect(eventSlug('Occitanie', 'Montpellier', '2022-12-08')).toBe('occitanie-montpellier-2022-12-08');
    expect(isValidSlug('Occitanie')).toBe(false);
    expect(isValidSlug('a--b')).toBe(false);
    expect(isValidSlug('-a')).toBe(false);
    expect(isValidSlug('')).toBe(false);
  });
  it('cuts long titles without a trailing hyphen', () => {
    const slug = slugify('mot '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(isValidSlug(slug)).toBe(true);
  });
});
