// Accounts, audit, e-mail outbox and rate limits: the platform's own tables (the domain is in
// schema-domain.ts; db/schema.ts gathers both).
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './schema-columns';
import { events, regions, registrations } from './schema-domain';

export const userRole = pgEnum('user_role', ['national', 'partner']);
export const emailStatus = pgEnum('email_status', ['pending', 'sent', 'failed']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    passwordHash: text('password_hash'),
    role: userRole('role').notNull(),
    active: boolean('active').notNull().default(true),
    // Bumped to end every session of the account at once (deactivation, password change).
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

export const userTokenKind = pgEnum('user_token_kind', ['invitation', 'password_reset']);

/** One-time links of accounts (invitation: 7 days, password reset: 1 hour); only hashes are stored. */
export const userTokens = pgTable(
  'user_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: userTokenKind('kind').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('user_tokens_user_idx').on(t.userId)],
);

export const partnerRegions = pgTable(
  'partner_regions',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    regionId: smallint('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.regionId] })],
);

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<Record<string, { before: unknown; after: unknown }>>().notNull().default({}),
  },
  (t) => [
    index('audit_entries_at_idx').on(t.at),
    index('audit_entries_entity_idx').on(t.entity, t.entityId),
    index('audit_entries_user_at_idx').on(t.userId, t.at),
    index('audit_entries_event_at_idx').on(t.eventId, t.at),
  ],
);

/** An attachment of an outbound e-mail, as stored (jsonb). */
export type EmailAttachment = {
  filename: string;
  contentType: string;
  content: string;
  /** Binary content (an image) is stored base64-encoded. */
  encoding?: 'base64';
  /** Content-ID of an image shown inside the HTML body (<img src="cid:…">). */
  cid?: string;
  /**
   * A QR code of this URL, drawn as a PNG into `content` when the e-mail is sent
   * (lib/email/check-in-qr.ts): drawing takes milliseconds of CPU that a registration's request
   * should not spend.
   */
  qrCodeOf?: string;
};

export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    attachments: jsonb('attachments')
      .$type<EmailAttachment[]>()
      .notNull()
      .default([]),
    registrationId: uuid('registration_id').references(() => registrations.id, { onDelete: 'set null' }),
    status: emailStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('outbound_emails_due_idx').on(t.status, t.nextAttemptAt),
    check('outbound_emails_attempts_nonnegative', sql`${t.attempts} >= 0`),
  ],
);

/** Fixed-window counters for rate limits, shared by every app instance. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index('rate_limits_window_idx').on(t.windowStart)],
);

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
export type AuditEntry = typeof auditEntries.$inferSelect;
export type OutboundEmail = typeof outboundEmails.$inferSelect;
