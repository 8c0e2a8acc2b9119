ALTER TABLE "events" ADD COLUMN "time_zone" text DEFAULT 'Europe/Paris' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "calendar_sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- hand-written: each meeting takes its region's zone. Overseas meetings were entered and shown as
-- Paris wall-clock times while meaning local ones ("9h30" in Saint-Denis): their times keep the
-- wall-clock reading they showed, now in their own zone (9h30 Paris → 9h30 Réunion, 05:30Z).
UPDATE "events" e SET "time_zone" = CASE r."code"
    WHEN '01' THEN 'America/Guadeloupe'
    WHEN '02' THEN 'America/Martinique'
    WHEN '03' THEN 'America/Cayenne'
    WHEN '04' THEN 'Indian/Reunion'
    WHEN '06' THEN 'Indian/Mayotte'
    ELSE 'Europe/Paris' END
  FROM "regions" r WHERE r."id" = e."region_id";--> statement-breakpoint
UPDATE "agenda_items" a SET
    "starts_at" = (a."starts_at" AT TIME ZONE 'Europe/Paris') AT TIME ZONE e."time_zone",
    "ends_at" = (a."ends_at" AT TIME ZONE 'Europe/Paris') AT TIME ZONE e."time_zone"
  FROM "events" e WHERE e."id" = a."event_id" AND e."time_zone" <> 'Europe/Paris';--> statement-breakpoint
UPDATE "events" SET
    "starts_at" = ("starts_at" AT TIME ZONE 'Europe/Paris') AT TIME ZONE "time_zone",
    "ends_at" = ("ends_at" AT TIME ZONE 'Europe/Paris') AT TIME ZONE "time_zone",
    "registration_opens_at" = ("registration_opens_at" AT TIME ZONE 'Europe/Paris') AT TIME ZONE "time_zone",
    "registration_closes_at" = ("registration_closes_at" AT TIME ZONE 'Europe/Paris') AT TIME ZONE "time_zone"
  WHERE "time_zone" <> 'Europe/Paris';
