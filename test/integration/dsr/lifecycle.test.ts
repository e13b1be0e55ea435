// After registration: the forward reminders in the request's own channel (1 h before, at, then
// hourly until forwarded), the legal deadline in the digest, the CLI register with and without the
// data subjects' details, staff roles, and the erasure of the details after the retention term.

import { Command } from "commander";
import { beforeAll, describe, expect, it } from "vitest";
import { createAccessControl } from "../../../src/adapters/db/repositories/staff.ts";
import { createDsrDeps } from "../../../src/adapters/deps/dsr-deps.ts";
import type { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { register as registerRequests } from "../../../src/cli/commands/requests.ts";
import { register as registerStaff } from "../../../src/cli/commands/staff.ts";
import { type CliContext, cliContext } from "../../../src/cli/context.ts";
import type { Output } from "../../../src/cli/output.ts";
import { closeRequest } from "../../../src/domain/dsr/close-request.ts";
import type { DsrDeps } from "../../../src/domain/dsr/dsr-deps.ts";
import { extendDeadline } from "../../../src/domain/dsr/extend-deadline.ts";
import { publishRequest } from "../../../src/domain/dsr/publish-request.ts";
import { recordManualForward } from "../../../src/domain/dsr/record-forward.ts";
import { recordTimeSpent } from "../../../src/domain/dsr/record-time-spent.ts";
import { registerRequest } from "../../../src/domain/dsr/register-request.ts";
import type { Actor } from "../../../src/domain/ports.ts";
import { plainText } from "../../../src/messages/model.ts";
import { buildCurrentDigest } from "../../../src/scheduler/digest-job.ts";
import { runReminderTick } from "../../../src/scheduler/reminder-engine.ts";
import { requestHousekeeping } from "../../../src/scheduler/request-housekeeping.ts";
import { leakedDetails, REQUEST_TEXT, SUBJECT_NAME, SUBJECT_PHONE } from "../../fixtures/dsr/data-subject.ts";
import { type TestDatabase, useTestDatabase } from "../../support/db.ts";
import { grantRoles } from "../../support/staff.ts";
import { captureLogger, engineDeps, ManualClock, testConfig } from "../scheduler/support.ts";
import { seedRequestCustomer } from "./support.ts";

const REQUEST_CHANNEL = "C-REQUESTS";
const actor: Actor = {
  platform: "slack",
  userId: "U0STEVE",
  workspaceId: "T1",
  displayName: "Steve Peeters",
  standing: "member",
};
let db: TestDatabase;
useTestDatabase((ready) => {
  db = ready;
});
const clock = new ManualClock("2026-03-10T09:00:00Z");
const engine = () => engineDeps(db.prisma, clock);
let setup: ReturnType<typeof engine>;
let dsr: DsrDeps;
let requestId: string;

beforeAll(async () => {
  await grantRoles(db.prisma, actor, "incident_handler");
  setup = engine();
  dsr = createDsrDeps({
    prisma: db.prisma,
    chat: setup.chat,
    clock,
    mailer: null as ReturnType<typeof createSmtpMailer> | null,
    timezone: "Europe/Brussels",
    defaultLanguage: "en",
    hourlyRateCents: 9_000,
    logger: setup.log.logger,
  });
  const customer = await seedRequestCustomer(db.prisma, {
    key: "acme",
    name: "Acme NV",
    forwardSlaHours: 4,
    contacts: [{ name: "Inge", email: "privacy@acme.example", roles: ["dsr"] }],
  });
  const { request } = await registerRequest(dsr, {
    input: {
      customerId: customer.id,
      type: "access",
      receivedAt: new Date("2026-03-10T08:00:00Z"),
      receivedVia: "phone",
      subject: `${SUBJECT_NAME}, ${SUBJECT_PHONE}`,
      requestText: REQUEST_TEXT,
    },
    idempotencyKey: "lifecycle",
    actor,
    platform: "slack",
  });
  await publishRequest(dsr, request, [{ platform: "slack", channelId: REQUEST_CHANNEL }]);
  requestId = request.id;
});

describe("reminders and digest of a request", () => {
  it("reminds in the request's channel 1 h before the forward is due, at it, then hourly", async () => {
    // Received 08:00Z with a 4 h SLA: due 12:00Z.
    const sentAt: string[] = [];
    for (const at of [
      "2026-03-10T10:59:00Z",
      "2026-03-10T11:00:00Z",
      "2026-03-10T12:00:00Z",
      "2026-03-10T13:00:00Z",
      "2026-03-10T14:00:00Z",
    ]) {
      clock.set(at);
      const before = setup.chat.posts.length;
      await runReminderTick(setup.deps);
      for (const post of setup.chat.posts.slice(before)) {
        expect(post.target.channelId).toBe(REQUEST_CHANNEL);
        sentAt.push(post.at.toISOString());
      }
    }
    expect(sentAt).toEqual([
      "2026-03-10T11:00:00.000Z",
      "2026-03-10T12:00:00.000Z",
      "2026-03-10T13:00:00.000Z",
      "2026-03-10T14:00:00.000Z",
    ]);
    const texts = setup.chat.posts.filter((p) => p.target.channelId === REQUEST_CHANNEL).map((p) => p.text);
    expect(texts.at(-1)).toMatch(/AV-2026-0001 \(access\) for Acme NV is still not forwarded: 2 h overdue/);
  });

  it("stops reminding once forwarded, and lists the legal deadline in the digest", async () => {
    await recordManualForward(dsr, {
      requestId,
      forward: { to: ["privacy@acme.example"], via: "phone", at: clock.now() },
      actor,
    });
    clock.set("2026-03-10T16:00:00Z");
    const before = setup.chat.posts.length;
    await runReminderTick(setup.deps);
    expect(setup.chat.posts.filter((p) => p.target.channelId === REQUEST_CHANNEL).length).toBe(
      setup.chat.posts.slice(0, before).filter((p) => p.target.channelId === REQUEST_CHANNEL).length,
    );
    const digest = await buildCurrentDigest(db.prisma, clock, testConfig(), "en", "daily");
    const text = digest.blocks
      .map((b) => ("text" in b && Array.isArray(b.text) ? plainText(b.text) : ""))
      .join("\n");
    expect(text).toMatch(/AV-2026-0001/);
    expect(text).toMatch(/10 Apr 2026/);
    expect(leakedDetails(JSON.stringify(digest))).toEqual([]);
  });

  it("kept every reminder, channel message and log line free of the data subject's details", () => {
    expect(leakedDetails(JSON.stringify(setup.chat.posts))).toEqual([]);
    expect(leakedDetails(JSON.stringify(setup.chat.updates))).toEqual([]);
    expect(leakedDetails(JSON.stringify(setup.log.lines()))).toEqual([]);
  });
});

describe("the CLI", () => {
  async function run(...args: string[]): Promise<string> {
    const out: string[] = [];
    const output: Output = { log: (l) => out.push(l), error: (l) => out.push(l) };
    const openContext = async (): Promise<CliContext> =>
      cliContext({
        prisma: db.prisma,
        config: testConfig(),
        clock,
        actor: { platform: "cli", userId: "operator", displayName: "operator" },
        close: async () => {},
      });
    const program = new Command("dpa-bot").exitOverride();
    program.configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => out.push(s) });
    registerRequests(program, openContext, output);
    registerStaff(program, openContext, output);
    await program.parseAsync(args, { from: "user" });
    return out.join("\n");
  }

  it("lists the register without personal data, with costs (art. 8.3)", async () => {
    await recordTimeSpent(dsr, { requestId, minutes: "40", actor });
    const [entry] = JSON.parse(await run("requests", "list", "--json", "--open"));
    expect(entry).toEqual({
      reference: "AV-2026-0001",
      customerKey: "acme",
      customerName: "Acme NV",
      type: "access",
      receivedAt: "2026-03-10T08:00:00.000Z",
      receivedVia: "phone",
      forwardDue: "2026-03-10T12:00:00.000Z",
      forwardedAt: "2026-03-10T14:00:00.000Z",
      forwardedVia: "phone",
      forwardedTo: ["privacy@acme.example"],
      acknowledgedAt: null,
      legalDeadline: "2026-04-10T21:59:59.999Z",
      extendedDeadline: null,
      extensionReason: null,
      status: "forwarded",
      minutesSpent: 40,
      costCents: 6_000,
      closedAt: null,
      detailsErasedAt: null,
    });
    expect(await db.prisma.auditLog.count({ where: { action: "request.personal_data_read" } })).toBe(0);
  });

  it("includes the details only when asked, for a privacy officer, and audits that use", async () => {
    await expect(run("requests", "list", "--json", "--include-personal-data")).rejects.toThrow(
      /needs the role privacy officer/,
    );
    expect(await db.prisma.auditLog.count({ where: { action: "request.personal_data_read" } })).toBe(0);
    await grantRoles(
      db.prisma,
      { platform: "cli", userId: "operator", displayName: "operator" },
      "privacy_officer",
    );
    const [entry] = JSON.parse(await run("requests", "list", "--json", "--include-personal-data"));
    expect(entry.subject).toContain(SUBJECT_NAME);
    expect(entry.requestText).toBe(REQUEST_TEXT);
    const audit = await db.prisma.auditLog.findMany({ where: { action: "request.personal_data_read" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorPlatform: "cli", actorUserId: "operator", entityId: requestId });
  });

  it("exports CSV and JSON", async () => {
    const csv = await run("requests", "export", "--format", "csv");
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(
      "reference,customer_key,customer_name,type,received_at,received_via,forward_due,forwarded_at,forwarded_via,forwarded_to,acknowledged_at,legal_deadline,extended_deadline,extension_reason,status,minutes_spent,cost_cents,closed_at,details_erased_at",
    );
    expect(row).toMatch(/^AV-2026-0001,acme,Acme NV,access,/);
    expect(leakedDetails(csv)).toEqual([]);
    expect(JSON.parse(await run("requests", "export", "--format", "json"))).toHaveLength(1);
    await expect(run("requests", "export", "--format", "xml")).rejects.toThrow(/csv or json/);
  });

  it("grants, lists and revokes the privacy-officer role, audited", async () => {
    const staff = createAccessControl(db.prisma);
    expect(await staff.rolesOf({ platform: "slack", userId: "U0PRIYA1" })).not.toContain("privacy_officer");
    await run("staff", "grant", "privacy-officer", "--slack-user", "U0PRIYA1");
    expect(await staff.rolesOf({ platform: "slack", userId: "U0PRIYA1" })).toContain("privacy_officer");
    expect(JSON.parse(await run("staff", "list", "--json"))).toContainEqual(
      expect.objectContaining({ userId: "U0PRIYA1", roles: ["privacy_officer"] }),
    );
    await run("staff", "revoke", "privacy-officer", "--slack-user", "U0PRIYA1");
    expect(await staff.rolesOf({ platform: "slack", userId: "U0PRIYA1" })).not.toContain("privacy_officer");
    const audit = await db.prisma.auditLog.findMany({
      where: { action: { in: ["staff.role_granted", "staff.role_revoked"] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.actorUserId, a.action, a.after])).toEqual([
      ["operator", "staff.role_granted", { roles: ["privacy_officer"] }],
      ["operator", "staff.role_revoked", { roles: [] }],
    ]);
    await expect(run("staff", "grant", "boss", "--slack-user", "U0PRIYA1")).rejects.toThrow(
      /incident-handler, privacy-officer, auditor, admin/,
    );
  });

  it("grants the role to a Teams user or a CLI operator, one identity at a time", async () => {
    const staff = createAccessControl(db.prisma);
    const aad = "6d3f2b1a-0c4e-4b8f-9a7d-2e5c1f0b9a88";
    await run("staff", "grant", "privacy-officer", "--teams-user", aad.toUpperCase());
    expect(await staff.rolesOf({ platform: "teams", userId: aad })).toContain("privacy_officer");
    expect(await staff.rolesOf({ platform: "slack", userId: aad })).not.toContain("privacy_officer");
    await run("staff", "grant", "privacy-officer", "--cli-user", "dpo.anna");
    expect(await staff.rolesOf({ platform: "cli", userId: "dpo.anna" })).toContain("privacy_officer");
    await run("staff", "revoke", "privacy-officer", "--cli-user", "dpo.anna");
    expect(await staff.rolesOf({ platform: "cli", userId: "dpo.anna" })).not.toContain("privacy_officer");
    await expect(
      run("staff", "grant", "privacy-officer", "--slack-user", "U0PRIYA1", "--cli-user", "dpo.anna"),
    ).rejects.toThrow(/exactly one of/);
    await expect(run("staff", "grant", "privacy-officer", "--teams-user", "29:abc")).rejects.toThrow(
      /AAD object id/,
    );
  });
});

describe("extension (GDPR art. 12(3))", () => {
  it("is refused once the first month has passed, and needs a reason", async () => {
    clock.set("2026-04-11T00:00:00Z"); // the first month ended with 10 April in Brussels
    await expect(extendDeadline(dsr, { requestId, reason: "complex", actor })).rejects.toMatchObject({
      key: "dsr.error.extensionTooLate",
    });
    clock.set("2026-04-10T20:00:00Z");
    await expect(extendDeadline(dsr, { requestId, reason: "  ", actor })).rejects.toMatchObject({
      key: "dsr.error.reasonRequired",
      fields: { reason: "dsr.error.reasonRequired" },
    });
    const row = await db.prisma.dataSubjectRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(row.extendedDeadline).toBeNull();
  });
});

describe("erasure after the retention term", () => {
  it("blanks the details REQUEST_DETAILS_RETENTION_DAYS after closing, keeps the row and dates, audits it", async () => {
    clock.set("2026-03-20T10:00:00Z");
    await closeRequest(dsr, { requestId, note: null, actor });
    const log = captureLogger();
    const housekeeping = requestHousekeeping({
      prisma: db.prisma,
      clock,
      config: testConfig(),
      logger: log.logger,
    });

    clock.set("2026-06-18T09:59:00Z"); // 89 days and 23 h 59 min later
    await housekeeping();
    expect(
      (await db.prisma.dataSubjectRequest.findUniqueOrThrow({ where: { id: requestId } })).subjectDetails,
    ).toContain(SUBJECT_NAME);

    clock.set("2026-06-18T10:00:00Z");
    await housekeeping();
    await housekeeping(); // a second instance or tick finds nothing left to erase
    const row = await db.prisma.dataSubjectRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(row).toMatchObject({
      subjectDetails: null,
      requestText: null,
      reference: "AV-2026-0001",
      status: "closed",
    });
    expect(row.detailsErasedAt?.toISOString()).toBe("2026-06-18T10:00:00.000Z");
    expect(row.receivedAt.toISOString()).toBe("2026-03-10T08:00:00.000Z");
    const audit = await db.prisma.auditLog.findMany({ where: { action: "request.details_erased" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorPlatform: "system", actorUserId: "request-retention" });
    expect(leakedDetails(JSON.stringify(log.lines()))).toEqual([]);
    expect(log.lines().map((l) => l.msg)).toContain("data-subject details erased after retention");
  });
});
