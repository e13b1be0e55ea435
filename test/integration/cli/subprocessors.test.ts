// `dpa-bot subprocessors list|proposals|export|consent` against a real PostgreSQL: the register
// file's initial list counts as approved (signed DPA), proposals add pending rows, decisions show
// who, when and how, and only a privacy officer records a written consent.

import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliContext, cliContext } from "../../../src/cli/context.ts";
import type { Output } from "../../../src/cli/output.ts";
import { buildProgram } from "../../../src/cli/program.ts";
import { loadConfig } from "../../../src/config.ts";
import { decideApproval } from "../../../src/domain/subprocessor/decide-approval.ts";
import { proposeChange } from "../../../src/domain/subprocessor/propose-change.ts";
import type { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { RecordingChat } from "../../fakes/chat/recording-chat.ts";
import { useTestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";
import { proposalInput, STAFF, subprocessorDeps } from "../../support/subprocessor.ts";

const fixture = fileURLToPath(new URL("../../fixtures/customers/good.yaml", import.meta.url));
const clock = { now: () => new Date("2027-02-01T10:00:00Z") };
let prisma: PrismaClient;
useTestDatabase((db) => {
  prisma = db.prisma;
});

async function run(...args: string[]): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { log: (l) => out.push(l), error: (l) => err.push(l) };
  const openContext = async (): Promise<CliContext> =>
    cliContext({
      prisma,
      config: loadConfig({}),
      clock,
      actor: { platform: "cli", userId: "operator", displayName: "operator" },
      close: async () => {},
    });
  const program = buildProgram(openContext, output);
  program.exitOverride();
  await program.parseAsync(args, { from: "user" });
  return { out, err };
}

beforeAll(async () => {
  await grantRoles(prisma, STAFF, "privacy_officer");
  await run("customers", "import", fixture);
  const deps = subprocessorDeps(prisma, new RecordingChat(clock), clock);
  await proposeChange(deps, {
    input: proposalInput(),
    idempotencyKey: "cli-1",
    actor: STAFF,
    language: "en",
    platform: null,
  });
  const acme = await prisma.proposalCustomer.findFirstOrThrow({ where: { customer: { key: "acme" } } });
  await decideApproval(deps, {
    approvalId: acme.id,
    state: "rejected",
    reason: "Not outside the EEA",
    actor: { platform: "slack", userId: "U0123ABCD", workspaceId: "T0001", displayName: "Jan Peeters" },
    via: "slack",
  });
});

describe("subprocessors", () => {
  it("lists a customer's register: the signed list as approved, proposals with their state", async () => {
    const { out } = await run("subprocessors", "list", "--customer", "acme", "--json");
    expect(JSON.parse(out.join("\n"))).toEqual([
      expect.objectContaining({
        name: "Hetzner Online GmbH",
        country: "DE",
        inEea: true,
        status: "approved",
        via: "register",
        decidedBy: null,
      }),
      expect.objectContaining({
        name: "Cloudy Backup Inc",
        country: "US",
        inEea: false,
        mechanism: "scc",
        status: "rejected",
        decidedAt: "2027-02-01T10:00:00.000Z",
        decidedBy: "Jan Peeters",
        via: "slack",
        proposal: "SV-2027-0001",
      }),
    ]);
  });

  it("lists proposals with their tally", async () => {
    const { out } = await run("subprocessors", "proposals", "--json");
    expect(JSON.parse(out.join("\n"))).toEqual([
      expect.objectContaining({
        reference: "SV-2027-0001",
        name: "Cloudy Backup Inc",
        status: "open",
        proposedBy: "Steve Peeters",
        tally: { approved: 0, rejected: 1, pending: 1, withdrawn: 0, total: 2 },
      }),
    ]);
  });

  it("records written consent only for a privacy officer, marked as such, with its document", async () => {
    const args = [
      "subprocessors",
      "consent",
      "--proposal",
      "SV-2027-0001",
      "--customer",
      "globex",
      "--document",
      "Signed letter 2027-01-30",
    ];
    await expect(run(...args, "--outside-eea-confirmed")).rejects.toThrow(
      /needs the role privacy officer\. An administrator grants it with `dpa-bot staff grant privacy-officer --cli-user operator`/,
    );
    await run("staff", "grant", "privacy-officer", "--cli-user", "operator");
    await expect(run(...args)).rejects.toThrow(/outside the EEA/);
    const { out } = await run(...args, "--outside-eea-confirmed");
    expect(out).toEqual(["SV-2027-0001 globex: approved (written consent, Signed letter 2027-01-30)"]);
    await expect(run(...args, "--outside-eea-confirmed")).rejects.toThrow(/already approved by operator/);
    const list = JSON.parse(
      (await run("subprocessors", "list", "--customer", "globex", "--json")).out.join("\n"),
    );
    expect(list.find((r: { name: string }) => r.name === "Cloudy Backup Inc")).toMatchObject({
      status: "approved",
      via: "written_consent",
      decidedBy: "operator",
      consentReference: "Signed letter 2027-01-30",
    });
  });

  it("a re-import of the unchanged register file keeps what proposals added", async () => {
    const { out } = await run("customers", "import", fixture);
    expect(out).toEqual([expect.stringMatching(/0 created, 0 updated, 2 unchanged$/)]);
    expect(await prisma.customerSubProcessor.count({ where: { proposalId: { not: null } } })).toBe(1);
  });

  it("exports every customer's register as CSV", async () => {
    const { out } = await run("subprocessors", "export", "--format", "csv");
    const lines = out.join("\n").split("\r\n");
    expect(lines[0]).toBe(
      "customer,name,purpose,country,in_eea,mechanism,status,decided_at,decided_by,via,proposal,consent_reference",
    );
    expect(lines).toContain(
      "acme,Cloudy Backup Inc,Off-site backups,US,false,scc,rejected,2027-02-01T10:00:00.000Z,Jan Peeters,slack,SV-2027-0001,",
    );
    expect(lines.filter((l) => l.startsWith("globex,"))).toHaveLength(3);
  });

  it("names an unknown customer", async () => {
    await expect(run("subprocessors", "list", "--customer", "nobody")).rejects.toThrow(
      /no customer with key "nobody"/,
    );
  });
});
