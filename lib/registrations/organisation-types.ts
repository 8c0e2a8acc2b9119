import type { OrganisationType } from '@/db/schema';

/** The kinds of organisation that come to the tour's events, in the order the form offers them. */
export const ORGANISATION_TYPES: { value: OrganisationType; label: string }[] = [
  { value: 'collectivite', label: 'Collectivité' },
  { value: 'bailleur_social', label: 'Bailleur social' },
  { value: 'entreprise', label: 'Entreprise' },
  { value: 'siae', label: "Structure d'insertion (SIAE)" },
  { value: 'service_public_emploi', label: "Service public de l'emploi" },
  { value: 'facilitateur', label: 'Facilitateur de la clause sociale' },
  { value: 'maitre_ouvrage', label: "Maître d'ouvrage" },
  { value: 'association', label: 'Association' },
  { value: 'etat_agence', label: 'État / agence' },
  { value: 'autre', label: 'Autre' },
];

export const ORGANISATION_TYPE_VALUES = ORGANISATION_TYPES.map((t) => t.value) as [OrganisationType, ...OrganisationType[]];

export function organisationTypeLabel(value: OrganisationType): string {
  return ORGANISATION_TYPES.find((t) => t.value === value)?.label ?? value;
}
