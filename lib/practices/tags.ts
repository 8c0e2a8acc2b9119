// Cache tags of the views that show practices outside the collection: a meeting's page (tagged
// with each practice linked to its programme) and the home page's latest practices.

/** The latest published practices (home page). */
export const PRACTICES_TAG = 'practices';
/** Every cached view that shows this practice (a meeting's page whose programme links it). */
export const practiceTag = (practiceId: string) => `practice:${practiceId}`;
/** The tour's settings (the survey's window shown on the home page). */
export const TOUR_SETTINGS_TAG = 'tour-settings';
