// The audit trail in French: what was changed, how, and the values before and after.
import { PRACTICE_THEMES } from '@/lib/practices/model';
import { formatDateTime } from '@/lib/time';

const ENTITY_LABELS: Record<string, string> = {
  event: 'Rencontre',
  agenda_item: 'Séquence du programme',
  workshop: 'Atelier',
  speaker: 'Intervenant·e',
  agenda_item_speaker: 'Intervenant·e d’une séquence',
  workshop_speaker: 'Intervenant·e d’un atelier',
  registration: 'Inscription',
  user: 'Compte',
  outbound_email: 'E-mail',
  person: 'Personne',
  retention: 'Durée de conservation',
  practice: 'Pratique inspirante',
  tour_settings: 'Réglages du Tour',
};

const ACTION_LABELS: Record<string, string> = {
  create: 'création',
  update: 'modification',
  delete: 'suppression',
  move: 'déplacement',
  link: 'ajout',
  unlink: 'retrait',
  publish: 'publication',
  unpublish: 'retour en brouillon',
  cancel: 'annulation',
  notify_change: 'inscrits prévenus du changement',
  check_in: 'arrivée enregistrée',
  undo_check_in: 'arrivée annulée',
  promote: 'sortie de la liste d’attente',
  invite: 'invitation',
  accept_invitation: 'activation du compte',
  reset_password: 'nouveau mot de passe',
  change_regions: 'changement de régions',
  deactivate: 'désactivation',
  reactivate: 'réactivation',
  resend_invitation: 'nouvelle invitation',
  retry: 'nouvel envoi',
  erase: 'effacement',
  anonymise: 'anonymisation',
  save_draft: 'brouillon enregistré par la personne',
  submit: 'réponse envoyée',
  resubmit: 'réponse renvoyée après modification',
  request_changes: 'modifications demandées',
  decline: 'refus',
  withdraw: 'retrait de la collection',
  comment: 'commentaire',
  propose: 'proposition',
};

const FIELD_LABELS: Record<string, string> = {
  email: 'E-mail',
  name: 'Nom',
  role: 'Rôle',
  regionIds: 'Régions',
  active: 'Actif',
  invitationExpiresAt: 'Lien d’invitation valable jusqu’au',
  status: 'Statut',
  attempts: 'Tentatives',
  title: 'Titre',
  slug: 'Adresse de la page',
  edition: 'Édition',
  startsAt: 'Début',
  endsAt: 'Fin',
  timeZone: 'Fuseau horaire',
  calendarSequence: 'Version de l’agenda',
  notified: 'Personnes prévenues',
  changes: 'Changements',
  venueName: 'Lieu',
  venueAddress: 'Adresse',
  venuePostcode: 'Code postal',
  venueCity: 'Ville',
  venueLat: 'Latitude',
  venueLng: 'Longitude',
  description: 'Description',
  capacity: 'Places',
  registrationOpensAt: 'Ouverture des inscriptions',
  registrationClosesAt: 'Clôture des inscriptions',
  contactEmail: 'E-mail de contact',
  lunchProvided: 'Déjeuner prévu',
  accessibilityInfo: 'Accessibilité',
  regionId: 'Région',
  kind: 'Type',
  position: 'Position',
  code: 'Lettre',
  room: 'Salle',
  organisation: 'Organisation',
  checkedInAt: 'Arrivée',
  agendaItemId: 'Séquence',
  speakerId: 'Intervenant·e',
  workshopId: 'Atelier',
  slotId: 'Créneau',
  summary: 'Résumé',
  department: 'Département',
  communes: 'Commune(s)',
  qpv: 'QPV concerné',
  qpvNames: 'QPV concernés',
  respondentName: 'Répondant·e',
  respondentOrganisation: 'Organisation du répondant',
  respondentOrganisationType: 'Type d’organisation',
  respondentRole: 'Fonction du répondant',
  respondentEmail: 'E-mail du répondant',
  themes: 'Thèmes',
  otherTheme: 'Autre thème',
  actors: 'Acteurs',
  context: 'Contexte',
  actions: 'Actions menées',
  results: 'Résultats',
  insertionHours: 'Heures d’insertion',
  peopleHired: 'Personnes embauchées',
  difficulties: 'Difficultés',
  reproduce: 'Pour reproduire',
  period: 'Période',
  links: 'Liens',
  moderatorMessage: 'Message à la personne',
  declineReason: 'Motif du refus',
  reason: 'Motif',
  comment: 'Commentaire',
  origin: 'Origine',
  consentPublicationAt: 'Accord de publication',
  consentContactAt: 'Accord pour être contacté·e',
  submittedAt: 'Envoyée le',
  surveyOpensAt: 'Ouverture de l’enquête',
  surveyClosesAt: 'Clôture de l’enquête',
  recueilIntroduction: 'Introduction du recueil',
};

const ROLE_LABELS: Record<string, string> = { national: 'Équipe nationale', partner: 'Partenaire régional' };
const STATUS_LABELS: Record<string, string> = {
  draft: 'Brouillon',
  published: 'Publiée',
  cancelled: 'Annulée',
  confirmed: 'Confirmée',
  waitlisted: 'Liste d’attente',
  pending: 'En attente',
  sent: 'Envoyé',
  failed: 'Échec',
  submitted: 'À modérer',
  changes_requested: 'Modifications demandées',
  declined: 'Refusée',
  unpublished: 'Dépubliée',
};

export const entityLabel = (entity: string) => ENTITY_LABELS[entity] ?? entity;
export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action.replaceAll('_', ' ');
export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;

/** "Compte : désactivation" */
export function kindLabel(entity: string, action?: string): string {
  return action ? `${entityLabel(entity)} : ${actionLabel(action)}` : entityLabel(entity);
}

/** Never shown, whatever a use case wrote by mistake. */
export function isSecretField(field: string): boolean {
  return /password|token|hash|secret/i.test(field);
}

/** Changed fields worth showing: no secret, no technical id. */
export function visibleChanges(changes: Record<string, { before: unknown; after: unknown }>) {
  return Object.entries(changes ?? {}).filter(([field]) => !isSecretField(field) && field !== 'id');
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** One value as a person reads it: Paris dates, oui/non, region names, labels of roles and statuses. */
export function formatAuditValue(field: string, value: unknown, regionNames: ReadonlyMap<number, string> = new Map()): string {
  if (value === null || value === undefined || value === '') return '(vide)';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if ((field === 'regionIds' || field === 'regionId') && (Array.isArray(value) || typeof value === 'number')) {
    const ids = Array.isArray(value) ? value : [value];
    if (ids.length === 0) return '(aucune)';
    return ids
      .map((id) => regionNames.get(Number(id)) ?? `région ${id}`)
      .sort((a, b) => a.localeCompare(b, 'fr'))
      .join(', ');
  }
  if (field === 'themes' && Array.isArray(value)) {
    return value.length === 0 ? '(aucun)' : value.map((t) => PRACTICE_THEMES[t as keyof typeof PRACTICE_THEMES] ?? String(t)).join(', ');
  }
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) return formatDateTime(new Date(value));
    if (field === 'role' && ROLE_LABELS[value]) return ROLE_LABELS[value];
    if (field === 'status' && STATUS_LABELS[value]) return STATUS_LABELS[value];
    return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  }
  if (Array.isArray(value)) return value.length === 0 ? '(aucun)' : value.map((v) => formatAuditValue(field, v, regionNames)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value).slice(0, 200);
  return String(value);
}
