// The four worlds the tour brings together (emploi, habitat, politique de la ville, renouvellement
// urbain), read from the organisation type people give when they register. This is the one place
// that says which type belongs to which world.
import type { OrganisationType } from '@/db/schema';

export type World = 'emploi' | 'habitat' | 'politique_ville' | 'renouvellement_urbain' | 'autre';

export const WORLDS: readonly { world: World; label: string; types: readonly OrganisationType[] }[] = [
  // Those who hire, train and place people far from employment, and those who run the clause.
  { world: 'emploi', label: 'Emploi', types: ['service_public_emploi', 'siae', 'facilitateur', 'entreprise'] },
  // Social landlords: the largest buyers of works with integration hours.
  { world: 'habitat', label: 'Habitat', types: ['bailleur_social'] },
  // Local authorities, the State and associations of the priority neighbourhoods (QPV).
  { world: 'politique_ville', label: 'Politique de la ville', types: ['collectivite', 'etat_agence', 'association'] },
  // Project owners of the urban renewal programmes (PRU / NPNRU).
  { world: 'renouvellement_urbain', label: 'Renouvellement urbain', types: ['maitre_ouvrage'] },
  { world: 'autre', label: 'Autre', types: ['autre'] },
];

/** The mapping as rows for SQL (db/queries/stats.ts worldsSql): type → world, in display order. */
export const WORLD_MAPPING: { type: OrganisationType; world: World; position: number }[] = WORLDS.flatMap((w, position) =>
  w.types.map((type) => ({ type, world: w.world, position })),
);

export function worldLabel(world: string): string {
  return WORLDS.find((w) => w.world === world)?.label ?? world;
}
