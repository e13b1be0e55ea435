// A short-lived cluster in a temporary directory on a free port: for the test run and for the
// migration tool, which needs a server to replay migrations in. Removed again on stop.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres } from "../embedded.ts";
import { findFreePort } from "./free-port.ts";

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startThrowawayPostgres(prefix = "dpa-bot-pg-"): Promise<ThrowawayPostgres> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  try {
    const server = await startEmbeddedPostgres({ dataDir: join(root, "data"), port: await findFreePort() });
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
