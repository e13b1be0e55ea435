import { describe, expect, it } from "vitest";
import { type Message, plainText } from "../../messages/model.ts";
import type { OpenClock } from "./clocks.ts";
import { buildReminderMessage } from "./reminder-message.ts";

const zone = "Europe/Brussels";
const en = { language: "en" as const, timezone: zone };
const deadline = new Date("2026-03-29T09:00:00Z");
const notify: OpenClock = {
  kind: "breach.notify",
  key: "k",
  entityType: "incident_customer",
  entityId: "ic-1",
  customerName: "Acme",
  incidentId: "inc-1",
  reference: "DL-2026-0007",
  deadline,
  incidentTarget: { platform: "slack", channelId: "C1" },
};
const text = (message: Message) =>
  message.blocks
    .map((b) => (b.type === "section" || b.type === "context" ? plainText(b.text) : ""))
    .join("\n");
const minutes = (m: number) => new Date(deadline.getTime() + m * 60_000);

describe("breach reminder text", () => {
  it("shows the time left before the deadline, in the configured zone", () => {
    const message = buildReminderMessage(notify, "-4h", minutes(-240), en);
    expect(text(message)).toContain(
      "🟠 4 h left to inform Acme about DL-2026-0007. Deadline: Sun 29 Mar 2026 11:00 CEST.",
    );
    expect(message.summary).toMatch(/^Inform Acme about DL-2026-0007: /);
    // The deadline travels as an instant, so Slack can show it in each reader's own zone.
    const first = message.blocks[0];
    expect(first?.type === "section" && first.text.some((s) => typeof s === "object" && "time" in s)).toBe(
      true,
    );
  });

  it("alerts at the deadline and counts the penalty of every started hour after it (art. 6.5 DPA)", () => {
    expect(text(buildReminderMessage(notify, "0", deadline, en))).toContain("Penalty if informed now: €0.00");
    expect(text(buildReminderMessage(notify, "0", minutes(1), en))).toContain(
      "Penalty if informed now: €2,550.00",
    );
    expect(text(buildReminderMessage(notify, "+3h", minutes(180), en))).toContain(
      "3 h late (deadline Sun 29 Mar 2026 11:00 CEST). Penalty so far: €2,650.00.",
    );
    expect(text(buildReminderMessage(notify, "+3h", minutes(181), en))).toContain(
      "Penalty so far: €2,700.00.",
    );
  });

  it("speaks Dutch", () => {
    expect(
      text(buildReminderMessage(notify, "+1h", minutes(60), { language: "nl", timezone: zone })),
    ).toMatch(
      /Acme is nog altijd niet geïnformeerd over DL-2026-0007: 1 u te laat .* Boete tot nu: €\s2\.550,00\./,
    );
  });
});

describe("other reminder texts", () => {
  it("never carries a data subject's details, only the request's reference", () => {
    const forward: OpenClock = {
      kind: "dsr.forward",
      key: "k",
      entityType: "data_subject_request",
      entityId: "r-1",
      customerName: "Acme",
      reference: "VZ-2026-0003",
      requestType: "erasure",
      dueAt: deadline,
    };
    const late = text(buildReminderMessage(forward, "+1d", minutes(26 * 60), en));
    expect(late).toContain("Request VZ-2026-0003 (erasure) for Acme is still not forwarded: 26 h overdue");
    expect(late).toContain("never to this channel");
  });

  it("says when the retention term is missing from the register", () => {
    const retention: OpenClock = {
      kind: "retention",
      key: "k",
      entityType: "customer",
      entityId: "c-1",
      customerName: "Acme",
      contractEnd: new Date("2026-02-28T00:00:00Z"),
      dueAt: new Date("2026-02-28T08:00:00Z"),
      termRecorded: false,
    };
    const body = text(buildReminderMessage(retention, "-7d", new Date("2026-02-21T08:00:00Z"), en));
    expect(body).toContain(
      "destroyed or returned by 28 Feb 2026 (7 days left). The contract ended on 28 Feb 2026.",
    );
    expect(body).toContain("record the term from Bijlage 1");
  });

  it("names the customer's authority and the outside-EEA consent", () => {
    const authority: OpenClock = {
      ...notify,
      kind: "breach.authority",
      authority: "AP",
      deadline: new Date("2026-03-31T09:00:00Z"),
    };
    expect(text(buildReminderMessage(authority, "-24h", new Date("2026-03-30T09:00:00Z"), en))).toContain(
      "Acme must decide within 24 h whether to notify the AP about DL-2026-0007.",
    );
    const approval: OpenClock = {
      kind: "subprocessor.pending",
      key: "k",
      entityType: "customer_sub_processor",
      entityId: "a-1",
      customerName: "Acme",
      subProcessorName: "CloudCo",
      requestedAt: new Date("2026-03-20T09:00:00Z"),
      outsideEea: true,
    };
    const body = text(buildReminderMessage(approval, "+5d", new Date("2026-03-25T09:00:00Z"), en));
    expect(body).toContain(
      "Acme has not decided yet on sub-processor CloudCo, requested 20 Mar 2026 (5 days ago).",
    );
    expect(body).toContain("explicit prior written consent");
  });
});
