/** Tag of the list of meetings (home page, /rencontres, GET /api/events). */
export const EVENTS_LIST_TAG = 'events:list';
/** Tag of one meeting's page, calendar file and API entry. */
export const eventTag = (slug: string) => `event:${slug}`;
export const REGIONS_TAG = 'regions';
