// A tile map of France: one tile per region, placed roughly where the region lies, drawn in this
// repository (no third-party shapes, so no licence to inherit). It is a list of links, so it
// reads as a list without its picture.
import Link from 'next/link';

// Grid positions (column, row), metropolitan regions on a 5×5 grid, overseas regions below.
const TILES: Record<string, { col: number; row: number; short: string }> = {
  '32': { col: 3, row: 1, short: 'HDF' },
  '28': { col: 2, row: 2, short: 'NOR' },
  '11': { col: 3, row: 2, short: 'IDF' },
  '44': { col: 4, row: 2, short: 'GES' },
  '53': { col: 1, row: 3, short: 'BRE' },
  '52': { col: 2, row: 3, short: 'PDL' },
  '24': { col: 3, row: 3, short: 'CVL' },
  '27': { col: 4, row: 3, short: 'BFC' },
  '75': { col: 2, row: 4, short: 'NAQ' },
  '84': { col: 4, row: 4, short: 'ARA' },
  '76': { col: 3, row: 5, short: 'OCC' },
  '93': { col: 4, row: 5, short: 'PAC' },
  '94': { col: 5, row: 6, short: 'COR' },
  '01': { col: 1, row: 7, short: 'GUA' },
  '02': { col: 2, row: 7, short: 'MTQ' },
  '03': { col: 3, row: 7, short: 'GUY' },
  '04': { col: 4, row: 7, short: 'REU' },
  '06': { col: 5, row: 7, short: 'MAY' },
};

export type MapRegion = { code: string; name: string; events: number };

export function RegionTileMap({ regions }: { regions: MapRegion[] }) {
  const withEvents = regions.filter((r) => r.events > 0).length;
  return (
    <figure className="rounded-lg border border-slate-200 bg-marine-50 p-4">
      <figcaption id="carte-legende" className="mb-3 text-sm text-slate-700">
        Carte des régions : {withEvents} régions sur {regions.length} ont accueilli ou accueilleront une rencontre
        (tuiles foncées). Chaque tuile mène aux rencontres de la région.
      </figcaption>
      <ul aria-labelledby="carte-legende" className="grid grid-cols-5 gap-1.5 sm:gap-2" style={{ gridTemplateRows: 'repeat(7, minmax(0, 1fr))' }}>
        {regions.map((region) => {
          const tile = TILES[region.code];
          if (!tile) return null;
          const active = region.events > 0;
          const label = `${region.name} : ${region.events === 0 ? 'aucune rencontre' : region.events === 1 ? '1 rencontre' : `${region.events} rencontres`}`;
          return (
            <li key={region.code} style={{ gridColumn: tile.col, gridRow: tile.row }} className={tile.row === 7 ? 'mt-3' : undefined}>
              <Link
                href={`/rencontres?region=${region.code}`}
                title={label}
                className={`flex aspect-square flex-col items-center justify-center rounded-md text-center text-xs font-bold no-underline sm:text-sm ${
                  active
                    ? 'bg-marine-700 text-white hover:bg-marine-900'
                    : 'border border-marine-200 bg-white text-marine-800 hover:bg-marine-100'
                }`}
              >
                <span className="sr-only">{label}</span>
                <span aria-hidden="true">{tile.short}</span>
                {active ? (
                  <span aria-hidden="true" className="text-[0.7rem] font-normal">
                    {region.events}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-700">Dernière ligne : régions d&apos;outre-mer.</p>
    </figure>
  );
}
