// The Prisma client of the generated schema, over node-postgres (Prisma 7 has no built-in driver).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client.ts";

export interface PrismaClientOptions {
  /** Connections in the pool; node-postgres defaults to 10. */
  maxConnections?: number;
}

export function createPrismaClient(url: string, options: PrismaClientOptions = {}): PrismaClient {
  // `?schema=` in the URL is Prisma's convention for a non-public schema; node-postgres ignores it.
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  const adapter = new PrismaPg(
    { connectionString: url, max: options.maxConnections },
    schema ? { schema } : undefined,
  );
  return new PrismaClient({ adapter });
}
