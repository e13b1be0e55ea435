// The driver adapter the schema engine talks to PostgreSQL through. It is @prisma/adapter-pg with
// the gaps that break migrations closed (each reproduced with adapter-pg 7.10.1):
// 1. PostgreSQL's one-byte `"char"` type (oid 18), used in catalog columns the engine introspects
//    (pg_constraint.contype, ...), is not mapped and fails every diff. The engine reads those
//    columns as Character, so they are reported as that (see CharAsTextClient).
// 2. executeScript splits the script on ";" and runs the pieces one by one, which breaks function
//    bodies (`$$ ... ; ... $$`) and can half-apply a migration: the script is sent as one simple
//    query, which PostgreSQL runs as a single implicit transaction.
// 3. The shadow database was dropped before its pool closed (so the DROP failed on the open
//    connection): here the pool is closed first.
// 4. A connectionString overrides a `database` given beside it, so the shadow pool connected to the
//    main database: the shadow database is named inside its own URL.
// Every pool has one connection: the engine holds a session-level advisory lock while migrating,
// which only means something if all its statements run on the session that holds it.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { quoteIdentifier, withDatabase } from "../connection-url.ts";

const PG_CHAR = 18;
const PG_TEXT = 25;

export class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly openAdapters = new Set<SqlDriverAdapter>();

  private readonly url: string;

  constructor(url: string) {
    this.url = url;
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.open(this.url, async () => {});
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runOnServer(this.url, `CREATE DATABASE ${quoteIdentifier(name)}`);
    return this.open(withDatabase(this.url, name), () =>
      runOnServer(this.url, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
    );
  }

  /** Disposes what the engine left open; the engine does not always dispose its main connection. */
  async close(): Promise<void> {
    for (const adapter of [...this.openAdapters]) await adapter.dispose();
  }

  private async open(url: string, afterClose: () => Promise<void>): Promise<SqlDriverAdapter> {
    // idleTimeoutMillis 0: an idle connection is never closed behind the engine's back (releasing its
    // advisory lock); the pool is ended explicitly on dispose.
    const pool = new pg.Pool({
      connectionString: url,
      max: 1,
      idleTimeoutMillis: 0,
      Client: CharAsTextClient,
    });
    // pool.end() resolves once its clients are asked to end, not once their connections are closed:
    // the shadow database's DROP ... WITH (FORCE) would then terminate a closing connection and its
    // client would raise an error nobody listens to. Dispose waits for every connection's end.
    const connections = new Set<pg.Client>();
    let disposed = false;
    pool.on("connect", (client) => {
      connections.add(client);
      client.once("end", () => connections.delete(client));
      client.on("error", (error) => {
        if (!disposed) throw error;
      });
    });
    const inner = await new PrismaPg(pool).connect();
    const adapter: SqlDriverAdapter = {
      provider: inner.provider,
      adapterName: inner.adapterName,
      queryRaw: (query) => inner.queryRaw(query).then(restoreCharColumns),
      executeRaw: (query) => inner.executeRaw(query),
      // No parameters, so node-postgres uses the simple query protocol, which accepts many statements.
      executeScript: async (script) => {
        await inner.executeRaw({ sql: script, args: [], argTypes: [] });
      },
      startTransaction: async (isolationLevel) =>
        withCharColumns(await inner.startTransaction(isolationLevel)),
      getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        this.openAdapters.delete(adapter);
        await inner.dispose();
        const closed = [...connections].map(
          (client) => new Promise((resolve) => client.once("end", resolve)),
        );
        await pool.end();
        await Promise.all(closed);
        await afterClose();
      },
    };
    this.openAdapters.add(adapter);
    return adapter;
  }
}

async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// A NUL cannot occur in a PostgreSQL identifier, so this prefix cannot clash with a real column name.
const CHAR_COLUMN_TAG = "\u0000char\u0000";
type QueryResultLike = { fields?: Array<{ dataTypeID: number; name: string }> };

/**
 * A node-postgres client that lets `"char"` columns (gap 1 above) through adapter-pg: they are
 * labelled text, which adapter-pg accepts and which is how their value arrives, and their name is
 * tagged so restoreCharColumns() can report them as Character, the type the engine reads them as.
 */
class CharAsTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: forwards every overload of pg's query() unchanged
  override query(...args: any[]): any {
    const callbackAt = args.findIndex((arg) => typeof arg === "function");
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: Error | null, result: unknown) => void;
      args[callbackAt] = (error: Error | null, result: unknown) => callback(error, tagCharColumns(result));
    }
    const returned = (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
    return returned instanceof Promise ? returned.then(tagCharColumns) : returned;
  }
}

function tagCharColumns<T>(result: T): T {
  // A multi-statement simple query resolves to one result per statement.
  for (const one of (Array.isArray(result) ? result : [result]) as QueryResultLike[]) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID !== PG_CHAR) continue;
      field.dataTypeID = PG_TEXT;
      field.name = CHAR_COLUMN_TAG + field.name;
    }
  }
  return result;
}

function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  result.columnNames.forEach((name, index) => {
    if (!name.startsWith(CHAR_COLUMN_TAG)) return;
    result.columnNames[index] = name.slice(CHAR_COLUMN_TAG.length);
    result.columnTypes[index] = ColumnTypeEnum.Character;
  });
  return result;
}

/** Transactions run their own queries: the same correction applies to them. */
function withCharColumns<T extends SqlQueryable>(transaction: T): T {
  const queryRaw = transaction.queryRaw.bind(transaction);
  transaction.queryRaw = (query) => queryRaw(query).then(restoreCharColumns);
  return transaction;
}
