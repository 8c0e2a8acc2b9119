ALTER TABLE "registrations" ADD COLUMN "person_key" text;--> statement-breakpoint
CREATE INDEX "registrations_person_key_idx" ON "registrations" USING btree ("person_key");--> statement-breakpoint
CREATE FUNCTION registrations_set_person_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.person_key IS NULL THEN
    NEW.person_key := encode(sha256(convert_to(lower(NEW.email), 'UTF8')), 'hex');
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER registrations_person_key BEFORE INSERT ON "registrations"
  FOR EACH ROW EXECUTE FUNCTION registrations_set_person_key();--> statement-breakpoint
UPDATE "registrations" SET "person_key" = encode(sha256(convert_to(lower("email"), 'UTF8')), 'hex') WHERE "person_key" IS NULL;
