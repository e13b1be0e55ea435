// With SMTP configured, "Send e-mail" in the notification dialog mails the Bijlage 3 text to the
// customer's breach contacts through the real nodemailer transport and records the notification.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer } from "../../../src/adapters/mail/smtp-mailer.ts";
import { INCIDENT_ACTIONS } from "../../../src/domain/breach/incident-actions.ts";
import { FakeSmtp } from "../../fakes/smtp/fake-smtp.ts";
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
});
