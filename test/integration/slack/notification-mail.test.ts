// With SMTP configured, "Send e-mail" in the notification dialog mails the Bijlage 3 text to the
// customer's breach contacts through the real nodemailer transport and records the notification.
// With the mail server away the e-mail stays pending, is shown so, and goes out once it is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { retryPendingNotifications } from "../../../src/domain/breach/retry-notifications.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
import { DEFAULT_USER } from "../../fixtures/slack/payloads.ts";
import {
  blockText,
  clickIncidentButton,
  currentView,
  type Harness,
  INCIDENT_CHANNEL,
  openReportForm,
  seedCustomer,
  startHarness,
  submit,
} from "./harness.ts";

let h: Harness;
let smtp: FakeSmtp;
let mailer: ReturnType<typeof createSmtpMailer>;

beforeAll(async () => {
  smtp = await new FakeSmtp().start();
  mailer = createSmtpMailer({ smtpUrl: smtp.url, from: "dpo@provider.example" });
  h = await startHarness({ now: "2026-05-04T08:00:00Z", mailer });
});
afterAll(async () => {
  await h?.close();
  mailer?.close();
  await smtp?.stop();
});

describe("sending the notification by e-mail", () => {
  it("mails the customer's breach contacts in the customer's language and records it", async () => {
    const globex = await seedCustomer(h, {
      key: "globex",
      name: "Globex Ltd",
      language: "en",
      authority: "AP",
      contacts: [
        { name: "Hank Scorpio", email: "hank@globex.example", phone: "+31 20 123 4567" },
        { name: "Mindy", email: "mindy@globex.example" },
      ],
    });
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    await submit(h, view, {
      customers: [{ value: globex.id, text: "Globex Ltd" }],
      discoveredAt: new Date("2026-05-04T07:00:00Z"),
      description: "Database export left on a public share",
    });
    const row = await h.db.prisma.incident.findFirstOrThrow();
    const incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };

    const dialog = await clickIncidentButton(h, INCIDENT_ACTIONS.notification, incident);
    expect(dialog.submit.text).toBe("E-mail versturen");
    expect(blockText(dialog.blocks)).toContain("Dutch Data Protection Authority (AP)");
    const response = await submit(h, dialog, {});
    expect(response.body.response_action).toBe("update");

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to.sort()).toEqual(["hank@globex.example", "mindy@globex.example"]);
    expect(mail!.data).toContain("Subject: =?UTF-8?Q?Data_breach_notification_DL-2026-0001_?=");
    expect(mail!.data).toContain("Dear Hank Scorpio, Mindy,");
    expect(mail!.data).toContain("Database export left on a public share");

    const clock = await h.db.prisma.incidentCustomer.findFirstOrThrow();
    expect(clock.notifiedVia).toBe("email");
    expect(clock.notifiedAt?.toISOString()).toBe("2026-05-04T08:00:00.000Z");
    expect(clock.notifiedTo).toBe("hank@globex.example, mindy@globex.example");
    expect(clock.notificationMessageId).toMatch(/@/);
    expect(blockText(currentView(h, dialog.id).blocks)).toContain(
      clock.notificationMessageId!.replace(/[<>]/g, ""),
    );
    expect(blockText(h.slack.callsOf("chat.update").at(-1)!.args.blocks)).toContain("Informed by e-mail");
    expect(h.slack.violations).toEqual([]);
  });

  it("keeps the e-mail pending while the mail server is away, says so, and sends it once when back", async () => {
    const initech = await seedCustomer(h, {
      key: "initech",
      name: "Initech BV",
      language: "en",
      contacts: [{ name: "Bill Lumbergh", email: "bill@initech.example" }],
    });
    const { view } = await openReportForm(h, { channelId: INCIDENT_CHANNEL });
    await submit(h, view, {
      customers: [{ value: initech.id, text: "Initech BV" }],
      discoveredAt: new Date("2026-05-04T07:30:00Z"),
      description: "Laptop with payroll export stolen",
    });
    const row = await h.db.prisma.incident.findFirstOrThrow({
      where: { description: { contains: "payroll" } },
    });
    const incident = { id: row.id, channelId: row.channelId!, messageId: row.messageId! };
    const received = smtp.received.length;
    const port = smtp.port;
    await smtp.stop();

    const dialog = await clickIncidentButton(h, INCIDENT_ACTIONS.notification, incident);
    await submit(h, dialog, {});
    const told = blockText(currentView(h, dialog.id).blocks);
    // The dialog speaks the user's language (Dutch here), the incident message the channel's.
    expect(told).toContain("Hij wordt bewaard en automatisch verstuurd");
    expect(told).toContain("loopt de termijn van 24 uur door");
    expect(told).toMatch(/ECONNREFUSED/);
    const lastUpdate = () => blockText(h.slack.callsOf("chat.update").at(-1)!.args.blocks);
    expect(lastUpdate()).toContain("E-mail not sent yet, tried again automatically at");
    expect(lastUpdate()).toContain("Inform by");
    const pending = await h.db.prisma.incidentCustomer.findFirstOrThrow({ where: { incidentId: row.id } });
    expect(pending).toMatchObject({ notifiedAt: null, notificationAttempts: 1 });

    // Still away at the first retry: pending again, later.
    h.clock.set(pending.notificationRetryAt!);
    expect(await retryPendingNotifications(h.app.breach)).toEqual({ sent: 0, pending: 1, failed: 0 });
    const again = await h.db.prisma.incidentCustomer.findFirstOrThrow({ where: { incidentId: row.id } });
    expect(again.notificationRetryAt!.getTime()).toBeGreaterThan(pending.notificationRetryAt!.getTime());

    await smtp.start(port);
    h.clock.set(again.notificationRetryAt!);
    expect(await retryPendingNotifications(h.app.breach)).toEqual({ sent: 1, pending: 0, failed: 0 });
    expect(await retryPendingNotifications(h.app.breach)).toEqual({ sent: 0, pending: 0, failed: 0 });
    expect(smtp.received.length - received).toBe(1);
    expect(smtp.received.at(-1)!.to).toEqual(["bill@initech.example"]);
    const sent = await h.db.prisma.incidentCustomer.findFirstOrThrow({ where: { incidentId: row.id } });
    expect(sent.notifiedAt?.getTime()).toBe(again.notificationRetryAt!.getTime());
    // Recorded in the name of the person who asked for the e-mail, not of a job.
    const by = await h.db.prisma.account.findUniqueOrThrow({ where: { id: sent.notifiedByAccountId! } });
    expect(by.platformUserId).toBe(DEFAULT_USER.id);
    expect(lastUpdate()).toContain("Informed by e-mail");
    expect(lastUpdate()).not.toContain("E-mail not sent yet");
    expect(h.slack.violations).toEqual([]);
  });
});
