// The tour's domain (DESIGN.md): regions, events, their programme, registrations; with the
// constraints that make bad states impossible. The accounts and the platform's own tables are in
// schema-platform.ts; db/schema.ts gathers both.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './schema-columns';

export const eventStatus = pgEnum('event_status', ['draft', 'published', 'cancelled']);
export const agendaKind = pgEnum('agenda_kind', [
  'welcome',
  'plenary',
  'round_table',
  'presentation',
  'qa',
  'meal',
  'workshop_slot',
  'break',
  'closing',
]);
export const registrationStatus = pgEnum('registration_status', ['confirmed', 'waitlisted', 'cancelled']);
export const organisationType = pgEnum('organisation_type', [
  'collectivite',
  'bailleur_social',
  'entreprise',
  'siae',
  'service_public_emploi',
  'facilitateur',
  'maitre_ouvrage',
  'association',
  'etat_agence',
  'autre',
]);

export const regions = pgTable('regions', {
  id: smallint('id').primaryKey().generatedAlwaysAsIdentity(),
  // INSEE region code ("76" for Occitanie): stable, short, used in URLs and the API.
  code: text('code').notNull().unique(),
  name: text('name').notNull().unique(),
  capital: text('capital').notNull(),
  overseas: boolean('overseas').notNull().default(false),
});

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: smallint('region_id')
      .notNull()
      .references(() => regions.id),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    edition: smallint('edition').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    // IANA zone of the venue: every time of the event is shown and exported in it.
    timeZone: text('time_zone').notNull().default('Europe/Paris'),
    // iCalendar SEQUENCE of the event's calendar entries, raised by each change sent to calendars.
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    venueName: text('venue_name').notNull(),
    venueAddress: text('venue_address').notNull(),
    venuePostcode: text('venue_postcode').notNull(),
    venueCity: text('venue_city').notNull(),
    venueLat: doublePrecision('venue_lat'),
    venueLng: doublePrecision('venue_lng'),
    description: text('description').notNull().default(''),
    status: eventStatus('status').notNull().default('draft'),
    capacity: integer('capacity').notNull(),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    contactEmail: text('contact_email').notNull(),
    lunchProvided: boolean('lunch_provided').notNull().default(false),
    accessibilityInfo: text('accessibility_info').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('events_region_idx').on(t.regionId),
    index('events_status_starts_idx').on(t.status, t.startsAt),
    check('events_capacity_nonnegative', sql`${t.capacity} >= 0`),
    check('events_times_in_order', sql`${t.endsAt} > ${t.startsAt}`),
    check(
      'events_registration_window_in_order',
      sql`${t.registrationOpensAt} IS NULL OR ${t.registrationClosesAt} IS NULL OR ${t.registrationClosesAt} > ${t.registrationOpensAt}`,
    ),
    check('events_edition_plausible', sql`${t.edition} BETWEEN 2000 AND 2100`),
    check('events_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: agendaKind('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    index('agenda_items_event_idx').on(t.eventId, t.position),
    check('agenda_items_times_in_order', sql`${t.endsAt} > ${t.startsAt}`),
    // (id, kind) is the target of workshops' composite key: only a workshop_slot can hold ateliers.
    unique('agenda_items_id_kind_key').on(t.id, t.kind),
  ],
);

export const workshops = pgTable(
  'workshops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slotId: uuid('slot_id').notNull(),
    // Always 'workshop_slot': with the composite foreign key it forbids ateliers under a plenary.
    slotKind: agendaKind('slot_kind').notNull().default('workshop_slot'),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    room: text('room').notNull().default(''),
    capacity: integer('capacity').notNull(),
  },
  (t) => [
    foreignKey({
      name: 'workshops_slot_fk',
      columns: [t.slotId, t.slotKind],
      foreignColumns: [agendaItems.id, agendaItems.kind],
    }).onDelete('cascade'),
    unique('workshops_slot_code_key').on(t.slotId, t.code),
    // Target of workshop_choices' composite key: a choice's atelier belongs to the chosen slot.
    unique('workshops_id_slot_key').on(t.id, t.slotId),
    check('workshops_capacity_nonnegative', sql`${t.capacity} >= 0`),
    check('workshops_slot_kind', sql`${t.slotKind} = 'workshop_slot'`),
    check('workshops_code_format', sql`${t.code} ~ '^[A-Z][0-9]?$'`),
  ],
);

export const speakers = pgTable(
  'speakers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    organisation: text('organisation').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('speakers_event_idx').on(t.eventId)],
);

export const agendaItemSpeakers = pgTable(
  'agenda_item_speakers',
  {
    agendaItemId: uuid('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    speakerId: uuid('speaker_id')
      .notNull()
      .references(() => speakers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.agendaItemId, t.speakerId] })],
);

export const workshopSpeakers = pgTable(
  'workshop_speakers',
  {
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    speakerId: uuid('speaker_id')
      .notNull()
      .references(() => speakers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.speakerId] })],
);

export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'restrict' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    organisation: text('organisation').notNull(),
    organisationType: organisationType('organisation_type').notNull(),
    jobTitle: text('job_title').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    lunch: boolean('lunch').notNull().default(false),
    accessibilityNeeds: text('accessibility_needs').notNull().default(''),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    status: registrationStatus('status').notNull(),
    idempotencyKey: text('idempotency_key'),
    // SHA-256 of the request the key came with: the same key with another body is refused.
    idempotencyHash: text('idempotency_hash'),
    // The same person across events, for national counts: SHA-256 of lower(email), set by a
    // trigger at insert; kept when personal fields are anonymised, replaced when a person is erased.
    personKey: text('person_key'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    // Set when the reminder two days before the event is queued, so it is sent once.
    reminderQueuedAt: timestamp('reminder_queued_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('registrations_live_email_key')
      .on(t.eventId, sql`lower(${t.email})`)
      .where(sql`${t.status} <> 'cancelled'`),
    uniqueIndex('registrations_idempotency_key').on(t.eventId, t.idempotencyKey),
    index('registrations_event_status_idx').on(t.eventId, t.status, t.createdAt),
    index('registrations_email_idx').on(sql`lower(${t.email})`),
    index('registrations_person_key_idx').on(t.personKey),
    check('registrations_cancelled_at', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} IS NOT NULL)`),
  ],
);

export const workshopChoices = pgTable(
  'workshop_choices',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    workshopId: uuid('workshop_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.registrationId, t.slotId] }),
    foreignKey({
      name: 'workshop_choices_workshop_fk',
      columns: [t.workshopId, t.slotId],
      foreignColumns: [workshops.id, workshops.slotId],
    }).onDelete('cascade'),
    index('workshop_choices_workshop_idx').on(t.workshopId),
  ],
);

/**
 * Private links to manage a registration. Each e-mail that carries a link mints a new one, so an
 * older e-mail's link keeps working; only the SHA-256 of a token is stored.
 */
export const manageLinks = pgTable(
  'manage_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('manage_links_registration_idx').on(t.registrationId)],
);

export type Region = typeof regions.$inferSelect;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type AgendaItem = typeof agendaItems.$inferSelect;
export type Workshop = typeof workshops.$inferSelect;
export type Speaker = typeof speakers.$inferSelect;
export type Registration = typeof registrations.$inferSelect;
export type WorkshopChoice = typeof workshopChoices.$inferSelect;
export type AgendaKind = (typeof agendaKind.enumValues)[number];
export type EventStatus = (typeof eventStatus.enumValues)[number];
export type OrganisationType = (typeof organisationType.enumValues)[number];
