// Pratiques inspirantes: the national survey's answers, their moderation, the meetings where they
// are presented, and the tour's settings for the survey and the recueil. db/schema.ts gathers it.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './schema-columns';
import { agendaItems, organisationType, regions, workshops } from './schema-domain';
import { users } from './schema-platform';

/**
 * draft → submitted → (changes_requested → submitted)* → published ⇄ unpublished, or declined.
 * A draft is the respondent's until they submit it; only national staff publish.
 */
export const practiceStatus = pgEnum('practice_status', [
  'draft',
  'submitted',
  'changes_requested',
  'published',
  'declined',
  'unpublished',
]);
/** The themes of the tour's ateliers (labels in lib/practices/model.ts). */
export const practiceTheme = pgEnum('practice_theme', [
  'innover',
  'siae_handicap',
  'ess',
  'achats_responsables',
  'entreprises',
  'habitants_qpv',
  'suivi_heures',
  'autre',
]);
/** How the answer came in: the public survey, the API, or proposed by a partner. */
export const practiceOrigin = pgEnum('practice_origin', ['survey', 'api', 'partner']);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The respondent's own version, kept at each submission so moderation's edits can be compared. */
export type PracticeOriginal = Record<string, string | number | boolean | string[] | null>;

export const practices = pgTable(
  'practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Set at the first submission from the title, then stable (URLs of the collection and the API).
    slug: text('slug').unique(),
    status: practiceStatus('status').notNull().default('draft'),
    origin: practiceOrigin('origin').notNull().default('survey'),
    // The respondent.
    respondentName: text('respondent_name').notNull().default(''),
    respondentOrganisation: text('respondent_organisation').notNull().default(''),
    respondentOrganisationType: organisationType('respondent_organisation_type'),
    respondentRole: text('respondent_role').notNull().default(''),
    respondentEmail: text('respondent_email').notNull(),
    // The territory.
    regionId: smallint('region_id').references(() => regions.id),
    department: text('department').notNull().default(''),
    communes: text('communes').notNull().default(''),
    // Whether a QPV (quartier prioritaire) is concerned; null until the respondent says.
    qpv: boolean('qpv'),
    qpvNames: text('qpv_names').notNull().default(''),
    // The practice.
    themes: practiceTheme('themes').array().notNull().default(sql`'{}'::practice_theme[]`),
    otherTheme: text('other_theme').notNull().default(''),
    title: text('title').notNull().default(''),
    summary: text('summary').notNull().default(''),
    actors: text('actors').notNull().default(''),
    context: text('context').notNull().default(''),
    actions: text('actions').notNull().default(''),
    results: text('results').notNull().default(''),
    insertionHours: integer('insertion_hours'),
    peopleHired: integer('people_hired'),
    difficulties: text('difficulties').notNull().default(''),
    reproduce: text('reproduce').notNull().default(''),
    period: text('period').notNull().default(''),
    links: text('links').array().notNull().default(sql`'{}'::text[]`),
    // Consents, with the time they were given (null: not given).
    consentPublicationAt: timestamp('consent_publication_at', { withTimezone: true }),
    consentContactAt: timestamp('consent_contact_at', { withTimezone: true }),
    // The respondent's version at their last submission; the columns above are moderation's.
    original: jsonb('original').$type<PracticeOriginal>(),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    // The latest message of moderation to the respondent, and the reason of a decline.
    moderatorMessage: text('moderator_message').notNull().default(''),
    declineReason: text('decline_reason').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // French full-text search that forgives accents, case and plurals: the `tour_fr` configuration
    // (french stemming after unaccent) is created by migration 0006.
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('tour_fr', coalesce(title, '')), 'A') || setweight(to_tsvector('tour_fr', coalesce(summary, '')), 'B') || setweight(to_tsvector('tour_fr', coalesce(context, '') || ' ' || coalesce(actions, '') || ' ' || coalesce(results, '')), 'C') || setweight(to_tsvector('tour_fr', coalesce(communes, '') || ' ' || coalesce(actors, '') || ' ' || coalesce(qpv_names, '') || ' ' || coalesce(reproduce, '') || ' ' || coalesce(difficulties, '')), 'D')`,
    ),
  },
  (t) => [
    index('practices_search_idx').using('gin', t.search),
    index('practices_themes_idx').using('gin', t.themes),
    // Typo tolerance of the collection's search: trigrams of the unaccented title (tour_unaccent is
    // unaccent declared immutable, created by migration 0006, so that it can be indexed).
    index('practices_title_trgm_idx').using('gin', sql`tour_unaccent(${t.title}) gin_trgm_ops`),
    index('practices_status_published_idx').on(t.status, t.publishedAt),
    index('practices_region_status_idx').on(t.regionId, t.status),
    check('practices_slug_format', sql`${t.slug} IS NULL OR ${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('practices_figures_nonnegative', sql`coalesce(${t.insertionHours}, 0) >= 0 AND coalesce(${t.peopleHired}, 0) >= 0`),
    // Once submitted, an answer has its slug, its region, its title and the consent to publish it.
    check(
      'practices_submitted_complete',
      sql`${t.status} = 'draft' OR (${t.slug} IS NOT NULL AND ${t.regionId} IS NOT NULL AND ${t.title} <> '' AND ${t.consentPublicationAt} IS NOT NULL AND ${t.submittedAt} IS NOT NULL)`,
    ),
    check('practices_published_at', sql`${t.status} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
  ],
);

/** Private links to come back to an answer (draft or changes asked); only the SHA-256 is stored. */
export const practiceLinks = pgTable(
  'practice_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('practice_links_practice_idx').on(t.practiceId)],
);

/** Comments of partners and staff on an answer under moderation (never shown to the public). */
export const practiceComments = pgTable(
  'practice_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('practice_comments_practice_idx').on(t.practiceId, t.createdAt)],
);

/**
 * "Pratique présentée": a practice shown in a meeting, under a plenary item or an atelier. For an
 * atelier, agenda_item_id is its slot and the composite key keeps the atelier inside that slot.
 */
export const practicePresentations = pgTable(
  'practice_presentations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    workshopId: uuid('workshop_id'),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'practice_presentations_workshop_fk',
      columns: [t.workshopId, t.agendaItemId],
      foreignColumns: [workshops.id, workshops.slotId],
    }).onDelete('cascade'),
    unique('practice_presentations_once_key').on(t.practiceId, t.agendaItemId, t.workshopId).nullsNotDistinct(),
    index('practice_presentations_item_idx').on(t.agendaItemId),
    index('practice_presentations_practice_idx').on(t.practiceId),
  ],
);

/** The tour's own settings: one row (id = 1), edited by national staff. */
export const tourSettings = pgTable(
  'tour_settings',
  {
    id: smallint('id').primaryKey().default(1),
    surveyOpensAt: timestamp('survey_opens_at', { withTimezone: true }),
    surveyClosesAt: timestamp('survey_closes_at', { withTimezone: true }),
    recueilIntroduction: text('recueil_introduction').notNull().default(''),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('tour_settings_single_row', sql`${t.id} = 1`),
    check(
      'tour_settings_survey_window_in_order',
      sql`${t.surveyOpensAt} IS NULL OR ${t.surveyClosesAt} IS NULL OR ${t.surveyClosesAt} > ${t.surveyOpensAt}`,
    ),
  ],
);

export type Practice = typeof practices.$inferSelect;
export type NewPractice = typeof practices.$inferInsert;
export type PracticeStatus = (typeof practiceStatus.enumValues)[number];
export type PracticeTheme = (typeof practiceTheme.enumValues)[number];
export type PracticeOrigin = (typeof practiceOrigin.enumValues)[number];
export type PracticePresentation = typeof practicePresentations.$inferSelect;
export type TourSettings = typeof tourSettings.$inferSelect;
