-- CreateTable
CREATE TABLE "ClockCheck" (
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "checkAt" TIMESTAMPTZ(3),
    "version" BIGINT NOT NULL DEFAULT 1,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "ClockCheck_pkey" PRIMARY KEY ("entityType","entityId")
);

-- CreateIndex
CREATE INDEX "ClockCheck_checkAt_idx" ON "ClockCheck"("checkAt");

-- Every table whose facts feed a clock tells the scheduler which entity changed, in the same
-- transaction as the change: no repository has to remember it, and a new flow that writes these
-- tables is covered without further code. A change sets "checkAt" to NULL ("at once") and bumps
-- "version", so a reconcile that read the facts before this change never marks it done.
-- The entity types are those of src/domain/reminders/clocks.ts (ENTITY_TYPES).
CREATE FUNCTION "clock_check_changed"(entity_type TEXT, entity_id TEXT) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "ClockCheck" ("entityType", "entityId", "checkAt", "version")
  VALUES (entity_type, entity_id, NULL, 1)
  ON CONFLICT ("entityType", "entityId")
  DO UPDATE SET "checkAt" = NULL, "version" = "ClockCheck"."version" + 1;
$$;

-- A row that is itself a clock's entity: insert, update and delete.
CREATE FUNCTION "clock_check_row"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM "clock_check_changed"(TG_ARGV[0], OLD.id::text);
    RETURN OLD;
  END IF;
  PERFORM "clock_check_changed"(TG_ARGV[0], NEW.id::text);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "IncidentCustomer_clock_check" AFTER INSERT OR UPDATE OR DELETE ON "IncidentCustomer"
FOR EACH ROW EXECUTE FUNCTION "clock_check_row"('incident_customer');
CREATE TRIGGER "DataSubjectRequest_clock_check" AFTER INSERT OR UPDATE OR DELETE ON "DataSubjectRequest"
FOR EACH ROW EXECUTE FUNCTION "clock_check_row"('data_subject_request');
CREATE TRIGGER "CustomerSubProcessor_clock_check" AFTER INSERT OR UPDATE OR DELETE ON "CustomerSubProcessor"
FOR EACH ROW EXECUTE FUNCTION "clock_check_row"('customer_sub_processor');
CREATE TRIGGER "Customer_clock_check" AFTER INSERT OR UPDATE OR DELETE ON "Customer"
FOR EACH ROW EXECUTE FUNCTION "clock_check_row"('customer');

-- Rows whose facts are copied into other entities' clocks (a reference, a name, a channel): an update
-- marks every entity that shows them. Inserts have no dependants yet; deletes cascade to them.
CREATE FUNCTION "clock_check_incident"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "clock_check_changed"('incident_customer', ic.id::text)
  FROM "IncidentCustomer" ic WHERE ic."incidentId" = NEW.id;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Incident_clock_check" AFTER UPDATE ON "Incident"
FOR EACH ROW EXECUTE FUNCTION "clock_check_incident"();

CREATE FUNCTION "clock_check_customer_dependants"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "clock_check_changed"('incident_customer', x.id::text)
  FROM "IncidentCustomer" x WHERE x."customerId" = NEW.id;
  PERFORM "clock_check_changed"('data_subject_request', x.id::text)
  FROM "DataSubjectRequest" x WHERE x."customerId" = NEW.id;
  PERFORM "clock_check_changed"('customer_sub_processor', x.id::text)
  FROM "CustomerSubProcessor" x WHERE x."customerId" = NEW.id;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Customer_dependants_clock_check" AFTER UPDATE ON "Customer"
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.authority IS DISTINCT FROM NEW.authority
  OR OLD."archivedAt" IS DISTINCT FROM NEW."archivedAt")
EXECUTE FUNCTION "clock_check_customer_dependants"();

CREATE FUNCTION "clock_check_sub_processor"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "clock_check_changed"('customer_sub_processor', x.id::text)
  FROM "CustomerSubProcessor" x WHERE x."subProcessorId" = NEW.id;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "SubProcessor_clock_check" AFTER UPDATE ON "SubProcessor"
FOR EACH ROW EXECUTE FUNCTION "clock_check_sub_processor"();
