// `dpa-bot customers import|list` against a real PostgreSQL.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CliContext, cliContext } from "../../../src/cli/context.ts";
import { CliError, type Output } from "../../../src/cli/output.ts";
import { buildProgram } from "../../../src/cli/program.ts";
import { loadConfig } from "../../../src/config.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { useTestDatabase } from "../../support/db.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/customers/${name}`, import.meta.url));

let prisma: PrismaClient;

useTestDatabase((created) => {
  prisma = created.prisma;
});

async function run(...args: string[]): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { log: (l) => out.push(l), error: (l) => err.push(l) };
  const openContext = async (): Promise<CliContext> =>
    cliContext({
      prisma,
      config: loadConfig({}),
      clock: { now: () => new Date("2026-11-26T10:00:00Z") },
      actor: { platform: "cli", userId: "operator", displayName: "operator" },
      close: async () => {},
    });
  const program = buildProgram(openContext, output);
  program.exitOverride();
  await program.parseAsync(args, { from: "user" });
  return { out, err };
}

async function everyRow() {
  return {
    customers: await prisma.customer.findMany({ orderBy: { key: "asc" } }),
    contacts: await prisma.contact.findMany({ orderBy: { email: "asc" } }),
    subProcessors: await prisma.subProcessor.findMany({ orderBy: { name: "asc" } }),
    links: await prisma.customerSubProcessor.findMany({ orderBy: { id: "asc" } }),
    audit: await prisma.auditLog.count(),
  };
}

describe("customers import", () => {
  it("imports a good file, and importing it again leaves the same rows", async () => {
    const first = await run("customers", "import", fixture("good.yaml"));
    expect(first.out).toEqual([expect.stringMatching(/2 created, 0 updated, 0 unchanged$/)]);
    const afterFirst = await everyRow();
    expect(afterFirst.customers).toHaveLength(2);
    expect(afterFirst.contacts).toHaveLength(3);
    expect(afterFirst.subProcessors).toHaveLength(2);
    expect(afterFirst.links).toHaveLength(3);
    expect(afterFirst.audit).toBe(2);

    const second = await run("customers", "import", fixture("good.yaml"));
    expect(second.out).toEqual([expect.stringMatching(/0 created, 0 updated, 2 unchanged$/)]);
    expect(await everyRow()).toEqual(afterFirst);
  });

  it("stores what the file says: roles, identities, lower-cased e-mail, consent outside the EEA", async () => {
    const globex = await prisma.customer.findUniqueOrThrow({
      where: { key: "globex" },
      include: { contacts: true, subProcessors: { include: { subProcessor: true } } },
    });
    expect(globex).toMatchObject({ language: "en", authority: "AP", name: "Globex BV" });
    expect(globex.contacts.map((c) => c.email).sort()).toEqual([
      "piet@globex.example",
      "sanne@globex.example",
    ]);
    const cloudy = globex.subProcessors.find((s) => s.subProcessor.name === "Cloudy Inc");
    expect(cloudy).toMatchObject({
      status: "approved",
      nonEeaConsent: true,
      consentReference: "signed letter 2025-11-03",
      subProcessor: { country: "US", mechanism: "scc" },
    });
    const acme = await prisma.customer.findUniqueOrThrow({
      where: { key: "acme" },
      include: { contacts: true },
    });
    expect(acme.contractStart?.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(acme.contacts[0]).toMatchObject({
      roles: ["breach", "dsr", "approver", "dpo"],
      dsrTypes: ["erasure", "access"],
      slackUserId: "U0123ABCD",
      teamsUserId: "29:abc",
    });
  });

  it("names every error of a bad file and imports nothing of it", async () => {
    const before = await everyRow();
    const failure = await run("customers", "import", fixture("bad.yaml")).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CliError);
    const message = (failure as CliError).message;
    expect(message).toContain("nothing imported");
    expect(message).toContain("customers[1].language: expected nl, en or fr");
    expect(message).toContain("customers[1].contacts[0].email: invalid e-mail");
    expect(message).toMatch(/customers\[1\]\.subprocessors\[0\]\.country: US is outside the EEA/);
    expect(await everyRow()).toEqual(before);
  });

  it("validates without writing on --dry-run", async () => {
    const before = await everyRow();
    const result = await run("customers", "import", fixture("good.yaml"), "--dry-run");
    expect(result.out[0]).toContain("nothing written");
    expect(await everyRow()).toEqual(before);
  });

  it("updates a changed customer, drops contacts no longer listed, and records who changed what", async () => {
    const changed = (await readFile(fixture("good.yaml"), "utf8"))
      .replace("name: Globex BV", "name: Globex Benelux BV")
      .replace(/ {6}- name: Piet Jansen\n.*\n.*\n/, "");
    const dir = await mkdtemp(join(tmpdir(), "dpa-customers-"));
    const file = join(dir, "changed.yaml");
    await writeFile(file, changed);

    const { out } = await run("customers", "import", file);
    expect(out).toEqual([expect.stringMatching(/0 created, 1 updated, 1 unchanged$/)]);
    const globex = await prisma.customer.findUniqueOrThrow({
      where: { key: "globex" },
      include: { contacts: true },
    });
    expect(globex.name).toBe("Globex Benelux BV");
    expect(globex.contacts.map((c) => c.email)).toEqual(["sanne@globex.example"]);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "customer.updated" } });
    expect(audit).toMatchObject({ actorPlatform: "cli", actorUserId: "operator", entityId: globex.id });
    expect(audit.before).toMatchObject({ name: "Globex BV" });
    expect(audit.after).toMatchObject({ name: "Globex Benelux BV" });
    await run("customers", "import", fixture("good.yaml"));
  });

  it("lists the register as JSON", async () => {
    const { out } = await run("customers", "list", "--json");
    const listed = JSON.parse(out.join("\n")) as Array<{ key: string; contacts: unknown[] }>;
    expect(listed.map((c) => c.key)).toEqual(["acme", "globex"]);
    expect(listed[1]?.contacts).toHaveLength(2);
  });
});

describe("audit list", () => {
  it("shows who changed which customer, newest first", async () => {
    const { out } = await run("audit", "list", "--json");
    const rows = JSON.parse(out.join("\n")) as Array<{ action: string; actorName: string; id: string }>;
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]?.action).toBe("customer.updated");
    expect(Number(rows[0]?.id)).toBeGreaterThan(Number(rows[1]?.id));
    expect(rows.every((row) => row.actorName === "operator")).toBe(true);
  });

  it("refuses a bad limit with a clear message", async () => {
    await expect(run("audit", "list", "--limit", "lots")).rejects.toThrow(/--limit: expected a whole number/);
  });
});
