// The role the bot works as on the embedded cluster: no superuser, owner of nothing, with row rights
// only. Migrations run as the superuser, who owns every table, so the audit log's append-only
// triggers (prisma/migrations/*_audit_log_append_only) hold against the application itself: it may
// not disable them (only the owner may), and it may not change, delete or truncate an entry
// (Bijlage 2 DPA: the use of named accounts is logged).
import pg from "pg";
import { quoteIdentifier } from "./connection-url.ts";
import { scramSha256Verifier } from "./embedded/scram.ts";

export const APP_ROLE = "dpa_bot_app";

const SCHEMA = "public";

/** Tables the application reads and appends to but never changes; everything else: row rights. */
const NARROWER_RIGHTS: Record<string, string> = {
  AuditLog: "SELECT, INSERT",
  // The readiness probe compares it with the migration folders; only migrations write it.
  _prisma_migrations: "SELECT",
};

// One key for pg_advisory_xact_lock: the server and the CLI may provision at the same moment, and
// concurrent GRANTs on one object fail with "tuple concurrently updated".
const PROVISION_LOCK = 0x64706162; // "dpab"

/**
 * Creates the application role when missing, sets its attributes and `password`, and grants it row
 * rights on every table and sequence of the database `adminUrl` names. Runs after each migration
 * run, so tables a migration added are covered; default privileges cover tables the same admin
 * creates later by other means (`prisma migrate deploy`).
 */
export async function provisionAppRole(adminUrl: string, password: string): Promise<void> {
  const role = quoteIdentifier(APP_ROLE);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [PROVISION_LOCK]);
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    if (!rowCount) await client.query(`CREATE ROLE ${role}`);
    // Every start, so a role someone widened by hand is narrowed again: its attributes, the roles
    // it was made a member of, what it was made owner of. The password goes as its SCRAM verifier:
    // the plain text never reaches the server's logs.
    await client.query(
      `ALTER ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD '${scramSha256Verifier(password)}'`,
    );
    const memberships = await client.query<{ granted: string; grantor: string }>(
      `SELECT roleid::regrole::text AS granted, grantor::regrole::text AS grantor
       FROM pg_auth_members WHERE member = $1::regrole`,
      [APP_ROLE],
    );
    for (const { granted, grantor } of memberships.rows) {
      await client.query(`REVOKE ${granted} FROM ${role} GRANTED BY ${grantor}`);
    }
    await client.query(`REASSIGN OWNED BY ${role} TO CURRENT_USER`);
    for (const statement of grants(role)) await client.query(statement);
    for (const [table, rights] of Object.entries(NARROWER_RIGHTS)) {
      const name = `${quoteIdentifier(SCHEMA)}.${quoteIdentifier(table)}`;
      const { rows } = await client.query<{ found: boolean }>("SELECT to_regclass($1) IS NOT NULL AS found", [
        name,
      ]);
      if (!rows[0]?.found) continue;
      await client.query(`REVOKE ALL ON ${name} FROM ${role}`);
      await client.query(`GRANT ${rights} ON ${name} TO ${role}`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

function grants(role: string): string[] {
  const schema = quoteIdentifier(SCHEMA);
  return [
    `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
  ];
}
