// A complete survey answer (the JSON of POST /api/practices and of the form), each one its own.
import { randomUUID } from 'node:crypto';

export function surveyAnswer(overrides: Record<string, unknown> = {}) {
  const id = randomUUID().slice(0, 8);
  return {
    respondentName: 'Nadia Benali',
    respondentOrganisation: 'PLIE de Test',
    respondentOrganisationType: 'facilitateur',
    respondentRole: 'Facilitatrice de la clause sociale',
    email: `nadia.${id}@test.example.org`,
    regionCode: '76',
    department: 'Hérault (34)',
    title: `Des chantiers ouverts aux habitants ${id}`,
    communes: 'Montpellier, Lunel',
    qpv: true,
    qpvNames: 'La Mosson',
    themes: ['habitants_qpv', 'autre'],
    otherTheme: 'Mobilité des salariés',
    actors: 'PLIE, bailleur social, entreprises du BTP',
    context: 'Un programme de renouvellement urbain de 40 millions d’euros.',
    actions: 'Des visites de chantier pour les habitants, puis des recrutements.',
    results: '42 personnes recrutées, dont 30 habitants du quartier.',
    insertionHours: 12500,
    peopleHired: 42,
    difficulties: 'Les horaires de chantier et la garde d’enfants.',
    reproduce: 'Un facilitateur présent sur place et un bailleur moteur.',
    period: 'Depuis 2021',
    links: ['https://exemple.fr/chantiers'],
    consentPublication: true,
    consentContact: false,
    ...overrides,
  };
}
