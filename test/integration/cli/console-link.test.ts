// `dpa-bot staff grant --email` and `dpa-bot console link` against a real PostgreSQL: the console's
// e-mail identity is one account like the others, and a link is stored only as its hash.
import { describe, expect, it } from "vitest";
import { hashToken } from "../../../src/adapters/db/repositories/approval-links.ts";
import { type CliContext, cliContext } from "../../../src/cli/context.ts";
import type { Output } from "../../../src/cli/output.ts";
import { buildProgram } from "../../../src/cli/program.ts";
import { loadConfig } from "../../../src/config.ts";
import { type TestDatabase, useTestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";

let db: TestDatabase;
useTestDatabase((created) => {
  db = created;
});

const NOW = new Date("2026-12-03T20:00:00Z");

async function run(env: Record<string, string>, ...args: string[]): Promise<string[]> {
  const out: string[] = [];
  const output: Output = { log: (l) => out.push(l), error: (l) => out.push(l) };
  const openContext = async (): Promise<CliContext> =>
    cliContext({
      prisma: db.prisma,
      config: loadConfig(env),
      clock: { now: () => NOW },
      actor: { platform: "cli", userId: "root", displayName: "root" },
      close: async () => {},
    });
  const program = buildProgram(openContext, output);
  program.exitOverride();
  await program.parseAsync(args, { from: "user" });
  return out;
}

describe("staff grant --email", () => {
  it("grants a role to a person known by e-mail address only, lower-cased, and revokes it", async () => {
    expect(await run({}, "staff", "grant", "auditor", "--email", "Anne@Example.com")).toEqual([
      "anne@example.com: auditor granted (1 account)",
    ]);
    const account = await db.prisma.account.findFirstOrThrow({ where: { platform: "web" } });
    expect(account).toMatchObject({
      platformUserId: "anne@example.com",
      email: "anne@example.com",
      roles: ["auditor"],
    });
    const listed = JSON.parse((await run({}, "staff", "list", "--json")).join("\n"));
    expect(listed).toContainEqual(expect.objectContaining({ platform: "web", userId: "anne@example.com" }));
    await run({}, "staff", "grant", "privacy-officer", "--email", "anne@example.com");
    await run({}, "staff", "revoke", "privacy-officer", "--email", "ANNE@example.com");
    expect((await db.prisma.account.findUniqueOrThrow({ where: { id: account.id } })).roles).toEqual([
      "auditor",
    ]);
  });

  it("refuses an address that is none, or two identities at once, changing nothing", async () => {
    const before = await db.prisma.auditLog.count();
    await expect(run({}, "staff", "grant", "auditor", "--email", "anne")).rejects.toThrow(
      /--email: expected an e-mail address, got "anne"/,
    );
    await expect(
      run({}, "staff", "grant", "auditor", "--email", "a@b.example", "--slack-user", "U0ANNE"),
    ).rejects.toThrow(/exactly one of --slack-user, --teams-user, --cli-user or --email/);
    expect(await db.prisma.auditLog.count()).toBe(before);
  });
});

describe("console link", () => {
  it("prints a one-time link on PUBLIC_URL, valid 15 minutes, stored as a hash and audited", async () => {
    await run({}, "staff", "grant", "incident-handler", "--email", "bart@example.com");
    const out = await run(
      { PUBLIC_URL: "https://dpa-bot.example.com/", TIMEZONE: "UTC" },
      "console",
      "link",
      "--email",
      "Bart@example.com",
    );
    expect(out[0]).toBe(
      "One-time sign-in link for bart@example.com, valid until Thu 3 Dec 2026 20:15 UTC and usable once:",
    );
    const token = /^https:\/\/dpa-bot\.example\.com\/auth\/link\/([\w-]{43})$/.exec(out[1] ?? "")?.[1];
    expect(token).toBeDefined();
    const link = await db.prisma.consoleSignInLink.findUniqueOrThrow({
      where: { tokenHash: hashToken(token!) },
    });
    expect(link).toMatchObject({ createdByPlatform: "cli", createdByUserId: "root", usedAt: null });
    expect(link.expiresAt.getTime() - NOW.getTime()).toBe(15 * 60_000);
    expect(JSON.stringify(await db.prisma.consoleSignInLink.findMany())).not.toContain(token);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "console.link_created" } });
    expect(audit).toMatchObject({ actorPlatform: "cli", actorUserId: "root", entityType: "Account" });
  });

  it("uses http://localhost:PORT without PUBLIC_URL, and names Slack and Teams people by their ids", async () => {
    await grantRoles(
      db.prisma,
      { platform: "slack", userId: "U0CARLA", workspaceId: "T0OURS", displayName: "Carla" },
      "auditor",
    );
    const slack = await run({ PORT: "3100" }, "console", "link", "--slack-user", "U0CARLA");
    expect(slack[0]).toMatch(/^One-time sign-in link for Carla,/);
    expect(slack[1]).toMatch(/^http:\/\/localhost:3100\/auth\/link\/[\w-]{43}$/);
    const oid = "d1e2a3b4-0000-4000-8000-0000000000a1";
    await grantRoles(db.prisma, { platform: "teams", userId: oid, displayName: "Dirk" }, "admin");
    expect((await run({}, "console", "link", "--teams-user", oid.toUpperCase()))[0]).toMatch(/for Dirk,/);
  });

  it("refuses a person without a role, naming the grant, and makes no link", async () => {
    const before = await db.prisma.consoleSignInLink.count();
    await expect(run({}, "console", "link", "--email", "nobody@example.com")).rejects.toThrow(
      "nobody@example.com holds no role, so the console would refuse them. Grant one first: dpa-bot staff grant incident-handler --email nobody@example.com",
    );
    await expect(run({}, "console", "link")).rejects.toThrow(
      /exactly one of --email, --slack-user or --teams-user/,
    );
    expect(await db.prisma.consoleSignInLink.count()).toBe(before);
  });
});
