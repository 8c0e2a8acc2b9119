import type { PublicEvent } from './model';

/** An OpenStreetMap link to the venue: its coordinates when known, otherwise a search of its address. */
export function openStreetMapUrl(venue: PublicEvent['venue']): string {
  if (venue.lat !== null && venue.lng !== null) {
    return `https://www.openstreetmap.org/?mlat=${venue.lat}&mlon=${venue.lng}#map=17/${venue.lat}/${venue.lng}`;
  }
  const query = `${venue.address}, ${venue.postcode} ${venue.city}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
