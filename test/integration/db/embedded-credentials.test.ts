// The embedded cluster has no well-known credentials: its superuser's password is random and kept
// under DATA_DIR for the bot's OS user only, and the bot works as a role that cannot rewrite the
// audit log (Bijlage 2 DPA). A data directory of an earlier release (postgres/postgres) is upgraded
// at start and keeps its data.
import { chmod, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROLE } from "../../../src/adapters/db/app-role.ts";
import { withDatabase } from "../../../src/adapters/db/connection-url.ts";
import { type Database, EMBEDDED_DATABASE_NAME, openDatabase } from "../../../src/adapters/db/database.ts";
import { findFreePort } from "../../../src/adapters/db/embedded/free-port.ts";
import { startEmbeddedPostgres } from "../../../src/adapters/db/embedded.ts";

let dataDir: string;
let port: number;
const postgresLog: string[] = [];
/** Every password the files held during this file's tests. */
const passwords = new Set<string>();
const superuserFile = () => join(dataDir, "postgres.superuser-password");
const appFile = () => join(dataDir, "postgres.app-password");

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "dpa-bot-credentials-"));
  port = await findFreePort();
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function open(): Promise<Database> {
  const database = await openDatabase({
    dataDir,
    embeddedPort: port,
    onPostgresLog: (line) => postgresLog.push(line),
  });
  for (const file of [superuserFile(), appFile()]) passwords.add((await readFile(file, "utf8")).trim());
  return database;
}

function url(user: string, password: string, database = EMBEDDED_DATABASE_NAME): string {
  return `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** What signing in as postgres/postgres, the fixed credentials of earlier releases, gives. */
async function signInWithLegacyPassword(): Promise<string | undefined> {
  return withClient(url("postgres", "postgres", "postgres"), async () => "signed in").catch(
    (error: { code?: string }) => error.code,
  );
}

async function asSuperuser<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(url("postgres", (await readFile(superuserFile(), "utf8")).trim()), work);
}

async function refusal(
  connectionString: string,
  statement: string,
): Promise<{ code?: string; message: string }> {
  return withClient(connectionString, (client) =>
    client.query(statement).then(
      () => ({ message: "accepted" }),
      (error: { code?: string; message: string }) => ({ code: error.code, message: error.message }),
    ),
  );
}

async function auditCount(): Promise<number> {
  return asSuperuser(async (client) =>
    Number((await client.query(`SELECT count(*) FROM "AuditLog"`)).rows[0].count),
  );
}

const INSERT_AUDIT = `INSERT INTO "AuditLog" ("actorPlatform", "actorUserId", "actorName", action, "entityType", "entityId")
  VALUES ('cli', 'alice', 'Alice', 'customer.created', 'Customer', 'acme')`;

describe("the embedded cluster's credentials", () => {
  it("are random, kept 0600 under DATA_DIR, and the bot works as a role that cannot rewrite the audit log", async () => {
    const database = await open();
    try {
      for (const file of [superuserFile(), appFile()]) {
        expect((await stat(file)).mode & 0o777).toBe(0o600);
        expect((await readFile(file, "utf8")).trim()).toMatch(/^[\w-]{43}$/);
      }
      expect(await readFile(superuserFile(), "utf8")).not.toBe(await readFile(appFile(), "utf8"));

      expect(await signInWithLegacyPassword()).toBe("28P01");
      expect(await asSuperuser(async (client) => (await client.query("SHOW is_superuser")).rows)).toEqual([
        { is_superuser: "on" },
      ]);

      // What the bot's Prisma client connects as.
      expect(new URL(database.url).username).toBe(APP_ROLE);
      const [role] = await database.prisma.$queryRawUnsafe<
        Array<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; owns: bigint }>
      >(
        `SELECT rolsuper, rolcreaterole, rolcreatedb,
           (SELECT count(*) FROM pg_class WHERE relowner = pg_roles.oid) AS owns
         FROM pg_roles WHERE rolname = current_user`,
      );
      expect(role).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, owns: 0n });

      // Row rights on the ordinary tables.
      await database.prisma.workspace.create({ data: { platform: "slack", externalId: "T1" } });
      await database.prisma.workspace.update({
        where: { id: (await database.prisma.workspace.findFirstOrThrow()).id },
        data: { externalId: "T2" },
      });
      await database.prisma.workspace.create({ data: { platform: "slack", externalId: "gone" } });
      await database.prisma.workspace.deleteMany({ where: { externalId: "gone" } });
      expect((await database.prisma.workspace.findMany()).map((w) => w.externalId)).toEqual(["T2"]);

      // The audit log: appending, reading; nothing else, not even the trigger's owner's switches.
      await withClient(database.url, (client) => client.query(INSERT_AUDIT));
      expect(await database.prisma.auditLog.count()).toBe(1);
      const notOwner = /must be owner of (table|relation) AuditLog/;
      for (const [statement, reason] of [
        [`UPDATE "AuditLog" SET action = 'customer.deleted'`, /permission denied for table AuditLog/],
        [`DELETE FROM "AuditLog"`, /permission denied for table AuditLog/],
        [`TRUNCATE "AuditLog"`, /permission denied for table AuditLog/],
        [`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`, notOwner],
        [`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only"`, notOwner],
        [`DROP TRIGGER "AuditLog_append_only" ON "AuditLog"`, notOwner],
        [`DROP TABLE "AuditLog"`, notOwner],
        [`SET ROLE postgres`, /permission denied to set role/],
        [`CREATE TABLE "Shadow" (id int)`, /permission denied for schema public/],
      ] as const) {
        expect({ statement, ...(await refusal(database.url, statement)) }).toEqual({
          statement,
          code: "42501",
          message: expect.stringMatching(reason),
        });
      }
      expect(await auditCount()).toBe(1);
      expect(
        await asSuperuser(
          async (client) =>
            (await client.query(`SELECT tgenabled FROM pg_trigger WHERE tgname = 'AuditLog_append_only'`))
              .rows,
        ),
      ).toEqual([{ tgenabled: "O" }]);

      // Even with UPDATE granted by hand the append-only trigger refuses, and only the owner could
      // disable it.
      await asSuperuser((client) => client.query(`GRANT UPDATE, DELETE ON "AuditLog" TO ${APP_ROLE}`));
      expect(await refusal(database.url, `UPDATE "AuditLog" SET action = 'customer.deleted'`)).toMatchObject({
        message: expect.stringMatching(/AuditLog is append-only: UPDATE is not allowed/),
      });
      expect(await refusal(database.url, `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).toMatchObject({
        message: expect.stringMatching(/must be owner/),
      });

      // Widened further by hand: made owner of the audit log and a member of the superuser.
      await asSuperuser(async (client) => {
        await client.query(`ALTER TABLE "AuditLog" OWNER TO ${APP_ROLE}`);
        await client.query(`GRANT postgres TO ${APP_ROLE}`);
      });
      expect(await refusal(database.url, "SET ROLE postgres")).toEqual({ message: "accepted" });

      // From here on PostgreSQL logs every statement, the role and password changes of the next
      // starts included: the last test reads that log.
      await asSuperuser(async (client) => {
        await client.query("ALTER SYSTEM SET log_statement = 'all'");
        await client.query("SELECT pg_reload_conf()");
      });
    } finally {
      await database.close();
    }
  });

  it("keeps its passwords across a restart, narrowing a file and a role widened by hand", async () => {
    const before = [await readFile(superuserFile(), "utf8"), await readFile(appFile(), "utf8")];
    await chmod(appFile(), 0o644);

    const database = await open();
    try {
      expect(database.source).toBe("embedded-started");
      expect([await readFile(superuserFile(), "utf8"), await readFile(appFile(), "utf8")]).toEqual(before);
      expect((await stat(appFile())).mode & 0o777).toBe(0o600);
      expect(await database.prisma.workspace.count()).toBe(1);
      for (const [statement, reason] of [
        [`UPDATE "AuditLog" SET action = 'customer.deleted'`, /permission denied for table AuditLog/],
        [`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`, /must be owner of table AuditLog/],
        [`SET ROLE postgres`, /permission denied to set role/],
      ] as const) {
        expect(await refusal(database.url, statement)).toEqual({
          code: "42501",
          message: expect.stringMatching(reason),
        });
      }

      // The CLI while the server runs: same cluster, same role.
      const cli = await open();
      expect(cli.source).toBe("embedded-reused");
      expect(cli.url).toBe(database.url);
      expect(await cli.prisma.auditLog.count()).toBe(1);
      await cli.close();
    } finally {
      await database.close();
    }
  });

  it("upgrades a data directory of an earlier release (postgres/postgres, no app role) and keeps its data", async () => {
    // Turn this data directory into one an earlier release left: migrated and filled by the
    // superuser, whose password was "postgres", with no password files and no application role.
    const cluster = await startEmbeddedPostgres({ dataDir: join(dataDir, "postgres"), port });
    try {
      await withClient(withDatabase(cluster.url, EMBEDDED_DATABASE_NAME), async (client) => {
        await client.query(`DROP OWNED BY ${APP_ROLE}`);
        await client.query(`DROP ROLE ${APP_ROLE}`);
        await client.query(`ALTER ROLE postgres PASSWORD 'postgres'`);
      });
    } finally {
      await cluster.stop();
    }
    await rm(superuserFile());
    await rm(appFile());

    const database = await open();
    try {
      expect(database.source).toBe("embedded-started");
      for (const file of [superuserFile(), appFile()]) expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await signInWithLegacyPassword()).toBe("28P01");
      expect(new URL(database.url).username).toBe(APP_ROLE);
      expect((await database.prisma.workspace.findMany()).map((w) => w.externalId)).toEqual(["T2"]);
      expect(await database.prisma.auditLog.count()).toBe(1);
      expect(await refusal(database.url, `DELETE FROM "AuditLog"`)).toMatchObject({ code: "42501" });
      expect(await refusal(database.url, `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).toMatchObject({
        code: "42501",
      });
    } finally {
      await database.close();
    }
  });

  it("makes a lost app password anew at the next start", async () => {
    const lost = await readFile(appFile(), "utf8");
    await rm(appFile());

    const database = await open();
    try {
      expect(await readFile(appFile(), "utf8")).not.toBe(lost);
      expect(await database.prisma.auditLog.count()).toBe(1);
    } finally {
      await database.close();
    }
  });

  it("never lets a password into PostgreSQL's log, not even with every statement logged", () => {
    const log = postgresLog.join("\n");
    expect(log).toMatch(/statement: ALTER ROLE postgres PASSWORD 'SCRAM-SHA-256\$/);
    expect(log).toMatch(/statement: ALTER ROLE "dpa_bot_app" WITH LOGIN .* PASSWORD 'SCRAM-SHA-256\$/);
    expect(passwords.size).toBe(5);
    for (const password of passwords) expect(log).not.toContain(password);
  });
});
