-- The audit log is append-only (Bijlage 2 DPA: the use of named accounts is logged). The database
-- itself refuses to change or remove an entry, whatever code path or tool tries. Prisma does not see
-- triggers or functions, so schema.prisma and the migrations still agree.
--
-- Statement-level triggers, so that even an UPDATE or DELETE matching no rows is refused: a query that
-- could rewrite history is a bug whether or not it found something this time. The table owner can
-- still disable the trigger; this protects against mistakes, not against the database owner.

CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Record a correction as a new AuditLog entry instead.';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();

CREATE TRIGGER "AuditLog_no_truncate"
BEFORE TRUNCATE ON "AuditLog"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();
