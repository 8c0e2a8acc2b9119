/** Tag of the list of events (home page, /rencontres, GET /api/events). */
export const EVENTS_LIST_TAG = 'events:list';
/** Tag of one event's page, calendar file and API entry. */
export const eventTag = (slug: string) => `event:${slug}`;
export const REGIONS_TAG = 'regions';
