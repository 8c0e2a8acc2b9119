// A large corpus of invented published practices, for the search's EXPLAIN test and `npm run bench`
// (5,000 by default): French sentences drawn from the words of the field by a seeded generator, so
// two runs hold the same texts, and every word of BENCH_QUERIES is frequent enough to match many.
import type { Executor } from '../connect';
import { practices, regions, type NewPractice, type OrganisationType, type PracticeTheme } from '../schema';

const SUBJECTS = [
  'Le facilitateur', 'La maison de l’emploi', 'Le bailleur social', 'La métropole', 'La mission locale', 'Le PLIE',
  'L’agglomération', 'La ville', 'Le groupement d’employeurs', 'L’entreprise d’insertion', 'Le chantier d’insertion', 'France Travail',
];
const VERBS = ['accompagne', 'mobilise', 'repère', 'forme', 'oriente', 'réunit', 'suit', 'valorise', 'outille', 'sensibilise', 'recrute', 'coordonne'];
// A practice is about one trade, in one commune, for one or two publics: the words a search looks for.
const TRADES = [
  'maçonnerie', 'plomberie', 'peinture', 'menuiserie', 'électricité', 'couverture', 'charpente', 'carrelage', 'plâtrerie', 'serrurerie',
  'chauffage', 'ventilation', 'isolation', 'désamiantage', 'démolition', 'terrassement', 'voirie', 'assainissement', 'paysagisme', 'élagage',
  'nettoyage', 'propreté urbaine', 'gardiennage', 'restauration collective', 'blanchisserie', 'déménagement', 'logistique', 'recyclage',
  'métallerie', 'vitrerie', 'étanchéité', 'ravalement', 'signalétique', 'numérique', 'imprimerie', 'traiteur', 'maraîchage', 'mobilier',
  'ascenseurs', 'câblage', 'géomètre', 'topographie', 'bâtiment', 'travaux publics', 'espaces verts', 'collecte des déchets',
  'entretien ménager', 'manutention', 'transport', 'couture',
];
const PUBLICS = [
  'jeunes sans qualification', 'femmes isolées', 'seniors au chômage', 'réfugiés statutaires', 'bénéficiaires du RSA', 'travailleurs handicapés',
  'décrocheurs scolaires', 'apprentis', 'habitants des QPV', 'demandeurs d’emploi de longue durée', 'familles monoparentales',
  'allocataires', 'sortants de détention', 'jeunes diplômés', 'salariés en reconversion', 'intérimaires', 'étudiants', 'primo-arrivants',
  'personnes sans logement', 'mères de famille', 'artisans', 'auto-entrepreneurs', 'lycéens', 'stagiaires', 'volontaires du service civique',
  'aidants', 'chômeurs', 'alternants', 'compagnons', 'saisonniers',
];
const COMMUNES = [
  'Aubervilliers', 'Sarcelles', 'Vénissieux', 'Grigny', 'Clichy-sous-Bois', 'Roubaix', 'Tourcoing', 'Villeurbanne', 'Vaulx-en-Velin', 'Nîmes',
  'Perpignan', 'Béziers', 'Lunel', 'Sète', 'Alès', 'Carcassonne', 'Narbonne', 'Tarbes', 'Montauban', 'Albi', 'Castres', 'Rodez', 'Mulhouse',
  'Colmar', 'Metz', 'Nancy', 'Reims', 'Troyes', 'Amiens', 'Beauvais', 'Creil', 'Rouen', 'Évreux', 'Caen', 'Cherbourg', 'Rennes', 'Brest',
  'Lorient', 'Quimper', 'Nantes', 'Saint-Nazaire', 'Angers', 'Le Mans', 'Tours', 'Orléans', 'Bourges', 'Dijon', 'Besançon', 'Chalon',
  'Grenoble', 'Échirolles', 'Valence', 'Clermont-Ferrand', 'Limoges', 'Poitiers', 'Niort', 'Bordeaux', 'Pau', 'Bayonne', 'Marseille',
];
const TITLE_HEADS = ['Passerelle', 'Parcours', 'Forum', 'Plateforme', 'Guichet', 'École', 'Charte', 'Comité', 'Réseau', 'Atelier', 'Chantier', 'Groupement'];
const RESULTS = ['heures d’insertion réalisées', 'personnes embauchées en contrat durable', 'parcours qualifiants engagés', 'entreprises mobilisées'];
const THEMES: PracticeTheme[] = ['innover', 'siae_handicap', 'ess', 'achats_responsables', 'entreprises', 'habitants_qpv', 'suivi_heures', 'autre'];
const TYPES: OrganisationType[] = ['collectivite', 'bailleur_social', 'entreprise', 'siae', 'service_public_emploi', 'facilitateur', 'association'];

/**
 * Two-word queries typed in the collection's search field, without accents as people type them:
 * most name a trade and a public or a place (a few dozen practices each, as in a real collection),
 * two are as broad as "clause sociale", found in most practices.
 */
export const BENCH_QUERIES = [
  'plomberie jeunes', 'ecole batiment', 'menuiserie femmes', 'desamiantage refugies', 'peinture roubaix', 'nettoyage seniors',
  'electricite apprentis', 'voirie apprentis', 'restauration collective', 'paysagisme decrocheurs', 'clause sociale', 'heures insertion',
];

/** A small seeded generator (mulberry32): the same seed gives the same corpus. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function insertPracticeCorpus(db: Executor, count = 5000, seed = 20221208): Promise<number> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const regionIds = (await db.select({ id: regions.id }).from(regions).orderBy(regions.id)).map((r) => r.id);
  const publishedFrom = Date.UTC(2022, 0, 1);
  const rows: (NewPractice & { regionId: number })[] = [];
  for (let i = 0; i < count; i++) {
    const [trade, commune, publics] = [pick(TRADES), pick(COMMUNES), [pick(PUBLICS), pick(PUBLICS)]];
    const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} les ${pick(publics)} vers les marchés de ${trade} de la clause sociale.`;
    const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');
    const at = new Date(publishedFrom + Math.floor(next() * 3 * 365) * 86_400_000);
    const themes = [...new Set([pick(THEMES), pick(THEMES)])];
    rows.push({
      slug: `corpus-${seed}-${i + 1}`,
      status: 'published',
      origin: 'survey',
      respondentName: 'Dominique Corpus',
      respondentOrganisation: `${pick(SUBJECTS)} de ${commune}`,
      respondentOrganisationType: pick(TYPES),
      respondentRole: 'Chargé·e de mission',
      respondentEmail: `corpus.${i + 1}@corpus.example.org`,
      regionId: pick(regionIds),
      department: String(1 + Math.floor(next() * 95)).padStart(2, '0'),
      communes: commune,
      qpv: next() < 0.7,
      themes,
      otherTheme: themes.includes('autre') ? 'Mobilité' : '',
      title: `${pick(TITLE_HEADS)} ${trade} à ${commune} (${i + 1})`,
      summary: `À ${commune}, ${paragraph(1)}`,
      actors: `${pick(SUBJECTS)}, ${pick(SUBJECTS)}.`,
      context: `Le projet de renouvellement urbain de ${commune} ouvre des marchés de ${trade}. ${paragraph(2)}`,
      actions: paragraph(3),
      results: `${Math.floor(next() * 20_000)} ${pick(RESULTS)} en ${trade}.`,
      difficulties: paragraph(1),
      reproduce: `Des partenaires de ${trade} et des ${publics[0]} prêts à travailler ensemble.`,
      period: '2022-2024',
      consentPublicationAt: at,
      submittedAt: at,
      publishedAt: at,
    });
  }
  for (let i = 0; i < rows.length; i += 500) await db.insert(practices).values(rows.slice(i, i + 500));
  return rows.length;
}
