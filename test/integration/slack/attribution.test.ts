// Every state change of the breach flow, made through signed requests by two different people, is
// in the audit log under the named account of whoever made it (Bijlage 2), and so is its timeline
// entry. Both are privacy officers; a change that is refused (the incident was closed meanwhile) is
// answered in that person's own dialog only, and audited with who tried what.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { asPayload, type Json, messageButton, viewSubmission } from "../../fixtures/slack/payloads.ts";
import { grantRoles } from "../../support/staff.ts";
import {
  currentView,
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  REPORTER,
  seedCustomer,
  startHarness,
} from "./harness.ts";

const SECOND = { id: "U0SECOND01", name: "sophie" };
let h: Harness;
let smtp: FakeSmtp;
let mailer: ReturnType<typeof createSmtpMailer>;
let incident: { id: string; channelId: string; messageId: string };
let stale: Json;

beforeAll(async () => {
  smtp = await new FakeSmtp().start();
  mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "dpo@provider.example" });
  h = await startHarness({ now: "2026-05-04T08:00:00Z", mailer });
  h.slack.users.set(SECOND.id, { ...SECOND, realName: "Sophie Martens", locale: "en-GB" });
  await grantRoles(
    h.db.prisma,
    { platform: "slack", userId: SECOND.id, workspaceId: "T0001", displayName: "Sophie Martens" },
    "privacy_officer",
  );
  const acme = await seedCustomer(h, {
    key: "acme",
    name: "Acme BV",
    contacts: [{ name: "Jan Janssens", email: "jan@acme.example" }],
  });
  const globex = await seedCustomer(h, { key: "globex", name: "Globex NV" });
  const { view } = await openReportForm(h, { text: "Laptop gestolen", channelId: INCIDENT_CHANNEL });
  await h.post(
    asPayload(
      viewSubmission(view, {
        customers: [
          { value: acme.id, text: "Acme BV (acme)" },
          { value: globex.id, text: "Globex NV (globex)" },
        ],
        discoveredAt: new Date("2026-05-04T07:00:00Z"),
      }),
    ),
  );
  const row = await h.db.prisma.incident.findFirstOrThrow();
  incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };
  h.clock.set("2026-05-04T09:00:00Z");
});
afterAll(async () => {
  await h?.close();
  mailer?.close();
  await smtp?.stop();
});

/** One person clicks a button of the incident message and gets the dialog. */
async function click(actionId: string, user: { id: string; name: string }): Promise<Json> {
  await h.post(
    asPayload(
      messageButton({
        actionId,
        value: incident.id,
        channelId: incident.channelId,
        messageTs: incident.messageId,
        triggerId: h.slack.issueTrigger(),
        user,
      }),
    ),
  );
  return currentView(h, String(h.slack.callsOf("views.update").at(-1)!.args.view_id));
}

function submitAs(user: { id: string; name: string }, view: Json, inputs: Record<string, unknown>) {
  return h.post(asPayload(viewSubmission(view, inputs as never, user)));
}

async function lastAudit() {
  return h.db.prisma.auditLog.findFirstOrThrow({ where: { entityId: incident.id }, orderBy: { id: "desc" } });
}

describe("who did what", () => {
  it("attributes each change to the named account that made it, in the audit log and the timeline", async () => {
    const steps: Array<[string, { id: string; name: string }, string, () => Promise<void>]> = [
      [
        "incident.report_updated",
        SECOND,
        "Sophie Martens",
        async () => {
          const view = await click(INCIDENT_ACTIONS.complete, SECOND);
          await submitAs(SECOND, view, { measures: "Wachtwoorden gewijzigd" });
        },
      ],
      [
        "incident.customer_informed",
        SECOND,
        "Sophie Martens",
        async () => {
          const view = await click(INCIDENT_ACTIONS.notification, SECOND);
          expect((await submitAs(SECOND, view, {})).status).toBe(200);
          expect(smtp.received).toHaveLength(1);
        },
      ],
      [
        "incident.authority_decision",
        REPORTER,
        "Steve Peeters",
        async () => {
          const view = await click(INCIDENT_ACTIONS.authority, REPORTER);
          await submitAs(REPORTER, view, { decision: "not_notify", note: "Versleutelde schijf" });
        },
      ],
      [
        "incident.customer_informed",
        REPORTER,
        "Steve Peeters",
        async () => {
          const view = await click(INCIDENT_ACTIONS.informed, REPORTER);
          await submitAs(REPORTER, view, {
            via: "phone",
            at: new Date("2026-05-04T08:50:00Z"),
            to: "Receptie",
          });
        },
      ],
      [
        "incident.closed",
        SECOND,
        "Sophie Martens",
        async () => {
          // Steve opens a dialog now and submits it once the incident is closed (next test).
          stale = await click(INCIDENT_ACTIONS.informed, REPORTER);
          const view = await click(INCIDENT_ACTIONS.close, SECOND);
          await submitAs(SECOND, view, { note: "Afgehandeld" });
        },
      ],
    ];
    for (const [action, user, name, act] of steps) {
      const before = await h.db.prisma.auditLog.count();
      await act();
      expect(await h.db.prisma.auditLog.count()).toBe(before + 1);
      expect(await lastAudit()).toMatchObject({
        action,
        actorPlatform: "slack",
        actorUserId: user.id,
        actorName: name,
      });
    }
    const first = await h.db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: incident.id },
      orderBy: { id: "asc" },
    });
    expect(first).toMatchObject({
      action: "incident.reported",
      actorUserId: REPORTER.id,
      actorName: "Steve Peeters",
    });

    const timeline = await h.db.prisma.incidentUpdate.findMany({
      where: { incidentId: incident.id },
      include: { incident: false },
      orderBy: { at: "asc" },
    });
    const accounts = await h.db.prisma.account.findMany();
    const nameOf = (id: string | null) => accounts.find((a) => a.id === id)?.displayName;
    expect(timeline.map((u) => [u.kind, nameOf(u.accountId)])).toEqual([
      ["reported", "Steve Peeters"],
      ["report_updated", "Sophie Martens"],
      ["customer_informed", "Sophie Martens"],
      ["authority_decision", "Steve Peeters"],
      ["customer_informed", "Steve Peeters"],
      ["closed", "Sophie Martens"],
    ]);
  });

  it("answers a refused change in the person's own dialog and audits the attempt", async () => {
    // A dialog opened before the incident was closed, submitted after.
    const posts = h.slack.callsOf("chat.postMessage").length;
    const response = await submitAs(REPORTER, stale, {
      via: "email",
      at: new Date("2026-05-04T08:58:00Z"),
      to: "x",
    });
    expect(response.body.response_action).toBe("errors");
    expect(Object.values(response.body.errors).join(" ")).toMatch(/closed|gesloten/i);
    expect(h.slack.callsOf("chat.postMessage")).toHaveLength(posts);
    expect(await lastAudit()).toMatchObject({
      action: "incident.change_refused",
      actorUserId: REPORTER.id,
      actorName: "Steve Peeters",
      after: { attempted: "breach.informed", reason: "breach.error.closed" },
    });
  });
});
