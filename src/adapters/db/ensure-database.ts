// Creates a database on a server unless it exists. Two processes may race here (server and CLI
// starting together on a fresh embedded cluster): losing the race is not an error.
import pg from "pg";
import { quoteIdentifier } from "./connection-url.ts";

const DUPLICATE_DATABASE = "42P04";
// A concurrent CREATE DATABASE of the same name can also surface as a unique violation on pg_database.
const UNIQUE_VIOLATION = "23505";

/** `serverUrl` names any database the user can connect to (e.g. `postgres`). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`).catch((error: { code?: string }) => {
      if (error.code !== DUPLICATE_DATABASE && error.code !== UNIQUE_VIOLATION) throw error;
    });
  } finally {
    await client.end();
  }
}
