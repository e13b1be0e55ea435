// The embedded PostgreSQL keeps its data across restarts, lets a second process (the CLI while the
// server runs) share the running instance, and survives a crash that left its pid file behind.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../../src/adapters/db/embedded/free-port.ts";
import { startEmbeddedPostgres } from "../../../src/adapters/db/embedded.ts";

let root: string;
let dataDir: string;
let port: number;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "dpa-bot-embedded-"));
  dataDir = join(root, "data", "postgres");
  port = await findFreePort();
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a stop and a start", async () => {
    const first = await startEmbeddedPostgres({ dataDir, port });
    expect(first.reused).toBe(false);
    await withClient(first.url, async (client) => {
      await client.query("CREATE TABLE kept (value TEXT)");
      await client.query("INSERT INTO kept VALUES ('still here')");
    });
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(second.reused).toBe(false);
      const rows = await withClient(
        second.url,
        async (client) => (await client.query("SELECT value FROM kept")).rows,
      );
      expect(rows).toEqual([{ value: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("connects to the running instance instead of starting a second one, and leaves it running", async () => {
    const owner = await startEmbeddedPostgres({ dataDir, port });
    try {
      // Another port asked for: the running instance's own port wins.
      const guest = await startEmbeddedPostgres({ dataDir, port: port + 1 });
      expect(guest.reused).toBe(true);
      expect(guest.url).toBe(owner.url);
      await guest.stop();

      expect(
        await withClient(owner.url, async (client) => (await client.query("SELECT 1 AS up")).rows),
      ).toEqual([{ up: 1 }]);
    } finally {
      await owner.stop();
    }
  });

  it.each([
    ["a process that has exited", spawnSync("true").pid],
    ["a live process that is not PostgreSQL (pid reused)", process.pid],
  ])("starts despite a postmaster.pid naming %s", async (_, pid) => {
    await writeFile(
      join(dataDir, "postmaster.pid"),
      `${pid}\n${dataDir}\n0\n${port}\n\n127.0.0.1\n0\nready\n`,
    );

    const server = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(server.reused).toBe(false);
      await withClient(server.url, async (client) => {
        expect((await client.query("SELECT value FROM kept")).rows).toEqual([{ value: "still here" }]);
      });
    } finally {
      await server.stop();
    }
  });
});
