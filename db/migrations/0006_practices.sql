-- French search that forgives accents, case and plurals: unaccent before the french stemmer.
-- Both extensions ship with PostgreSQL's contrib (the embedded server and Debian's) and are trusted.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION tour_fr (COPY = french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION tour_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); with the dictionary named, it is safe to
-- declare immutable, which an index on the unaccented title needs (typo tolerance by trigrams).
CREATE FUNCTION tour_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
CREATE TYPE "public"."practice_origin" AS ENUM('survey', 'api', 'partner');--> statement-breakpoint
CREATE TYPE "public"."practice_status" AS ENUM('draft', 'submitted', 'changes_requested', 'published', 'declined', 'unpublished');--> statement-breakpoint
CREATE TYPE "public"."practice_theme" AS ENUM('innover', 'siae_handicap', 'ess', 'achats_responsables', 'entreprises', 'habitants_qpv', 'suivi_heures', 'autre');--> statement-breakpoint
CREATE TABLE "practice_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"user_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"practice_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_presentations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"workshop_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_presentations_once_key" UNIQUE NULLS NOT DISTINCT("practice_id","agenda_item_id","workshop_id")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text,
	"status" "practice_status" DEFAULT 'draft' NOT NULL,
	"origin" "practice_origin" DEFAULT 'survey' NOT NULL,
	"respondent_name" text DEFAULT '' NOT NULL,
	"respondent_organisation" text DEFAULT '' NOT NULL,
	"respondent_organisation_type" "organisation_type",
	"respondent_role" text DEFAULT '' NOT NULL,
	"respondent_email" text NOT NULL,
	"region_id" smallint,
	"department" text DEFAULT '' NOT NULL,
	"communes" text DEFAULT '' NOT NULL,
	"qpv" boolean,
	"qpv_names" text DEFAULT '' NOT NULL,
	"themes" "practice_theme"[] DEFAULT '{}'::practice_theme[] NOT NULL,
	"other_theme" text DEFAULT '' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"actors" text DEFAULT '' NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"actions" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"insertion_hours" integer,
	"people_hired" integer,
	"difficulties" text DEFAULT '' NOT NULL,
	"reproduce" text DEFAULT '' NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"links" text[] DEFAULT '{}'::text[] NOT NULL,
	"consent_publication_at" timestamp with time zone,
	"consent_contact_at" timestamp with time zone,
	"original" jsonb,
	"proposed_by" uuid,
	"moderator_message" text DEFAULT '' NOT NULL,
	"decline_reason" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('tour_fr', coalesce(title, '')), 'A') || setweight(to_tsvector('tour_fr', coalesce(summary, '')), 'B') || setweight(to_tsvector('tour_fr', coalesce(context, '') || ' ' || coalesce(actions, '') || ' ' || coalesce(results, '')), 'C') || setweight(to_tsvector('tour_fr', coalesce(communes, '') || ' ' || coalesce(actors, '') || ' ' || coalesce(qpv_names, '') || ' ' || coalesce(reproduce, '') || ' ' || coalesce(difficulties, '')), 'D')) STORED,
	CONSTRAINT "practices_slug_unique" UNIQUE("slug"),
	CONSTRAINT "practices_slug_format" CHECK ("practices"."slug" IS NULL OR "practices"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "practices_figures_nonnegative" CHECK (coalesce("practices"."insertion_hours", 0) >= 0 AND coalesce("practices"."people_hired", 0) >= 0),
	CONSTRAINT "practices_submitted_complete" CHECK ("practices"."status" = 'draft' OR ("practices"."slug" IS NOT NULL AND "practices"."region_id" IS NOT NULL AND "practices"."title" <> '' AND "practices"."consent_publication_at" IS NOT NULL AND "practices"."submitted_at" IS NOT NULL)),
	CONSTRAINT "practices_published_at" CHECK ("practices"."status" <> 'published' OR "practices"."published_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "tour_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"survey_opens_at" timestamp with time zone,
	"survey_closes_at" timestamp with time zone,
	"recueil_introduction" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tour_settings_single_row" CHECK ("tour_settings"."id" = 1),
	CONSTRAINT "tour_settings_survey_window_in_order" CHECK ("tour_settings"."survey_opens_at" IS NULL OR "tour_settings"."survey_closes_at" IS NULL OR "tour_settings"."survey_closes_at" > "tour_settings"."survey_opens_at")
);
--> statement-breakpoint
ALTER TABLE "practice_comments" ADD CONSTRAINT "practice_comments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_comments" ADD CONSTRAINT "practice_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_links" ADD CONSTRAINT "practice_links_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_presentations" ADD CONSTRAINT "practice_presentations_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_presentations" ADD CONSTRAINT "practice_presentations_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_presentations" ADD CONSTRAINT "practice_presentations_workshop_fk" FOREIGN KEY ("workshop_id","agenda_item_id") REFERENCES "public"."workshops"("id","slot_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour_settings" ADD CONSTRAINT "tour_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practice_comments_practice_idx" ON "practice_comments" USING btree ("practice_id","created_at");--> statement-breakpoint
CREATE INDEX "practice_links_practice_idx" ON "practice_links" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "practice_presentations_item_idx" ON "practice_presentations" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "practice_presentations_practice_idx" ON "practice_presentations" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search");--> statement-breakpoint
CREATE INDEX "practices_themes_idx" ON "practices" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "practices_title_trgm_idx" ON "practices" USING gin (tour_unaccent("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "practices_status_published_idx" ON "practices" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "practices_region_status_idx" ON "practices" USING btree ("region_id","status");--> statement-breakpoint
INSERT INTO "tour_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;