import { describe, expect, it } from "vitest";
import { type Block, plainText } from "../../messages/model.ts";
import { buildDigest, DIGEST_LIMITS, digestAsText } from "./digest.ts";
import type { OpenDeadline } from "./open-deadlines.ts";

const zone = "Europe/Brussels";
const now = new Date("2026-03-29T10:30:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const days = (d: number) => new Date(now.getTime() + d * 86_400_000);
const options = { language: "en" as const, timezone: zone, variant: "daily" as const };

const items: OpenDeadline[] = [
  { kind: "review", customerName: "Review Co", dueAt: days(20) },
  {
    kind: "breach.authority",
    reference: "DL-2026-0007",
    customerName: "Acme",
    deadline: hours(46.5),
    authority: "GBA",
  },
  {
    kind: "approval",
    customerName: "Acme",
    subProcessorName: "CloudCo",
    requestedAt: days(-7),
    outsideEea: true,
    remindAt: days(-2),
  },
  { kind: "breach.notify", reference: "DL-2026-0008", customerName: "Beta", deadline: hours(3) },
  { kind: "breach.notify", reference: "DL-2026-0007", customerName: "Acme", deadline: hours(-1.5) },
  {
    kind: "request",
    reference: "VZ-2026-0003",
    customerName: "Gamma",
    requestType: "erasure",
    forwardDueAt: hours(-20),
    deadline: days(25),
    extended: false,
  },
  { kind: "retention", customerName: "Old Customer", dueAt: days(6) },
  {
    kind: "failed-reminder",
    reminderKind: "breach.notify",
    customerName: "Delta",
    subject: "DL-2026-0002",
    dueAt: hours(-5),
    error: "channel_not_found",
  },
];

function lines(blocks: Block[]): string[] {
  return blocks
    .filter((b) => b.type === "section")
    .flatMap((b) => (b.type === "section" ? plainText(b.text).split("\n") : []));
}

describe("digest", () => {
  it("lists undelivered reminders first, then every open deadline by urgency, most overdue first", () => {
    const message = buildDigest(items, now, options);
    const shown = lines(message.blocks);
    expect(shown).toEqual([
      expect.stringMatching(/^⚠️ Reminder not delivered \(inform customer, DL-2026-0002 · Delta\)/),
      expect.stringMatching(/^🔴 VZ-2026-0003 · Gamma: forward the erasure request/),
      expect.stringMatching(/^🔴 DL-2026-0007 · Acme: inform the customer/),
      expect.stringMatching(/^🟠 DL-2026-0008 · Beta: inform the customer/),
      expect.stringMatching(/^⚪ DL-2026-0007 · Acme: decision on notifying the GBA/),
      expect.stringMatching(/^⚪ Old Customer: destroy or return the data/),
      expect.stringMatching(/^⚪ Review Co: evaluate the security measures/),
      // No deadline of its own: after every deadline.
      expect.stringMatching(/^⏳ Acme: approval of sub-processor CloudCo/),
    ]);
    expect(message.summary).toBe("Open deadlines: daily overview: 8 open deadlines, 2 overdue");
  });

  it("shows time left, the penalty so far (art. 6.5 DPA) and dates in the configured zone", () => {
    const text = digestAsText(buildDigest(items, now, options));
    expect(text).toContain(
      "DL-2026-0007 · Acme: inform the customer: 1 h 30 min late, penalty so far €2,600.00",
    );
    expect(text).toContain(
      "DL-2026-0008 · Beta: inform the customer: 3 h left, until Sun 29 Mar 2026 15:30 CEST",
    );
    expect(text).toContain("forward the erasure request: overdue by 20 h, since Sat 28 Mar 2026 15:30 CET");
    expect(text).toContain("legal deadline 23 Apr 2026");
    expect(text).toContain("(outside the EEA)");
    expect(text).toContain("Old Customer: destroy or return the data: 6 days left");
  });

  it("counts one deadline and one day in the singular", () => {
    const one: OpenDeadline[] = [{ kind: "retention", customerName: "Old Customer", dueAt: days(1) }];
    const message = buildDigest(one, now, options);
    expect(message.summary).toBe("Open deadlines: daily overview: 1 open deadline, 0 overdue");
    expect(digestAsText(message)).toContain("Old Customer: destroy or return the data: 1 day left");
    const dutch = buildDigest(one, now, { ...options, language: "nl" });
    expect(dutch.summary).toContain(": 1 openstaande termijn, 0 verstreken");
    expect(digestAsText(dutch)).toContain("nog 1 dag,");
  });

  it("speaks Dutch", () => {
    const text = digestAsText(buildDigest(items, now, { ...options, language: "nl" }));
    expect(text).toContain("Openstaande termijnen: dagelijks overzicht");
    expect(text).toMatch(
      /DL-2026-0007 · Acme: klant informeren: 1 u 30 min te laat, boete tot nu €\s2\.600,00/,
    );
  });

  it("says of a breach notification or a request forward whose e-mail is pending that it has not gone out", () => {
    const pending: OpenDeadline[] = [
      {
        kind: "breach.notify",
        reference: "DL-2026-0009",
        customerName: "Gamma",
        deadline: hours(5),
        emailPending: true,
      },
      { kind: "breach.notify", reference: "DL-2026-0010", customerName: "Delta", deadline: hours(6) },
      {
        kind: "request",
        reference: "AV-2026-0003",
        customerName: "Epsilon",
        requestType: "erasure",
        forwardDueAt: hours(2),
        deadline: days(25),
        extended: false,
        emailPending: true,
      },
    ];
    const text = digestAsText(buildDigest(pending, now, options));
    const line = (ref: string) => text.split("\n").find((l) => l.includes(ref)) ?? "";
    expect(line("DL-2026-0009")).toContain("e-mail not sent yet, retried automatically");
    expect(line("DL-2026-0010")).not.toContain("e-mail not sent yet");
    expect(line("AV-2026-0003")).toContain("e-mail not sent yet, retried automatically");
  });

  it("says in one line that nothing is open", () => {
    const message = buildDigest([], now, options);
    expect(message.blocks).toHaveLength(1);
    expect(digestAsText(message).split("\n")).toHaveLength(1);
    expect(digestAsText(message)).toMatch(/^✅ Nothing open/);
  });

  it("stays within Slack's limits and summarises what does not fit", () => {
    const many: OpenDeadline[] = Array.from({ length: 700 }, (_, i) => ({
      kind: "breach.notify",
      reference: `DL-2026-${String(i).padStart(4, "0")}`,
      customerName: `Customer with a rather long registered name number ${i}`,
      deadline: hours(i / 10 - 5),
    }));
    const message = buildDigest(many, now, options);
    expect(message.blocks.length).toBeLessThanOrEqual(DIGEST_LIMITS.maxBlocks);
    let total = 0;
    for (const block of message.blocks) {
      if (block.type !== "section") continue;
      // Rendered size: an instant becomes Slack's <!date^...|fallback> token.
      const size = block.text.reduce(
        (sum, span) =>
          sum +
          (typeof span === "object" && "time" in span ? span.fallback.length + 64 : plainText([span]).length),
        0,
      );
      expect(size).toBeLessThanOrEqual(3000);
      total += size;
    }
    expect(total).toBeLessThanOrEqual(12_000);
    const shown = lines(message.blocks).length;
    const more = digestAsText(message).match(/… and (\d+) more/);
    expect(more).not.toBeNull();
    expect(shown + Number(more?.[1])).toBe(700);
    // The most urgent (most overdue) are the ones shown.
    expect(lines(message.blocks)[0]).toContain("DL-2026-0000");
  });

  it("titles the on-demand overview differently", () => {
    expect(buildDigest(items, now, { ...options, variant: "on-demand" }).blocks[0]).toEqual({
      type: "header",
      text: "Open deadlines",
    });
  });
});
