// `dpa-bot language set` against a real PostgreSQL, read back the way the Slack adapter reads it.
import { describe, expect, it } from "vitest";
import { findLanguagePreference } from "../../../src/adapters/db/repositories/language-preferences.ts";
import { type CliContext, cliContext } from "../../../src/cli/context.ts";
import type { Output } from "../../../src/cli/output.ts";
import { buildProgram } from "../../../src/cli/program.ts";
import { loadConfig } from "../../../src/config.ts";
import { type TestDatabase, useTestDatabase } from "../../support/db.ts";

let db: TestDatabase;
useTestDatabase((created) => {
  db = created;
});

async function run(...args: string[]): Promise<string[]> {
  const out: string[] = [];
  const output: Output = { log: (l) => out.push(l), error: (l) => out.push(l) };
  const openContext = async (): Promise<CliContext> =>
    cliContext({
      prisma: db.prisma,
      config: loadConfig({}),
      clock: { now: () => new Date("2026-11-26T10:00:00Z") },
      actor: { platform: "cli", userId: "admin", displayName: "admin" },
      close: async () => {},
    });
  const program = buildProgram(openContext, output);
  program.exitOverride();
  await program.parseAsync(args, { from: "user" });
  return out;
}

describe("language set", () => {
  it("sets a workspace's language, and a person's choice wins over it", async () => {
    expect(await findLanguagePreference(db.prisma, "slack", "T0WORK", "U0ANNE")).toBeNull();

    expect(await run("language", "set", "en", "--slack-workspace", "T0WORK")).toEqual([
      "workspace T0WORK: en",
    ]);
    expect(await findLanguagePreference(db.prisma, "slack", "T0WORK", "U0ANNE")).toBe("en");

    await run("language", "set", "nl", "--slack-workspace", "T0WORK", "--slack-user", "U0ANNE");
    expect(await findLanguagePreference(db.prisma, "slack", "T0WORK", "U0ANNE")).toBe("nl");
    expect(await findLanguagePreference(db.prisma, "slack", "T0WORK", "U0BART")).toBe("en");
    expect(
      await run("language", "set", "fr", "--slack-workspace", "T0WORK", "--slack-user", "U0CLAIRE"),
    ).toEqual(["U0CLAIRE in T0WORK: fr"]);
    expect(await findLanguagePreference(db.prisma, "slack", "T0WORK", "U0CLAIRE")).toBe("fr");

    const audit = await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorName, a.after])).toEqual([
      ["workspace.language.set", "admin", { language: "en" }],
      ["account.language.set", "admin", { language: "nl" }],
      ["account.language.set", "admin", { language: "fr" }],
    ]);
  });

  it("refuses an unknown language or a malformed id, changing nothing", async () => {
    const before = await db.prisma.auditLog.count();
    await expect(run("language", "set", "de", "--slack-workspace", "T0WORK")).rejects.toThrow(
      /expected nl, en or fr, got "de"/,
    );
    await expect(run("language", "set", "en", "--slack-workspace", "acme")).rejects.toThrow(/team id/);
    await expect(run("language", "set", "en")).rejects.toThrow();
    expect(await db.prisma.auditLog.count()).toBe(before);
  });

  it("sets a Teams tenant's language and a Teams user's, keyed by tenant id and AAD object id", async () => {
    const tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    const user = "d1e2a3b4-0000-4000-8000-0000000000a1";
    expect(await run("language", "set", "en", "--teams-tenant", tenant)).toEqual([`tenant ${tenant}: en`]);
    await run("language", "set", "nl", "--teams-tenant", tenant, "--teams-user", user);
    expect(await findLanguagePreference(db.prisma, "teams", tenant, user)).toBe("nl");
    expect(await findLanguagePreference(db.prisma, "teams", tenant, "someone-else")).toBe("en");
    // Slack and Teams preferences never mix.
    expect(await findLanguagePreference(db.prisma, "slack", tenant, user)).toBeNull();
    await expect(run("language", "set", "en", "--teams-tenant", "acme")).rejects.toThrow(/tenant id/);
    await expect(
      run("language", "set", "en", "--teams-tenant", tenant, "--slack-user", "U0ANNE"),
    ).rejects.toThrow(/--slack-user goes with --slack-workspace/);
  });
});
