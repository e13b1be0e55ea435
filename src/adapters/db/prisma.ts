// The Prisma client of the generated schema, over node-postgres (Prisma 7 has no built-in driver).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client.ts";

/** Well above a connect on a loaded machine (milliseconds), below Slack's 3 s acknowledgement window. */
const CONNECT_TIMEOUT_MS = 2_000;

export interface PrismaClientOptions {
  /** Connections in the pool; node-postgres defaults to 10. */
  maxConnections?: number;
}

export function createPrismaClient(url: string, options: PrismaClientOptions = {}): PrismaClient {
  // `?schema=` in the URL is Prisma's convention for a non-public schema; node-postgres ignores it.
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  // A bounded wait for a connection: when PostgreSQL is unreachable (restarting, a network that
  // drops packets), a Slack request still gets its answer within Slack's 3 seconds.
  const adapter = new PrismaPg(
    { connectionString: url, max: options.maxConnections, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    schema ? { schema } : undefined,
  );
  return new PrismaClient({ adapter });
}
