// Seeds the invented practices (practices-data.ts) and their presentations at invented and demo
// events. A practice whose slug exists is left as it is, so seeding again adds nothing.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../connect';
import { agendaItems, events, practicePresentations, practices, workshops, type NewPractice, type PracticeOriginal } from '../schema';
import { FICTIONAL_PRACTICE, SEED_PRACTICES, type SeedPractice } from './practices-data';

const ORIGINAL_FIELDS = [
  'title', 'summary', 'department', 'communes', 'qpv', 'qpvNames', 'themes', 'otherTheme', 'actors', 'context',
  'actions', 'results', 'insertionHours', 'peopleHired', 'difficulties', 'reproduce', 'period', 'links',
] as const;

const OCCITANIE_2022_SLUG = 'occitanie-montpellier-2022-12-08';

function content(p: SeedPractice): Omit<NewPractice, 'regionId'> {
  const [organisation, organisationType] = p.organisation;
  return {
    slug: p.slug,
    status: p.status,
    origin: 'survey',
    respondentName: 'Camille Exemple',
    respondentOrganisation: organisation,
    respondentOrganisationType: organisationType,
    respondentRole: 'Chargée de mission clause sociale',
    respondentEmail: `pratique.${p.slug.slice(0, 24).replace(/-+$/, '')}@exemple.example.org`,
    department: p.department,
    communes: p.communes,
    qpv: p.qpv !== null,
    qpvNames: p.qpv ?? '',
    themes: p.themes,
    otherTheme: p.themes.includes('autre') ? 'Mobilité des publics' : '',
    title: p.title,
    summary: `${FICTIONAL_PRACTICE}. ${p.summary}`,
    actors: `${organisation}, maîtres d’ouvrage du projet de renouvellement urbain, entreprises attributaires, France Travail, mission locale.`,
    context: `${FICTIONAL_PRACTICE}. Le projet de renouvellement urbain de ${p.communes} mobilise plusieurs maîtres d’ouvrage ; les heures d’insertion étaient peu suivies et les habitants des quartiers peu orientés vers les chantiers.`,
    actions: `${p.summary} Un comité de suivi réunit chaque trimestre les partenaires ; le facilitateur accompagne les entreprises dans la rédaction des offres et le repérage des candidats.`,
    results: [
      p.hours ? `${p.hours.toLocaleString('fr-FR')} heures d’insertion réalisées.` : '',
      p.hired ? `${p.hired} personnes embauchées ou en parcours qualifiant.` : '',
      'Des partenaires qui se connaissent et travaillent ensemble.',
    ]
      .filter(Boolean)
      .join(' '),
    insertionHours: p.hours ?? null,
    peopleHired: p.hired ?? null,
    difficulties: 'Mobiliser les entreprises dès la préparation des marchés ; tenir le calendrier des chantiers.',
    reproduce: 'Un facilitateur identifié, un portage politique, un suivi partagé des heures et des réunions régulières entre partenaires.',
    period: '2021–2023',
    links: [],
    consentPublicationAt: new Date('2023-01-15T10:00:00Z'),
    consentContactAt: p.status === 'published' ? new Date('2023-01-15T10:00:00Z') : null,
    moderatorMessage: p.status === 'changes_requested' ? 'Pouvez-vous préciser les résultats chiffrés (heures, embauches) ?' : '',
    declineReason: p.status === 'declined' ? 'La réponse décrit un produit commercial, pas une pratique de territoire.' : '',
    submittedAt: new Date('2023-01-15T10:00:00Z'),
    publishedAt: p.status === 'published' || p.status === 'unpublished' ? new Date('2023-02-01T10:00:00Z') : null,
  };
}

/** Inserts the missing invented practices; returns the slugs created. */
export async function seedPractices(tx: Database, regionId: Map<string, number>): Promise<string[]> {
  const created: string[] = [];
  for (const p of SEED_PRACTICES) {
    const values = { ...content(p), regionId: regionId.get(p.region)! };
    // The respondent's version: moderation shortened the summary of the published ones.
    const original: PracticeOriginal = Object.fromEntries(ORIGINAL_FIELDS.map((k) => [k, values[k] ?? null]));
    if (p.status === 'published') original.summary = `${values.summary} Nous serions heureux de la présenter lors d’une rencontre régionale.`;
    const [row] = await tx
      .insert(practices)
      .values({ ...values, original })
      .onConflictDoNothing({ target: practices.slug })
      .returning({ id: practices.id });
    if (!row) continue;
    created.push(p.slug);
    for (const [eventSlug, code] of p.presented ?? []) {
      if (eventSlug === OCCITANIE_2022_SLUG) throw new Error('Invented practices are never linked to the real Occitanie 2022 event');
      await presentAt(tx, row.id, eventSlug, code);
    }
  }
  return created;
}

async function presentAt(tx: Database, practiceId: string, eventSlug: string, code: string | null) {
  if (code) {
    const [w] = await tx
      .select({ id: workshops.id, slotId: workshops.slotId })
      .from(workshops)
      .innerJoin(agendaItems, eq(agendaItems.id, workshops.slotId))
      .innerJoin(events, eq(events.id, agendaItems.eventId))
      .where(and(eq(events.slug, eventSlug), eq(workshops.code, code)))
      .limit(1);
    if (w) await tx.insert(practicePresentations).values({ practiceId, agendaItemId: w.slotId, workshopId: w.id });
    return;
  }
  const [item] = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .innerJoin(events, eq(events.id, agendaItems.eventId))
    .where(and(eq(events.slug, eventSlug), inArray(agendaItems.kind, ['round_table', 'plenary'])))
    .orderBy(agendaItems.position)
    .limit(1);
  if (item) await tx.insert(practicePresentations).values({ practiceId, agendaItemId: item.id, workshopId: null });
}

