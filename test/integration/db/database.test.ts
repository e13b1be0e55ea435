// openDatabase: what the server and the CLI call at start-up.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/adapters/db/database.ts";
import { findFreePort } from "../../../src/adapters/db/embedded/free-port.ts";
import { migrationStatus } from "../../../src/adapters/db/migrate.ts";
import { createEmptyTestDatabase } from "../../support/db.ts";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "dpa-bot-data-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("openDatabase", () => {
  it("without a URL, starts the embedded cluster, creates dpa_bot and migrates it", async () => {
    const embeddedPort = await findFreePort();
    const server = await openDatabase({ dataDir, embeddedPort });
    try {
      expect(server.source).toBe("embedded-started");
      expect(server.url).toMatch(new RegExp(`:${embeddedPort}/dpa_bot$`));
      expect(await migrationStatus(server.prisma)).toMatchObject({ upToDate: true });
      await server.prisma.workspace.create({ data: { platform: "slack", externalId: "T1" } });

      // The CLI, started while the server runs: same cluster, left running when the CLI closes.
      const cli = await openDatabase({ dataDir, embeddedPort });
      expect(cli.source).toBe("embedded-reused");
      expect(await cli.prisma.workspace.count()).toBe(1);
      await cli.close();

      expect(await server.prisma.workspace.count()).toBe(1);
    } finally {
      await server.close();
    }
  });

  it("with a URL, migrates that database and starts nothing", async () => {
    const external = await createEmptyTestDatabase();
    try {
      const database = await openDatabase({
        databaseUrl: external.url,
        dataDir: "/nonexistent",
        embeddedPort: 1,
      });
      expect(database.source).toBe("external");
      expect(await migrationStatus(database.prisma)).toMatchObject({ upToDate: true });
      await database.close();
    } finally {
      await external.drop();
    }
  });
});
