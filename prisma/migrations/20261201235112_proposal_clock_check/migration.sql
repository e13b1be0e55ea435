-- Art. 9 DPA: the approvals asked through a proposal (ProposalCustomer, entity type
-- 'proposal_customer' of src/domain/reminders/clocks.ts) feed the pending-approval clock, so their
-- changes reach the scheduler's queue the same way as those of the tables in *_clock_check.
CREATE TRIGGER "ProposalCustomer_clock_check" AFTER INSERT OR UPDATE OR DELETE ON "ProposalCustomer"
FOR EACH ROW EXECUTE FUNCTION "clock_check_row"('proposal_customer');

-- A proposal's facts shown in its customers' clocks: whether it is open (withdrawal closes them),
-- the sub-processor's name and country (outside the EEA, art. 3.7 DPA) and the intended start.
-- Updates of the tally message alone (messageId, messageStale) change no clock and are skipped.
CREATE FUNCTION "clock_check_proposal"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "clock_check_changed"('proposal_customer', pc.id::text)
  FROM "ProposalCustomer" pc WHERE pc."proposalId" = NEW.id;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "SubProcessorProposal_clock_check" AFTER UPDATE ON "SubProcessorProposal"
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
  OR OLD."withdrawnAt" IS DISTINCT FROM NEW."withdrawnAt"
  OR OLD."intendedStart" IS DISTINCT FROM NEW."intendedStart"
  OR OLD."subProcessorName" IS DISTINCT FROM NEW."subProcessorName"
  OR OLD.country IS DISTINCT FROM NEW.country)
EXECUTE FUNCTION "clock_check_proposal"();

-- A customer's renaming or archiving also shows in its proposal approvals.
CREATE OR REPLACE FUNCTION "clock_check_customer_dependants"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "clock_check_changed"('incident_customer', x.id::text)
  FROM "IncidentCustomer" x WHERE x."customerId" = NEW.id;
  PERFORM "clock_check_changed"('data_subject_request', x.id::text)
  FROM "DataSubjectRequest" x WHERE x."customerId" = NEW.id;
  PERFORM "clock_check_changed"('customer_sub_processor', x.id::text)
  FROM "CustomerSubProcessor" x WHERE x."customerId" = NEW.id;
  PERFORM "clock_check_changed"('proposal_customer', x.id::text)
  FROM "ProposalCustomer" x WHERE x."customerId" = NEW.id;
  RETURN NEW;
END;
$$;

-- Approvals asked before this migration: the hourly full pass would find them too, but mark them
-- now so the first tick after the upgrade plans their reminders.
INSERT INTO "ClockCheck" ("entityType", "entityId", "checkAt", "version")
SELECT 'proposal_customer', pc.id::text, NULL, 1 FROM "ProposalCustomer" pc
ON CONFLICT ("entityType", "entityId") DO UPDATE SET "checkAt" = NULL, "version" = "ClockCheck"."version" + 1;
