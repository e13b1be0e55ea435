// `dpa-bot incidents list --json` and `dpa-bot register export` against a real PostgreSQL with
// incidents created through the breach use cases.

import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomerDirectory } from "../../../src/adapters/db/repositories/breach-customers.ts";
import { createIncidentRepository } from "../../../src/adapters/db/repositories/incidents.ts";
import { register as registerIncidents } from "../../../src/cli/commands/incidents.ts";
import { register as registerRegister } from "../../../src/cli/commands/register.ts";
import { type CliContext, cliContext } from "../../../src/cli/context.ts";
import type { Output } from "../../../src/cli/output.ts";
import { loadConfig } from "../../../src/config.ts";
import { recordCustomerInformed } from "../../../src/domain/breach/record-customer-informed.ts";
import { reportBreach } from "../../../src/domain/breach/report-breach.ts";
import { validateReport } from "../../../src/domain/breach/report-input.ts";
import type { Actor } from "../../../src/domain/ports.ts";
import { createTestDatabase, type TestDatabase } from "../../support/db.ts";
import { createAccessControl, grantRoles, STEVE } from "../../support/staff.ts";

const NOW = new Date("2026-05-06T12:00:00Z");
const actor: Actor = STEVE;
let db: TestDatabase;

async function run(...args: string[]): Promise<string[]> {
  const out: string[] = [];
  const output: Output = { log: (l) => out.push(l), error: (l) => out.push(l) };
  const openContext = async (): Promise<CliContext> =>
    cliContext({
      prisma: db.prisma,
      config: loadConfig({}),
      clock: { now: () => NOW },
      actor: { platform: "cli", userId: "operator", displayName: "operator" },
      close: async () => {},
    });
  const program = new Command("dpa-bot").exitOverride();
  program.configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => out.push(s) });
  registerIncidents(program, openContext, output);
  registerRegister(program, openContext, output);
  await program.parseAsync(args, { from: "user" });
  return out;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await grantRoles(db.prisma, actor, "privacy_officer");
  const acme = await db.prisma.customer.create({ data: { key: "acme", name: "Acme BV" } });
  const globex = await db.prisma.customer.create({
    data: { key: "globex", name: "Globex NV", authority: "AP" },
  });
  const deps = {
    incidents: createIncidentRepository(db.prisma),
    customers: createCustomerDirectory(db.prisma),
    access: createAccessControl(db.prisma),
    clock: { now: () => new Date("2026-05-04T10:00:00Z") },
    timezone: "Europe/Brussels",
  };
  const input = validateReport(
    {
      customers: [acme.id, globex.id],
      discoveredAt: new Date("2026-05-04T08:00:00Z"),
      description: '=HYPERLINK("x") and a "quoted", comma',
      records: "100-200",
      nature: ["confidentiality"],
    },
    deps.clock.now(),
  );
  if (!input.ok) throw new Error(JSON.stringify(input.errors));
  const { incident } = await reportBreach(deps, {
    input: input.value,
    idempotencyKey: "k1",
    actor,
    platform: "slack",
  });
  const acmeClock = incident.customers.find((c) => c.customer.key === "acme")!;
  // Informed 61 minutes after the 24 h deadline: two started hours late.
  await recordCustomerInformed(
    { ...deps, chat: null!, mailer: null, defaultLanguage: "en", onChatError: () => {} },
    {
      incidentId: incident.id,
      clockId: acmeClock.id,
      notification: {
        at: new Date("2026-05-05T09:01:00Z"),
        via: "email",
        to: "jan@acme.example",
        messageId: null,
      },
      actor,
    },
  );
});

afterAll(async () => {
  await db.drop();
});

describe("incidents list --json", () => {
  it("gives every incident with its Bijlage 3 fields and both clocks per customer", async () => {
    const [json] = await run("incidents", "list", "--json");
    const entries = JSON.parse(json!);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      reference: "DL-2026-0001",
      status: "open",
      discoveredAt: "2026-05-04T08:00:00.000Z",
      nature: ["confidentiality"],
      records: { min: 100, max: 200 },
      subjects: { min: null, max: null },
    });
    expect(entry.customers).toEqual([
      expect.objectContaining({
        key: "acme",
        notifyDeadline: "2026-05-05T08:00:00.000Z",
        notifiedAt: "2026-05-05T09:01:00.000Z",
        notifiedVia: "email",
        penaltyCents: 260_000,
        authorityDeadline: "2026-05-07T08:00:00.000Z",
        authorityDecision: "pending",
      }),
      // Not informed and 28 h past the deadline at NOW: the exposure so far.
      expect.objectContaining({
        key: "globex",
        notifiedAt: null,
        notifiedVia: null,
        penaltyCents: 250_000 + 28 * 5_000,
      }),
    ]);
  });
});

describe("register export", () => {
  it("writes one CSV row per affected customer, quoting and defusing text", async () => {
    const out = await run("register", "export", "--format", "csv");
    const lines = out.join("\n").trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^reference,status,discovered_at,/);
    expect(lines[1]).toContain("DL-2026-0001,open,2026-05-04T08:00:00.000Z");
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") and a ""quoted"", comma"`);
    expect(lines[1]).toContain(",acme,Acme BV,GBA,");
    expect(lines[2]).toContain(",globex,Globex NV,AP,");
  });

  it("refuses an unknown format", async () => {
    await expect(run("register", "export", "--format", "xml")).rejects.toThrow(/csv or json/);
  });

  it("describes every command in --help", async () => {
    const program = new Command("dpa-bot");
    registerIncidents(program, async () => null!, { log: () => {}, error: () => {} });
    registerRegister(program, async () => null!, { log: () => {}, error: () => {} });
    const commands = program.commands.flatMap((c) => [c, ...c.commands]);
    expect(commands.map((c) => c.name())).toEqual(["incidents", "list", "register", "export"]);
    for (const command of commands) expect(command.description()).not.toBe("");
  });
});
